import { createHash, randomBytes } from "node:crypto";
import { type IssuedItem, type Persona, personas } from "./personas";

/** A consent the user gave to the partner; every token issued under it dies with it. */
export interface Grant {
  id: string;
  personaId: string;
  scope: string | null;
  consentValidTill: number;
  /** The account was created by this authorization (sign-up). */
  newAccount: boolean;
  revoked: boolean;
}

export interface AuthorizationCode {
  grantId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  expiresAt: number;
  redeemed: boolean;
}

export interface Token {
  grantId: string;
  kind: "access" | "refresh";
  expiresAt: number;
  revoked: boolean;
}

/** An access + refresh token issued together, for `GET /__sandbox/tokens`. */
export interface TokenPair {
  grantId: string;
  access: string;
  refresh: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
  at: string;
}

export type FaultKind =
  "status" | "delay" | "hang" | "reset" | "malformed" | "truncate" | "bad-hmac" | "no-hmac" | "content-type";

export interface Fault {
  id: string;
  path: string;
  method?: string;
  kind: FaultKind;
  status?: number;
  /** The DigiLocker error code to answer with (`status` kind; defaults by status). */
  error?: string;
  retryAfter?: number;
  delayMs?: number;
  /** The `Content-Type` a `content-type` fault answers with (body and `hmac` unchanged). */
  contentType?: string;
  /** Matching requests still to fault. */
  remaining: number;
}

export const DEFAULT_CODE_TTL_S = 60;

/** All sandbox state lives in memory: it never touches LockerKit's database. */
export class SandboxState {
  readonly grants = new Map<string, Grant>();
  readonly codes = new Map<string, AuthorizationCode>();
  readonly tokens = new Map<string, Token>();
  readonly pairs: TokenPair[] = [];
  /** Tokens issued by each code's redemption, so a replayed code can revoke them. */
  readonly tokensByCode = new Map<string, string[]>();
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  /** Personas that signed up through the screens (the `signup` personas start without an account). */
  readonly registered = new Set<string>();
  /** PINs set by sign-up or forgot-PIN, by persona id. */
  readonly pins = new Map<string, string>();
  /** Documents added by pull requests, by persona id. */
  readonly pulled = new Map<string, IssuedItem[]>();

  constructor(
    readonly accessTokenTtlS: number,
    readonly codeTtlS: number = DEFAULT_CODE_TTL_S,
  ) {}

  createGrant(personaId: string, scope: string | null, consentValidTill: number, newAccount = false): Grant {
    const grant = {
      id: randomBytes(8).toString("hex"),
      personaId,
      scope,
      consentValidTill,
      newAccount,
      revoked: false,
    };
    this.grants.set(grant.id, grant);
    return grant;
  }

  issueCode(grantId: string, clientId: string, redirectUri: string, codeChallenge: string): string {
    const code = randomBytes(20).toString("hex");
    this.codes.set(code, {
      grantId,
      clientId,
      redirectUri,
      codeChallenge,
      expiresAt: Date.now() + this.codeTtlS * 1000,
      redeemed: false,
    });
    return code;
  }

  issueTokens(grantId: string): { access: string; refresh: string } {
    const access = randomBytes(20).toString("hex");
    const refresh = randomBytes(20).toString("hex");
    this.tokens.set(access, {
      grantId,
      kind: "access",
      expiresAt: Date.now() + this.accessTokenTtlS * 1000,
      revoked: false,
    });
    this.tokens.set(refresh, {
      grantId,
      kind: "refresh",
      expiresAt: Number.POSITIVE_INFINITY,
      revoked: false,
    });
    this.pairs.push({ grantId, access, refresh });
    return { access, refresh };
  }

  /** The live grant behind an access token, or null when expired, revoked or unknown. */
  grantForAccessToken(token: string): Grant | null {
    const record = this.tokens.get(token);
    if (!record || record.kind !== "access" || record.revoked || record.expiresAt <= Date.now()) return null;
    const grant = this.grants.get(record.grantId);
    return grant && !grant.revoked ? grant : null;
  }

  revokeGrant(grantId: string): void {
    const grant = this.grants.get(grantId);
    if (grant) grant.revoked = true;
    for (const token of this.tokens.values()) if (token.grantId === grantId) token.revoked = true;
  }

  /** The user revokes consent in DigiLocker: every grant (and so every token) of the persona dies. */
  revokePersona(personaId: string): number {
    let count = 0;
    for (const grant of this.grants.values()) {
      if (grant.personaId === personaId && !grant.revoked) {
        this.revokeGrant(grant.id);
        count++;
      }
    }
    return count;
  }

  /** Every live access token expires now; refresh tokens stay valid. */
  expireAccessTokens(): number {
    const now = Date.now();
    let count = 0;
    for (const token of this.tokens.values()) {
      if (token.kind === "access" && !token.revoked && token.expiresAt > now) {
        token.expiresAt = now - 1;
        count++;
      }
    }
    return count;
  }

  /** The access token's state (a rotated-out refresh token is dead, its access token lives to expiry). */
  pairState(pair: TokenPair): "active" | "expired" | "revoked" {
    const access = this.tokens.get(pair.access)!;
    const grant = this.grants.get(pair.grantId);
    if (!grant || grant.revoked || access.revoked) return "revoked";
    return access.expiresAt <= Date.now() ? "expired" : "active";
  }

  /** The persona's issued list: fixtures plus pulled documents. */
  documentsOf(persona: Persona): IssuedItem[] {
    const pulled = this.pulled.get(persona.id);
    return pulled?.length ? [...persona.documents, ...pulled] : persona.documents;
  }

  /** A sign-up persona has an account only after it signed up. */
  hasAccount(persona: Persona): boolean {
    return !persona.signup || this.registered.has(persona.id);
  }

  pinOf(persona: Persona): string {
    return this.pins.get(persona.id) ?? persona.pin;
  }

  findPersona(method: "mobile" | "aadhaar" | "username", value: string): Persona | undefined {
    const v = value.replace(/[\s-]/g, "");
    for (const persona of personas.values()) {
      if (method === "mobile" && persona.mobile === v.replace(/^\+?91(?=\d{10}$)/, "")) return persona;
      if (method === "aadhaar" && persona.aadhaar && persona.aadhaar === v) return persona;
      if (
        method === "username" &&
        persona.username &&
        persona.username.toLowerCase() === value.trim().toLowerCase()
      )
        return persona;
    }
    return undefined;
  }

  /** Takes the first fault matching a request, counting it down. */
  takeFault(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method === method) &&
        (f.path.endsWith("*") ? path.startsWith(f.path.slice(0, -1)) : f.path === path),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }
}

export function s256(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}
