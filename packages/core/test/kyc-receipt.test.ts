import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { presentKycReceipt, verifyKycReceipt, type ReceiptJwks } from "../src";
import { runCli } from "../src/cli/main";

const b64 = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const digest = (disclosure: string) => createHash("sha256").update(disclosure).digest("base64url");

/** A hand-built SD-JWT VC (no issuer library), so the verifier is checked against the format itself. */
function receipt(claims: Record<string, unknown>, payload: Record<string, unknown> = {}) {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const disclosures = Object.entries(claims).map(([name, value]) =>
    b64([randomBytes(16).toString("base64url"), name, value]),
  );
  const header = b64({ alg: "ES256", typ: "dc+sd-jwt", kid: "t1" });
  const body = b64({
    iss: "https://issuer.example",
    vct: "urn:lockerkit:aadhaar-kyc:1",
    iat: 1_700_000_000,
    exp: 4_000_000_000,
    _sd_alg: "sha-256",
    _sd: disclosures.map(digest),
    ...payload,
  });
  const signature = sign("sha256", Buffer.from(`${header}.${body}`), {
    key: privateKey,
    dsaEncoding: "ieee-p1363",
  }).toString("base64url");
  const jwk = publicKey.export({ format: "jwk" }) as { x: string; y: string };
  const jwks: ReceiptJwks = { keys: [{ kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, kid: "t1" }] };
  return { credential: `${header}.${body}.${signature}~${disclosures.join("~")}~`, jwks };
}

describe("KYC receipts in @lockerkit/core", () => {
  it("stays browser-safe: the receipts folder uses no Node module and no Buffer", () => {
    const dir = join(__dirname, "../src/receipts");
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), "utf8");
      expect({ file, node: /from "node:|require\(/.test(source), buffer: /\bBuffer\./.test(source) }).toEqual(
        { file, node: false, buffer: false },
      );
    }
  });

  it("presents only the chosen claims and verifies them (no status list)", async () => {
    const { credential, jwks } = receipt({
      name: "Asha Verma",
      yearOfBirth: 1992,
      dateOfBirth: "1992-08-14",
    });
    const presentation = await presentKycReceipt(credential, ["name", "yearOfBirth"]);
    expect(presentation.split("~").length).toBe(4);
    const verdict = await verifyKycReceipt(presentation, { jwks });
    expect(verdict).toMatchObject({
      valid: true,
      claims: { name: "Asha Verma", yearOfBirth: 1992 },
      disclosed: ["name", "yearOfBirth"],
    });
    expect(JSON.stringify(verdict)).not.toContain("1992-08-14");
  });

  it("answers malformed input, foreign algorithms and missing key sets with a reason, never a throw", async () => {
    const { credential, jwks } = receipt({ name: "A" });
    expect(await verifyKycReceipt("not a receipt", { jwks })).toMatchObject({
      valid: false,
      reason: "malformed",
    });
    expect(await verifyKycReceipt(`${credential}eyJhbGciOiJub25lIn0.e30.`, { jwks })).toMatchObject({
      valid: false,
      reason: "malformed",
    });
    const noneAlg = `${b64({ alg: "none", typ: "dc+sd-jwt", kid: "t1" })}${credential.slice(credential.indexOf("."))}`;
    expect(await verifyKycReceipt(noneAlg, { jwks })).toMatchObject({
      valid: false,
      reason: "unsupported-algorithm",
    });
    expect(
      await verifyKycReceipt(credential, { jwksUrl: "http://127.0.0.1:1/.well-known/jwks.json" }),
    ).toMatchObject({ valid: false, reason: "jwks-unavailable" });
    const expired = receipt({ name: "A" }, { exp: 1_700_000_100 });
    expect(await verifyKycReceipt(expired.credential, { jwks: expired.jwks })).toMatchObject({
      valid: false,
      reason: "expired",
    });
    await expect(presentKycReceipt(credential, ["address"])).rejects.toThrow(
      /no disclosable claim "address"/,
    );
  });

  it("lockerkit receipt verify: a usage error exits 1 (verdict exits 0 / 3 are in the API receipts test)", async () => {
    let err = "";
    expect(
      await runCli(["receipt", "verify", "x.txt"], { stdout: () => undefined, stderr: (t) => (err += t) }),
    ).toBe(1);
    expect(err).toContain("give one of --jwks-url or --jwks");
  });
});
