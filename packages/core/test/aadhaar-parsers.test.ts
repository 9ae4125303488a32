import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobReader, TextReader, Uint8ArrayWriter, ZipWriter } from "@zip.js/zip.js";
import {
  AadhaarInputError,
  isEAadhaarXml,
  parseAadhaar,
  parseEAadhaarXml,
  parseLegacyQr,
  parseOfflineEkyc,
  parseSecureQr,
  repeatedSha256Hex,
} from "../src/aadhaar";
import { TrustStore, XmlRefusedError } from "../src/xml";
import {
  EAADHAAR_XML,
  OFFLINE_EMAIL,
  OFFLINE_MOBILE,
  OFFLINE_REFERENCE_ID,
  OFFLINE_SHARE_CODE,
  offlineXml,
  SHARED_AADHAAR,
  signEnveloped,
  secureQrV2Text,
  testTrustStore,
} from "./aadhaar-fixtures";

const store = testTrustStore();
const N = 9; // the 4th character of OFFLINE_REFERENCE_ID
const OFFLINE_SIGNED = signEnveloped(
  offlineXml({
    m: repeatedSha256Hex(OFFLINE_MOBILE + OFFLINE_SHARE_CODE, N),
    e: repeatedSha256Hex(OFFLINE_EMAIL, 1),
  }),
  "offline",
);
const QR_TEXT = readFileSync(join(SHARED_AADHAAR, "uidai-sample-secure-qr-v1.txt"), "utf8");

async function zipWithZipCrypto(xml: string, password: string): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password, zipCrypto: true });
  await writer.add(`offlineaadhaar${OFFLINE_REFERENCE_ID.slice(4)}.xml`, new TextReader(xml));
  return writer.close();
}

describe("DigiLocker e-Aadhaar XML", () => {
  it("parses a signed document into the AadhaarKyc record", async () => {
    const kyc = await parseEAadhaarXml(signEnveloped(EAADHAAR_XML, "eaadhaar"), { trustStore: store });
    expect(kyc).toMatchObject({
      source: "digilocker-eaadhaar",
      name: "Asha Verma",
      dateOfBirth: "1996-10-05",
      yearOfBirth: 1996,
      gender: "M",
      careOf: "S/O Ravi Verma",
      address: {
        house: "12 Lotus Lane",
        street: "Paud Road",
        landmark: "Near City Park",
        locality: "Kothrud",
        vtc: "Pune",
        subDistrict: "Haveli",
        district: "Pune",
        state: "Maharashtra",
        pincode: "411038",
        postOffice: "Kothrud",
        country: "India",
      },
      localAddress: {
        language: "13",
        name: "आशा वर्मा",
        careOf: "रवि वर्मा",
        landmark: null,
        country: null,
        pincode: "411038",
      },
      maskedAadhaar: "XXXX-XXXX-0019",
      referenceId: "UKC:0a1b2c3d20240604145403",
      generatedAt: "2024-06-04T09:24:03.230Z",
      qrVersion: null,
      contact: null,
      signature: { verified: true, reason: null, signer: "LockerKit Test Signer", certificateExpired: false },
    });
    expect(kyc.photo?.mime).toBe("image/jpeg");
    expect(kyc.photo?.display?.mime).toBe("image/jpeg");
  });

  it("reports a tampered document unverified but still parsed", async () => {
    const tampered = signEnveloped(EAADHAAR_XML, "eaadhaar").replace("Asha Verma", "Asha Varma");
    const kyc = await parseEAadhaarXml(tampered, { trustStore: store });
    expect(kyc.signature).toMatchObject({ verified: false, reason: "digest-mismatch" });
    expect(kyc.name).toBe("Asha Varma");
  });

  it("refuses a duplicated UidData even when it is signed", async () => {
    const uid = /<UidData[\s\S]*<\/UidData>/.exec(EAADHAAR_XML)![0];
    const doubled = signEnveloped(EAADHAAR_XML.replace("</KycRes>", `${uid}</KycRes>`), "eaadhaar");
    await expect(parseEAadhaarXml(doubled, { trustStore: store })).rejects.toThrow(AadhaarInputError);
    await expect(parseEAadhaarXml(doubled, { trustStore: store })).rejects.toMatchObject({
      reason: "unexpected-structure",
    });
  });

  describe("the official spec's shape: KycRes as the root, the signature inside it", () => {
    const kycRes = /<KycRes[\s\S]*<\/KycRes>/.exec(EAADHAAR_XML)![0];
    const signedKycRes = signEnveloped(`<?xml version="1.0" encoding="UTF-8"?>\n${kycRes}`, "eaadhaar");

    it("parses and verifies like the Certificate shape", async () => {
      expect(signedKycRes).toMatch(/^<\?xml[^>]*\?>\s*<KycRes [\s\S]*<Signature[\s\S]*<\/KycRes>$/);
      const kyc = await parseEAadhaarXml(signedKycRes, { trustStore: store });
      const certificate = await parseEAadhaarXml(signEnveloped(EAADHAAR_XML, "eaadhaar"), {
        trustStore: store,
      });
      expect(kyc).toEqual(certificate);
      expect(kyc.signature).toMatchObject({ verified: true });
    });

    it("a tampered KycRes root is unverified", async () => {
      const kyc = await parseEAadhaarXml(signedKycRes.replace("Asha Verma", "Asha Varma"), {
        trustStore: store,
      });
      expect(kyc.signature).toMatchObject({ verified: false, reason: "digest-mismatch" });
    });

    it("wrapping: a genuine signed KycRes hidden next to a forged one is never read as verified", async () => {
      const forged = kycRes.replace("Asha Verma", "Mallory");
      const genuine = signedKycRes.replace(/^<\?xml[^>]*\?>\s*/, "");
      for (const wrapped of [
        `<Certificate><CertificateData>${forged}</CertificateData><Extra>${genuine}</Extra></Certificate>`,
        `<Certificate><CertificateData>${forged}${genuine}</CertificateData></Certificate>`,
      ]) {
        const result = await parseEAadhaarXml(wrapped, { trustStore: store }).catch((error: Error) => error);
        if (result instanceof Error) expect(result).toMatchObject({ reason: "unexpected-structure" });
        else expect(result.signature.verified).toBe(false);
      }
      // A signed KycRes root carrying an extra, unsigned UidData: the signature breaks, or the structure is refused.
      const uid = /<UidData[\s\S]*<\/UidData>/.exec(kycRes)![0];
      const injected = signedKycRes.replace(
        "<Signature",
        `${uid.replace("Asha Verma", "Mallory")}<Signature`,
      );
      const result = await parseEAadhaarXml(injected, { trustStore: store }).catch((error: Error) => error);
      if (result instanceof Error) expect(result).toMatchObject({ reason: "unexpected-structure" });
      else expect(result.signature.verified).toBe(false);
    });

    it("any other root is refused", async () => {
      await expect(
        parseEAadhaarXml(signEnveloped("<Other><KycRes/></Other>", "eaadhaar"), { trustStore: store }),
      ).rejects.toMatchObject({
        reason: "unexpected-structure",
      });
    });
  });

  it("never returns a full number that arrives in uid", async () => {
    const full = EAADHAAR_XML.replace('uid="xxxxxxxx0019"', 'uid="999999990019"');
    const kyc = await parseEAadhaarXml(full, { trustStore: store });
    expect(kyc.maskedAadhaar).toBe("XXXX-XXXX-0019");
    expect(JSON.stringify(kyc)).not.toContain("999999990019");
  });
});

describe("UIDAI offline e-KYC", () => {
  it("parses the bare signed XML, with contact hashes per rule", async () => {
    const kyc = await parseOfflineEkyc(Buffer.from(OFFLINE_SIGNED), {
      trustStore: store,
      shareCode: OFFLINE_SHARE_CODE,
      contact: { mobile: `+91 ${OFFLINE_MOBILE}`, email: OFFLINE_EMAIL },
    });
    expect(kyc).toMatchObject({
      source: "offline-ekyc",
      name: "Meera Iyer",
      dateOfBirth: "1990-01-01",
      gender: "F",
      careOf: "D/O Suresh Iyer",
      address: {
        house: "7",
        landmark: null,
        locality: "Adyar",
        subDistrict: "Mylapore",
        pincode: "600020",
        country: "India",
      },
      maskedAadhaar: "XXXX-XXXX-0019",
      referenceId: OFFLINE_REFERENCE_ID,
      generatedAt: "2019-03-08T06:14:07.437Z",
      contact: {
        mobile: { status: "matched", rule: "salted-repeated-sha256" },
        email: { status: "matched", rule: "plain-sha256" },
      },
      signature: { verified: true, signer: "LockerKit Test Signer" },
    });
    expect(kyc.photo?.mime).toBe("image/jpeg");
  });

  it("reports not matched, not checked and not present", async () => {
    const wrong = await parseOfflineEkyc(OFFLINE_SIGNED, {
      trustStore: store,
      shareCode: OFFLINE_SHARE_CODE,
      contact: { mobile: "9000000002", email: "other@example.test" },
    });
    expect(wrong.contact).toEqual({
      mobile: { status: "not-matched", rule: null },
      email: { status: "not-matched", rule: null },
    });
    const unchecked = await parseOfflineEkyc(OFFLINE_SIGNED, { trustStore: store });
    expect(unchecked.contact).toEqual({
      mobile: { status: "not-checked", rule: null },
      email: { status: "not-checked", rule: null },
    });
    const absent = await parseOfflineEkyc(signEnveloped(offlineXml({ m: "", e: "" }), "offline"), {
      trustStore: store,
      contact: { mobile: OFFLINE_MOBILE },
    });
    expect(absent.contact?.mobile.status).toBe("not-present");
  });

  it("matches the salted email rule too", async () => {
    const salted = signEnveloped(
      offlineXml({ m: "", e: repeatedSha256Hex(OFFLINE_EMAIL + OFFLINE_SHARE_CODE, N) }),
      "offline",
    );
    const kyc = await parseOfflineEkyc(salted, {
      trustStore: store,
      shareCode: OFFLINE_SHARE_CODE,
      contact: { email: OFFLINE_EMAIL },
    });
    expect(kyc.contact?.email).toEqual({ status: "matched", rule: "salted-repeated-sha256" });
  });

  it("round-trips a ZipCrypto ZIP with the share code (zip.js writer)", async () => {
    const zip = await zipWithZipCrypto(OFFLINE_SIGNED, OFFLINE_SHARE_CODE);
    const kyc = await parseOfflineEkyc(zip, { trustStore: store, shareCode: OFFLINE_SHARE_CODE });
    expect(kyc.signature.verified).toBe(true);
    expect(kyc.name).toBe("Meera Iyer");
  });

  it("round-trips a ZIP made by Info-ZIP `zip -P`", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lockerkit-offline-"));
    writeFileSync(join(dir, "offline.xml"), OFFLINE_SIGNED);
    execFileSync("/usr/bin/zip", [
      "-q",
      "-j",
      "-P",
      OFFLINE_SHARE_CODE,
      join(dir, "offline.zip"),
      join(dir, "offline.xml"),
    ]);
    const zip = readFileSync(join(dir, "offline.zip"));
    const kyc = await parseAadhaar(zip, { trustStore: store, shareCode: OFFLINE_SHARE_CODE });
    expect(kyc).toMatchObject({ source: "offline-ekyc", signature: { verified: true } });
  });

  it("names the share code when it is wrong or missing", async () => {
    const zip = await zipWithZipCrypto(OFFLINE_SIGNED, OFFLINE_SHARE_CODE);
    const wrong = parseOfflineEkyc(zip, { trustStore: store, shareCode: "lock@487" });
    await expect(wrong).rejects.toMatchObject({
      reason: "wrong-share-code",
      message: expect.stringContaining("share code"),
    });
    await expect(parseOfflineEkyc(zip, { trustStore: store })).rejects.toMatchObject({
      reason: "share-code-required",
    });
  });

  it("refuses ZIPs that hold anything but one XML", async () => {
    const writer = new ZipWriter(new Uint8ArrayWriter());
    await writer.add("a.xml", new TextReader("<a/>"));
    await writer.add("b.xml", new BlobReader(new Blob(["<b/>"])));
    const zip = await writer.close();
    await expect(parseOfflineEkyc(zip, { trustStore: store })).rejects.toMatchObject({ reason: "bad-zip" });
  });

  it("is unverified under the shipped store (the test key is not pinned there, its KeyInfo certificate reaches no root)", async () => {
    const kyc = await parseOfflineEkyc(OFFLINE_SIGNED);
    expect(kyc.signature).toMatchObject({ verified: false, reason: "untrusted-chain" });
  });
});

describe("Aadhaar Secure QR", () => {
  it("decodes UIDAI's published sample to exactly the documented fields and verifies with uidai_prod_cdup.pem", async () => {
    const kyc = await parseSecureQr(QR_TEXT);
    expect(kyc).toMatchObject({
      source: "secure-qr",
      qrVersion: "V1",
      referenceId: "269720190308114407437",
      name: "Sumit Kumar",
      dateOfBirth: "1984-01-01",
      gender: "M",
      careOf: "C/O Ishwar Chand",
      address: {
        district: "East Delhi",
        landmark: null,
        house: "B-31, 3rd Floor",
        locality: null,
        pincode: "110051",
        postOffice: "Krishna Nagar",
        state: "Delhi",
        street: "Radhey Shyam Park Extension",
        subDistrict: "Gandhi Nagar",
        vtc: "Krishna Nagar",
        country: null,
      },
      maskedAadhaar: "XXXX-XXXX-2697",
      generatedAt: "2019-03-08T06:14:07.437Z",
      contact: { mobile: { status: "not-checked" }, email: { status: "not-checked" } },
      signature: {
        verified: true,
        reason: null,
        signer: "DS UNIQUE IDENTIFICATION AUTHORITY OF INDIA 4",
        certificateExpired: true,
      },
    });
    expect(kyc.signature.fingerprint).toBe(
      "fcf31a3f89211615ebd5d449ac33d8d381f654d2e2d15037d5cc8d4aeb72f836",
    );
    expect(kyc.photo?.mime).toBe("image/jp2");
    expect(kyc.photo?.bytes).toHaveLength(888);
    expect(kyc.photo?.display?.mime).toBe("image/png");
    expect(kyc.photo?.display?.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("is unverified when uidai_prod_cdup.pem is removed from the store", async () => {
    const without = TrustStore.create().without((anchor) => anchor.source === "uidai_prod_cdup.pem");
    const kyc = await parseSecureQr(QR_TEXT, { trustStore: without });
    expect(kyc.signature).toEqual({
      verified: false,
      reason: "no-matching-key",
      signer: null,
      fingerprint: null,
      certificateExpired: null,
      trustedBy: null,
      chain: [],
    });
    expect(kyc.name).toBe("Sumit Kumar");
  });

  it("checks V1 hashes over the mobile alone", async () => {
    const kyc = await parseSecureQr(QR_TEXT, { contact: { mobile: "1234567890", email: "x@example.test" } });
    expect(kyc.contact?.mobile.status).toBe("not-matched");
    expect(kyc.contact?.email.status).toBe("not-matched");
  });

  it("parses and verifies a V2 payload, with the mobile's last four digits", async () => {
    const photo = (await parseSecureQr(QR_TEXT)).photo!.bytes;
    const text = secureQrV2Text(photo);
    const kyc = await parseSecureQr(text, { trustStore: store, contact: { mobile: "9000000001" } });
    expect(kyc).toMatchObject({
      qrVersion: "V2",
      name: "Meera Iyer",
      referenceId: "001920240101120000123",
      maskedAadhaar: "XXXX-XXXX-0019",
      address: { landmark: null, house: "7", vtc: "Chennai" },
      contact: { mobile: { status: "matched", rule: "last-four-digits" }, email: { status: "not-present" } },
      signature: { verified: true, signer: "LockerKit Test Signer" },
    });
    expect(kyc.photo?.bytes.equals(photo)).toBe(true);
    const tampered = secureQrV2Text(photo, undefined, (signed) =>
      Buffer.from(signed.toString("latin1").replace("Meera", "Meena"), "latin1"),
    );
    expect((await parseSecureQr(tampered, { trustStore: store })).signature).toMatchObject({
      verified: false,
      reason: "no-matching-key",
    });
  });

  it("refuses text that is not a Secure QR payload", async () => {
    await expect(parseSecureQr("12345")).rejects.toMatchObject({ reason: "bad-qr" });
    await expect(parseSecureQr("9".repeat(20_000))).rejects.toMatchObject({ reason: "bad-qr" });
    await expect(parseSecureQr("12a45")).rejects.toBeInstanceOf(AadhaarInputError);
  });
});

describe("legacy unsigned XML QR", () => {
  const legacy =
    '<?xml version="1.0" encoding="UTF-8"?><PrintLetterBarcodeData uid="999999990019" name="Ravi Kumar" gender="M" yob="1980" co="S/O Mohan Kumar" house="4" street="MG Road" lm="" loc="Indiranagar" vtc="Bengaluru" po="Indiranagar" dist="Bengaluru Urban" subdist="Bengaluru East" state="Karnataka" pc="560038"/>';

  it("keeps only the last four digits and is never verified", () => {
    const kyc = parseLegacyQr(legacy);
    expect(kyc).toMatchObject({
      source: "legacy-qr",
      name: "Ravi Kumar",
      dateOfBirth: null,
      yearOfBirth: 1980,
      maskedAadhaar: "XXXX-XXXX-0019",
      signature: { verified: false, reason: "legacy-unsigned" },
    });
    expect(JSON.stringify(kyc)).not.toContain("999999990019");
  });

  it("is detected by parseAadhaar", async () => {
    expect((await parseAadhaar(Buffer.from(legacy))).source).toBe("legacy-qr");
  });
});

describe("parseAadhaar detection", () => {
  it("routes XML, QR text and ZIPs, and refuses the rest", async () => {
    expect(
      (await parseAadhaar(Buffer.from(signEnveloped(EAADHAAR_XML, "eaadhaar")), { trustStore: store }))
        .signature.verified,
    ).toBe(true);
    expect((await parseAadhaar(Buffer.from(`${QR_TEXT}\n`))).source).toBe("secure-qr");
    expect((await parseAadhaar(Buffer.from(OFFLINE_SIGNED), { trustStore: store })).source).toBe(
      "offline-ekyc",
    );
    await expect(parseAadhaar(Buffer.from("hello"))).rejects.toMatchObject({ reason: "unknown-format" });
    await expect(parseAadhaar(Buffer.from("<Other/>"))).rejects.toMatchObject({ reason: "unknown-format" });
    await expect(parseAadhaar(Buffer.from("<!DOCTYPE x><Certificate/>"))).rejects.toBeInstanceOf(
      XmlRefusedError,
    );
  });
});

describe("isEAadhaarXml", () => {
  it("recognises an e-Aadhaar by its root (Certificate or a bare KycRes), and nothing else", async () => {
    const kycRes = /<KycRes[\s\S]*<\/KycRes>/.exec(EAADHAAR_XML)![0];
    expect(isEAadhaarXml(Buffer.from(signEnveloped(EAADHAAR_XML, "eaadhaar")))).toBe(true);
    expect(
      isEAadhaarXml(Buffer.from(`\uFEFF<?xml version="1.0"?><!-- c --><ns:Certificate xmlns:ns="urn:x"/>`)),
    ).toBe(true);
    expect(isEAadhaarXml(Buffer.from(kycRes))).toBe(true);
    expect(isEAadhaarXml(Buffer.from(OFFLINE_SIGNED))).toBe(false);
    expect(isEAadhaarXml(Buffer.from(QR_TEXT))).toBe(false);
    expect(
      isEAadhaarXml(await zipWithZipCrypto(signEnveloped(EAADHAAR_XML, "eaadhaar"), OFFLINE_SHARE_CODE)),
    ).toBe(false);
    expect(isEAadhaarXml(Buffer.from([0xc3, 0x28]))).toBe(false);
  });
});
