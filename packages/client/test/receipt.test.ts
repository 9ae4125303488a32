import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
// The verifier of @lockerkit/core (its browser-safe receipts module), from source: no build needed.
import { verifyKycReceipt, type ReceiptJwks } from "../../core/src/receipts";
import { KycReceipt, LockerKitError } from "../src";

const b64 = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const digest = (disclosure: string) => createHash("sha256").update(disclosure).digest("base64url");
const disclose = (name: string, value: unknown) => b64([randomBytes(16).toString("base64url"), name, value]);

const CLAIMS = { name: "Asha Verma", dateOfBirth: "1992-08-14", yearOfBirth: 1992, gender: "F" };
const ADDRESS = { vtc: "Jaipur", state: "Rajasthan", pincode: "302001" };

/**
 * A receipt shaped like the API's (hand-built, no issuer library): top-level disclosures, `address` a
 * disclosure whose value holds the digests of its parts, and a decoy digest.
 */
function receipt() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const parts = Object.entries(ADDRESS).map(([name, value]) => disclose(name, value));
  const address = disclose("address", { _sd: parts.map(digest) });
  const top = [...Object.entries(CLAIMS).map(([name, value]) => disclose(name, value)), address];
  const header = b64({ alg: "ES256", typ: "dc+sd-jwt", kid: "k1" });
  const body = b64({
    iss: "https://kyc.example",
    sub: "session-1",
    jti: "0b6f7c9e-2f7e-4a59-9f43-5d0f6f1c2a11",
    iat: 1_700_000_000,
    exp: 4_000_000_000,
    vct: "urn:lockerkit:aadhaar-kyc:1",
    assurance: "DIGILOCKER_VERIFIED",
    _sd_alg: "sha-256",
    _sd: [...top.map(digest), digest("decoy")],
  });
  const signature = sign("sha256", Buffer.from(`${header}.${body}`), {
    key: privateKey,
    dsaEncoding: "ieee-p1363",
  }).toString("base64url");
  const jwk = publicKey.export({ format: "jwk" }) as { x: string; y: string };
  const jwks: ReceiptJwks = { keys: [{ kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, kid: "k1" }] };
  return { credential: `${header}.${body}.${signature}~${[...top, ...parts].join("~")}~`, jwks };
}

/** Every part of a presentation decoded, as one text: what a verifier can read. */
const decoded = (presentation: string) =>
  presentation
    .split("~")
    .flatMap((part) => part.split("."))
    .map((segment) => Buffer.from(segment, "base64url").toString("latin1"))
    .join("\n");

describe("KycReceipt (holder side, no dependency)", () => {
  const { credential, jwks } = receipt();

  it("lists the disclosable claims, nested address parts included, with the id and expiry", async () => {
    const r = await KycReceipt.parse(credential);
    expect([...r.claims].sort()).toEqual(
      [
        "name",
        "dateOfBirth",
        "yearOfBirth",
        "gender",
        "address",
        "address.vtc",
        "address.state",
        "address.pincode",
      ].sort(),
    );
    expect(r.id).toBe("0b6f7c9e-2f7e-4a59-9f43-5d0f6f1c2a11");
    expect(r.expiresAt).toBe(new Date(4_000_000_000_000).toISOString());
    expect(r.credential).toBe(credential);
  });

  it("presents name + year of birth only: it verifies, and the bytes hold no other claim's value", async () => {
    const presentation = (await KycReceipt.parse(credential)).present(["name", "yearOfBirth"]);
    expect(presentation.endsWith("~")).toBe(true);
    expect(presentation.split("~")).toHaveLength(4); // jwt, two disclosures, "" (no key binding)
    const verdict = await verifyKycReceipt(presentation, { jwks, checkStatus: false });
    expect(verdict).toMatchObject({
      valid: true,
      claims: { name: "Asha Verma", yearOfBirth: 1992 },
      disclosed: ["name", "yearOfBirth"],
    });
    const bytes = decoded(presentation);
    expect(bytes).toContain("Asha Verma");
    for (const hidden of ["1992-08-14", '"F"', "gender", "Jaipur", "Rajasthan", "302001", "address"])
      expect(bytes).not.toContain(hidden);
  });

  it("discloses one address part with the address disclosure that holds its digest, or every part", async () => {
    const r = await KycReceipt.parse(credential);
    const state = await verifyKycReceipt(r.present(["address.state"]), { jwks, checkStatus: false });
    expect(state).toMatchObject({
      valid: true,
      disclosed: ["address", "address.state"],
      claims: { address: { state: "Rajasthan" } },
    });
    expect(decoded(r.present(["address.state"]))).not.toMatch(/Jaipur|302001|Asha/);
    const all = await verifyKycReceipt(r.present(["address"]), { jwks, checkStatus: false });
    expect(all).toMatchObject({ valid: true, claims: { address: ADDRESS } });
    expect(r.present([])).toBe(`${credential.split("~")[0]}~`);
  });

  it("refuses a claim the receipt cannot disclose with BAD_USER_INPUT (reason unknown-claim)", async () => {
    const r = await KycReceipt.parse(credential);
    let error: unknown;
    try {
      r.present(["name", "aadhaarNumber"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockerKitError);
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", reason: "unknown-claim", field: "claims" });
    expect((error as Error).message).toContain('"aadhaarNumber"');
  });

  it("refuses what is no receipt: no separator, a disclosure matching no digest, a key-binding JWT", async () => {
    const [jwt, first] = credential.split("~");
    const forged = `${jwt}~${disclose("name", "Someone Else")}~`;
    for (const text of ["not a receipt", forged, `${jwt}~${first}~eyJhbGciOiJFUzI1NiJ9.e30.c2ln`])
      await expect(KycReceipt.parse(text)).rejects.toMatchObject({
        code: "BAD_USER_INPUT",
        reason: "malformed",
      });
  });
});
