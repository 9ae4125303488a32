import { graphql } from "./gql";
import { expectData, startTestStack, type TestStack } from "./support/test-stack";
import { QR_SAMPLE } from "./support/aadhaar-fixtures";

const KYC = graphql(`
  query RetentionKyc {
    aadhaarKyc {
      photo
    }
  }
`);
const DOCS = graphql(`
  query RetentionDocs {
    documents(first: 5) {
      totalCount
    }
  }
`);
const UPLOAD = graphql(`
  mutation RetentionUpload($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      source
    }
  }
`);
// UIDAI's published sample (a real, signed Secure QR): any upload does.

describe("retention purge", () => {
  let stack: TestStack;
  let keys: { publishableKey: string; secretKey: string };

  beforeAll(async () => {
    stack = await startTestStack();
    const { tenant, keys: k } = await stack.server.admin.tenants.create({
      name: "Lender",
      returnUrls: ["http://localhost:*"],
      origins: [],
    });
    await stack.server.admin.tenants.setPolicy(tenant.id, { returnPhotos: true, retentionDays: 1 });
    keys = k;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function sessionWithData() {
    const s = await stack.consent("typical", {}, keys.publishableKey);
    expectData(await stack.gql(DOCS, {}, s.sessionToken));
    expect(expectData(await stack.gql(KYC, {}, s.sessionToken)).aadhaarKyc?.photo).toMatch(/^data:image/);
    return s;
  }

  it("erases lapsed sessions past the tenant's retention, queues their revoke, spares legal holds, and drops old photos", async () => {
    const lapsed = await sessionWithData();
    const held = await sessionWithData();
    const live = await sessionWithData();
    const sql = stack.server.admin.sql;
    await sql(
      `UPDATE consent_sessions SET consent_valid_till = now() - interval '2 days' WHERE id = ANY($1::uuid[])`,
      [[lapsed.sessionId, held.sessionId]],
    );
    await sql(`UPDATE consent_sessions SET legal_hold = true WHERE id = $1`, [held.sessionId]);
    await sql(`UPDATE aadhaar_kyc SET created_at = now() - interval '2 days' WHERE session_id = $1`, [
      live.sessionId,
    ]);

    const result = await stack.server.admin.purge();
    expect(result).toMatchObject({ sessions: 1 });
    expect(result.photos).toBeGreaterThanOrEqual(1);

    const state = (await sql(
      `SELECT s.id, s.status, s.profile_enc IS NULL AS no_profile, s.refresh_token_enc IS NULL AS no_token, s.purged_at IS NOT NULL AS purged,
              (SELECT count(*)::int FROM issued_documents d WHERE d.session_id = s.id) AS docs,
              (SELECT count(*)::int FROM aadhaar_kyc k WHERE k.session_id = s.id) AS kyc,
              (SELECT count(*)::int FROM aadhaar_kyc k WHERE k.session_id = s.id AND k.photo_enc IS NOT NULL) AS photos,
              (SELECT count(*)::int FROM outbox o WHERE o.session_id = s.id) AS revokes
       FROM consent_sessions s WHERE s.id = ANY($1::uuid[])`,
      [[lapsed.sessionId, held.sessionId, live.sessionId]],
    )) as Array<Record<string, unknown>>;
    const byId = new Map(state.map((r) => [r.id, r]));
    expect(byId.get(lapsed.sessionId)).toMatchObject({
      status: "EXPIRED",
      no_profile: true,
      no_token: true,
      purged: true,
      docs: 0,
      kyc: 0,
      revokes: 1,
    });
    expect(byId.get(held.sessionId)).toMatchObject({ status: "ACTIVE", purged: false, kyc: 1, photos: 1 });
    expect(byId.get(live.sessionId)).toMatchObject({ status: "ACTIVE", purged: false, kyc: 1, photos: 0 });
    // A second pass finds nothing more to do.
    expect(await stack.server.admin.purge()).toMatchObject({ sessions: 0, photos: 0 });
  });

  it("drops finished webhook events past the retention period, never pending ones", async () => {
    const sql = stack.server.admin.sql;
    const tenantId = ((await sql(`SELECT id FROM tenants WHERE name = 'Lender'`)) as Array<{ id: string }>)[0]
      .id;
    const insert = (status: string, age: string) =>
      sql(
        `INSERT INTO webhook_events (id, tenant_id, type, body, status, created_at, completed_at)
         VALUES (gen_random_uuid(), $1, 'session.ended', '{}', $2, now() - $3::interval, CASE WHEN $2 = 'PENDING' THEN NULL ELSE now() - $3::interval END)
         RETURNING id`,
        [tenantId, status, age],
      ) as Promise<Array<{ id: string }>>;
    const old = [...(await insert("DELIVERED", "2 days")), ...(await insert("FAILED", "3 days"))].map(
      (r) => r.id,
    );
    const kept = [...(await insert("PENDING", "5 days")), ...(await insert("DELIVERED", "1 hour"))].map(
      (r) => r.id,
    );
    await sql(`UPDATE webhook_events SET next_attempt_at = now() + interval '1 day' WHERE id = $1`, [
      kept[0],
    ]);
    await sql(
      `INSERT INTO webhook_attempts (event_id, attempt, status_code, duration_ms) VALUES ($1, 1, 200, 5)`,
      [old[0]],
    );

    expect(await stack.server.admin.purge()).toMatchObject({ webhookEvents: 2 });
    const left = (
      (await sql(`SELECT id FROM webhook_events WHERE tenant_id = $1`, [tenantId])) as Array<{ id: string }>
    ).map((r) => r.id);
    expect(left.sort()).toEqual([...kept].sort());
    expect(await sql(`SELECT * FROM webhook_attempts WHERE event_id = $1`, [old[0]])).toEqual([]);
  });

  it("erases KYC records uploaded with the secret key and no session once the tenant's retention has passed", async () => {
    const sql = stack.server.admin.sql;
    const upload = async () =>
      expectData(await stack.gql(UPLOAD, { input: { qrText: QR_SAMPLE } }, keys.secretKey))
        .verifyOfflineAadhaar;
    await upload();
    await upload();
    // One upload from another tenant (the demo tenant, retention 30 days), equally old.
    expectData(await stack.gql(UPLOAD, { input: { qrText: QR_SAMPLE } }, stack.secretKey));
    const sessionless = (await sql(
      `SELECT k.id, t.name AS tenant FROM aadhaar_kyc k JOIN tenants t ON t.id = k.tenant_id WHERE k.session_id IS NULL ORDER BY k.created_at`,
    )) as Array<{ id: string; tenant: string }>;
    const [old, fresh] = sessionless.filter((r) => r.tenant === "Lender").map((r) => r.id);
    const otherTenant = sessionless.find((r) => r.tenant !== "Lender")!.id;
    await sql(`UPDATE aadhaar_kyc SET created_at = now() - interval '2 days' WHERE id = ANY($1::uuid[])`, [
      [old, otherTenant],
    ]);

    expect(await stack.server.admin.purge()).toMatchObject({ sessionlessKyc: 1 });
    const left = (
      (await sql(`SELECT id FROM aadhaar_kyc WHERE session_id IS NULL`)) as Array<{ id: string }>
    ).map((r) => r.id);
    expect(left.sort()).toEqual([fresh, otherTenant].sort());
    expect(await stack.server.admin.purge()).toMatchObject({ sessionlessKyc: 0 });
  });
});
