/**
 * Test bed for the DigiLocker client: the real sandbox (`@lockerkit/sandbox`) over real HTTP, with its
 * fault controls (`/__sandbox/faults`) and request log (`/__sandbox/requests`). No mocks.
 */
import { createSandbox, type SandboxDialect } from "@lockerkit/sandbox";
import {
  createPkcePair,
  DigiLockerClient,
  randomToken,
  type AuthorizeUrlParams,
  type DigiLockerClientOptions,
} from "../../src/digilocker";

export const REDIRECT_URI = "http://localhost:4999/digilocker/callback";

export interface FaultSpec {
  path: string;
  method?: "GET" | "POST";
  kind: "status" | "delay" | "hang" | "reset" | "malformed" | "truncate" | "bad-hmac" | "no-hmac";
  status?: number;
  /** The DigiLocker error code for a `status` fault (default by status). */
  error?: string;
  retryAfter?: number;
  delayMs?: number;
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
  at: string;
}

export interface Upstream {
  /** Base URL to give the client (`…/public`). */
  baseUrl: string;
  dialect: SandboxDialect;
  /** The sandbox's document signer (PEM), to pin when verifying what it signs. */
  signerPem: string;
  clientId: string;
  clientSecret: string;
  fault(spec: FaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
  requests(): Promise<RecordedRequest[]>;
  clearRequests(): Promise<void>;
  /** Sandbox control passthrough (`/__sandbox/...`); resolves with the HTTP status. */
  control(method: string, path: string, body?: unknown): Promise<number>;
  client(options?: Partial<DigiLockerClientOptions>): DigiLockerClient;
  /** Runs the authorize shortcut and returns a fresh code + verifier for `persona`. */
  authorize(
    persona?: string,
    params?: Partial<AuthorizeUrlParams>,
  ): Promise<{ code: string; verifier: string }>;
  stop(): Promise<void>;
}

export async function startUpstream(options: { dialect?: SandboxDialect } = {}): Promise<Upstream> {
  const sandbox = await createSandbox({ port: 0, redirectUris: [REDIRECT_URI], dialect: options.dialect });
  const origin = sandbox.url;

  const control = async (method: string, path: string, body?: unknown): Promise<number> => {
    const response = await fetch(`${origin}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  };

  const upstream: Upstream = {
    baseUrl: `${origin}/public`,
    dialect: sandbox.dialect,
    signerPem: sandbox.trust.signerPem,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    async fault(spec) {
      const status = await control("POST", "/faults", spec);
      if (status >= 300) throw new Error(`fault not accepted: ${status}`);
    },
    async clearFaults() {
      await control("DELETE", "/faults");
    },
    async requests() {
      const response = await fetch(`${origin}/__sandbox/requests`);
      return (await response.json()) as RecordedRequest[];
    },
    async clearRequests() {
      await control("DELETE", "/requests");
    },
    control,
    client(options = {}) {
      return new DigiLockerClient({
        baseUrl: upstream.baseUrl,
        clientId: sandbox.clientId,
        clientSecret: sandbox.clientSecret,
        redirectUri: REDIRECT_URI,
        ...options,
      });
    },
    async authorize(persona = "typical", params = {}) {
      const { verifier, challenge } = createPkcePair();
      const state = randomToken();
      const url = upstream.client().authorizeUrl({
        state,
        codeChallenge: challenge,
        purpose: "kyc",
        ...params,
        extra: { sandbox_persona: persona, sandbox_decision: "allow" },
      });
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      const location = response.headers.get("location");
      if (response.status !== 302 || !location) throw new Error(`authorize answered ${response.status}`);
      const target = new URL(location);
      if (target.searchParams.get("state") !== state) throw new Error("state mismatch");
      const code = target.searchParams.get("code");
      if (!code) throw new Error(`no code: ${target.searchParams.get("error")}`);
      return { code, verifier };
    },
    async stop() {
      await sandbox.stop();
    },
  };
  return upstream;
}
