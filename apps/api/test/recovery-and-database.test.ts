import { randomUUID } from "node:crypto";
import pino from "pino";
import type { DataSource } from "typeorm";
import { openDatabase } from "../src/db/data-source";
import { isDatabaseUnavailable } from "../src/errors/database-error";
import { RecoverySweep } from "../src/jobs/recovery.sweep";
import { ConsentSessionRepository } from "../src/modules/sessions/consent-session.repository";
import { createTestDatabase, type TestDatabase } from "@lockerkit/testkit";

describe("recovery sweep and database settings", () => {
  let db: TestDatabase;
  let ds: DataSource;
  let tenantId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDatabase({ databaseUrl: db.databaseUrl, pgliteDir: null });
    tenantId = randomUUID();
    await ds.query(
      `INSERT INTO tenants (id, name, publishable_key_hash, secret_key_hash) VALUES ($1, 't', $2, $3)`,
      [tenantId, randomUUID(), randomUUID()],
    );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const session = async (status: string, ageS: number) => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO consent_sessions (id, tenant_id, status, state_hash, state_enc, pkce_verifier_enc, return_url, purpose, flow, request_fingerprint, expires_at, updated_at)
       VALUES ($1, $2, $3, $4, 'x', 'verifier', 'http://localhost/', 'KYC', 'SIGNIN', 'f', now() + interval '10 minutes', now() - make_interval(secs => $5))`,
      [id, tenantId, status, randomUUID(), ageS],
    );
    return id;
  };
  const statusOf = async (id: string) =>
    (
      (await ds.query(`SELECT status, pkce_verifier_enc FROM consent_sessions WHERE id = $1`, [id])) as Array<
        Record<string, unknown>
      >
    )[0];

  it("fails only sessions stuck in EXCHANGING past the timeout, each once, whatever the number of sweepers", async () => {
    const stuck = await session("EXCHANGING", 600);
    const fresh = await session("EXCHANGING", 1);
    const active = await session("ACTIVE", 600);
    const sweeper = () =>
      new RecoverySweep(new ConsentSessionRepository(ds), pino({ level: "silent" }), 60_000);
    const swept = await Promise.all([sweeper().sweep(), sweeper().sweep(), sweeper().sweep()]);
    expect(swept.flat()).toEqual([stuck]);
    expect(await statusOf(stuck)).toEqual({ status: "FAILED", pkce_verifier_enc: null });
    expect((await statusOf(fresh)).status).toBe("EXCHANGING");
    expect((await statusOf(active)).status).toBe("ACTIVE");
    expect(await sweeper().sweep()).toEqual([]);
  });

  (process.env.DATABASE_URL ? it : it.skip)(
    "every pooled connection carries the statement, lock and idle-in-transaction timeouts",
    async () => {
      const [row] = (await ds.query(
        `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
              current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('application_name') AS app`,
      )) as Array<Record<string, string>>;
      expect(row).toEqual({ statement: "10s", lock: "5s", idle: "10s", app: "lockerkit-api" });
    },
  );

  it("tells database outages from query errors", () => {
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5"), { code: "ECONNREFUSED" }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({
        name: "QueryFailedError",
        message: "x",
        driverError: { code: "57P01", message: "terminating connection due to administrator command" },
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(
      isDatabaseUnavailable({
        name: "QueryFailedError",
        message: "syntax error",
        driverError: { code: "42601" },
      }),
    ).toBe(false);
    expect(isDatabaseUnavailable(new Error("duplicate key value violates unique constraint"))).toBe(false);
  });
});
