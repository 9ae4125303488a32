// Test-only builders: fictional holders, signed with the committed test key in each real profile.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { signedSecureQrV2 } from "@lockerkit/testkit";
import { SignedXml } from "xml-crypto";
import { TrustStore } from "../src/xml/trust-store";

export const FIXTURES = join(__dirname, "fixtures");
export const SHARED_AADHAAR = join(FIXTURES, "aadhaar");
export const TEST_KEY = readFileSync(join(FIXTURES, "keys", "test-signer.key.pem"), "utf8");
export const TEST_CERT = readFileSync(join(FIXTURES, "keys", "test-signer.cert.pem"), "utf8");
export const ATTACKER_KEY = readFileSync(join(FIXTURES, "keys", "attacker.key.pem"), "utf8");
export const ATTACKER_CERT = readFileSync(join(FIXTURES, "keys", "attacker.cert.pem"), "utf8");

export const ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
export const C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
export const EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
export const RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
export const SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

/** A store holding only the test signer, labelled sandbox like the simulator's keys. */
export function testTrustStore(): TrustStore {
  return TrustStore.create({
    includeShipped: false,
    pems: [{ pem: TEST_CERT, label: "sandbox", source: "test-signer" }],
  });
}

export type SigningProfile = "eaadhaar" | "offline";

/** Signs like DigiLocker (exclusive C14N) or UIDAI offline (inclusive C14N): RSA-SHA1, SHA-256 digest, URI="". */
export function signEnveloped(
  xml: string,
  profile: SigningProfile,
  key = TEST_KEY,
  cert = TEST_CERT,
): string {
  const signer = new SignedXml({
    privateKey: key,
    publicCert: cert,
    canonicalizationAlgorithm: profile === "eaadhaar" ? EXC_C14N : C14N,
    signatureAlgorithm: RSA_SHA1,
  });
  signer.addReference({ xpath: "/*", transforms: [ENVELOPED], digestAlgorithm: SHA256, isEmptyUri: true });
  signer.computeSignature(xml, { location: { reference: "/*", action: "append" } });
  return signer.getSignedXml();
}

// A few bytes with a JPEG signature: the parsers sniff, they never decode JPEG.
export const PHOTO_JPEG_BASE64 = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]).toString("base64");

export const EAADHAAR_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  "<Certificate><CertificateData>" +
  '<KycRes code="0123456789abcdef0123456789abcdef" ret="Y" ts="2024-06-04T14:54:03.230+05:30" ttl="2025-06-04T14:54:03" txn="UKC:0a1b2c3d20240604145403">' +
  '<UidData tkn="" uid="xxxxxxxx0019">' +
  '<Poi dob="05-10-1996" gender="M" name="Asha Verma"/>' +
  '<Poa co="S/O Ravi Verma" country="India" dist="Pune" house="12 Lotus Lane" lm="Near City Park" loc="Kothrud" pc="411038" po="Kothrud" state="Maharashtra" street="Paud Road" subdist="Haveli" vtc="Pune"/>' +
  '<LData co="रवि वर्मा" country=" " dist="पुणे" lang="13" lm="" loc="कोथरूड" name="आशा वर्मा" pc="411038" state="महाराष्ट्र" street="पौड रोड" vtc="पुणे"/>' +
  `<Pht>${PHOTO_JPEG_BASE64}</Pht>` +
  "</UidData></KycRes></CertificateData></Certificate>";

export const OFFLINE_SHARE_CODE = "Lock@487";
export const OFFLINE_MOBILE = "9000000001";
export const OFFLINE_EMAIL = "asha@example.test";
// Last 4 digits 0019 (UIDAI test range), generated 2019-03-08 11:44:07.437 IST; N = 9 rounds.
export const OFFLINE_REFERENCE_ID = "001920190308114407437";

export function offlineXml(hashes: { m: string; e: string }): string {
  const photo = PHOTO_JPEG_BASE64.slice(0, 8) + "&#13;\n" + PHOTO_JPEG_BASE64.slice(8);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<OfflinePaperlessKyc referenceId="${OFFLINE_REFERENCE_ID}"><UidData>` +
    `<Poi dob="01-01-1990" e="${hashes.e}" gender="F" m="${hashes.m}" name="Meera Iyer"/>` +
    '<Poa careof="D/O Suresh Iyer" country="India" dist="Chennai" house="7" landmark="" loc="Adyar" pc="600020" po="Adyar" state="Tamil Nadu" street="2nd Main Road" subdist="Mylapore" vtc="Chennai"/>' +
    `<Pht>${photo}</Pht>` +
    "</UidData></OfflinePaperlessKyc>"
  );
}

/** A Secure QR payload in the V2 layout, signed RSA-SHA256 with the given key, as the decimal text. */
export function secureQrV2Text(photo: Buffer, key = TEST_KEY, tamper?: (signed: Buffer) => Buffer): string {
  return signedSecureQrV2(photo, key, { tamper });
}
