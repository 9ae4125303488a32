/** One upstream call as the sandbox logged it. */
export interface SandboxRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
}

export interface SandboxPersona {
  id: string;
  name: string;
  documents: number;
  eaadhaar: string;
  mobile: string;
}

/** An access + refresh token pair the sandbox issued. */
export interface SandboxTokenPair {
  persona: string;
  access_token: string;
  refresh_token: string;
  state: string;
}

/** The sandbox's `/__sandbox/*` controls (docs/digilocker.md): request log, faults, personas, revocations. */
export class SandboxControls {
  constructor(readonly url: string) {}

  async requests(): Promise<SandboxRequest[]> {
    return (await (await fetch(`${this.url}/__sandbox/requests`)).json()) as SandboxRequest[];
  }

  /** How many logged requests were `operation`. */
  async count(operation: string): Promise<number> {
    return (await this.requests()).filter((r) => r.operation === operation).length;
  }

  async clearRequests(): Promise<void> {
    await fetch(`${this.url}/__sandbox/requests`, { method: "DELETE" });
  }

  async fault(fault: Record<string, unknown>): Promise<void> {
    await this.post("/__sandbox/faults", fault);
  }

  async clearFaults(): Promise<void> {
    const res = await fetch(`${this.url}/__sandbox/faults`, { method: "DELETE" });
    if (!res.ok) throw new Error(`clearing faults refused: ${res.status}`);
  }

  async personas(): Promise<SandboxPersona[]> {
    return (await (await fetch(`${this.url}/__sandbox/personas`)).json()) as SandboxPersona[];
  }

  async tokens(): Promise<SandboxTokenPair[]> {
    return (await (await fetch(`${this.url}/__sandbox/tokens`)).json()) as SandboxTokenPair[];
  }

  /** Every access token issued so far expires now (their refresh tokens stay good). */
  async expireTokens(): Promise<void> {
    await this.post("/__sandbox/expire-tokens");
  }

  /** The persona withdraws consent at DigiLocker: its tokens stop working. */
  async revokeConsent(persona: string): Promise<void> {
    await this.post("/__sandbox/revoke-consent", { persona });
  }

  /** Any other control; throws when the sandbox refuses it. */
  async post(path: string, body?: unknown): Promise<void> {
    const res = await fetch(`${this.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path} refused: ${res.status} ${await res.text()}`);
  }
}

export function sandboxControls(url: string): SandboxControls {
  return new SandboxControls(url);
}
