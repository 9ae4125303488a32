import { createHash } from "node:crypto";
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { authorize, followCallback } from "@lockerkit/testkit";
import { graphql } from "./gql";
import {
  errorCode,
  expectData,
  type GraphQLResult,
  startTestStack,
  type TestStack,
} from "./support/test-stack";

const START = graphql(`
  mutation ErrorsStart($input: StartConsentInput!) {
    startConsent(input: $input) {
      session {
        id
      }
      authorizationUrl
      claimVerifier
      statusToken
    }
  }
`);
const CLAIM = graphql(`
  mutation ErrorsClaim($code: String!, $claimVerifier: String) {
    claimSession(code: $code, claimVerifier: $claimVerifier) {
      sessionToken
    }
  }
`);
const END = graphql(`
  mutation ErrorsEnd($id: ID) {
    endSession(id: $id) {
      id
      status
    }
  }
`);
const SESSION_DOCUMENTS = graphql(`
  query ErrorsSessionDocuments($id: ID!) {
    consentSession(id: $id) {
      documents {
        totalCount
      }
    }
  }
`);

const returnUrl = "http://localhost:5173/done";

async function raw(stack: TestStack, body: unknown, token?: string): Promise<GraphQLResult<unknown>> {
  const res = await fetch(`${stack.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as GraphQLResult<unknown>;
  return { status: res.status, data: json.data ?? null, errors: json.errors };
}

async function consentUntilReturn(stack: TestStack) {
  const started = expectData(
    await stack.gql(START, { input: { returnUrl } }, stack.publishableKey),
  ).startConsent;
  const { location } = await followCallback(await authorize(started.authorizationUrl));
  return { ...started, code: location!.searchParams.get("code")! };
}

const reasonOf = (result: GraphQLResult<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code,
  reason: result.errors?.[0]?.extensions?.reason,
});

describe("errors: Apollo's codes pass through, reasons, persisted queries", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.stop();
  });

  it("an unknown field answers GRAPHQL_VALIDATION_FAILED (HTTP 400), not BAD_USER_INPUT", async () => {
    const result = await raw(stack, { query: "{ me { nope } }" });
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("a syntax error answers GRAPHQL_PARSE_FAILED, and an unknown operationName OPERATION_RESOLUTION_FAILURE", async () => {
    expect(errorCode(await raw(stack, { query: "{ me { " }))).toBe("GRAPHQL_PARSE_FAILED");
    expect(errorCode(await raw(stack, { query: "query A { __typename }", operationName: "B" }))).toBe(
      "OPERATION_RESOLUTION_FAILURE",
    );
  });

  it("a persisted-query hash the server has not seen answers PERSISTED_QUERY_NOT_FOUND", async () => {
    const result = await raw(stack, {
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(errorCode(result)).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("Apollo Client's persisted-query link completes a hash miss, then a hit, over HTTP", async () => {
    const { statusToken } = expectData(
      await stack.gql(START, { input: { returnUrl } }, stack.publishableKey),
    ).startConsent;
    const sent: Array<{ hashOnly: boolean; codes: string[] }> = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const body = JSON.parse(String(init?.body)) as { query?: string };
      const response = await fetch(input, init);
      const json = (await response.clone().json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      sent.push({
        hashOnly: body.query === undefined,
        codes: (json.errors ?? []).map((e) => e.extensions?.code ?? ""),
      });
      return response;
    };
    const client = () =>
      new ApolloClient({
        cache: new InMemoryCache(),
        link: ApolloLink.from([
          new PersistedQueryLink({
            sha256: (query: string) => createHash("sha256").update(query).digest("hex"),
          }),
          new HttpLink({
            uri: `${stack.url}/graphql`,
            fetch: recordingFetch,
            headers: { authorization: `Bearer ${stack.publishableKey}` },
          }),
        ]),
      });
    const query = gql`
      query ApqStatus($statusToken: String!) {
        consentStatus(statusToken: $statusToken) {
          status
        }
      }
    `;
    const first = await client().query<{ consentStatus: { status: string } }>({
      query,
      variables: { statusToken },
    });
    expect(first.data?.consentStatus.status).toBe("PENDING");
    // Miss: the hash alone, PERSISTED_QUERY_NOT_FOUND, then the link resends with the document.
    expect(sent).toEqual([
      { hashOnly: true, codes: ["PERSISTED_QUERY_NOT_FOUND"] },
      { hashOnly: false, codes: [] },
    ]);
    sent.length = 0;
    const second = await client().query<{ consentStatus: { status: string } }>({
      query,
      variables: { statusToken },
    });
    expect(second.data?.consentStatus.status).toBe("PENDING");
    // Hit: the hash alone is enough now.
    expect(sent).toEqual([{ hashOnly: true, codes: [] }]);
  });

  it("a claim code tells used, expired and unknown apart in extensions.reason", async () => {
    const fresh = await consentUntilReturn(stack);
    expectData(await stack.gql(CLAIM, { code: fresh.code, claimVerifier: fresh.claimVerifier }));
    expect(
      reasonOf(await stack.gql(CLAIM, { code: fresh.code, claimVerifier: fresh.claimVerifier })),
    ).toEqual({ code: "BAD_USER_INPUT", reason: "used" });
    expect(reasonOf(await stack.gql(CLAIM, { code: fresh.code, claimVerifier: null }))).toEqual({
      code: "BAD_USER_INPUT",
      reason: "used",
    });

    const late = await consentUntilReturn(stack);
    await stack.server.admin.sql(
      `UPDATE consent_sessions SET claim_expires_at = now() - interval '1 second' WHERE id = $1`,
      [late.session.id],
    );
    expect(reasonOf(await stack.gql(CLAIM, { code: late.code, claimVerifier: late.claimVerifier }))).toEqual({
      code: "BAD_USER_INPUT",
      reason: "expired",
    });

    expect(
      reasonOf(await stack.gql(CLAIM, { code: "no-such-code", claimVerifier: late.claimVerifier })),
    ).toEqual({ code: "BAD_USER_INPUT", reason: "unknown" });
  });

  it("a session tells ended and expired apart in extensions.reason", async () => {
    const ended = await stack.consent("typical");
    expectData(await stack.gql(END, { id: ended.sessionId }, stack.secretKey));
    expect(reasonOf(await stack.gql(SESSION_DOCUMENTS, { id: ended.sessionId }, stack.secretKey))).toEqual({
      code: "CONSENT_EXPIRED",
      reason: "ended",
    });

    const expired = await stack.consent("typical");
    await stack.server.admin.sql(
      `UPDATE consent_sessions SET consent_valid_till = now() - interval '1 second' WHERE id = $1`,
      [expired.sessionId],
    );
    expect(reasonOf(await stack.gql(SESSION_DOCUMENTS, { id: expired.sessionId }, stack.secretKey))).toEqual({
      code: "CONSENT_EXPIRED",
      reason: "expired",
    });
  });
});
