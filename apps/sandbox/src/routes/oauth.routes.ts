import express, { type Request, type Response, Router } from "express";
import type { SandboxConfig } from "../config";
import { escapeHtml, sendError, sendHtmlError } from "../errors";
import { personas } from "../personas";
import { s256, type SandboxState } from "../state";

const DEFAULT_SCOPE = "files.issueddocs userdetails";

interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scope: string | null;
  consentValidTill: number;
}

function single(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Validates an authorize request; answers the error page itself and returns null when invalid. */
function validateAuthorize(config: SandboxConfig, q: Record<string, unknown>, res: Response): AuthorizeRequest | null {
  if (single(q.response_type) !== "code") {
    sendHtmlError(res, 400, "The response_type parameter must be code");
    return null;
  }
  if (single(q.client_id) !== config.clientId) {
    sendHtmlError(res, 400, "Invalid client_id");
    return null;
  }
  // Never redirect to an unregistered URI: that would hand codes to anyone.
  if (!config.redirectUris.has(single(q.redirect_uri))) {
    sendHtmlError(res, 400, "The redirect_uri does not match the registered one");
    return null;
  }
  if (!single(q.code_challenge) || single(q.code_challenge_method) !== "S256") {
    sendHtmlError(res, 400, "The code_challenge and code_challenge_method parameter is required");
    return null;
  }
  const requested = Number(single(q.consent_valid_till));
  const maxValid = Math.floor(Date.now() / 1000) + 365 * 86400;
  return {
    clientId: config.clientId,
    redirectUri: single(q.redirect_uri),
    state: single(q.state),
    codeChallenge: single(q.code_challenge),
    scope: single(q.scope) || DEFAULT_SCOPE,
    consentValidTill: Number.isFinite(requested) && requested > 0 ? Math.min(requested, maxValid) : maxValid,
  };
}

function decide(state: SandboxState, req: AuthorizeRequest, personaId: string, allow: boolean, res: Response): void {
  const target = new URL(req.redirectUri);
  if (allow) {
    const grant = state.createGrant(personaId, req.scope, req.consentValidTill);
    target.searchParams.set("code", state.issueCode(grant.id, req.clientId, req.redirectUri, req.codeChallenge));
  } else {
    target.searchParams.set("error", "access_denied");
    target.searchParams.set("error_description", "User denied the request");
  }
  if (req.state) target.searchParams.set("state", req.state);
  res.redirect(302, target.toString());
}

function consentPage(q: Record<string, unknown>): string {
  const hidden = Object.entries(q)
    .filter(([, v]) => typeof v === "string")
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v as string)}">`)
    .join("");
  const options = [...personas.values()]
    .map((p) => `<option value="${escapeHtml(p.id)}">${escapeHtml(p.name)} (${escapeHtml(p.id)})</option>`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DigiLocker sandbox — consent</title></head>
<body><main><h1>DigiLocker sandbox</h1>
<form method="post" action="authorize/decision">${hidden}
<label for="persona">Sign in as</label> <select id="persona" name="sandbox_persona">${options}</select>
<p>The partner asks to read your issued documents${q.purpose ? ` for ${escapeHtml(single(q.purpose))}` : ""}.</p>
<button type="submit" name="sandbox_decision" value="allow">Allow</button>
<button type="submit" name="sandbox_decision" value="deny">Deny</button>
</form></main></body></html>`;
}

export function oauthRoutes(config: SandboxConfig, state: SandboxState): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: "16kb" });

  router.get("/oauth2/1/authorize", (req: Request, res: Response) => {
    const q = req.query as Record<string, unknown>;
    const authorize = validateAuthorize(config, q, res);
    if (!authorize) return;
    const personaId = single(q.sandbox_persona);
    if (config.controls && personaId) {
      if (!personas.has(personaId)) return sendHtmlError(res, 400, `Unknown sandbox persona ${personaId}`);
      return decide(state, authorize, personaId, single(q.sandbox_decision) !== "deny", res);
    }
    res.type("html").send(consentPage(q));
  });

  router.post("/oauth2/1/authorize/decision", form, (req: Request, res: Response) => {
    const body = req.body as Record<string, unknown>;
    const authorize = validateAuthorize(config, body, res);
    if (!authorize) return;
    const personaId = single(body.sandbox_persona);
    if (!personas.has(personaId)) return sendHtmlError(res, 400, "Choose a user to sign in as");
    decide(state, authorize, personaId, single(body.sandbox_decision) === "allow", res);
  });

  router.post(["/oauth2/1/token", "/oauth2/2/token"], form, (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const [basicId, basicSecret] = basicCredentials(req);
    const clientId = single(body.client_id) || basicId;
    const clientSecret = single(body.client_secret) || basicSecret;
    if (clientId !== config.clientId || clientSecret !== config.clientSecret) {
      return sendError(res, 400, "invalid_client", "Client authentication failed");
    }
    const grantType = single(body.grant_type);
    res.locals.operation = grantType === "refresh_token" ? "token.refresh_token" : "token.authorization_code";
    if (grantType === "authorization_code") return redeemCode(state, body, res);
    if (grantType === "refresh_token") return refreshGrant(state, body, res);
    sendError(res, 400, "invalid_grant_type", "The grant type is not supported");
  });

  router.post("/oauth2/1/revoke", form, (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const [basicId, basicSecret] = basicCredentials(req);
    if ((single(body.client_id) || basicId) !== config.clientId || (single(body.client_secret) || basicSecret) !== config.clientSecret) {
      return sendError(res, 400, "invalid_client", "Client authentication failed");
    }
    const token = state.tokens.get(single(body.token));
    if (token) state.revokeGrant(token.grantId);
    res.status(200).json({});
  });

  return router;
}

function basicCredentials(req: Request): [string, string] {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Basic ")) return ["", ""];
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? ["", ""] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

const INVALID_CODE = "Authorization code doesn't exist or is invalid for the client";

function redeemCode(state: SandboxState, body: Record<string, unknown>, res: Response): void {
  const code = single(body.code);
  const record = state.codes.get(code);
  if (!record || record.expiresAt <= Date.now() || record.redirectUri !== single(body.redirect_uri)) {
    return sendError(res, 400, "invalid_grant", INVALID_CODE);
  }
  if (record.redeemed) {
    // RFC 6749 §4.1.2: a replayed code revokes what it issued.
    state.revokeGrant(record.grantId);
    return sendError(res, 400, "invalid_grant", INVALID_CODE);
  }
  record.redeemed = true;
  if (s256(single(body.code_verifier)) !== record.codeChallenge) {
    return sendError(res, 400, "invalid_grant", "Invalid code_verifier");
  }
  const grant = state.grants.get(record.grantId);
  if (!grant || grant.revoked) return sendError(res, 400, "invalid_grant", INVALID_CODE);
  sendTokens(state, grant.id, res);
}

function refreshGrant(state: SandboxState, body: Record<string, unknown>, res: Response): void {
  const token = state.tokens.get(single(body.refresh_token));
  const grant = token && state.grants.get(token.grantId);
  if (!token || token.kind !== "refresh" || token.revoked || !grant || grant.revoked) {
    return sendError(res, 400, "invalid_grant", "The refresh token is invalid");
  }
  token.revoked = true; // rotation: the old refresh token dies
  sendTokens(state, grant.id, res);
}

function sendTokens(state: SandboxState, grantId: string, res: Response): void {
  const grant = state.grants.get(grantId)!;
  const persona = personas.get(grant.personaId)!;
  const { access, refresh } = state.issueTokens(grantId);
  res.json({
    access_token: access,
    token_type: "Bearer",
    expires_in: state.accessTokenTtlS,
    scope: grant.scope,
    refresh_token: refresh,
    // Real DigiLocker sends this as a number on some deployments and a string on others.
    consent_valid_till: persona.documents.length % 2 === 0 ? grant.consentValidTill : String(grant.consentValidTill),
    digilockerid: persona.digilockerId,
    name: persona.name,
    dob: persona.dob.replace(/\D/g, ""),
    gender: persona.gender,
    eaadhaar: persona.eaadhaar,
    reference_key: "",
    new_account: "N",
  });
}
