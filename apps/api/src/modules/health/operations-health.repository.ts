import type { DataSource } from "typeorm";
import { queryRows } from "../../db/query-rows";

export interface BucketRow {
  bucket: number;
  started: number;
  completed: number;
  attempts: number;
  succeeded: number;
}

/** Counts for the console's charts, from tables the API keeps anyway (no new bookkeeping). */
export class OperationsHealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sessionsByStatus(tenantId: string, since: Date): Promise<Array<{ status: string; count: number }>> {
    return queryRows<{ status: string; count: number }>(
      await this.dataSource.query(
        `SELECT status, count(*)::int AS count FROM consent_sessions WHERE tenant_id = $1 AND created_at >= $2 GROUP BY status ORDER BY status`,
        [tenantId, since],
      ),
    );
  }

  /** Per bucket (index from `since`, `bucketS` seconds wide): consents started/granted, webhook attempts/2xx. */
  async buckets(tenantId: string, since: Date, bucketS: number): Promise<BucketRow[]> {
    const sessions = queryRows<{ bucket: number; started: number; completed: number }>(
      await this.dataSource.query(
        `SELECT floor(extract(epoch FROM created_at - $2::timestamptz) / $3)::int AS bucket, count(*)::int AS started,
                count(granted_at)::int AS completed
         FROM consent_sessions WHERE tenant_id = $1 AND created_at >= $2 GROUP BY 1`,
        [tenantId, since, bucketS],
      ),
    );
    const attempts = queryRows<{ bucket: number; attempts: number; succeeded: number }>(
      await this.dataSource.query(
        `SELECT floor(extract(epoch FROM a.at - $2::timestamptz) / $3)::int AS bucket, count(*)::int AS attempts,
                count(*) FILTER (WHERE a.status_code BETWEEN 200 AND 299)::int AS succeeded
         FROM webhook_attempts a JOIN webhook_events e ON e.id = a.event_id
         WHERE e.tenant_id = $1 AND a.at >= $2 GROUP BY 1`,
        [tenantId, since, bucketS],
      ),
    );
    const byBucket = new Map<number, BucketRow>();
    const row = (bucket: number) =>
      byBucket.get(bucket) ?? { bucket, started: 0, completed: 0, attempts: 0, succeeded: 0 };
    for (const s of sessions)
      byBucket.set(Number(s.bucket), {
        ...row(Number(s.bucket)),
        started: s.started,
        completed: s.completed,
      });
    for (const a of attempts)
      byBucket.set(Number(a.bucket), {
        ...row(Number(a.bucket)),
        attempts: a.attempts,
        succeeded: a.succeeded,
      });
    return [...byBucket.values()];
  }
}
