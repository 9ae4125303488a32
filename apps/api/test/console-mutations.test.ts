import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { print } from "graphql";
import { parseSetPolicyArgs } from "../src/modules/tenants/set-policy-flags";
import { TenantInputError } from "../src/modules/tenants/tenant.service";
import { graphql } from "./gql";
import {
  errorCode,
  expectData,
  startTestStack,
  type GraphQLResult,
  type TestStack,
} from "./support/test-stack";

const UPDATE_POLICY = graphql(`
  mutation ConsoleUpdatePolicy($input: UpdateTenantPolicyInput!) {
    updateTenantPolicy(input: $input) {
      id
      name
      policy {
        returnPhotos
        consoleDocumentContents
        retentionDays
        kycMaxAgeSeconds
        returnUrls
        origins
      }
    }
  }
`);
const REVEAL = graphql(`
  mutation ConsoleReveal($sessionId: ID!, $documentId: ID!) {
    revealDocumentContent(sessionId: $sessionId, documentId: $documentId) {
      format
      json
      data {
        __typename
        ... on AadhaarDocument {
          maskedAadhaar
          name
        }
        ... on PanVerification {
          pan
          name
        }
      }
    }
  }
`);
const SESSION_DOCUMENTS = graphql(`
  query ConsoleSessionDocuments($id: ID!) {
    consentSession(id: $id) {
      documents(first: 20) {
        edges {
          node {
            id
            doctype
          }
        }
      }
    }
  }
`);
const RETRY = graphql(`
  mutation ConsoleRetry($id: ID!) {
    retryWebhookEvent(id: $id) {
      id
      status
      attempts {
        attempt
        statusCode
      }
    }
  }
`);
const TENANT_POLICY = graphql(`
  query ConsoleTenantPolicy {
    tenant {
      policy {
        consoleDocumentContents
      }
    }
  }
`);
const TENANT = graphql(`
  query ConsoleTenant {
    tenant {
      id
      name
      policy {
        retentionDays
        returnUrls
      }
    }
  }
`);
const AUDIT = graphql(`
  query ConsoleAudit($actor: String, $first: Int) {
    auditEvents(actor: $actor, first: $first) {
      seq
      actor
      action
      outcome
      sessionId
      requestId
    }
  }
`);
const HEALTH = graphql(`
  query ConsoleHealth($window: HealthWindow) {
    operationsHealth(window: $window) {
      window
      since
      completionRate
      webhookSuccessRate
      sessionsByStatus {
        status
        count
      }
      buckets {
        start
        started
        completed
        webhookAttempts
        webhookSucceeded
      }
      upstream {
        operation
        requests
        errors
        errorRate
      }
    }
  }
`);
const CONFIGURE = graphql(`
  mutation ConsoleConfigure($input: ConfigureWebhookInput!) {
    configureWebhook(input: $input) {
      endpoint {
        url
      }
    }
  }
`);
const DELETE = graphql(`
  mutation ConsoleDeleteWebhook {
    deleteWebhook
  }
`);
const DELIVERIES = graphql(`
  query ConsoleDeliveries($status: WebhookDeliveryStatus) {
    webhookDeliveries(first: 50, filter: { status: $status }) {
      edges {
        node {
          id
          type
          status
        }
      }
    }
  }
`);

/** A webhook receiver that answers `status` (changeable). */
async function receiver(): Promise<{ url: string; status: { value: number }; close: () => Promise<void> }> {
  const status = { value: 500 };
  const server: Server = createHttpServer((req, res) =>
    req.resume().on("end", () => res.writeHead(status.value).end()),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    status,
    close: () =>
      new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/**
 * What `npm run tenant -- set-policy --id <tenant> …flags` answers: the CLI's own argument parsing and
 * the service call it makes, in-process on the stack's database (a second tenant, so the two never
 * share state). Its error message, or null when it accepts the flags.
 */
async function cliVerdict(stack: TestStack, tenantId: string, flags: string[]): Promise<string | null> {
  try {
    const { policy } = parseSetPolicyArgs(["--id", tenantId, ...flags]);
    await stack.server.admin.tenants.setPolicy(tenantId, policy);
    return null;
  } catch (error) {
    if (!(error instanceof TenantInputError)) throw error;
    return error.message;
  }
}

const FLAG_FIELDS: Record<string, string> = {
  "--retention-days": "retentionDays",
  "--kyc-max-age": "kycMaxAgeSeconds",
  "--return-url": "returnUrls",
  "--origin": "origins",
};

describe("console mutations (secret key only, validated like the tenant CLI, audited as console)", () => {
  let stack: TestStack;
  let hook: Awaited<ReturnType<typeof receiver>>;
  let sessionToken: string;
  let sessionId: string;
  let cliTenantId: string;

  /** A GraphQL call as the console makes it: the secret key and `x-lockerkit-client: console`. */
  const asConsole = async <T>(
    query: string,
    variables: Record<string, unknown>,
    token = stack.secretKey,
  ): Promise<GraphQLResult<T>> => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        "x-lockerkit-client": "console",
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLResult<T>;
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  };

  beforeAll(async () => {
    stack = await startTestStack({
      webhooks: { retryBaseMs: 50, maxAttempts: 2, timeoutMs: 2_000, pollIntervalMs: 50 },
    });
    hook = await receiver();
    ({ sessionToken, sessionId } = await stack.consent("typical"));
    cliTenantId = (
      await stack.server.admin.tenants.create({
        name: "CLI parity",
        returnUrls: ["http://localhost:*"],
        origins: [],
      })
    ).tenant.id;
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await hook?.close();
  });

  const calls = [
    ["updateTenantPolicy", () => [UPDATE_POLICY, { input: { retentionDays: 30 } }]],
    ["retryWebhookEvent", () => [RETRY, { id: "00000000-0000-4000-8000-000000000000" }]],
    [
      "revealDocumentContent",
      () => [REVEAL, { sessionId, documentId: "00000000-0000-4000-8000-000000000000" }],
    ],
    ["tenant", () => [TENANT, {}]],
    ["auditEvents", () => [AUDIT, {}]],
    ["operationsHealth", () => [HEALTH, {}]],
  ] as const;

  it.each(calls)(
    "%s refuses the publishable key, a session token (even with the console header) and no key",
    async (_name, call) => {
      const [document, variables] = call() as [Parameters<TestStack["gql"]>[0], Record<string, unknown>];
      expect(errorCode(await stack.gql(document, variables, stack.publishableKey))).toBe("FORBIDDEN");
      expect(errorCode(await stack.gql(document, variables, sessionToken))).toBe("FORBIDDEN");
      expect(errorCode(await asConsole(print(document), variables, stack.publishableKey))).toBe("FORBIDDEN");
      expect(errorCode(await asConsole(print(document), variables, sessionToken))).toBe("FORBIDDEN");
      expect(errorCode(await stack.gql(document, variables))).toBe("UNAUTHENTICATED");
    },
  );

  // Each row: the mutation's input, and the same change as set-policy flags (null where the CLI cannot express it).
  const policyCases: Array<[string, Record<string, unknown>, string[] | null, string | null]> = [
    ["retention 0 days", { retentionDays: 0 }, ["--retention-days", "0"], "retentionDays"],
    ["retention 3651 days", { retentionDays: 3651 }, ["--retention-days", "3651"], "retentionDays"],
    ["KYC max age 59 s", { kycMaxAgeSeconds: 59 }, ["--kyc-max-age", "59"], "kycMaxAgeSeconds"],
    [
      "KYC max age over 10 years",
      { kycMaxAgeSeconds: 315_360_001 },
      ["--kyc-max-age", "315360001"],
      "kycMaxAgeSeconds",
    ],
    [
      "an ftp return URL",
      { returnUrls: ["ftp://example.com/back"] },
      ["--return-url", "ftp://example.com/back"],
      "returnUrls",
    ],
    [
      "a return URL without scheme",
      { returnUrls: ["example.com/back"] },
      ["--return-url", "example.com/back"],
      "returnUrls",
    ],
    ["an origin without scheme", { origins: ["localhost:3000"] }, ["--origin", "localhost:3000"], "origins"],
    ["no return URL at all", { returnUrls: [] }, null, "returnUrls"],
    [
      "a valid change",
      {
        retentionDays: 7,
        kycMaxAgeSeconds: 3600,
        returnPhotos: false,
        consoleDocumentContents: false,
        returnUrls: ["http://localhost:*"],
        origins: ["http://localhost:*"],
      },
      [
        "--retention-days",
        "7",
        "--kyc-max-age",
        "3600",
        "--photos",
        "off",
        "--console-document-contents",
        "off",
        "--return-url",
        "http://localhost:*",
        "--origin",
        "http://localhost:*",
      ],
      null,
    ],
  ];

  it.each(policyCases)(
    "updateTenantPolicy validates %s exactly like set-policy",
    async (_name, input, flags, field) => {
      const before = expectData(await stack.gql(TENANT, {}, stack.secretKey)).tenant.policy;
      const result = await stack.gql(UPDATE_POLICY, { input }, stack.secretKey);
      const cli = flags ? await cliVerdict(stack, cliTenantId, flags) : undefined;
      if (field === null) {
        expect(expectData(result).updateTenantPolicy.policy).toMatchObject(input);
        expect(cli).toBeNull();
        return;
      }
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
      if (cli !== undefined) {
        expect(cli).not.toBeNull();
        // The same rule, the same words: only the CLI's flag names become the input's field names.
        expect(result.errors?.[0]?.message).toBe(
          cli!.replace(/--[a-z-]+/g, (flag) => FLAG_FIELDS[flag] ?? flag),
        );
      } else {
        expect(result.errors?.[0]?.message).toMatch(/at least one returnUrls/);
      }
      // A refused change changes nothing.
      expect(expectData(await stack.gql(TENANT, {}, stack.secretKey)).tenant.policy).toEqual(before);
    },
    30_000,
  );

  it("tenant answers the secret key's tenant by name; updateTenantPolicy is audited as console with the console header", async () => {
    const me = expectData(await stack.gql(TENANT, {}, stack.secretKey)).tenant;
    expect(me.name).toBe("Demo tenant");
    const updated = await asConsole<{ updateTenantPolicy: { policy: { retentionDays: number } } }>(
      `mutation { updateTenantPolicy(input: { retentionDays: 14 }) { policy { retentionDays } } }`,
      {},
    );
    expect(expectData(updated).updateTenantPolicy.policy.retentionDays).toBe(14);
    const refused = await asConsole(
      `mutation { updateTenantPolicy(input: { retentionDays: -1 }) { id } }`,
      {},
    );
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    const events = expectData(
      await stack.gql(AUDIT, { actor: "console", first: 10 }, stack.secretKey),
    ).auditEvents;
    expect(events.slice(0, 2).map((e) => [e.actor, e.action, e.outcome, e.sessionId])).toEqual([
      ["console", "tenant.policy_updated", "BAD_USER_INPUT", null],
      ["console", "tenant.policy_updated", "ok", null],
    ]);
    expect(events[0].requestId).toBeTruthy();
    // Without the header the same key is audited as the backend.
    const all = expectData(await stack.gql(AUDIT, {}, stack.secretKey)).auditEvents;
    expect(all.some((e) => e.actor === "tenant:secret" && e.action === "tenant.policy_updated")).toBe(true);
  });

  it("revealDocumentContent is FORBIDDEN while the policy is off, shows masked typed contents once it is on, and is audited as console", async () => {
    const docs = expectData(
      await stack.gql(SESSION_DOCUMENTS, { id: sessionId }, stack.secretKey),
    ).consentSession!.documents.edges.map((e) => e.node);
    const aadhaar = docs.find((d) => d.doctype === "ADHAR")!;
    const pan = docs.find((d) => d.doctype === "PANCR")!;
    const reveal = (documentId: string) =>
      asConsole<{ revealDocumentContent: { data: Record<string, unknown> | null } }>(print(REVEAL), {
        sessionId,
        documentId,
      });

    // Off by default: refused with a reason the console can explain, and the attempt is in the trail.
    expect(
      expectData(await stack.gql(TENANT_POLICY, {}, stack.secretKey)).tenant.policy.consoleDocumentContents,
    ).toBe(false);
    const refused = await reveal(pan.id);
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.extensions?.reason).toBe("policy");
    expect(refused.errors?.[0]?.message).toMatch(/consoleDocumentContents/);

    expect(
      expectData(
        await stack.gql(UPDATE_POLICY, { input: { consoleDocumentContents: true } }, stack.secretKey),
      ).updateTenantPolicy.policy.consoleDocumentContents,
    ).toBe(true);
    const panData = expectData(await reveal(pan.id)).revealDocumentContent.data;
    expect(panData).toMatchObject({ __typename: "PanVerification", pan: "ABCPV1234F", name: "Asha Verma" });
    const answer = await reveal(aadhaar.id);
    expect(expectData(answer).revealDocumentContent.data).toMatchObject({
      __typename: "AadhaarDocument",
      maskedAadhaar: "XXXX-XXXX-0019",
    });
    // Masked everywhere, the raw JSON included: never the full number.
    expect(JSON.stringify(answer)).not.toContain("999999990019");
    expect(JSON.stringify(answer)).not.toMatch(/9999\s?9999\s?0019/);

    // Scoped like consentSession: another session's document, or no such session, is not found.
    expect(errorCode(await reveal("00000000-0000-4000-8000-000000000000"))).toBe("NOT_FOUND");
    const foreign = await asConsole(print(REVEAL), {
      sessionId: "00000000-0000-4000-8000-000000000000",
      documentId: pan.id,
    });
    expect(errorCode(foreign)).toBe("NOT_FOUND");

    const trail = expectData(await stack.gql(AUDIT, { actor: "console", first: 10 }, stack.secretKey))
      .auditEvents.filter((e) => e.action === "document.content_revealed")
      .map((e) => [e.outcome, e.sessionId]);
    expect(trail).toEqual([
      ["NOT_FOUND", sessionId],
      ["ok", sessionId],
      ["ok", sessionId],
      ["FORBIDDEN", sessionId],
    ]);

    // Off again: refused again (the flag is read on every request).
    expectData(
      await stack.gql(UPDATE_POLICY, { input: { consoleDocumentContents: false } }, stack.secretKey),
    );
    expect(errorCode(await reveal(pan.id))).toBe("FORBIDDEN");
  }, 30_000);

  it("set-policy --console-document-contents takes on or off, like --photos", async () => {
    expect(await cliVerdict(stack, cliTenantId, ["--console-document-contents", "yes"])).toBe(
      "--console-document-contents must be on or off",
    );
    expect(await cliVerdict(stack, cliTenantId, ["--console-document-contents", "on"])).toBeNull();
    expect((await stack.server.admin.tenants.findById(cliTenantId))?.consoleDocumentContents).toBe(true);
    expect(await cliVerdict(stack, cliTenantId, ["--console-document-contents", "off"])).toBeNull();
    expect((await stack.server.admin.tenants.findById(cliTenantId))?.consoleDocumentContents).toBe(false);
  });

  it("retryWebhookEvent checks its id, needs an endpoint, retries only a FAILED event, and delivers it again", async () => {
    expect(errorCode(await stack.gql(RETRY, { id: "not-an-id" }, stack.secretKey))).toBe("BAD_USER_INPUT");
    expect(
      errorCode(await stack.gql(RETRY, { id: "00000000-0000-4000-8000-000000000000" }, stack.secretKey)),
    ).toBe("BAD_USER_INPUT"); // no endpoint yet
    expectData(
      await stack.gql(
        CONFIGURE,
        { input: { url: hook.url, events: ["consent.completed"] } },
        stack.secretKey,
      ),
    );
    expect(
      errorCode(await stack.gql(RETRY, { id: "00000000-0000-4000-8000-000000000000" }, stack.secretKey)),
    ).toBe("NOT_FOUND");

    // The receiver fails: the event gives up after its two attempts.
    await stack.consent("typical");
    const failedId = await waitForDelivery("FAILED");
    hook.status.value = 204;
    const retried = await asConsole<{
      retryWebhookEvent: { id: string; status: string; attempts: Array<{ attempt: number }> };
    }>(`mutation($id: ID!) { retryWebhookEvent(id: $id) { id status attempts { attempt } } }`, {
      id: failedId,
    });
    expect(expectData(retried).retryWebhookEvent).toMatchObject({
      id: failedId,
      status: "PENDING",
      attempts: [{ attempt: 1 }, { attempt: 2 }],
    });
    expect(await waitForDelivery("DELIVERED")).toBe(failedId);
    // A DELIVERED event is not retried.
    const again = await stack.gql(RETRY, { id: failedId }, stack.secretKey);
    expect(errorCode(again)).toBe("BAD_USER_INPUT");
    expect(again.errors?.[0]?.message).toMatch(/only a FAILED event/);
    const audit = expectData(
      await stack.gql(AUDIT, { actor: "console", first: 5 }, stack.secretKey),
    ).auditEvents;
    expect(audit.find((e) => e.action === "webhook.retried" && e.outcome === "ok")?.actor).toBe("console");
    // Without an endpoint nothing is retried.
    expectData(await stack.gql(DELETE, {}, stack.secretKey));
    expect(errorCode(await stack.gql(RETRY, { id: failedId }, stack.secretKey))).toBe("BAD_USER_INPUT");
  }, 30_000);

  it("operationsHealth counts the tenant's sessions, completion, webhook attempts and upstream requests", async () => {
    const hour = expectData(await stack.gql(HEALTH, { window: "HOUR" }, stack.secretKey)).operationsHealth;
    expect(hour.buckets).toHaveLength(12);
    expect(hour.sessionsByStatus.find((s) => s.status === "ACTIVE")?.count).toBeGreaterThanOrEqual(2);
    expect(hour.completionRate).toBe(1);
    // Two failed attempts, one retried success.
    expect(hour.webhookSuccessRate).toBeCloseTo(1 / 3);
    expect(
      hour.upstream.find((u) => u.operation === "token.authorization_code")?.requests,
    ).toBeGreaterThanOrEqual(2);
    const day = expectData(await stack.gql(HEALTH, { window: "DAY" }, stack.secretKey)).operationsHealth;
    expect(day.buckets).toHaveLength(24);
    expect(day.buckets.reduce((n, b) => n + b.started, 0)).toBe(
      hour.buckets.reduce((n, b) => n + b.started, 0),
    );
  });

  async function waitForDelivery(status: "FAILED" | "DELIVERED"): Promise<string> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const edges = expectData(await stack.gql(DELIVERIES, { status }, stack.secretKey)).webhookDeliveries
        .edges;
      if (edges.length) return edges[0].node.id;
      if (Date.now() > deadline) throw new Error(`no ${status} delivery within 15 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});
