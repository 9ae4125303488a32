export interface GqlResult {
  status: number;
  ms: number;
  data: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
}

/** The catalogue (docs/errors.md): every error a client sees carries one of these. */
export const CATALOGUE = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONSENT_PENDING",
  "CONSENT_DENIED",
  "CONSENT_EXPIRED",
  "REAUTH_REQUIRED",
  "AADHAAR_NOT_LINKED",
  "INTEGRITY_FAILED",
  "UPSTREAM_TIMEOUT",
  "UPSTREAM_UNAVAILABLE",
  "RATE_LIMITED",
  "INTERNAL_SERVER_ERROR",
]);

export async function gql(apiUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs = 60_000): Promise<GqlResult> {
  const started = Date.now();
  const res = await fetch(`${apiUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: { data?: Record<string, unknown> | null; errors?: GqlResult["errors"] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`non-JSON answer (HTTP ${res.status}): ${text.slice(0, 200)}`);
  }
  return { status: res.status, ms: Date.now() - started, data: body.data ?? null, errors: body.errors };
}

export function data<T = Record<string, unknown>>(result: GqlResult): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result)}`);
  return result.data as T;
}

export function code(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** A correct answer, or a typed catalogue error; never an error without a code. */
export function isAnswerOrTypedError(result: GqlResult): boolean {
  if (!result.errors?.length) return result.data !== null;
  return result.errors.every((e) => typeof e.extensions?.code === "string" && CATALOGUE.has(e.extensions.code));
}

export interface SandboxRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
}

export class SandboxControl {
  constructor(readonly url: string) {}

  async requests(): Promise<SandboxRequest[]> {
    return (await (await fetch(`${this.url}/__sandbox/requests`)).json()) as SandboxRequest[];
  }

  async count(operation: string): Promise<number> {
    return (await this.requests()).filter((r) => r.operation === operation).length;
  }

  async clearRequests(): Promise<void> {
    await fetch(`${this.url}/__sandbox/requests`, { method: "DELETE" });
  }

  async fault(fault: Record<string, unknown>): Promise<void> {
    const res = await fetch(`${this.url}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fault) });
    if (!res.ok) throw new Error(`fault refused: ${res.status} ${await res.text()}`);
  }

  async clearFaults(): Promise<void> {
    await fetch(`${this.url}/__sandbox/faults`, { method: "DELETE" });
  }

  async post(path: string, body?: unknown): Promise<void> {
    const res = await fetch(`${this.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
  }

  async personas(): Promise<Array<{ id: string; documents: number; eaadhaar: string }>> {
    return (await (await fetch(`${this.url}/__sandbox/personas`)).json()) as Array<{ id: string; documents: number; eaadhaar: string }>;
  }
}

export const RETURN_URL = "http://localhost:5173/done";
const START = `mutation ($input: StartConsentInput!) { startConsent(input: $input) { session { id status } authorizationUrl claimVerifier } }`;
const CLAIM = `mutation ($code: String!, $claimVerifier: String) { claimSession(code: $code, claimVerifier: $claimVerifier) { sessionToken } }`;

export async function startConsent(apiUrl: string, publishableKey: string, extra: Record<string, unknown> = {}) {
  const started = data<{ startConsent: { session: { id: string }; authorizationUrl: string; claimVerifier: string } }>(
    await gql(apiUrl, START, { input: { returnUrl: RETURN_URL, ...extra } }, publishableKey),
  );
  return { sessionId: started.startConsent.session.id, authorizationUrl: started.startConsent.authorizationUrl, claimVerifier: started.startConsent.claimVerifier };
}

/** The sandbox's authorize shortcut; returns DigiLocker's redirect to the callback, aimed at `apiUrl`. */
export async function authorize(authorizationUrl: string, persona: string, apiUrl: string): Promise<string> {
  const url = new URL(authorizationUrl);
  url.searchParams.set("sandbox_persona", persona);
  url.searchParams.set("sandbox_decision", "allow");
  const res = await fetch(url, { redirect: "manual" });
  if (res.status !== 302) throw new Error(`authorize answered ${res.status}`);
  const callback = new URL(res.headers.get("location")!);
  const target = new URL(apiUrl);
  callback.host = target.host; // every replica serves the callback (behind a proxy they share one URL)
  return callback.toString();
}

export async function followCallback(callbackUrl: string): Promise<{ status: number; location: URL | null }> {
  const res = await fetch(callbackUrl, { redirect: "manual" });
  const location = res.headers.get("location");
  return { status: res.status, location: location ? new URL(location) : null };
}

/** Without `claimVerifier` only on a development API (REQUIRE_CLAIM_VERIFIER unset). */
export async function claim(apiUrl: string, claimCode: string, claimVerifier?: string): Promise<string> {
  return data<{ claimSession: { sessionToken: string } }>(await gql(apiUrl, CLAIM, { code: claimCode, claimVerifier })).claimSession.sessionToken;
}

/** startConsent → authorize → callback → claim, all against `apiUrl`. */
export async function consent(apiUrl: string, publishableKey: string, persona = "typical") {
  const { sessionId, authorizationUrl, claimVerifier } = await startConsent(apiUrl, publishableKey);
  const { location } = await followCallback(await authorize(authorizationUrl, persona, apiUrl));
  if (location?.searchParams.get("status") !== "active") throw new Error(`consent ended ${location?.toString()}`);
  return { sessionId, sessionToken: await claim(apiUrl, location.searchParams.get("code")!, claimVerifier) };
}
