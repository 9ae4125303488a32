import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { TextReader, Uint8ArrayWriter, ZipWriter } from "@zip.js/zip.js";
import { SignedXml } from "xml-crypto";
import { graphql } from "./gql";
import { errorCode, expectData, startTestStack, type TestStack } from "./support/test-stack";

const SESSION_KYC = graphql(`
  query UploadsSessionKyc($id: ID!) {
    consentSession(id: $id) {
      aadhaarKyc {
        source
        name
        assurance
        signature {
          verified
        }
      }
      uploadedKyc {
        source
        name
        dateOfBirth
        assurance
        matchesSessionProfile
        signature {
          verified
        }
      }
    }
  }
`);
// Only fields that predate the fix, so this regression test shows the old behaviour, not a schema error.
const FETCHED_KYC = graphql(`
  query UploadsFetchedKyc($id: ID!) {
    consentSession(id: $id) {
      aadhaarKyc {
        source
        name
        assurance
        signature {
          verified
        }
      }
    }
  }
`);
const PLAIN_UPLOAD = graphql(`
  mutation UploadsPlainVerify($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      source
      name
    }
  }
`);
const SESSION_UPLOADS = graphql(`
  query UploadsList($id: ID!, $first: Int) {
    consentSession(id: $id) {
      uploadedKyc(first: $first) {
        name
        dateOfBirth
      }
    }
  }
`);
const OWN_KYC = graphql(`
  query UploadsOwnKyc($refresh: Boolean) {
    aadhaarKyc(refresh: $refresh) {
      source
      name
      assurance
      matchesSessionProfile
    }
  }
`);
const UPLOAD = graphql(`
  mutation UploadsVerify($input: VerifyOfflineAadhaarInput!) {
    verifyOfflineAadhaar(input: $input) {
      source
      name
      assurance
      matchesSessionProfile
      signature {
        verified
      }
    }
  }
`);

const SANDBOX_TRUST = join(dirname(require.resolve("@lockerkit/sandbox/package.json")), "trust");
const SHARE_CODE = "Upl@2468";

interface Holder {
  name: string;
  /** DD-MM-YYYY, as UIDAI writes it. */
  dob: string;
  gender: string;
}
// The sandbox personas' own names and dates of birth: A = `typical`, B = `many-documents`.
const ASHA: Holder = { name: "Asha Verma", dob: "14-08-1992", gender: "F" };
const VIKRAM: Holder = { name: "Vikram Iyer", dob: "02-02-1985", gender: "M" };

/** An offline e-KYC XML of `holder`, signed like UIDAI's (inclusive C14N) by the sandbox signer, a trusted test anchor. */
function offlineXml(holder: Holder): string {
  const referenceId = `0019${new Date(Date.now() + 5.5 * 3600_000).toISOString().replace(/\D/g, "").slice(0, 17)}`;
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<OfflinePaperlessKyc referenceId="${referenceId}"><UidData>` +
    `<Poi dob="${holder.dob}" e="" gender="${holder.gender}" m="" name="${holder.name}"/>` +
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

/** UIDAI's download: the XML in a ZipCrypto ZIP protected by the share code, as base64. */
async function zipBase64(xml: string, shareCode = SHARE_CODE): Promise<string> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password: shareCode, zipCrypto: true });
  await writer.add("offlineaadhaar20261207000000000.xml", new TextReader(xml));
  return Buffer.from(await writer.close()).toString("base64");
}

describe("uploads never replace the DigiLocker e-Aadhaar", () => {
  let stack: TestStack;
  let a: { sessionId: string; sessionToken: string };
  let b: { sessionId: string; sessionToken: string };
  /** Person B's e-Aadhaar exactly as DigiLocker (the sandbox) serves it: validly signed. */
  let eAadhaarOfB: string;

  const sessionKyc = async (id: string) =>
    expectData(await stack.gql(SESSION_KYC, { id }, stack.secretKey)).consentSession!;

  beforeAll(async () => {
    stack = await startTestStack();
    // Two real consent journeys through the sandbox's DigiLocker.
    a = await stack.consent("typical");
    b = await stack.consent("many-documents");
    const tokens = await stack.sandbox.tokens();
    const tokenOfB = tokens.filter((t) => t.persona === "many-documents").at(-1)!.access_token;
    const res = await fetch(`${stack.sandboxUrl}/public/oauth2/3/xml/eaadhaar`, {
      headers: { authorization: `Bearer ${tokenOfB}` },
    });
    expect(res.status).toBe(200);
    eAadhaarOfB = await res.text();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("V1: session A sending person B's signed e-Aadhaar is BAD_USER_INPUT, and A's aadhaarKyc is unchanged", async () => {
    const fetchedKyc = async (id: string) =>
      expectData(await stack.gql(FETCHED_KYC, { id }, stack.secretKey)).consentSession!.aadhaarKyc;
    const before = await fetchedKyc(a.sessionId);
    expect(before).toMatchObject({
      source: "DIGILOCKER_EAADHAAR",
      name: "Asha Verma",
      assurance: "DIGILOCKER_VERIFIED",
    });
    // B's document is genuine: read by B's own session it is B's verified e-Aadhaar.
    expect(await fetchedKyc(b.sessionId)).toMatchObject({
      name: "Vikram Iyer",
      assurance: "DIGILOCKER_VERIFIED",
      signature: { verified: true },
    });

    const kycResOnly = /<KycRes[\s\S]*<\/KycRes>/.exec(eAadhaarOfB)![0];
    const attempts = [
      { token: a.sessionToken, input: { xml: eAadhaarOfB } },
      { token: stack.secretKey, input: { xml: eAadhaarOfB, sessionId: a.sessionId } },
      { token: stack.secretKey, input: { xml: eAadhaarOfB } },
      { token: a.sessionToken, input: { xml: kycResOnly } },
      { token: a.sessionToken, input: { zipBase64: await zipBase64(eAadhaarOfB), shareCode: SHARE_CODE } },
    ];
    for (const { token, input } of attempts) {
      const result = await stack.gql(PLAIN_UPLOAD, { input }, token);
      expect({ input: Object.keys(input), code: errorCode(result) }).toEqual({
        input: Object.keys(input),
        code: "BAD_USER_INPUT",
      });
    }
    const refused = await stack.gql(PLAIN_UPLOAD, { input: { xml: eAadhaarOfB } }, a.sessionToken);
    expect(refused.errors?.[0].extensions?.reason).toBe("eaadhaar-upload");

    expect(await fetchedKyc(a.sessionId)).toEqual(before);
    expect(expectData(await stack.gql(OWN_KYC, {}, a.sessionToken)).aadhaarKyc).toMatchObject({
      name: "Asha Verma",
      assurance: "DIGILOCKER_VERIFIED",
    });
    expect((await sessionKyc(a.sessionId)).uploadedKyc).toEqual([]);
    // Nothing was stored: not beside the record, not without a session.
    expect(
      await stack.server.admin.sql(
        `SELECT origin, source FROM aadhaar_kyc WHERE session_id = $1 OR session_id IS NULL`,
        [a.sessionId],
      ),
    ).toEqual([{ origin: "fetched", source: "digilocker-eaadhaar" }]);
  });

  it("V1: an offline e-KYC ZIP of person B is listed under uploadedKyc, says it does not match A's profile, and leaves aadhaarKyc alone", async () => {
    const before = await sessionKyc(a.sessionId);
    const input = { zipBase64: await zipBase64(offlineXml(VIKRAM)), shareCode: SHARE_CODE };
    const uploaded = expectData(await stack.gql(UPLOAD, { input }, a.sessionToken)).verifyOfflineAadhaar;
    expect(uploaded).toEqual({
      source: "OFFLINE_EKYC",
      name: "Vikram Iyer",
      assurance: "OFFLINE_VERIFIED",
      matchesSessionProfile: false,
      signature: { verified: true },
    });

    const after = await sessionKyc(a.sessionId);
    expect(after.aadhaarKyc).toEqual(before.aadhaarKyc);
    expect(after.aadhaarKyc).toMatchObject({ name: "Asha Verma", assurance: "DIGILOCKER_VERIFIED" });
    expect(after.uploadedKyc).toEqual([
      {
        source: "OFFLINE_EKYC",
        name: "Vikram Iyer",
        dateOfBirth: "1985-02-02",
        assurance: "OFFLINE_VERIFIED",
        matchesSessionProfile: false,
        signature: { verified: true },
      },
    ]);
  });

  it("an upload of A's own offline e-KYC matches the session profile; another date of birth or a broken signature does not", async () => {
    const own = expectData(
      await stack.gql(UPLOAD, { input: { xml: offlineXml(ASHA), sessionId: a.sessionId } }, stack.secretKey),
    ).verifyOfflineAadhaar;
    expect(own).toMatchObject({
      name: "Asha Verma",
      assurance: "OFFLINE_VERIFIED",
      matchesSessionProfile: true,
    });

    const otherDate = expectData(
      await stack.gql(UPLOAD, { input: { xml: offlineXml({ ...ASHA, dob: "14-08-1993" }) } }, a.sessionToken),
    ).verifyOfflineAadhaar;
    expect(otherDate).toMatchObject({
      name: "Asha Verma",
      assurance: "OFFLINE_VERIFIED",
      matchesSessionProfile: false,
    });

    const forged = offlineXml(VIKRAM)
      .replace('name="Vikram Iyer"', 'name="Asha Verma"')
      .replace('dob="02-02-1985"', 'dob="14-08-1992"');
    const unverified = expectData(
      await stack.gql(UPLOAD, { input: { xml: forged } }, a.sessionToken),
    ).verifyOfflineAadhaar;
    expect(unverified).toMatchObject({
      name: "Asha Verma",
      assurance: "UNVERIFIED",
      signature: { verified: false },
      matchesSessionProfile: false,
    });

    // Without a session there is no profile to compare with.
    const sessionless = expectData(
      await stack.gql(UPLOAD, { input: { xml: offlineXml(ASHA) } }, stack.secretKey),
    ).verifyOfflineAadhaar;
    expect(sessionless).toMatchObject({ assurance: "OFFLINE_VERIFIED", matchesSessionProfile: null });

    // Newest first; B's session saw none of A's uploads.
    const listed = (await sessionKyc(a.sessionId)).uploadedKyc;
    expect(listed.map((k) => [k.name, k.dateOfBirth, k.matchesSessionProfile])).toEqual([
      ["Asha Verma", "1992-08-14", false],
      ["Asha Verma", "1993-08-14", false],
      ["Asha Verma", "1992-08-14", true],
      ["Vikram Iyer", "1985-02-02", false],
    ]);
    expect((await sessionKyc(b.sessionId)).uploadedKyc).toEqual([]);
    expect(
      expectData(await stack.gql(SESSION_UPLOADS, { id: a.sessionId, first: 1 }, stack.secretKey))
        .consentSession!.uploadedKyc,
    ).toHaveLength(1);
    for (const first of [0, 51, -1]) {
      expect(errorCode(await stack.gql(SESSION_UPLOADS, { id: a.sessionId, first }, stack.secretKey))).toBe(
        "BAD_USER_INPUT",
      );
    }
  });

  it("a refresh of the fetched e-Aadhaar keeps the uploads, and it matches its own session's profile", async () => {
    const count = (await sessionKyc(a.sessionId)).uploadedKyc.length;
    const refreshed = expectData(await stack.gql(OWN_KYC, { refresh: true }, a.sessionToken)).aadhaarKyc;
    expect(refreshed).toEqual({
      source: "DIGILOCKER_EAADHAAR",
      name: "Asha Verma",
      assurance: "DIGILOCKER_VERIFIED",
      matchesSessionProfile: true,
    });
    expect((await sessionKyc(a.sessionId)).uploadedKyc).toHaveLength(count);
  });

  it("the table itself refuses an upload in the DigiLocker slot, an uploaded e-Aadhaar and a second fetched record", async () => {
    const sql = stack.server.admin.sql;
    const [upload] = (await sql(
      `SELECT * FROM aadhaar_kyc WHERE session_id = $1 AND origin = 'upload' LIMIT 1`,
      [a.sessionId],
    )) as Array<Record<string, unknown>>;
    const copy = (origin: string, source: string) =>
      sql(
        `INSERT INTO aadhaar_kyc (id, tenant_id, session_id, origin, source, record_enc, signature_verified) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, true)`,
        [upload.tenant_id, a.sessionId, origin, source, upload.record_enc],
      );
    await expect(copy("upload", "digilocker-eaadhaar")).rejects.toThrow(/aadhaar_kyc_origin/);
    await expect(copy("fetched", "digilocker-eaadhaar")).rejects.toThrow(
      /aadhaar_kyc_one_fetched|duplicate key/,
    );
    await expect(copy("fetched", "offline-ekyc")).rejects.toThrow(/aadhaar_kyc_origin/);
    await expect(sql(`UPDATE aadhaar_kyc SET origin = 'fetched' WHERE id = $1`, [upload.id])).rejects.toThrow(
      /aadhaar_kyc_origin/,
    );
  });
});
