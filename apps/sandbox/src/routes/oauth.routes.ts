import { randomBytes, randomInt } from "node:crypto";
import { t } from "../i18n";
import express, { type Request, type Response, Router } from "express";
import {
  DEFAULT_SCOPE,
  DOCTYPE_NAMES,
  KNOWN_SCOPES,
  PARTNER_SCOPE,
  PURPOSES,
  type SandboxConfig,
} from "../config";
import { sendError, sendHtmlError } from "../errors";
import { signJwt } from "../jwt";
import { type Persona, personas } from "../personas";
import * as screens from "../screens";
import { s256, type SandboxState } from "../state";

interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  /** As requested; `null` when the partner asked for none (the token response then says `scope: null`). */
  scope: string | null;
  consentValidTill: number;
  purpose: string | null;
  docTypes: string[];
  signup: boolean;
  loginHint: string;
}

type Step = "signin" | "otp" | "pin" | "reset" | "signup" | "signup-otp" | "set-pin" | "consent";

/** One browser's way through the screens, keyed by an unguessable id carried in a hidden field. */
interface Flow {
  id: string;
  authorize: AuthorizeRequest;
  step: Step;
  personaId?: string;
  otp?: string;
  otpFailures: number;
  pinFailures: number;
  newAccount: boolean;
  expiresAt: number;
}

const FLOW_TTL_MS = 15 * 60_000;
const MAX_OTP_FAILURES = 3;
const MAX_PIN_FAILURES = 5;
const AADHAAR_TEST_RANGE = /^99999999\d{4}$/;

function single(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Validates an authorize request; answers the error itself and returns null when invalid. */
function validateAuthorize(
  config: SandboxConfig,
  q: Record<string, unknown>,
  res: Response,
): AuthorizeRequest | null {
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
  if (!single(q.code_challenge) || !single(q.code_challenge_method)) {
    sendHtmlError(res, 400, "The code_challenge and code_challenge_method parameter is required");
    return null;
  }
  if (single(q.code_challenge_method) !== "S256") {
    sendHtmlError(res, 400, "The code_challenge_method must be S256");
    return null;
  }
  if (!/^[A-Za-z0-9_-]{43}$/.test(single(q.code_challenge))) {
    sendHtmlError(res, 400, "The code_challenge must be the base64url SHA-256 of the code_verifier");
    return null;
  }
  const redirectUri = single(q.redirect_uri);
  const state = single(q.state);
  const scope = single(q.scope).trim().replace(/\s+/g, " ") || null;
  const unknownScope = scope?.split(" ").find((s) => !KNOWN_SCOPES.has(s) && !PARTNER_SCOPE.test(s));
  if (unknownScope) {
    redirectError(res, redirectUri, state, "invalid_scope", `The scope ${unknownScope} is not supported`);
    return null;
  }
  const purpose = single(q.purpose);
  if (purpose && !PURPOSES[purpose]) {
    redirectError(res, redirectUri, state, "invalid_request", "The purpose is not supported");
    return null;
  }
  const requested = Number(single(q.consent_valid_till));
  const maxValid = Math.floor(Date.now() / 1000) + 365 * 86400;
  return {
    clientId: config.clientId,
    redirectUri,
    state,
    codeChallenge: single(q.code_challenge),
    scope,
    consentValidTill: Number.isFinite(requested) && requested > 0 ? Math.min(requested, maxValid) : maxValid,
    purpose: purpose || null,
    docTypes: single(q.req_doctype)
      .split(",")
      .map((d) => d.trim().toUpperCase())
      .filter(Boolean),
    signup: single(q.dl_flow) === "signup",
    loginHint: single(q.login_hint),
  };
}

function redirectError(
  res: Response,
  redirectUri: string,
  state: string,
  error: string,
  description: string,
): void {
  const target = new URL(redirectUri);
  target.searchParams.set("error", error);
  target.searchParams.set("error_description", description);
  if (state) target.searchParams.set("state", state);
  res.redirect(302, target.toString());
}

function decide(
  state: SandboxState,
  req: AuthorizeRequest,
  personaId: string,
  allow: boolean,
  newAccount: boolean,
  res: Response,
): void {
  if (!allow)
    return redirectError(res, req.redirectUri, req.state, "access_denied", "User denied the request");
  const target = new URL(req.redirectUri);
  const grant = state.createGrant(personaId, req.scope, req.consentValidTill, newAccount);
  target.searchParams.set(
    "code",
    state.issueCode(grant.id, req.clientId, req.redirectUri, req.codeChallenge),
  );
  if (req.state) target.searchParams.set("state", req.state);
  res.redirect(302, target.toString());
}

function otp(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

function maskedMobile(persona: Persona): string {
  return persona.mobile.slice(-4);
}

/**
 * Sends a screen. Form actions become absolute paths under the mount point (`/public/oauth2/1/…`):
 * relative ones would resolve against `…/authorize/signin` after the first post.
 */
function page(res: Response, html: string, status = 200): void {
  const base = `${res.req.baseUrl}/oauth2/1/`;
  res
    .status(status)
    .type("html")
    .set({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY" })
    .send(html.replace(/action="authorize\//g, `action="${base}authorize/`));
}

export function oauthRoutes(config: SandboxConfig, state: SandboxState): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: "16kb" });
  const flows = new Map<string, Flow>();

  function newFlow(authorize: AuthorizeRequest): Flow {
    const now = Date.now();
    for (const [id, f] of flows) if (f.expiresAt <= now) flows.delete(id);
    const flow: Flow = {
      id: randomBytes(24).toString("base64url"),
      authorize,
      step: authorize.signup ? "signup" : "signin",
      otpFailures: 0,
      pinFailures: 0,
      newAccount: false,
      expiresAt: now + FLOW_TTL_MS,
    };
    flows.set(flow.id, flow);
    return flow;
  }

  /** The flow a screen posts to, when it exists, is live and is at one of the expected steps. */
  function flowFor(req: Request, res: Response, steps: Step[]): Flow | null {
    const flow = flows.get(single((req.body as Record<string, unknown> | undefined)?.flow));
    if (!flow || flow.expiresAt <= Date.now()) {
      sendHtmlError(res, 400, "Your session has expired. Go back to the partner's site and start again.");
      return null;
    }
    if (!steps.includes(flow.step)) {
      sendHtmlError(
        res,
        400,
        "This step is not available now. Go back to the partner's site and start again.",
      );
      return null;
    }
    return flow;
  }

  /** The sign-in screen; with controls on it lists the fictional users and their PINs. */
  function signIn(flow: Flow, opts: { error?: string; notice?: string; hint?: string } = {}): string {
    const users = config.controls
      ? [...personas.values()]
          .filter((p) => state.hasAccount(p))
          .map((p) => ({ name: p.name, mobile: p.mobile, username: p.username, pin: state.pinOf(p) }))
      : [];
    return screens.signInPage(flow.id, { ...opts, users });
  }

  function consentView(flow: Flow): screens.ConsentView {
    const persona = personas.get(flow.personaId!)!;
    const owned = new Set(state.documentsOf(persona).map((d) => d.doctype));
    const scopes = flow.authorize.scope?.split(" ") ?? DEFAULT_SCOPE;
    return {
      partner: config.partnerName,
      purpose: flow.authorize.purpose ? PURPOSES[flow.authorize.purpose] : null,
      documents: flow.authorize.docTypes.map((d) => ({
        doctype: d,
        name: DOCTYPE_NAMES[d] ?? d,
        available: owned.has(d),
      })),
      scopes: scopes.map(describeScope),
      validTill: new Date(flow.authorize.consentValidTill * 1000).toISOString().slice(0, 10),
      userName: persona.name,
    };
  }

  function toConsent(flow: Flow, res: Response): void {
    flow.step = "consent";
    page(res, screens.consentPage(flow.id, consentView(flow)));
  }

  router.get("/oauth2/1/authorize", (req: Request, res: Response) => {
    const q = req.query as Record<string, unknown>;
    const authorize = validateAuthorize(config, q, res);
    if (!authorize) return;
    const personaId = single(q.sandbox_persona);
    if (config.controls && personaId) {
      const persona = personas.get(personaId);
      if (!persona) return sendHtmlError(res, 400, "Unknown sandbox persona");
      const allow = single(q.sandbox_decision) !== "deny";
      const newAccount = allow && !state.hasAccount(persona);
      if (newAccount) state.registered.add(persona.id);
      return decide(state, authorize, personaId, allow, newAccount, res);
    }
    const flow = newFlow(authorize);
    page(
      res,
      flow.step === "signup" ? screens.signUpPage(flow.id) : signIn(flow, { hint: authorize.loginHint }),
    );
  });

  router.post("/oauth2/1/authorize/start-signup", form, (req, res) => {
    const flow = flowFor(req, res, ["signin", "signup"]);
    if (!flow) return;
    flow.step = "signup";
    page(res, screens.signUpPage(flow.id));
  });

  router.post("/oauth2/1/authorize/start-signin", form, (req, res) => {
    const flow = flowFor(req, res, ["signin", "signup"]);
    if (!flow) return;
    flow.step = "signin";
    page(res, signIn(flow));
  });

  router.post("/oauth2/1/authorize/signin", form, (req, res) => {
    const flow = flowFor(req, res, ["signin"]);
    if (!flow) return;
    const body = req.body as Record<string, unknown>;
    const method = single(body.method);
    if (method !== "mobile" && method !== "aadhaar" && method !== "username") {
      return page(res, signIn(flow, { error: t("errors.chooseHow") }), 400);
    }
    const persona = state.findPersona(method, single(body.identifier));
    if (!persona || !state.hasAccount(persona)) {
      const what =
        method === "mobile" ? "mobile number" : method === "aadhaar" ? "Aadhaar number" : "username";
      return page(
        res,
        signIn(flow, { error: `No DigiLocker account found for this ${what}. Check it, or sign up.` }),
        200,
      );
    }
    flow.personaId = persona.id;
    if (method === "username") {
      flow.step = "pin";
      return page(res, screens.pinPage(flow.id, { name: persona.name }));
    }
    flow.step = "otp";
    flow.otp = otp();
    page(res, screens.otpPage(flow.id, { otp: flow.otp, maskedMobile: maskedMobile(persona) }));
  });

  router.post("/oauth2/1/authorize/otp", form, (req, res) => {
    const flow = flowFor(req, res, ["otp", "signup-otp"]);
    if (!flow) return;
    const persona = personas.get(flow.personaId!)!;
    if (single((req.body as Record<string, unknown>).otp).trim() !== flow.otp) {
      flow.otpFailures++;
      if (flow.otpFailures >= MAX_OTP_FAILURES) {
        flows.delete(flow.id);
        return sendHtmlError(res, 400, "Too many wrong OTPs. Go back to the partner's site and start again.");
      }
      const heading = flow.step === "signup-otp" ? t("otp.verifyAadhaar") : undefined;
      return page(
        res,
        screens.otpPage(flow.id, {
          otp: flow.otp!,
          maskedMobile: maskedMobile(persona),
          heading,
          error: t("errors.otpIncorrect"),
        }),
        200,
      );
    }
    flow.otp = undefined;
    if (flow.step === "signup-otp") {
      flow.step = "set-pin";
      return page(res, screens.setPinPage(flow.id, { name: persona.name }));
    }
    flow.step = "pin";
    page(res, screens.pinPage(flow.id, { name: persona.name }));
  });

  router.post("/oauth2/1/authorize/pin", form, (req, res) => {
    const flow = flowFor(req, res, ["pin"]);
    if (!flow) return;
    const persona = personas.get(flow.personaId!)!;
    if (single((req.body as Record<string, unknown>).pin) !== state.pinOf(persona)) {
      flow.pinFailures++;
      if (flow.pinFailures >= MAX_PIN_FAILURES) {
        flows.delete(flow.id);
        return sendHtmlError(res, 400, "Too many wrong PINs. Reset your PIN or try again later.");
      }
      return page(
        res,
        screens.pinPage(flow.id, { name: persona.name, error: t("errors.pinIncorrect") }),
        200,
      );
    }
    toConsent(flow, res);
  });

  router.post("/oauth2/1/authorize/forgot-pin", form, (req, res) => {
    const flow = flowFor(req, res, ["pin", "reset"]);
    if (!flow) return;
    const persona = personas.get(flow.personaId!)!;
    flow.step = "reset";
    flow.otp = otp();
    page(res, screens.resetPinPage(flow.id, { otp: flow.otp, maskedMobile: maskedMobile(persona) }));
  });

  router.post("/oauth2/1/authorize/reset-pin", form, (req, res) => {
    const flow = flowFor(req, res, ["reset"]);
    if (!flow) return;
    const persona = personas.get(flow.personaId!)!;
    const body = req.body as Record<string, unknown>;
    const again = (error: string) =>
      page(
        res,
        screens.resetPinPage(flow.id, { otp: flow.otp!, maskedMobile: maskedMobile(persona), error }),
        200,
      );
    if (single(body.otp).trim() !== flow.otp) {
      flow.otpFailures++;
      if (flow.otpFailures >= MAX_OTP_FAILURES) {
        flows.delete(flow.id);
        return sendHtmlError(res, 400, "Too many wrong OTPs. Go back to the partner's site and start again.");
      }
      return again(t("errors.otpIncorrect"));
    }
    const pin = single(body.pin);
    if (!/^\d{6}$/.test(pin)) return again(t("errors.pinDigits"));
    if (pin !== single(body.pin_confirm)) return again(t("errors.pinsDiffer"));
    state.pins.set(persona.id, pin);
    flow.otp = undefined;
    flow.pinFailures = 0;
    flow.step = "pin";
    page(res, screens.pinPage(flow.id, { name: persona.name, notice: t("errors.pinReset") }));
  });

  router.post("/oauth2/1/authorize/signup", form, (req, res) => {
    const flow = flowFor(req, res, ["signup"]);
    if (!flow) return;
    const body = req.body as Record<string, unknown>;
    const aadhaar = single(body.aadhaar).replace(/[\s-]/g, "");
    if (!/^\d{12}$/.test(aadhaar))
      return page(res, screens.signUpPage(flow.id, { error: t("errors.aadhaarDigits") }), 200);
    if (!AADHAAR_TEST_RANGE.test(aadhaar)) {
      return page(res, screens.signUpPage(flow.id, { error: t("errors.testNumbersOnly") }), 200);
    }
    if (single(body.consent) !== "Y")
      return page(res, screens.signUpPage(flow.id, { error: t("errors.agree") }), 200);
    const persona = state.findPersona("aadhaar", aadhaar);
    if (!persona) return page(res, screens.signUpPage(flow.id, { error: t("errors.unknownAadhaar") }), 200);
    if (state.hasAccount(persona)) {
      flow.step = "signin";
      return page(res, signIn(flow, { notice: t("errors.accountExists") }));
    }
    flow.personaId = persona.id;
    flow.step = "signup-otp";
    flow.otp = otp();
    page(
      res,
      screens.otpPage(flow.id, {
        otp: flow.otp,
        maskedMobile: maskedMobile(persona),
        heading: t("otp.verifyAadhaar"),
      }),
    );
  });

  router.post("/oauth2/1/authorize/set-pin", form, (req, res) => {
    const flow = flowFor(req, res, ["set-pin"]);
    if (!flow) return;
    const persona = personas.get(flow.personaId!)!;
    const body = req.body as Record<string, unknown>;
    const pin = single(body.pin);
    if (!/^\d{6}$/.test(pin))
      return page(
        res,
        screens.setPinPage(flow.id, { name: persona.name, error: t("errors.pinDigits") }),
        200,
      );
    if (pin !== single(body.pin_confirm))
      return page(
        res,
        screens.setPinPage(flow.id, { name: persona.name, error: t("errors.pinsDiffer") }),
        200,
      );
    state.pins.set(persona.id, pin);
    state.registered.add(persona.id);
    flow.newAccount = true;
    toConsent(flow, res);
  });

  router.post("/oauth2/1/authorize/consent", form, (req, res) => {
    const flow = flowFor(req, res, ["consent"]);
    if (!flow) return;
    flows.delete(flow.id);
    const decision = single((req.body as Record<string, unknown>).decision);
    decide(state, flow.authorize, flow.personaId!, decision === "allow", flow.newAccount, res);
  });

  // Kept from the walking skeleton: a form post naming the persona directly (controls only).
  router.post("/oauth2/1/authorize/decision", form, (req: Request, res: Response) => {
    if (!config.controls) return sendHtmlError(res, 404, "Not found");
    const body = req.body as Record<string, unknown>;
    const authorize = validateAuthorize(config, body, res);
    if (!authorize) return;
    const personaId = single(body.sandbox_persona);
    if (!personas.has(personaId)) return sendHtmlError(res, 400, "Choose a user to sign in as");
    decide(state, authorize, personaId, single(body.sandbox_decision) === "allow", false, res);
  });

  router.post(["/oauth2/1/token", "/oauth2/2/token"], form, (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const grantType = single(body.grant_type);
    res.locals.operation = grantType === "refresh_token" ? "token.refresh_token" : "token.authorization_code";
    if (!clientAuthenticated(config, req, body))
      return sendError(res, 400, "invalid_client", "Client authentication failed");
    const oidc = req.path.startsWith("/oauth2/2/");
    if (!grantType)
      return sendError(res, 400, "invalid_request", "The grant type was not specified in the request");
    if (grantType === "authorization_code") return redeemCode(config, state, body, oidc, res);
    if (grantType === "refresh_token") return refreshGrant(config, state, body, oidc, res);
    sendError(res, 400, "invalid_grant_type", "The grant type is not supported");
  });

  router.post("/oauth2/1/revoke", form, (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!clientAuthenticated(config, req, body))
      return sendError(res, 400, "invalid_client", "Client authentication failed");
    const value = single(body.token);
    if (!value) return sendError(res, 400, "invalid_request", "The token parameter is required");
    const token = state.tokens.get(value);
    const grant = token && state.grants.get(token.grantId);
    const live =
      token &&
      !token.revoked &&
      grant &&
      !grant.revoked &&
      (token.kind !== "access" || token.expiresAt > Date.now());
    if (token) state.revokeGrant(token.grantId);
    // The official spec answers 400 "The token is invalid" for an unknown or dead token; RFC 7009 (and
    // the guide) 200.
    if (!live && config.dialect === "apisetu")
      return sendError(res, 400, "invalid_token", "The token is invalid");
    res.status(200).json({});
  });

  return router;
}

function describeScope(scope: string): string {
  switch (scope) {
    case "files.issueddocs":
      return "issued documents";
    case "files.uploadeddocs":
      return "uploaded documents";
    case "userdetails":
    case "profile":
      return "profile (name, date of birth, gender)";
    case "openid":
      return "identity (OpenID)";
    default:
      return scope;
  }
}

function clientAuthenticated(config: SandboxConfig, req: Request, body: Record<string, unknown>): boolean {
  const [basicId, basicSecret] = basicCredentials(req);
  const clientId = single(body.client_id) || basicId;
  const clientSecret = single(body.client_secret) || basicSecret;
  return clientId === config.clientId && clientSecret === config.clientSecret;
}

function basicCredentials(req: Request): [string, string] {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Basic ")) return ["", ""];
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0
    ? ["", ""]
    : [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
}

const INVALID_CODE = "Authorization code doesn't exist or is invalid for the client";

function redeemCode(
  config: SandboxConfig,
  state: SandboxState,
  body: Record<string, unknown>,
  oidc: boolean,
  res: Response,
): void {
  const code = single(body.code);
  const redirectUri = single(body.redirect_uri);
  if (!code) return sendError(res, 400, "invalid_request", "The code parameter is required");
  if (!redirectUri) return sendError(res, 400, "invalid_request", "The redirect_uri parameter is required");
  if (!single(body.code_verifier))
    return sendError(res, 400, "invalid_request", "The code_verifier parameter is required");
  if (!config.redirectUris.has(redirectUri))
    return sendError(res, 400, "invalid_redirect_uri", "The redirect URI is not registered for the client");
  const record = state.codes.get(code);
  if (
    !record ||
    record.expiresAt <= Date.now() ||
    record.redirectUri !== redirectUri ||
    record.clientId !== config.clientId
  ) {
    return sendError(res, 400, "invalid_grant", INVALID_CODE);
  }
  if (record.redeemed) {
    // RFC 6749 §4.1.2: a replayed code revokes what it issued.
    state.revokeGrant(record.grantId);
    return sendError(res, 400, "invalid_grant", INVALID_CODE);
  }
  record.redeemed = true;
  if (s256(single(body.code_verifier)) !== record.codeChallenge) {
    state.revokeGrant(record.grantId);
    return sendError(res, 400, "invalid_grant", "Invalid code_verifier");
  }
  const grant = state.grants.get(record.grantId);
  if (!grant || grant.revoked) return sendError(res, 400, "invalid_grant", INVALID_CODE);
  sendTokens(config, state, grant.id, oidc, res);
}

function refreshGrant(
  config: SandboxConfig,
  state: SandboxState,
  body: Record<string, unknown>,
  oidc: boolean,
  res: Response,
): void {
  const value = single(body.refresh_token);
  if (!value) return sendError(res, 400, "invalid_request", "The refresh_token parameter is required");
  const token = state.tokens.get(value);
  const grant = token && state.grants.get(token.grantId);
  if (!token || token.kind !== "refresh" || token.revoked || !grant || grant.revoked) {
    return sendError(res, 400, "invalid_grant", "The refresh token is invalid");
  }
  // Rotation: the old refresh token dies (the old access token lives on until it expires).
  token.revoked = true;
  sendTokens(config, state, grant.id, oidc, res);
}

function sendTokens(
  config: SandboxConfig,
  state: SandboxState,
  grantId: string,
  oidc: boolean,
  res: Response,
): void {
  const grant = state.grants.get(grantId)!;
  const persona = personas.get(grant.personaId)!;
  const { access, refresh } = state.issueTokens(grantId);
  const digits = persona.dob.replace(/\D/g, "");
  const body: Record<string, unknown> = {
    access_token: access,
    token_type: "Bearer",
    expires_in: state.accessTokenTtlS,
    scope: grant.scope,
    refresh_token: refresh,
    // Real DigiLocker sends this as a number on some deployments and a string on others.
    consent_valid_till:
      persona.documents.length % 2 === 0 ? grant.consentValidTill : String(grant.consentValidTill),
  };
  // The spec's token answer (its AuthTokenResponse) carries no profile: the partner reads /1/user.
  if (config.dialect !== "apisetu") {
    Object.assign(body, {
      digilockerid: persona.digilockerId,
      name: persona.name,
      dob: digits,
      gender: persona.gender,
      eaadhaar: persona.eaadhaar,
      reference_key: "",
      new_account: grant.newAccount ? "Y" : "N",
    });
  }
  if (oidc) {
    const iat = Math.floor(Date.now() / 1000);
    body.id_token = signJwt({
      iss: config.issuer,
      sub: persona.digilockerId,
      aud: config.clientId,
      iat,
      exp: iat + 86400,
      given_name: persona.name,
      birthdate: `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4, 8)}`,
      masked_aadhaar:
        persona.aadhaarLast4 && persona.eaadhaar === "Y" ? `XXXXXXXX${persona.aadhaarLast4}` : "",
    });
  }
  res.set("Cache-Control", "no-store").json(body);
}
