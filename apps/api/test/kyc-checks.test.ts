import "reflect-metadata";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SignedXml } from "xml-crypto";
import { AadhaarSource, type AadhaarKyc } from "../src/modules/aadhaar/aadhaar-kyc.type";
import { KycChecksService } from "../src/modules/aadhaar/kyc-checks.service";
import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";
import { QR_SAMPLE } from "./support/aadhaar-fixtures";

const CHECKS = graphql(`
  query KycChecks {
    aadhaarKyc {
      source
      generatedAt
      assurance
      freshness {
        ageSeconds
        withinLimit
        limitSeconds
      }
    }
  }
`);
const MATCH = graphql(`
  query KycMatch($name: String!, $dateOfBirth: String) {
    aadhaarKyc {
      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {
        nameScore
        nameMatches
        dateOfBirthMatches
        matches
        assurance
      }
    }
  }
`);
const VERIFY_CHECKS = graphql(`
  mutation KycOfflineChecks($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      source
      name
      signature {
        verified
      }
      assurance
      freshness {
        ageSeconds
        withinLimit
        limitSeconds
      }
    }
  }
`);

const SANDBOX_TRUST = join(dirname(require.resolve("@lockerkit/sandbox/package.json")), "trust");

/** UIDAI's offline e-KYC reference id: last four digits, then the IST generation time to the millisecond. */
function referenceId(generatedAt: Date): string {
  return `0019${new Date(generatedAt.getTime() + 5.5 * 3600_000).toISOString().replace(/\D/g, "").slice(0, 17)}`;
}

/** An offline e-KYC XML signed by the sandbox's UIDAI-like test signer (its path reaches the `sandbox` root trusted outside production). */
function offlineXml(refId: string, name = "Asha Verma"): string {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<OfflinePaperlessKyc referenceId="${refId}"><UidData>` +
    `<Poi dob="14-08-1992" e="" gender="F" m="" name="${name}"/>` +
    '<Poa careof="D/O Ramesh Verma" country="India" dist="Jaipur" house="14" pc="302021" state="Rajasthan" vtc="Jaipur"/>' +
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

const VERIFY_MATCH = graphql(`
  mutation KycOfflineMatch($input: VerifyOfflineAadhaarInput!, $name: String!, $dateOfBirth: String) {
    verifyOfflineAadhaar(input: $input) {
      assurance
      matchApplicant(name: $name, dateOfBirth: $dateOfBirth) {
        nameMatches
        dateOfBirthMatches
        matches
        assurance
      }
    }
  }
`);

const DAY = 86_400;

describe("KYC checks", () => {
  let stack: TestStack;
  let tenantId: string;
  let sessionToken: string;

  beforeAll(async () => {
    stack = await startTestStack();
    tenantId = (await stack.server.admin.tenants.list()).find((t) => t.isDemo)!.id;
    ({ sessionToken } = await stack.consent("typical"));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("DigiLocker's e-Aadhaar is DIGILOCKER_VERIFIED and fresh under the default 3-day limit", async () => {
    const kyc = expectData(await stack.gql(CHECKS, {}, sessionToken)).aadhaarKyc!;
    expect(kyc).toMatchObject({
      source: "DIGILOCKER_EAADHAAR",
      assurance: "DIGILOCKER_VERIFIED",
      freshness: { withinLimit: true, limitSeconds: 3 * DAY },
    });
    expect(kyc.freshness.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(kyc.freshness.ageSeconds).toBeLessThan(DAY);
  });

  it("an offline e-KYC is OFFLINE_VERIFIED, and its freshness follows the caller tenant's limit", async () => {
    const input = { xml: offlineXml(referenceId(new Date(Date.now() - 2 * DAY * 1000))) };
    const fresh = expectData(await stack.gql(VERIFY_CHECKS, { input }, stack.secretKey)).verifyOfflineAadhaar;
    expect(fresh).toMatchObject({
      source: "OFFLINE_EKYC",
      signature: { verified: true },
      assurance: "OFFLINE_VERIFIED",
      freshness: { withinLimit: true, limitSeconds: 3 * DAY },
    });
    expect(Math.abs(fresh.freshness.ageSeconds! - 2 * DAY)).toBeLessThan(120);

    await stack.server.admin.tenants.setPolicy(tenantId, { kycMaxAgeSeconds: DAY });
    try {
      const stale = expectData(
        await stack.gql(VERIFY_CHECKS, { input }, stack.secretKey),
      ).verifyOfflineAadhaar;
      expect(stale.freshness).toMatchObject({ withinLimit: false, limitSeconds: DAY });
      // A session token's tenant is the caller too.
      expect(expectData(await stack.gql(CHECKS, {}, sessionToken)).aadhaarKyc!.freshness.limitSeconds).toBe(
        DAY,
      );
      // Another tenant's policy is its own.
      const other = await stack.server.admin.tenants.create({
        name: "Other",
        returnUrls: ["http://localhost:5173"],
        origins: [],
      });
      const theirs = expectData(
        await stack.gql(VERIFY_CHECKS, { input }, other.keys.secretKey),
      ).verifyOfflineAadhaar;
      expect(theirs.freshness).toMatchObject({ withinLimit: true, limitSeconds: 3 * DAY });
    } finally {
      await stack.server.admin.tenants.setPolicy(tenantId, { kycMaxAgeSeconds: 3 * DAY });
    }
    await expect(stack.server.admin.tenants.setPolicy(tenantId, { kycMaxAgeSeconds: 59 })).rejects.toThrow(
      /kyc-max-age/,
    );
  });

  it("a record whose signature does not verify is UNVERIFIED and never fresh; an unknown generation time is never fresh", async () => {
    const signed = offlineXml(referenceId(new Date()));
    const tampered = signed.replace('name="Asha Verma"', 'name="Asha Varma"');
    const kyc = expectData(
      await stack.gql(VERIFY_CHECKS, { input: { xml: tampered } }, stack.secretKey),
    ).verifyOfflineAadhaar;
    // Its generation time is whatever its author wrote: no age is vouched for.
    expect(kyc).toMatchObject({
      signature: { verified: false },
      assurance: "UNVERIFIED",
      freshness: { ageSeconds: null, withinLimit: false },
    });

    const undated = expectData(
      await stack.gql(VERIFY_CHECKS, { input: { xml: offlineXml("0019") } }, stack.secretKey),
    ).verifyOfflineAadhaar;
    expect(undated).toMatchObject({
      assurance: "OFFLINE_VERIFIED",
      freshness: { ageSeconds: null, withinLimit: false, limitSeconds: 3 * DAY },
    });
  });

  it("matchApplicant on an UNVERIFIED record compares the fields but never matches, and says why", async () => {
    const signed = offlineXml(referenceId(new Date()));
    const forged = signed.replace('name="Asha Verma"', 'name="Asha Varma"');
    const vars = { name: "Asha Varma", dateOfBirth: "1992-08-14" };
    const unverified = expectData(
      await stack.gql(VERIFY_MATCH, { input: { xml: forged }, ...vars }, stack.secretKey),
    ).verifyOfflineAadhaar;
    expect(unverified).toEqual({
      assurance: "UNVERIFIED",
      matchApplicant: {
        nameMatches: true,
        dateOfBirthMatches: true,
        matches: false,
        assurance: "UNVERIFIED",
      },
    });
    const verified = expectData(
      await stack.gql(
        VERIFY_MATCH,
        { input: { xml: signed }, name: "Asha Verma", dateOfBirth: "1992-08-14" },
        stack.secretKey,
      ),
    ).verifyOfflineAadhaar;
    expect(verified.matchApplicant).toEqual({
      nameMatches: true,
      dateOfBirthMatches: true,
      matches: true,
      assurance: "OFFLINE_VERIFIED",
    });
    // A legacy QR is never signed: the same holds for it.
    const legacy =
      '<?xml version="1.0" encoding="UTF-8"?><PrintLetterBarcodeData uid="999999990019" name="Asha Verma" gender="F" yob="1992" vtc="Jaipur" pc="302021"/>';
    const fromLegacy = expectData(
      await stack.gql(VERIFY_MATCH, { input: { xml: legacy }, name: "Asha Verma" }, stack.secretKey),
    ).verifyOfflineAadhaar;
    expect(fromLegacy.matchApplicant).toEqual({
      nameMatches: true,
      dateOfBirthMatches: null,
      matches: false,
      assurance: "UNVERIFIED",
    });
  });

  it("UIDAI's sample Secure QR is QR_VERIFIED and, generated in 2019, stale", async () => {
    const kyc = expectData(
      await stack.gql(VERIFY_CHECKS, { input: { qrText: QR_SAMPLE } }, stack.secretKey),
    ).verifyOfflineAadhaar;
    expect(kyc).toMatchObject({
      source: "SECURE_QR",
      assurance: "QR_VERIFIED",
      freshness: { withinLimit: false },
    });
    expect(kyc.freshness.ageSeconds).toBeGreaterThan(365 * DAY);
  });

  // Asha Verma, born 14 August 1992 (the typical persona's e-Aadhaar).
  it.each([
    ["Asha Verma", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["ASHA VERMA", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["asha verma", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["Ms. Asha Verma", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["Smt Asha Verma", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["Verma, Asha", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["  Asha    Verma  ", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["A. Verma", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["Āsha Vérma", "1992-08-14", { nameMatches: true, dateOfBirthMatches: true, matches: true }],
    ["Asha Verma", null, { nameMatches: true, dateOfBirthMatches: null, matches: true }],
    ["Asha Sharma", "1992-08-14", { nameMatches: false, dateOfBirthMatches: true, matches: false }],
    ["Usha Verma", "1992-08-14", { nameMatches: false, dateOfBirthMatches: true, matches: false }],
    ["Asha Varma", "1992-08-14", { nameMatches: false, dateOfBirthMatches: true, matches: false }],
    ["B. Verma", "1992-08-14", { nameMatches: false, dateOfBirthMatches: true, matches: false }],
    ["Asha Verma", "1993-08-14", { nameMatches: true, dateOfBirthMatches: false, matches: false }],
    ["Asha Verma", "1991-08-14", { nameMatches: true, dateOfBirthMatches: false, matches: false }],
    ["Asha Verma", "1992-08-15", { nameMatches: true, dateOfBirthMatches: false, matches: false }],
    // Day and month swapped (1992-14-08) is no date at all: BAD_USER_INPUT, in the input test below.
  ] as const)("matchApplicant(%j, %j)", async (name, dateOfBirth, expected) => {
    const match = expectData(await stack.gql(MATCH, { name, dateOfBirth }, sessionToken)).aadhaarKyc!
      .matchApplicant;
    expect(match).toMatchObject({ ...expected, assurance: "DIGILOCKER_VERIFIED" });
    if (expected.nameMatches) expect(match.nameScore).toBeGreaterThanOrEqual(0.95);
    else expect(match.nameScore).toBeLessThan(0.95);
  });

  it("matchApplicant refuses dates that are not YYYY-MM-DD and names without letters or too long", async () => {
    // The first is the typical persona's date with day and month swapped.
    for (const dateOfBirth of ["1992-14-08", "14-08-1992", "1992-02-30", "19920814", "1992-8-14", ""]) {
      expect(errorCode(await stack.gql(MATCH, { name: "Asha Verma", dateOfBirth }, sessionToken))).toBe(
        "BAD_USER_INPUT",
      );
    }
    for (const name of ["", "  ", "...", "a".repeat(201)]) {
      expect(errorCode(await stack.gql(MATCH, { name }, sessionToken))).toBe("BAD_USER_INPUT");
    }
  });
});

describe("KycChecksService rules", () => {
  const now = Date.parse("2026-11-30T00:00:00Z");
  const checks = new KycChecksService(() => now);
  const kyc = (patch: Partial<AadhaarKyc>): AadhaarKyc =>
    ({
      source: AadhaarSource.OFFLINE_EKYC,
      origin: "upload",
      name: "Asha Verma",
      dateOfBirth: null,
      yearOfBirth: null,
      generatedAt: null,
      signature: { verified: true },
      ...patch,
    }) as AadhaarKyc;
  const unsigned = { verified: false } as AadhaarKyc["signature"];

  it("judges freshness at the limit, beyond it, slightly ahead (clock skew) and far ahead", () => {
    const at = (secondsAgo: number) => kyc({ generatedAt: new Date(now - secondsAgo * 1000) });
    expect(checks.freshness(at(3600), 3600)).toMatchObject({ ageSeconds: 3600, withinLimit: true });
    expect(checks.freshness(at(3601), 3600)).toMatchObject({ ageSeconds: 3601, withinLimit: false });
    expect(checks.freshness(at(-60), 3600)).toMatchObject({ ageSeconds: -60, withinLimit: true });
    expect(checks.freshness(at(-3600), 3600)).toMatchObject({ ageSeconds: -3600, withinLimit: false });
    // Older than GraphQL's Int can say: saturated, not an error.
    expect(checks.freshness(kyc({ generatedAt: new Date("1900-01-01T00:00:00Z") }), 3600)).toMatchObject({
      ageSeconds: 2 ** 31 - 1,
      withinLimit: false,
    });
  });

  it("maps source, origin and signature to assurance; a legacy QR is never verified; only a fetched e-Aadhaar is DIGILOCKER_VERIFIED", () => {
    expect(checks.assurance(kyc({ source: AadhaarSource.LEGACY_QR }))).toBe("UNVERIFIED");
    expect(checks.assurance(kyc({ source: AadhaarSource.SECURE_QR, signature: unsigned }))).toBe(
      "UNVERIFIED",
    );
    expect(checks.assurance(kyc({ source: AadhaarSource.DIGILOCKER_EAADHAAR, origin: "fetched" }))).toBe(
      "DIGILOCKER_VERIFIED",
    );
    expect(checks.assurance(kyc({ source: AadhaarSource.DIGILOCKER_EAADHAAR, origin: "upload" }))).toBe(
      "UNVERIFIED",
    );
  });

  it("an UNVERIFIED record never matches an applicant and is never fresh", () => {
    const forged = kyc({
      signature: unsigned,
      dateOfBirth: "1992-08-14",
      generatedAt: new Date(now - 60_000),
    });
    expect(checks.matchApplicant(forged, "Asha Verma", "1992-08-14")).toMatchObject({
      nameMatches: true,
      dateOfBirthMatches: true,
      matches: false,
      assurance: "UNVERIFIED",
    });
    expect(checks.matchApplicant(forged, "Asha Verma", null)).toMatchObject({
      matches: false,
      assurance: "UNVERIFIED",
    });
    expect(checks.freshness(forged, 3600)).toEqual({
      ageSeconds: null,
      withinLimit: false,
      limitSeconds: 3600,
    });
    const genuine = kyc({ dateOfBirth: "1992-08-14", generatedAt: new Date(now - 60_000) });
    expect(checks.matchApplicant(genuine, "Asha Verma", "1992-08-14")).toMatchObject({
      matches: true,
      assurance: "OFFLINE_VERIFIED",
    });
    expect(checks.freshness(genuine, 3600)).toMatchObject({ ageSeconds: 60, withinLimit: true });
  });

  it("matchesProfile: verified, same name (applicant rule) and the same date of birth; null without a profile", () => {
    const asha = kyc({ dateOfBirth: "1992-08-14" });
    const profile = { name: "ASHA VERMA", dateOfBirth: "1992-08-14" };
    expect(checks.matchesProfile(asha, profile)).toBe(true);
    expect(checks.matchesProfile(asha, { ...profile, dateOfBirth: "1992-08-15" })).toBe(false);
    expect(checks.matchesProfile(asha, { ...profile, name: "Asha Varma" })).toBe(false);
    expect(checks.matchesProfile(kyc({ dateOfBirth: null, yearOfBirth: 1992 }), profile)).toBe(false);
    expect(checks.matchesProfile(kyc({ dateOfBirth: "1992-08-14", signature: unsigned }), profile)).toBe(
      false,
    );
    expect(checks.matchesProfile(asha, { name: "Asha Verma", dateOfBirth: null })).toBe(true);
    expect(checks.matchesProfile(asha, null)).toBeNull();
    expect(checks.matchesProfile(asha, { name: null, dateOfBirth: "1992-08-14" })).toBeNull();
  });

  it("with only a year of birth, another year contradicts and the same year cannot confirm", () => {
    const yearOnly = kyc({ yearOfBirth: 1992 });
    expect(checks.matchApplicant(yearOnly, "Asha Verma", "1993-08-14")).toMatchObject({
      dateOfBirthMatches: false,
      matches: false,
    });
    expect(checks.matchApplicant(yearOnly, "Asha Verma", "1992-08-14")).toMatchObject({
      dateOfBirthMatches: null,
      matches: false,
    });
    expect(checks.matchApplicant(yearOnly, "Asha Verma", null)).toMatchObject({
      dateOfBirthMatches: null,
      matches: true,
    });
    expect(checks.matchApplicant(kyc({ name: null }), "Asha Verma", null)).toMatchObject({
      nameScore: 0,
      nameMatches: false,
      matches: false,
    });
  });
});
