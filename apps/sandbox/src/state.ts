import { createHash, randomBytes } from "node:crypto";

/** A consent the user gave to the partner; every token issued under it dies with it. */
export interface Grant {
  id: string;
  personaId: string;
  scope: string | null;
  consentValidTill: number;
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

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
  at: string;
}

const CODE_LIFETIME_MS = 60_000;

/** All sandbox state lives in memory: it never touches LockerKit's database. */
export class SandboxState {
  readonly grants = new Map<string, Grant>();
  readonly codes = new Map<string, AuthorizationCode>();
  readonly tokens = new Map<string, Token>();
  /** Tokens issued by each code's redemption, so a replayed code can revoke them. */
  readonly tokensByCode = new Map<string, string[]>();
  readonly requests: RecordedRequest[] = [];

  constructor(readonly accessTokenTtlS: number) {}

  createGrant(personaId: string, scope: string | null, consentValidTill: number): Grant {
    const grant = { id: randomBytes(8).toString("hex"), personaId, scope, consentValidTill, revoked: false };
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
      expiresAt: Date.now() + CODE_LIFETIME_MS,
      redeemed: false,
    });
    return code;
  }

  issueTokens(grantId: string): { access: string; refresh: string } {
    const access = randomBytes(20).toString("hex");
    const refresh = randomBytes(20).toString("hex");
    this.tokens.set(access, { grantId, kind: "access", expiresAt: Date.now() + this.accessTokenTtlS * 1000, revoked: false });
    this.tokens.set(refresh, { grantId, kind: "refresh", expiresAt: Number.POSITIVE_INFINITY, revoked: false });
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
}

export function s256(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}
