import { createHash, createPublicKey, verify as verifySignature } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { presentKycReceipt, type ReceiptJwks, verifyKycReceipt } from "@lockerkit/core";
import pino from "pino";
import { SignedXml } from "xml-crypto";
import { runCli } from "../../../packages/core/src/cli/main";
import { ReceiptKeys } from "../src/modules/receipts/receipt-keys";
import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";

const RECEIPT = graphql(`
  query ReceiptsOwn($format: KycReceiptFormat!) {
    kycReceipt(format: $format) {
      id
      format
      credential
      expiresAt
    }
  }
`);
const SESSION_RECEIPT = graphql(`
  query ReceiptsSession($id: ID!) {
    consentSession(id: $id) {
      kycReceipt(format: SD_JWT_VC) {
        id
        credential
        expiresAt
      }
      uploadedKyc {
        source
        assurance
        kycReceipt(format: SD_JWT_VC) {
          id
          credential
        }
      }
    }
  }
`);
const UPLOAD = graphql(`
  mutation ReceiptsUpload($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      source
      assurance
      signature {
        verified
      }
    }
  }
`);
const UPLOAD_WITH_RECEIPT = graphql(`
  mutation ReceiptsUploadReceipt($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      kycReceipt(format: SD_JWT_VC) {
        id
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation ReceiptsRevoke($id: ID!) {
    revokeKycReceipt(id: $id)
  }
`);
const END = graphql(`
  mutation ReceiptsEnd($id: ID) {
    endSession(id: $id) {
      status
    }
  }
`);

const SANDBOX_TRUST = join(dirname(require.resolve("@lockerkit/sandbox/package.json")), "trust");
/** The sandbox persona `typical`: her full Aadhaar number is in DigiLocker's e-Aadhaar, never in a receipt. */
const ASHA = { name: "Asha Verma", aadhaar: "999999990019", dateOfBirth: "1992-08-14" };

const b64urlJson = (text: string) => JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

interface JwkLike {
  kty: string;
  crv: string;
  x: string;
  y: string;
  kid: string;
}

/**
 * A verifier written only from the SD-JWT / SD-JWT VC specifications (no LockerKit code, no JOSE
 * library): split on `~`, check the ES256 JWS against the JWKS by `kid`, and put every disclosure back
 * where its SHA-256 digest sits in an `_sd` array. Throws on any mismatch.
 */
function independentVerify(
  sdJwt: string,
  jwks: { keys: JwkLike[] },
): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const parts = sdJwt.split("~");
  if (parts.at(-1) !== "") throw new Error("expected no key binding");
  const [jwt, ...disclosures] = parts.slice(0, -1);
  const [h, p, s] = jwt.split(".");
  const header = b64urlJson(h) as Record<string, unknown>;
  const payload = b64urlJson(p) as Record<string, unknown>;
  if (header.alg !== "ES256" || header.typ !== "dc+sd-jwt")
    throw new Error(`unexpected header ${JSON.stringify(header)}`);
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) throw new Error("kid not in JWKS");
  const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: "jwk" });
  if (
    !verifySignature(
      "sha256",
      Buffer.from(`${h}.${p}`),
      { key, dsaEncoding: "ieee-p1363" },
      Buffer.from(s, "base64url"),
    )
  )
    throw new Error("bad signature");
  if (payload._sd_alg !== "sha-256") throw new Error("unexpected _sd_alg");
  const byDigest = new Map(
    disclosures.map((d) => [
      createHash("sha256").update(d, "ascii").digest("base64url"),
      b64urlJson(d) as [string, string, unknown],
    ]),
  );
  const used = new Set<string>();
  const unpack = (node: unknown): unknown => {
    if (!node || typeof node !== "object" || Array.isArray(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) if (k !== "_sd" && k !== "_sd_alg") out[k] = unpack(v);
    for (const digest of (node as { _sd?: string[] })._sd ?? []) {
      const disclosure = byDigest.get(digest);
      if (!disclosure) continue;
      used.add(digest);
      out[disclosure[1]] = unpack(disclosure[2]);
    }
    return out;
  };
  const claims = unpack(payload) as Record<string, unknown>;
  if (used.size !== byDigest.size) throw new Error("a disclosure matches no digest");
  return { header, claims };
}

/** Every byte a verifier receives, decoded: the JWT's header and payload and each disclosure. */
function decodedBytes(sdJwt: string): string {
  const [jwt, ...disclosures] = sdJwt.split("~").filter(Boolean);
  const [h, p] = jwt.split(".");
  return [h, p, ...disclosures].map((part) => Buffer.from(part, "base64url").toString("utf8")).join("\n");
}

/** An offline e-KYC XML of Asha, signed by the sandbox's UIDAI test signer (a trusted test anchor). */
function offlineXml(): string {
  const referenceId = `0019${new Date(Date.now() + 5.5 * 3600_000).toISOString().replace(/\D/g, "").slice(0, 17)}`;
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<OfflinePaperlessKyc referenceId="${referenceId}"><UidData>` +
    `<Poi dob="14-08-1992" e="" gender="F" m="" name="${ASHA.name}"/>` +
    '<Poa careof="" country="India" dist="Pune" house="7" landmark="" loc="" pc="411001" po="" state="Maharashtra" street="" subdist="" vtc="Pune"/>' +
    "<Pht>/9j/4AAQSkZJRgABAQ==</Pht></UidData></OfflinePaperlessKyc>";
  const signer = new SignedXml({
    privateKey: readFileSync(join(SANDBOX_TRUST, "uidai-signer.test-only.key"), "utf8"),
    publicCert: readFileSync(join(SANDBOX_TRUST, "uidai-signer.pem"), "utf8"),
    canonicalizationAlgorithm: "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
    signatureAlgorithm: "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
  });
  signer.addReference({
    xpath: "/*",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature"],
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    isEmptyUri: true,
  });
  signer.computeSignature(xml, { location: { reference: "/*", action: "append" } });
  return signer.getSignedXml();
}

// Its own stack, stopped inside the test (stacks on in-memory PGlite never overlap).
describe("a KYC receipt outlives its issuer", () => {
  it("verifies with an independent spec-only verifier and the JWKS fetched earlier, after the issuing server has stopped", async () => {
    const own = await startTestStack({ receiptKeys: ReceiptKeys.generateEntry("k2") });
    let credential: string;
    let jwks: { keys: JwkLike[] };
    let statusList: string;
    let sessionId: string;
    try {
      const bank = await own.server.admin.tenants.create({
        name: "Bank",
        returnUrls: ["http://localhost:*"],
        origins: [],
      });
      const session = await own.consent("typical", {}, bank.keys.publishableKey);
      sessionId = session.sessionId;
      credential = expectData(await own.gql(RECEIPT, { format: "SD_JWT_VC" }, session.sessionToken))
        .kycReceipt.credential;
      jwks = (await (await fetch(`${own.url}/.well-known/jwks.json`)).json()) as { keys: JwkLike[] };
      const uri = (b64urlJson(credential.split(".")[1]) as { status: { status_list: { uri: string } } })
        .status.status_list.uri;
      statusList = await (await fetch(uri)).text();
    } finally {
      await own.stop();
    }
    await expect(fetch(`${own.url}/.well-known/jwks.json`)).rejects.toThrow(); // really gone

    const { header, claims } = independentVerify(credential, jwks);
    expect(header.kid).toBe("k2");
    expect(jwks.keys.every((k) => !("d" in k))).toBe(true);
    expect(claims).toMatchObject({
      iss: own.url,
      sub: sessionId,
      vct: "urn:lockerkit:aadhaar-kyc:1",
      assurance: "DIGILOCKER_VERIFIED",
      source: "digilocker-eaadhaar",
      trustedBy: expect.stringMatching(/^(PINNED_CERTIFICATE|CERTIFICATE_CHAIN)$/),
      signerFingerprint: expect.stringMatching(/^[0-9a-f:]{40,}$/i),
      name: ASHA.name,
      dateOfBirth: ASHA.dateOfBirth,
      yearOfBirth: 1992,
      gender: "F",
      maskedAadhaar: "XXXX-XXXX-0019",
      address: expect.objectContaining({ state: expect.any(String) }),
    });
    expect(typeof claims.generatedAt).toBe("string");
    expect(claims.exp).toBe((claims.iat as number) + 30 * 86_400);
    expect(claims).not.toHaveProperty("photo"); // the default policy returns no photo

    // LockerKit's own verifier agrees, fully offline (keys and status list read before the stop).
    const ours = await verifyKycReceipt(credential, { jwks: jwks as ReceiptJwks, statusList });
    expect(ours).toMatchObject({ valid: true, kid: "k2" });
  });
});

describe("KYC receipts (SD-JWT VC)", () => {
  const K1 = ReceiptKeys.generateEntry("k1");
  const logs: string[] = [];
  let stack: TestStack;
  let bank: { publishableKey: string; secretKey: string };

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    });
    stack = await startTestStack({ logger: pino({ level: "debug" }, sink), receiptKeys: K1 });
    // A tenant on the default policy (no photos); the demo tenant returns photos.
    bank = (
      await stack.server.admin.tenants.create({
        name: "Bank",
        returnUrls: ["http://localhost:*"],
        origins: [],
      })
    ).keys;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const issue = async (token: string) =>
    expectData(await stack.gql(RECEIPT, { format: "SD_JWT_VC" }, token)).kycReceipt;
  const jwksUrl = () => `${stack.url}/.well-known/jwks.json`;

  it("a presentation of name and year of birth reveals no other claim's value", async () => {
    // The demo tenant's policy returns photos: the photo is one more claim the presentation must hide.
    const { sessionToken } = await stack.consent("typical");
    const { credential } = await issue(sessionToken);
    const full = independentVerify(
      credential,
      (await (await fetch(jwksUrl())).json()) as { keys: JwkLike[] },
    ).claims;
    const presentation = await presentKycReceipt(credential, ["name", "yearOfBirth"]);

    const disclosed = presentation
      .split("~")
      .slice(1, -1)
      .map((d) => b64urlJson(d) as unknown[]);
    expect(disclosed.map((d) => d[1]).sort()).toEqual(["name", "yearOfBirth"]);
    const bytes = decodedBytes(presentation);
    expect(bytes).toContain(ASHA.name);
    const address = full.address as Record<string, string>;
    // Every other claim, as its disclosure would encode it ("name",value), and its distinctive raw values.
    const others = Object.entries(full).filter(([name]) =>
      ["dateOfBirth", "gender", "maskedAadhaar", "photo"].includes(name),
    );
    others.push(...Object.entries(full.address as Record<string, string>));
    expect(others.map(([name]) => name)).toEqual(
      expect.arrayContaining(["photo", "dateOfBirth", "gender", "maskedAadhaar", "state", "pincode"]),
    );
    const hidden = [
      ...others.map(([name, value]) => `"${name}",${JSON.stringify(value)}`),
      ...others.map(([, value]) => String(value)).filter((value) => value.length >= 6),
      ASHA.aadhaar,
    ];
    for (const value of hidden)
      expect({ value: value.slice(0, 60), revealed: bytes.includes(value) }).toEqual({
        value: value.slice(0, 60),
        revealed: false,
      });

    const verdict = await verifyKycReceipt(presentation, { jwksUrl: jwksUrl() });
    expect(verdict).toMatchObject({ valid: true, disclosed: ["name", "yearOfBirth"] });
    if (!verdict.valid) throw new Error("unreachable");
    expect(verdict.claims).toMatchObject({ name: ASHA.name, yearOfBirth: 1992 });
    expect(verdict.claims).not.toHaveProperty("dateOfBirth");
    expect(verdict.claims).not.toHaveProperty("address");

    // One address part alone, and an unknown claim is an error rather than a silent omission.
    const statePresentation = await presentKycReceipt(credential, ["address.state"]);
    const stateVerdict = await verifyKycReceipt(statePresentation, { jwksUrl: jwksUrl() });
    expect(stateVerdict.valid && stateVerdict.claims.address).toEqual({ state: address.state });
    const withoutPhoto = await issue((await stack.consent("typical", {}, bank.publishableKey)).sessionToken);
    await expect(presentKycReceipt(withoutPhoto.credential, ["photo"])).rejects.toThrow(
      /no disclosable claim "photo"/,
    );
  });

  it("a tampered disclosure, a wrong key, an expired receipt and a revoked one fail with distinct reasons", async () => {
    const { sessionToken } = await stack.consent("typical");
    const receipt = await issue(sessionToken);
    const jwks = (await (await fetch(jwksUrl())).json()) as ReceiptJwks;

    // Tampered: the name disclosure re-encoded with another value (same salt).
    const [jwt, ...rest] = receipt.credential.split("~");
    const forged = rest.map((d) => {
      const decoded = d ? (b64urlJson(d) as unknown[]) : null;
      return decoded && decoded[1] === "name" ? b64url([decoded[0], "name", "Someone Else"]) : d;
    });
    const tampered = await verifyKycReceipt([jwt, ...forged].join("~"), { jwks });

    // Wrong key: the same kid published with another key.
    const other = ReceiptKeys.parse(ReceiptKeys.generateEntry("k1")).jwks();
    const wrongKey = await verifyKycReceipt(receipt.credential, { jwks: other });
    const unknownKey = await verifyKycReceipt(receipt.credential, {
      jwks: ReceiptKeys.parse(ReceiptKeys.generateEntry("kx")).jwks(),
    });

    const expired = await verifyKycReceipt(receipt.credential, {
      jwks,
      now: new Date(new Date(receipt.expiresAt as string).getTime() + 1000),
    });

    expect(expectData(await stack.gql(REVOKE, { id: receipt.id }, sessionToken)).revokeKycReceipt).toBe(true);
    const revoked = await verifyKycReceipt(receipt.credential, { jwks });

    const reasons = [tampered, wrongKey, unknownKey, expired, revoked].map((r) =>
      r.valid ? "valid" : r.reason,
    );
    expect(reasons).toEqual([
      "tampered-disclosure",
      "invalid-signature",
      "unknown-key",
      "expired",
      "revoked",
    ]);
    expect(new Set(reasons).size).toBe(5);

    // The CLI says the same, with exit 3 for a receipt that does not verify and 0 for one that does.
    const dir = mkdtempSync(join(tmpdir(), "receipt-cli-"));
    writeFileSync(join(dir, "revoked.txt"), receipt.credential);
    const fresh = await issue(sessionToken);
    writeFileSync(join(dir, "fresh.txt"), await presentKycReceipt(fresh.credential, ["name"]));
    const run = async (...argv: string[]) => {
      let out = "";
      const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (out += t) });
      return {
        code,
        out: JSON.parse(out) as { valid: boolean; reason?: string; claims?: Record<string, unknown> },
      };
    };
    expect(await run("receipt", "verify", join(dir, "revoked.txt"), "--jwks-url", jwksUrl())).toMatchObject({
      code: 3,
      out: { valid: false, reason: "revoked" },
    });
    expect(await run("receipt", "verify", join(dir, "fresh.txt"), "--jwks-url", jwksUrl())).toMatchObject({
      code: 0,
      out: { valid: true, claims: { name: ASHA.name } },
    });

    // Another session's token cannot revoke it; an unknown id is NOT_FOUND.
    const stranger = await stack.consent("typical");
    expect(errorCode(await stack.gql(REVOKE, { id: fresh.id }, stranger.sessionToken))).toBe("NOT_FOUND");
    expect(errorCode(await stack.gql(REVOKE, { id: "not-a-receipt" }, sessionToken))).toBe("NOT_FOUND");
  });

  it("endSession and the retention purge revoke the session's receipts", async () => {
    const ended = await stack.consent("typical");
    const endedReceipt = await issue(ended.sessionToken);
    expect(await verifyKycReceipt(endedReceipt.credential, { jwksUrl: jwksUrl() })).toMatchObject({
      valid: true,
    });
    expectData(await stack.gql(END, {}, ended.sessionToken));
    expect(await verifyKycReceipt(endedReceipt.credential, { jwksUrl: jwksUrl() })).toMatchObject({
      valid: false,
      reason: "revoked",
    });

    const lapsed = await stack.consent("typical");
    const lapsedReceipt = await issue(lapsed.sessionToken);
    await stack.server.admin.sql(
      `UPDATE consent_sessions SET consent_valid_till = now() - interval '40 days' WHERE id = $1`,
      [lapsed.sessionId],
    );
    await stack.server.admin.purge();
    expect(await verifyKycReceipt(lapsedReceipt.credential, { jwksUrl: jwksUrl() })).toMatchObject({
      valid: false,
      reason: "revoked",
    });
  });

  it("uploads get receipts of their own (secret key), unverified records none, and the publishable key nothing", async () => {
    const { sessionId, sessionToken } = await stack.consent("typical");
    expectData(await stack.gql(UPLOAD, { input: { xml: offlineXml() } }, sessionToken));
    const legacyQr = `<?xml version="1.0" encoding="UTF-8"?><PrintLetterBarcodeData uid="${ASHA.aadhaar}" name="${ASHA.name}" gender="F" yob="1992" co="" house="1" street="" lm="" loc="" vtc="Pune" po="" dist="Pune" subdist="" state="Maharashtra" pc="411001"/>`;
    expectData(await stack.gql(UPLOAD, { input: { xml: legacyQr } }, sessionToken));

    // With an unverified upload in the list, the field fails for that one entry only.
    const result = await stack.gql(SESSION_RECEIPT, { id: sessionId }, stack.secretKey);
    const unverified = result.errors?.find((e) => e.path?.includes("uploadedKyc"));
    expect(unverified?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "unverified" });
    const session = result.data!.consentSession!;
    const jwks = (await (await fetch(jwksUrl())).json()) as { keys: JwkLike[] };
    expect(independentVerify(session.kycReceipt.credential, jwks).claims).toMatchObject({
      sub: sessionId,
      source: "digilocker-eaadhaar",
    });
    const offline = session.uploadedKyc.find((k) => k.source === "OFFLINE_EKYC")!;
    expect(offline.kycReceipt).not.toBeNull();
    expect(independentVerify(offline.kycReceipt!.credential, jwks).claims).toMatchObject({
      sub: sessionId,
      source: "offline-ekyc",
      assurance: "OFFLINE_VERIFIED",
      trustedBy: expect.any(String),
      name: ASHA.name,
    });

    expect(errorCode(await stack.gql(RECEIPT, { format: "SD_JWT_VC" }, stack.publishableKey))).toBe(
      "FORBIDDEN",
    );
    expect(errorCode(await stack.gql(RECEIPT, { format: "SD_JWT_VC" }, stack.secretKey))).toBe("FORBIDDEN");
    // A secret-key upload without a session has no subject for a receipt.
    const sessionless = await stack.gql(
      UPLOAD_WITH_RECEIPT,
      { input: { xml: offlineXml() } },
      stack.secretKey,
    );
    expect(sessionless.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "no-session",
    });
  });

  it("the photo is a disclosure only under a photo policy; no receipt, log line or table dump holds a full Aadhaar number, a token or an unrequested photo", async () => {
    const photos = await stack.server.admin.tenants.create({
      name: "Photo bank",
      returnUrls: ["http://localhost:*"],
      origins: [],
    });
    await stack.server.admin.tenants.setPolicy(photos.tenant.id, { returnPhotos: true });
    const withPhoto = await stack.consent("typical", {}, photos.keys.publishableKey);
    const photoReceipt = await issue(withPhoto.sessionToken);
    const jwks = (await (await fetch(jwksUrl())).json()) as { keys: JwkLike[] };
    const photoClaim = independentVerify(photoReceipt.credential, jwks).claims.photo as string;
    expect(photoClaim).toMatch(/^data:image\/\w+;base64,/);
    const photoBase64 = photoClaim.split(",")[1].slice(0, 40);
    const shared = await presentKycReceipt(photoReceipt.credential, ["name", "yearOfBirth"]);
    expect(decodedBytes(shared)).not.toContain(photoBase64);

    const plain = await stack.consent("typical", {}, bank.publishableKey);
    const plainReceipt = await issue(plain.sessionToken);
    expect(decodedBytes(plainReceipt.credential)).not.toContain(photoBase64);

    const tokens = await stack.sandbox.tokens();
    const secrets = [
      ASHA.aadhaar,
      withPhoto.sessionToken,
      plain.sessionToken,
      ...tokens.flatMap((t) => [t.access_token, t.refresh_token]),
    ];
    const dump = await stack.server.admin.dumpTables();
    expect(dump).toContain("-- kyc_receipts");
    const logText = logs.join("");
    expect(logText).toContain('"path":"/digilocker/callback"'); // the capture really sees request logs
    for (const secret of secrets) {
      const where = {
        receipt:
          decodedBytes(photoReceipt.credential).includes(secret) ||
          decodedBytes(plainReceipt.credential).includes(secret),
        dump: dump.includes(secret),
        logs: logText.includes(secret),
      };
      expect({ secret: secret.slice(0, 12), ...where }).toEqual({
        secret: secret.slice(0, 12),
        receipt: false,
        dump: false,
        logs: false,
      });
    }
    expect({ photoInDump: dump.includes(photoBase64), photoInLogs: logText.includes(photoBase64) }).toEqual({
      photoInDump: false,
      photoInLogs: false,
    });
  });

  it("publishes issuer metadata and answers unknown status lists with 404", async () => {
    const metadata = (await (await fetch(`${stack.url}/.well-known/jwt-vc-issuer`)).json()) as Record<
      string,
      unknown
    >;
    expect(metadata).toEqual({ issuer: stack.url, jwks_uri: `${stack.url}/.well-known/jwks.json` });
    const jwks = await fetch(jwksUrl());
    expect(jwks.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await jwks.json()) as ReceiptJwks).keys.map((k) => k.kid)).toEqual(["k1"]);
    expect((await fetch(`${stack.url}/status/99999`)).status).toBe(404);
    expect((await fetch(`${stack.url}/status/..%2f`)).status).toBe(404);
  });
});

describe("KYC receipt key rotation", () => {
  const OLD = ReceiptKeys.generateEntry("old");
  const NEW = ReceiptKeys.generateEntry("new");

  it("receipts signed with the old key still verify while it is published; new receipts use the first key", async () => {
    // One stack at a time (in-memory PGlite): the old deployment, then the rotated one.
    const before = await startTestStack({ receiptKeys: OLD });
    let oldReceipt: string;
    let statusList: string;
    try {
      const a = await before.consent("typical");
      oldReceipt = expectData(await before.gql(RECEIPT, { format: "SD_JWT_VC" }, a.sessionToken)).kycReceipt
        .credential;
      const statusUri = (b64urlJson(oldReceipt.split(".")[1]) as { status: { status_list: { uri: string } } })
        .status.status_list.uri;
      statusList = await (await fetch(statusUri)).text();
    } finally {
      await before.stop();
    }
    const after = await startTestStack({ receiptKeys: `${NEW},${OLD}` });
    try {
      const rotated = (await (await fetch(`${after.url}/.well-known/jwks.json`)).json()) as ReceiptJwks;
      expect(rotated.keys.map((k) => k.kid)).toEqual(["new", "old"]);
      expect(await verifyKycReceipt(oldReceipt, { jwks: rotated, statusList })).toMatchObject({
        valid: true,
        kid: "old",
      });

      const b = await after.consent("typical");
      const newReceipt = expectData(await after.gql(RECEIPT, { format: "SD_JWT_VC" }, b.sessionToken))
        .kycReceipt.credential;
      expect((b64urlJson(newReceipt.split(".")[0]) as { kid: string }).kid).toBe("new");
      expect(
        await verifyKycReceipt(newReceipt, { jwksUrl: `${after.url}/.well-known/jwks.json` }),
      ).toMatchObject({ valid: true, kid: "new" });

      // Once the old key is withdrawn from the JWKS, its receipts no longer verify.
      const withdrawn = { keys: rotated.keys.filter((k) => k.kid === "new") };
      expect(await verifyKycReceipt(oldReceipt, { jwks: withdrawn, statusList })).toMatchObject({
        valid: false,
        reason: "unknown-key",
      });
    } finally {
      await after.stop();
    }
  });
});
