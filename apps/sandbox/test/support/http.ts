import { createHash, createHmac, randomBytes } from "node:crypto";
import { createSandbox, type RunningSandbox, type SandboxOptions } from "../../src";

/** Plain-fetch helpers written from docs/digilocker.md only (no @lockerkit/core). */
export const REDIRECT = "http://localhost:9/digilocker/callback";

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export async function start(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return createSandbox({ port: 0, redirectUris: [REDIRECT], ...options });
}

export function authorizeUrl(
  sb: RunningSandbox,
  challenge: string,
  extra: Record<string, string> = {},
): string {
  const q = new URLSearchParams({
    response_type: "code",
    client_id: sb.clientId,
    redirect_uri: REDIRECT,
    state: "st-1",
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...extra,
  });
  return `${sb.baseUrl}/oauth2/1/authorize?${q}`;
}

export async function form(
  url: string,
  body: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, { method: "POST", body: new URLSearchParams(body), headers, redirect: "manual" });
}

/** Authorize through the sandbox shortcut and return the code and verifier. */
export async function codeFor(
  sb: RunningSandbox,
  persona: string,
  extra: Record<string, string> = {},
): Promise<{ code: string; verifier: string }> {
  const p = pkce();
  const res = await fetch(
    authorizeUrl(sb, p.challenge, { sandbox_persona: persona, sandbox_decision: "allow", ...extra }),
    { redirect: "manual" },
  );
  if (res.status !== 302) throw new Error(`authorize answered ${res.status}`);
  const code = new URL(res.headers.get("location")!).searchParams.get("code");
  if (!code) throw new Error("no code");
  return { code, verifier: p.verifier };
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  id_token?: string;
  [key: string]: unknown;
}

export async function exchange(
  sb: RunningSandbox,
  code: string,
  verifier: string,
  version = 1,
): Promise<Response> {
  return form(`${sb.baseUrl}/oauth2/${version}/token`, {
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
    client_id: sb.clientId,
    client_secret: sb.clientSecret,
  });
}

export async function tokensFor(
  sb: RunningSandbox,
  persona: string,
  extra: Record<string, string> = {},
): Promise<Tokens> {
  const { code, verifier } = await codeFor(sb, persona, extra);
  const res = await exchange(sb, code, verifier);
  if (res.status !== 200) throw new Error(`token answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Tokens;
}

export async function refresh(sb: RunningSandbox, refreshToken: string): Promise<Response> {
  return form(`${sb.baseUrl}/oauth2/1/token`, {
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: sb.clientId,
    client_secret: sb.clientSecret,
  });
}

export function get(sb: RunningSandbox, path: string, accessToken?: string): Promise<Response> {
  return fetch(`${sb.baseUrl}${path}`, {
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
}

export async function errorOf(
  res: Response,
): Promise<{ status: number; error: string; error_description: string }> {
  const body = (await res.json()) as { error: string; error_description: string };
  return { status: res.status, ...body };
}

export function hmacOf(secret: string, body: Buffer): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

export async function control(
  sb: RunningSandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${sb.url}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
