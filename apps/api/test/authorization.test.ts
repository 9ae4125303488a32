import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type ExecutionResult,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  subscribe,
} from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import type { ConsentSessionEntity } from "../src/db/entities/consent-session.entity";
import type { Principal } from "../src/graphql/principal";
import { buildAppSchema } from "../src/graphql/schema";
import { type GraphQLResult, startTestStack, type TestStack } from "./support/test-stack";

const PRINCIPALS = ["anonymous", "publishable key", "secret key", "session token"] as const;
type Caller = (typeof PRINCIPALS)[number];

const ANYONE: Caller[] = [...PRINCIPALS];
const SESSION: Caller[] = ["session token"];
const SECRET: Caller[] = ["secret key"];
const SECRET_OR_SESSION: Caller[] = ["secret key", "session token"];
const TENANT_KEY: Caller[] = ["publishable key", "secret key"];
const ANY_CREDENTIAL: Caller[] = ["publishable key", "secret key", "session token"];

/**
 * Who gets past the authorisation check of each root field: the reviewed spec of the resolvers'
 * `@Authorized(...)` roles, and the README's "Who may call what". Fields narrow further on their own
 * (a session token reaches only its own session; `startConsent` takes a session token only to resume).
 */
const ACCESS: Record<string, Caller[]> = {
  "Query.aadhaarKyc": SESSION,
  "Query.auditEvents": SECRET,
  "Query.consentSession": SECRET,
  "Query.consentSessions": SECRET,
  "Query.consentStatus": TENANT_KEY,
  "Query.document": SESSION,
  "Query.documents": SESSION,
  "Query.issuerDocumentTypes": ANY_CREDENTIAL,
  "Query.issuerParameters": ANY_CREDENTIAL,
  "Query.issuers": ANY_CREDENTIAL,
  "Query.kycReceipt": SESSION,
  "Query.me": SESSION,
  "Query.operationsHealth": SECRET,
  "Query.tenant": SECRET,
  "Query.uploadedDocuments": SECRET_OR_SESSION,
  "Query.webhookDeliveries": SECRET,
  "Query.webhookEndpoint": SECRET,
  "Mutation.claimSession": ANYONE,
  "Mutation.configureWebhook": SECRET,
  "Mutation.deleteWebhook": SECRET,
  "Mutation.endSession": SECRET_OR_SESSION,
  "Mutation.pullDocument": SECRET_OR_SESSION,
  "Mutation.refreshSession": SECRET_OR_SESSION,
  "Mutation.retryWebhookEvent": SECRET,
  "Mutation.revealDocumentContent": SECRET,
  "Mutation.revokeKycReceipt": SECRET_OR_SESSION,
  "Mutation.rotateWebhookSecret": SECRET,
  "Mutation.startConsent": ANY_CREDENTIAL,
  "Mutation.updateTenantPolicy": SECRET,
  "Mutation.verifyOfflineAadhaar": SECRET_OR_SESSION,
  "Subscription.consentStatusChanged": TENANT_KEY,
};

/** The README's table from ACCESS, as rows of cells (header first). */
function accessTable(): string[][] {
  const rows = Object.entries(ACCESS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, admitted]) => [
      `\`${field}\``,
      ...PRINCIPALS.map((p) => (admitted.includes(p) ? "✓" : "—")),
    ]);
  return [["Root field", ...PRINCIPALS], ...rows];
}

/** A markdown table's rows of cells, whatever its padding; the `---` row is left out. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => !cells.every((cell) => /^:?-+:?$/.test(cell)));
}

const SAMPLES: Record<string, string> = {
  ID: JSON.stringify("00000000-0000-4000-8000-000000000000"),
  Int: "1",
  SafeInt: "1",
  Float: "1",
  Boolean: "false",
  DateTimeISO: JSON.stringify("2026-01-01T00:00:00Z"),
};

/** The smallest literal the type accepts: required input fields only, first enum value, a dummy scalar. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type))
    return `{ ${Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type))
      .map((f) => `${f.name}: ${literal(f.type)}`)
      .join(", ")} }`;
  return SAMPLES[type.name] ?? JSON.stringify("x");
}

/** `query { field(requiredArgs) { __typename } }`, with `overrides` replacing or adding arguments. */
function operation(
  kind: string,
  field: GraphQLField<unknown, unknown>,
  overrides: Record<string, string> = {},
): string {
  const args = Object.entries({
    ...Object.fromEntries(
      field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, literal(a.type)]),
    ),
    ...overrides,
  }).map(([name, value]) => `${name}: ${value}`);
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${kind} { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection} }`;
}

type Outcome = { code?: string; message?: string };

describe("who may call each root field", () => {
  let stack: TestStack;
  const tokens: Partial<Record<Caller, string>> = {};
  let sessionId: string;

  beforeAll(async () => {
    stack = await startTestStack();
    const consented = await stack.consent("typical");
    sessionId = consented.sessionId;
    tokens["publishable key"] = stack.publishableKey;
    tokens["secret key"] = stack.secretKey;
    tokens["session token"] = consented.sessionToken;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function post(query: string, principal: Caller): Promise<Outcome> {
    const token = tokens[principal];
    const res = await fetch(`${stack.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as GraphQLResult<unknown>;
    const error = body.errors?.[0];
    return { code: error?.extensions?.code, message: error?.message };
  }

  /** One subscription over graphql-ws: its first error, or nothing once an event arrives. */
  function subscribeOnce(query: string, principal: Caller): Promise<Outcome> {
    const token = tokens[principal];
    const client = createClient({
      url: `${stack.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
    });
    return new Promise<Outcome>((resolve) => {
      client.subscribe(
        { query },
        {
          next: (result) => resolve({ code: result.errors?.[0]?.extensions?.code as string | undefined }),
          // A refused subscription hands over its GraphQL errors; a refused connection its close event.
          error: (error) =>
            resolve(
              Array.isArray(error)
                ? {
                    code: (error[0] as { extensions?: { code?: string } }).extensions?.code,
                    message: (error[0] as Error).message,
                  }
                : { code: `socket:${(error as { code?: number }).code}` },
            ),
          complete: () => resolve({}),
        },
      );
    }).finally(() => client.dispose());
  }

  /** Calls every root field as every principal; admitted unless the answer is UNAUTHENTICATED or FORBIDDEN. */
  async function sweep() {
    const schema = buildAppSchema();
    const roots: Array<[string, GraphQLObjectType | null | undefined]> = [
      ["query", schema.getQueryType()],
      ["mutation", schema.getMutationType()],
      ["subscription", schema.getSubscriptionType()],
    ];
    const fields = roots.flatMap(([kind, type]) =>
      Object.values(type?.getFields() ?? {}).map((field) => ({ kind, type: type!.name, field })),
    );
    // Ending the session token's session would turn its later calls into refusals: it goes last.
    fields.sort((a, b) => Number(a.field.name === "endSession") - Number(b.field.name === "endSession"));
    const admitted: Record<string, Caller[]> = {};
    const refusals: Array<{ field: string; principal: Caller } & Outcome> = [];
    const internal: string[] = [];
    for (const principal of PRINCIPALS) {
      for (const { kind, type, field } of fields) {
        const name = `${type}.${field.name}`;
        // A session token starts a consent only to resume its own session.
        const overrides: Record<string, string> =
          name === "Mutation.startConsent" && principal === "session token"
            ? { input: `{ returnUrl: "x", resumeSessionId: "${sessionId}" }` }
            : {};
        const query = operation(kind, field, overrides);
        const outcome =
          kind === "subscription" ? await subscribeOnce(query, principal) : await post(query, principal);
        if (
          outcome.code === "UNAUTHENTICATED" ||
          outcome.code === "FORBIDDEN" ||
          outcome.code === "socket:4403"
        )
          refusals.push({ field: name, principal, ...outcome });
        else (admitted[name] ??= []).push(principal);
        // A guard behind the checker (keyTenant, sessionInScope) firing means a field lacks its @Authorized.
        if (outcome.code === "INTERNAL_SERVER_ERROR") internal.push(`${name} as ${principal}`);
      }
    }
    return { names: fields.map((f) => `${f.type}.${f.field.name}`), admitted, refusals, internal };
  }

  let result: Awaited<ReturnType<typeof sweep>>;

  it("every root field of the schema has an entry, and every entry is a root field", async () => {
    result = await sweep();
    expect([...result.names].sort()).toEqual(Object.keys(ACCESS).sort());
  });

  it("each root field admits exactly the principals of its entry", () => {
    const actual = Object.fromEntries(Object.keys(ACCESS).map((name) => [name, result.admitted[name] ?? []]));
    expect(actual).toEqual(ACCESS);
    expect(result.internal).toEqual([]);
  });

  it("a refusal is UNAUTHENTICATED without credentials and FORBIDDEN with the wrong kind, in the usual words", () => {
    for (const refusal of result.refusals) {
      if (refusal.code === "socket:4403") expect(refusal.field).toMatch(/^Subscription\./);
      else
        expect([refusal.field, refusal.code]).toEqual([
          refusal.field,
          refusal.principal === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
        ]);
    }
    const said = (field: string, principal: Caller) =>
      result.refusals.find((r) => r.field === field && r.principal === principal)?.message;
    expect(said("Query.me", "anonymous")).toBe("a session token is required");
    expect(said("Query.me", "secret key")).toBe("this operation needs a session token (lk_st_…)");
    expect(said("Query.tenant", "anonymous")).toBe("a tenant key is required");
    expect(said("Query.tenant", "publishable key")).toBe("this operation needs the tenant's secret key");
    expect(said("Query.tenant", "session token")).toBe(
      "this operation needs a tenant key, not a session token",
    );
    expect(said("Query.consentStatus", "session token")).toBe(
      "this operation needs a tenant key, not a session token",
    );
    expect(said("Query.uploadedDocuments", "anonymous")).toBe(
      "a session token or the tenant's secret key is required",
    );
    expect(said("Query.uploadedDocuments", "publishable key")).toBe(
      "this operation needs a session token or the tenant's secret key, not the publishable key",
    );
    expect(said("Query.issuers", "anonymous")).toBe("a tenant key or a session token is required");
  });

  it("the secret key's fields of ConsentSession refuse whoever reaches one through claimSession", async () => {
    const claim = async (field: string, principal: Caller) => {
      const { code, claimVerifier } = await stack.consentCode("typical");
      const selection = `claimSession(code: "${code}", claimVerifier: "${claimVerifier}") { session { id ${field} } }`;
      const outcome = await post(`mutation { ${selection} }`, principal);
      return [outcome.code, outcome.message];
    };
    expect(await claim("auditTrail { action }", "anonymous")).toEqual([
      "UNAUTHENTICATED",
      "a tenant key is required",
    ]);
    expect(await claim("kycReceipt(format: SD_JWT_VC) { __typename }", "publishable key")).toEqual([
      "FORBIDDEN",
      "this operation needs the tenant's secret key",
    ]);
  });

  it("the subscription's own check refuses what the WebSocket handshake would already have refused", async () => {
    // The handshake lets only tenant keys in (socket:4403 above); the field's @Authorized must hold without it.
    const watch = parse(`subscription { consentStatusChanged(statusToken: "x") { status } }`);
    const as = async (principal: Principal) => {
      const outcome = (await subscribe({
        schema: buildAppSchema(),
        document: watch,
        contextValue: { principal },
      })) as ExecutionResult;
      return outcome.errors?.map((e) => [e.extensions.code, e.message]);
    };
    expect(await as({ kind: "anonymous" })).toEqual([["UNAUTHENTICATED", "a tenant key is required"]]);
    expect(
      await as({ kind: "session", sessionId, tenantId: "t", session: {} as ConsentSessionEntity }),
    ).toEqual([["FORBIDDEN", "this operation needs a tenant key, not a session token"]]);
  });

  it("the README's table is this one", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "..", "README.md"), "utf8");
    const section = readme.split(/^## Who may call what$/m)[1]?.split(/^## /m)[0] ?? "";
    // Compared cell by cell, so prettier's padding of the README's table does not matter.
    expect(tableCells(section)).toEqual(accessTable());
  });
});
