import { graphql } from "./gql";
import { expectData, startTestStack, type TestStack } from "./support/test-stack";

const END = graphql(`
  mutation AuditEnd {
    endSession {
      status
      grantedAt
      withdrawnAt
      noticeVersion
    }
  }
`);

describe("audit trail", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("chains every consent, callback, claim and end per tenant, without personal data, and detects tampering", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical");
    const ended = expectData(await stack.gql(END, {}, sessionToken)).endSession;
    expect(ended.grantedAt && ended.withdrawnAt && ended.noticeVersion).toBeTruthy(); // the consent ledger
    const events = (await stack.server.admin.sql(
      `SELECT actor, action, outcome, session_id FROM audit_events ORDER BY seq`,
    )) as Array<{ actor: string; action: string; outcome: string; session_id: string }>;
    expect(events.map((e) => [e.actor, e.action, e.outcome])).toEqual([
      ["tenant:publishable", "consent.started", "ok"],
      ["digilocker", "consent.answered", "active"],
      ["anonymous", "session.claimed", "ok"],
      ["session", "session.ended", "ok"],
    ]);
    expect(events.every((e) => e.session_id === sessionId)).toBe(true);
    expect(JSON.stringify(await stack.server.admin.sql(`SELECT * FROM audit_events`))).not.toContain("Asha");
    expect((await stack.server.admin.audit.verify()).every((c) => c.ok)).toBe(true);

    // Append-only: the database refuses edits outright…
    await expect(
      stack.server.admin.sql(`UPDATE audit_events SET outcome = 'ok' WHERE seq = 2`),
    ).rejects.toThrow(/append-only/);
    // …and an edit made by someone who disabled that guard is caught by the chain.
    await stack.server.admin.sql(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`);
    await stack.server.admin.sql(`UPDATE audit_events SET outcome = 'denied' WHERE seq = 2`);
    await stack.server.admin.sql(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change`);
    const [check] = await stack.server.admin.audit.verify();
    expect(check).toMatchObject({ ok: false, problem: "event 2 was altered" });
  });
});
