import type { DataSource } from "typeorm";
import { queryRows } from "../../db/query-rows";
import { WebhookDeliveryStatus } from "./webhook-delivery.type";
import type { SealedColumn } from "../../db/sealed-column";

export const webhookSecretAad = (tenantId: string) => `webhook_endpoints:${tenantId}:secret`;

/** The sealed column of `webhook_endpoints` (key rotation): the signing secret. */
export const sealedColumns: SealedColumn[] = [
  {
    table: "webhook_endpoints",
    key: "tenant_id",
    column: "secret_enc",
    select: "tenant_id::text AS k",
    aad: (row) => webhookSecretAad(row.k),
  },
];

export interface WebhookEndpointRow {
  tenant_id: string;
  url: string;
  events: string[];
  secret_enc: string;
  created_at: Date;
  updated_at: Date;
}

export class WebhookEndpointRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(tenantId: string): Promise<WebhookEndpointRow | null> {
    return (
      queryRows<WebhookEndpointRow>(
        await this.dataSource.query(`SELECT * FROM webhook_endpoints WHERE tenant_id = $1`, [tenantId]),
      )[0] ?? null
    );
  }

  async findMany(tenantIds: readonly string[]): Promise<WebhookEndpointRow[]> {
    return queryRows<WebhookEndpointRow>(
      await this.dataSource.query(`SELECT * FROM webhook_endpoints WHERE tenant_id = ANY($1::uuid[])`, [
        tenantIds,
      ]),
    );
  }

  /** Creates the endpoint with `secretEnc`, or changes url and events of the existing one (keeping its secret). */
  async upsert(
    tenantId: string,
    url: string,
    events: string[],
    secretEnc: string,
  ): Promise<{ row: WebhookEndpointRow; created: boolean }> {
    const [row] = queryRows<WebhookEndpointRow & { created: boolean }>(
      await this.dataSource.query(
        `INSERT INTO webhook_endpoints (tenant_id, url, events, secret_enc) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id) DO UPDATE SET url = EXCLUDED.url, events = EXCLUDED.events, updated_at = now()
         RETURNING *, (xmax = 0) AS created`,
        [tenantId, url, events, secretEnc],
      ),
    );
    const { created, ...endpoint } = row;
    return { row: endpoint, created };
  }

  async replaceSecret(tenantId: string, secretEnc: string): Promise<WebhookEndpointRow | null> {
    return (
      queryRows<WebhookEndpointRow>(
        await this.dataSource.query(
          `UPDATE webhook_endpoints SET secret_enc = $2, updated_at = now() WHERE tenant_id = $1 RETURNING *`,
          [tenantId, secretEnc],
        ),
      )[0] ?? null
    );
  }

  /** Removes the endpoint; its undelivered events are marked FAILED (they have nowhere to go). */
  async delete(tenantId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const deleted =
        queryRows(
          await manager.query(`DELETE FROM webhook_endpoints WHERE tenant_id = $1 RETURNING tenant_id`, [
            tenantId,
          ]),
        ).length > 0;
      await manager.query(
        `UPDATE webhook_events SET status = '${WebhookDeliveryStatus.FAILED}', completed_at = now() WHERE tenant_id = $1 AND status = '${WebhookDeliveryStatus.PENDING}'`,
        [tenantId],
      );
      return deleted;
    });
  }
}
