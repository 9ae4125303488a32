import { randomInt } from "node:crypto";
import { Writable } from "node:stream";
import { isVerhoeffValid } from "@lockerkit/core";
import pino from "pino";
import { authorize, followCallback } from "@lockerkit/testkit";
import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";

const ME = graphql(`
  query SecurityMe {
    me {
      name
    }
  }
`);
const DOCS = graphql(`
  query SecurityDocs {
    documents(first: 20) {
      edges {
        node {
          id
          doctype
        }
      }
    }
  }
`);
const DOC = graphql(`
  query SecurityDoc($id: ID!) {
    document(id: $id) {
      content {
        format
      }
    }
  }
`);
const KYC = graphql(`
  query SecurityKyc {
    aadhaarKyc {
      maskedAadhaar
      photo
    }
  }
`);
const VERIFY = graphql(`
  mutation SecurityVerify($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      source
      maskedAadhaar
      signature {
        verified
        reason
      }
    }
  }
`);
const SESSION = graphql(`
  query SecuritySession($id: ID!) {
    consentSession(id: $id) {
      id
    }
  }
`);
const REFRESH = graphql(`
  mutation SecurityRefresh($id: ID) {
    refreshSession(id: $id) {
      id
    }
  }
`);
const END = graphql(`
  mutation SecurityEnd($id: ID) {
    endSession(id: $id) {
      id
      status
    }
  }
`);
const START = graphql(`
  mutation SecurityStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
      }
      authorizationUrl
    }
  }
`);
const CLAIM = graphql(`
  mutation SecurityClaim($code: String!) {
    claimSession(code: $code) {
      sessionToken
    }
  }
`);

/** A fresh, Verhoeff-valid, well-formed Aadhaar number per run: the canary. */
function canaryNumber(): string {
  for (;;) {
    const body = `${randomInt(2, 10)}${Array.from({ length: 10 }, () => randomInt(0, 10)).join("")}`;
    for (let d = 0; d < 10; d++) if (isVerhoeffValid(`${body}${d}`)) return `${body}${d}`;
  }
}

describe("security and compliance over HTTP", () => {
  let stack: TestStack;
  const logs: string[] = [];
  // A tenant with the default policy (photos off), and another one for isolation checks.
  let tenantA: { publishableKey: string; secretKey: string };
  let tenantB: { publishableKey: string; secretKey: string };

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    });
    stack = await startTestStack({ logger: pino({ level: "debug" }, sink), consentWindowS: 2 });
    tenantA = (
      await stack.server.admin.tenants.create({
        name: "Bank A",
        returnUrls: ["http://localhost:*"],
        origins: [],
      })
    ).keys;
    tenantB = (
      await stack.server.admin.tenants.create({
        name: "Bank B",
        returnUrls: ["http://127.0.0.1:*"],
        origins: [],
      })
    ).keys;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("canary: no full Aadhaar number, token, persona name, PAN or photo byte reaches the database or the logs", async () => {
    const number = canaryNumber();
    const qr = `<?xml version="1.0" encoding="UTF-8"?><PrintLetterBarcodeData uid="${number}" name="Canary Person" gender="F" yob="1990" co="" house="1" street="" lm="" loc="" vtc="Pune" po="" dist="Pune" subdist="" state="Maharashtra" pc="411001"/>`;
    const { sessionToken } = await stack.consent("typical", {}, tenantA.publishableKey);
    expectData(await stack.gql(ME, {}, sessionToken));
    const docs = expectData(await stack.gql(DOCS, {}, sessionToken)).documents.edges.map((e) => e.node);
    for (const doc of docs.filter((d) => d.doctype === "PANCR" || d.doctype === "ADHAR"))
      expectData(await stack.gql(DOC, { id: doc.id }, sessionToken));
    const kyc = expectData(await stack.gql(KYC, {}, sessionToken)).aadhaarKyc!;
    expect(kyc.photo).toBeNull(); // default policy: no photo returned or kept
    const verified = expectData(
      await stack.gql(VERIFY, { input: { xml: qr } }, sessionToken),
    ).verifyOfflineAadhaar;
    expect(verified).toMatchObject({
      source: "LEGACY_QR",
      maskedAadhaar: `XXXX-XXXX-${number.slice(-4)}`,
      signature: { verified: false },
    });
    expect(JSON.stringify(verified)).not.toContain(number);

    const tokens = await stack.sandbox.tokens();
    const eaadhaar = await fetch(`${stack.sandboxUrl}/public/oauth2/3/xml/eaadhaar`, {
      headers: { authorization: `Bearer ${tokens.at(-1)!.access_token}` },
    });
    const photoBase64 = /<Pht>([^<]{40})/.exec(await eaadhaar.text())?.[1];
    expect(photoBase64).toBeTruthy();

    const dump = await stack.server.admin.dumpTables();
    const logText = logs.join("");
    expect(logText).toContain('"path":"/digilocker/callback"'); // the capture really sees request logs
    const secrets = [
      number,
      "Asha Verma",
      "ABCPV1234F",
      "Canary Person",
      photoBase64!,
      ...tokens.flatMap((t) => [t.access_token, t.refresh_token]),
    ];
    for (const secret of secrets) {
      expect({ secret, inDump: dump.includes(secret), inLogs: logText.includes(secret) }).toEqual({
        secret,
        inDump: false,
        inLogs: false,
      });
    }
  });

  it("tenant isolation: another tenant's ids answer NOT_FOUND", async () => {
    const a = await stack.consent("typical", {}, tenantA.publishableKey);
    const docId = expectData(await stack.gql(DOCS, {}, a.sessionToken)).documents.edges[0].node.id;
    const b = await stack.consent(
      "typical",
      { returnUrl: "http://127.0.0.1:5173/done" },
      tenantB.publishableKey,
    );
    expect(errorCode(await stack.gql(SESSION, { id: a.sessionId }, tenantB.secretKey))).toBe("NOT_FOUND");
    expect(errorCode(await stack.gql(REFRESH, { id: a.sessionId }, tenantB.secretKey))).toBe("NOT_FOUND");
    expect(errorCode(await stack.gql(END, { id: a.sessionId }, tenantB.secretKey))).toBe("NOT_FOUND");
    expect(
      errorCode(
        await stack.gql(VERIFY, { input: { qrText: "1", sessionId: a.sessionId } }, tenantB.secretKey),
      ),
    ).toBe("NOT_FOUND");
    expect(errorCode(await stack.gql(DOC, { id: docId }, b.sessionToken))).toBe("NOT_FOUND");
    expect(errorCode(await stack.gql(REFRESH, { id: a.sessionId }, b.sessionToken))).toBe("NOT_FOUND");
    // And the session is untouched.
    expect(
      expectData(await stack.gql(SESSION, { id: a.sessionId }, tenantA.secretKey)).consentSession?.id,
    ).toBe(a.sessionId);
  });

  it("callback abuse (replay, expired, forged state, foreign returnUrl, reused claim code) makes no token request", async () => {
    await stack.clearRequests();
    const tokenRequests = async () =>
      (await stack.requests()).filter((r) => r.operation.startsWith("token.")).length;

    expect(
      errorCode(
        await stack.gql(
          START,
          { input: { returnUrl: "http://127.0.0.1:3000/done" } },
          tenantA.publishableKey,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      (await fetch(`${stack.url}/digilocker/callback?code=abc&state=forged-state`, { redirect: "manual" }))
        .status,
    ).toBe(400);
    expect((await fetch(`${stack.url}/digilocker/callback?code=abc`, { redirect: "manual" })).status).toBe(
      400,
    );

    // A consent left past its window: DigiLocker's late answer lands as expired, without a code exchange.
    const late = expectData(
      await stack.gql(START, { input: { returnUrl: "http://localhost:5173/late" } }, tenantA.publishableKey),
    ).startConsent;
    const callback = await authorize(late.authorizationUrl);
    await new Promise((r) => setTimeout(r, 2_100));
    const expired = await fetch(callback, { redirect: "manual" });
    expect(expired.status).toBe(303);
    expect(new URL(expired.headers.get("location")!).searchParams.get("status")).toBe("expired");
    expect((await fetch(callback, { redirect: "manual" })).status).toBe(400);
    expect(await tokenRequests()).toBe(0);

    // One good consent: exactly one token request; the replay and a reused claim code add nothing.
    const good = expectData(
      await stack.gql(START, { input: { returnUrl: "http://localhost:5173/ok" } }, tenantA.publishableKey),
    ).startConsent;
    const goodCallback = await authorize(good.authorizationUrl);
    const landed = await fetch(goodCallback, { redirect: "manual" });
    const code = new URL(landed.headers.get("location")!).searchParams.get("code")!;
    expect((await fetch(goodCallback, { redirect: "manual" })).status).toBe(400);
    expectData(await stack.gql(CLAIM, { code }));
    expect(errorCode(await stack.gql(CLAIM, { code }))).toBe("BAD_USER_INPUT");
    expect(await tokenRequests()).toBe(1);
  });

  it("a tenant's own DigiLocker credentials are used for its consents (and the default client for others)", async () => {
    const { tenant, keys } = await stack.server.admin.tenants.create({
      name: "Own client",
      returnUrls: ["http://localhost:*"],
      origins: [],
    });
    await stack.server.admin.tenants.setPolicy(tenant.id, {
      digilocker: { clientId: "lockerkit-sandbox-client", clientSecret: "not-the-secret" },
    });
    await stack.clearRequests();
    const started = expectData(
      await stack.gql(START, { input: { returnUrl: "http://localhost:5173/own" } }, keys.publishableKey),
    ).startConsent;
    const { location } = await followCallback(await authorize(started.authorizationUrl));
    expect(location!.searchParams.get("status")).toBe("failed");
    const token = (await stack.requests()).filter((r) => r.operation === "token.authorization_code");
    expect(token).toEqual([expect.objectContaining({ status: 400 })]);
    // With the right secret the same tenant completes; a client per tenant is kept, not rebuilt per call.
    await stack.server.admin.tenants.setPolicy(tenant.id, {
      digilocker: { clientId: "lockerkit-sandbox-client", clientSecret: "lockerkit-sandbox-secret" },
    });
    const ok = await stack.consent(
      "typical",
      { returnUrl: "http://localhost:5173/own" },
      keys.publishableKey,
    );
    expect(expectData(await stack.gql(ME, {}, ok.sessionToken)).me?.name).toBe("Asha Verma");
    expect(JSON.stringify(await stack.server.admin.sql(`SELECT * FROM tenants`))).not.toContain(
      "lockerkit-sandbox-secret",
    );
  });

  it("an unexpected failure is masked as INTERNAL_SERVER_ERROR with a request id, leaking no SQL", async () => {
    const { sessionToken } = await stack.consent("typical", {}, tenantA.publishableKey);
    await stack.server.admin.sql(`ALTER TABLE aadhaar_kyc RENAME TO aadhaar_kyc_moved`);
    try {
      const result = await stack.gql(KYC, {}, sessionToken);
      expect(errorCode(result)).toBe("INTERNAL_SERVER_ERROR");
      expect(result.errors?.[0].message).toMatch(/^internal error \(request id [0-9a-f-]{36}\)$/);
      expect(result.errors?.[0].extensions?.requestId).toBeTruthy();
      expect(JSON.stringify(result)).not.toMatch(/aadhaar_kyc|relation|SELECT|stack/i);
      expect(result.data).toEqual({ aadhaarKyc: null });
    } finally {
      await stack.server.admin.sql(`ALTER TABLE aadhaar_kyc_moved RENAME TO aadhaar_kyc`);
    }
  });

  it("after endSession the sandbox saw the revoke and none of the session's personal data remains", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical", {}, tenantA.publishableKey);
    const docs = expectData(await stack.gql(DOCS, {}, sessionToken)).documents.edges;
    expectData(
      await stack.gql(DOC, { id: docs.find((d) => d.node.doctype === "PANCR")!.node.id }, sessionToken),
    );
    expectData(await stack.gql(KYC, {}, sessionToken));
    await stack.clearRequests();
    expect(expectData(await stack.gql(END, {}, sessionToken)).endSession.status).toBe("ENDED");
    expect((await stack.requests()).map((r) => r.operation)).toContain("revoke");
    const dump = await stack.server.admin.dumpTables();
    const rows = dump.split("\n").filter((line) => line.includes(sessionId));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).not.toMatch(/v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{40,}/);
    expect(dump).not.toContain("ABCPV1234F");
  });
});

describe("rate limits", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({
      rateLimits: { sessionPerMinute: 5, tenantPerMinute: 1000, consentsPerMinute: 3 },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("answers RATE_LIMITED with HTTP 429 and retryAfterSeconds, and aliases do not bypass it", async () => {
    const { sessionToken } = await stack.consent("typical");
    const aliased = graphql(`
      query SecurityAliased {
        a: me {
          name
        }
        b: me {
          name
        }
        c: me {
          name
        }
        d: me {
          name
        }
        e: me {
          name
        }
        f: me {
          name
        }
      }
    `);
    const burst = await stack.gql(aliased, {}, sessionToken);
    expect(burst.status).toBe(429);
    expect(errorCode(burst)).toBe("RATE_LIMITED");
    expect(burst.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // The refused request still spent the budget, so the next plain read is refused too.
    const next = await stack.gql(ME, {}, sessionToken);
    expect(errorCode(next)).toBe("RATE_LIMITED");
  });

  it("limits consent creation per tenant (secret key; the publishable key has buckets of its own, rate-limits.test.ts)", async () => {
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(
        await stack.gql(START, { input: { returnUrl: "http://localhost:5173/x" } }, stack.secretKey),
      );
    expect(results.slice(0, 3).every((r) => !r.errors)).toBe(true);
    expect(errorCode(results[3])).toBe("RATE_LIMITED");
  });
});
