import { readFileSync } from "node:fs";
import { SignedXml } from "xml-crypto";
import { join } from "node:path";
import {
  findSigningAnchor,
  readSignedXml,
  TrustStore,
  TrustStoreError,
  verifyEnvelopedXml,
  XmlRefusedError,
} from "../src/xml";
import {
  ATTACKER_CERT,
  ATTACKER_KEY,
  EAADHAAR_XML,
  offlineXml,
  SHARED_AADHAAR,
  signEnveloped,
  TEST_CERT,
  testTrustStore,
} from "./aadhaar-fixtures";

const store = testTrustStore();
const OFFLINE = offlineXml({ m: "", e: "" });

describe("XML-DSig verifier: round trips in the real profiles", () => {
  it.each([
    ["e-Aadhaar (exclusive C14N, RSA-SHA1, SHA-256)", EAADHAAR_XML, "eaadhaar"],
    ["offline e-KYC (inclusive C14N, RSA-SHA1, SHA-256)", OFFLINE, "offline"],
  ] as const)("verifies %s and reports the pinned signer", (_label, xml, profile) => {
    const signed = signEnveloped(xml, profile);
    const { verdict, signedXml } = verifyEnvelopedXml(
      signed,
      store,
      profile === "eaadhaar" ? "digilocker" : "uidai",
    );
    expect(verdict).toEqual({
      verified: true,
      reason: null,
      signer: "LockerKit Test Signer",
      fingerprint: store.anchors[0].fingerprint,
      certificateExpired: false,
      trustedBy: "PINNED_CERTIFICATE",
      chain: ["LockerKit Test Signer"],
    });
    expect(signedXml).not.toContain("Signature");
  });

  it("reports certificateExpired without changing verified", () => {
    const signed = signEnveloped(EAADHAAR_XML, "eaadhaar");
    const { verdict } = verifyEnvelopedXml(signed, store, "digilocker", {
      now: new Date("2300-01-01T00:00:00Z"),
    });
    expect(verdict.verified).toBe(true);
    expect(verdict.certificateExpired).toBe(true);
  });

  it("tries every pinned key", () => {
    const many = TrustStore.create({ pems: [{ pem: TEST_CERT, label: "sandbox" }] });
    expect(many.anchors.length).toBe(8);
    expect(verifyEnvelopedXml(signEnveloped(OFFLINE, "offline"), many, "uidai").verdict.signer).toBe(
      "LockerKit Test Signer",
    );
  });

  it("is unverified with no anchors, or with the signer's anchor removed", () => {
    const signed = signEnveloped(EAADHAAR_XML, "eaadhaar");
    const withoutKeyInfo = signed.replace(/<KeyInfo>[\s\S]*<\/KeyInfo>/, "");
    expect(
      verifyEnvelopedXml(withoutKeyInfo, TrustStore.create({ includeShipped: false }), "digilocker").verdict
        .reason,
    ).toBe("no-matching-key");
    expect(verifyEnvelopedXml(withoutKeyInfo, TrustStore.create(), "digilocker").verdict.reason).toBe(
      "no-matching-key",
    );
    // Its own certificate in KeyInfo is no anchor: without a path to a root it is an untrusted chain.
    expect(verifyEnvelopedXml(signed, TrustStore.create(), "digilocker").verdict).toEqual({
      verified: false,
      reason: "untrusted-chain",
      signer: null,
      fingerprint: null,
      certificateExpired: null,
      trustedBy: null,
      chain: [],
    });
  });

  it("reports an unsigned document as unsigned", () => {
    expect(verifyEnvelopedXml(EAADHAAR_XML, store, "digilocker").verdict.reason).toBe("unsigned");
  });
});

describe("XML-DSig verifier: a one-character change in any signed field is unverified", () => {
  const signed = signEnveloped(EAADHAAR_XML, "eaadhaar");
  const fields = [
    'name="Asha Verma"',
    'dob="05-10-1996"',
    'gender="M"',
    'co="S/O Ravi Verma"',
    'house="12 Lotus Lane"',
    'pc="411038"',
    'uid="xxxxxxxx0019"',
    'ts="2024-06-04T14:54:03.230+05:30"',
    'txn="UKC:0a1b2c3d20240604145403"',
    'lang="13"',
  ];
  it.each(fields)("%s", (field) => {
    const changed = field.replace(
      /"(.)/,
      (_m, c: string) => `"${c === "X" ? "Y" : c === "x" ? "y" : c === "0" ? "1" : "X"}`,
    );
    const tampered = signed.replace(field, changed);
    expect(tampered).not.toBe(signed);
    expect(verifyEnvelopedXml(tampered, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "digest-mismatch",
    });
  });

  it("the photo", () => {
    const tampered = signed.replace("<Pht>/9j/", "<Pht>/9k/");
    expect(verifyEnvelopedXml(tampered, store, "digilocker").verdict.verified).toBe(false);
  });

  it("the signature value", () => {
    const tampered = signed.replace(
      /<SignatureValue>(.)/,
      (_m, c: string) => `<SignatureValue>${c === "A" ? "B" : "A"}`,
    );
    expect(verifyEnvelopedXml(tampered, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "no-matching-key",
    });
  });

  it("offline whitespace is significant", () => {
    const offline = signEnveloped(OFFLINE, "offline");
    expect(
      verifyEnvelopedXml(offline.replace("<UidData>", "<UidData> "), store, "uidai").verdict.verified,
    ).toBe(false);
  });
});

describe("XML-DSig verifier: attacks from docs/aadhaar.md", () => {
  const signed = signEnveloped(EAADHAAR_XML, "eaadhaar");
  const forgedKyc = (xml: string) => xml.replace("Asha Verma", "Mallory Forged");

  it("signature wrapping: signed KycRes moved under <Object>, forged one in its place", () => {
    const original = /<CertificateData>[\s\S]*<\/CertificateData>/.exec(signed)![0];
    const wrapped = forgedKyc(signed).replace(
      "</SignatureValue>",
      `</SignatureValue><Object>${original}</Object>`,
    );
    const { verdict } = verifyEnvelopedXml(wrapped, store, "digilocker");
    expect(verdict.verified).toBe(false);
    expect(verdict.reason).toBe("profile");
  });

  it("signature wrapping: the forged content fails even when <Object> is allowed through", () => {
    const forged = forgedKyc(signed);
    expect(verifyEnvelopedXml(forged, store, "digilocker").verdict.reason).toBe("digest-mismatch");
  });

  it("a duplicated UidData added after signing", () => {
    const uid = /<UidData[\s\S]*<\/UidData>/.exec(signed)![0];
    const duplicated = signed.replace("</KycRes>", `${forgedKyc(uid)}</KycRes>`);
    expect(verifyEnvelopedXml(duplicated, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "digest-mismatch",
    });
  });

  it("two SignedInfo", () => {
    const signedInfo = /<SignedInfo>[\s\S]*<\/SignedInfo>/.exec(signed)![0];
    const doubled = signed.replace("</SignedInfo>", `</SignedInfo>${signedInfo}`);
    expect(verifyEnvelopedXml(doubled, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "profile",
    });
  });

  it("a comment inside DigestValue", () => {
    const commented = signed.replace(/<DigestValue>(.{4})/, "<DigestValue>$1<!-- x -->");
    expect(verifyEnvelopedXml(commented, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "profile",
    });
  });

  it("an attacker's certificate in KeyInfo is never trusted without a path to a root", () => {
    const forged = signEnveloped(forgedKyc(EAADHAAR_XML), "eaadhaar", ATTACKER_KEY, ATTACKER_CERT);
    expect(forged).toContain("<X509Certificate>");
    expect(verifyEnvelopedXml(forged, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "untrusted-chain",
    });
    expect(verifyEnvelopedXml(forged, TrustStore.create(), "digilocker").verdict.verified).toBe(false);
  });

  it('Reference URI="#id" pointing at a subtree', () => {
    const withId = EAADHAAR_XML.replace("<KycRes ", '<KycRes ID="kyc" ');
    const signer = new SignedXml({
      privateKey: readFileSync(join(__dirname, "fixtures", "keys", "test-signer.key.pem")),
      canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
      signatureAlgorithm: "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
    });
    signer.addReference({
      xpath: "//*[local-name(.)='KycRes']",
      transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature"],
      digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    });
    signer.computeSignature(withId, { location: { reference: "/*", action: "append" } });
    const subtree = signer.getSignedXml();
    expect(subtree).toContain('URI="#kyc"');
    expect(verifyEnvelopedXml(subtree, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "profile",
    });
  });

  it("two Signature elements, or one that is not directly under the root", () => {
    const signature = /<Signature[\s\S]*<\/Signature>/.exec(signed)![0];
    const twice = signed.replace("</Certificate>", `${signature}</Certificate>`);
    const nested = signed
      .replace(signature, "")
      .replace("</CertificateData>", `${signature}</CertificateData>`);
    expect(verifyEnvelopedXml(twice, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "profile",
    });
    expect(verifyEnvelopedXml(nested, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "profile",
    });
  });

  it("algorithms outside the allow-list", () => {
    const sha512 = signed.replace(
      'Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"',
      'Algorithm="http://www.w3.org/2001/04/xmlenc#sha512"',
    );
    expect(verifyEnvelopedXml(sha512, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "algorithm",
    });
    const hmac = signed.replace(
      'Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"',
      'Algorithm="http://www.w3.org/2000/09/xmldsig#hmac-sha1"',
    );
    expect(verifyEnvelopedXml(hmac, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "algorithm",
    });
    const withComments = signed.replace(
      'Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"',
      'Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#WithComments"',
    );
    expect(verifyEnvelopedXml(withComments, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "algorithm",
    });
  });

  it("DOCTYPE and entities are refused before any signature code runs", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>${signed.replace(/^<\?xml[^>]*>\n?/, "")}`;
    expect(() => verifyEnvelopedXml(laughs, store, "digilocker")).toThrow(XmlRefusedError);
    expect(() => readSignedXml(laughs, store, "digilocker")).toThrow(XmlRefusedError);
  });

  it("reads fields only from the signed bytes", () => {
    const { root, verdict } = readSignedXml(signed, store, "digilocker");
    expect(verdict.verified).toBe(true);
    expect(root.children.map((child) => child.localName)).toEqual(["CertificateData"]);
  });
});

describe("real SignedInfo vectors verify through the verifier's RSA path", () => {
  const shipped = TrustStore.create();
  it.each([
    [
      "offline_ekyc_2025",
      "DS UNIQUE IDENTIFICATION AUTHORITY OF INDIA 05",
      "uidai_offline_publickey_26022021.pem",
    ],
    ["digilocker_eaadhaar_2024", "DS NATIONAL E-GOVERNANCE DIVISION 1", "digilocker_negd_ds1_2023.pem"],
  ])("%s", (vector, signer, file) => {
    const dir = join(SHARED_AADHAAR, "signedinfo", vector);
    const signedInfo = readFileSync(join(dir, "signedinfo_c14n.xml"));
    const signature = Buffer.from(readFileSync(join(dir, "signature_value.b64"), "utf8").trim(), "base64");
    const anchor = findSigningAnchor("sha1", signedInfo, signature, shipped.anchors);
    expect(anchor?.subjectCommonName).toBe(signer);
    expect(anchor?.source).toBe(file);
    const flipped = Buffer.from(signedInfo);
    flipped[flipped.length - 20] ^= 1;
    expect(findSigningAnchor("sha1", flipped, signature, shipped.anchors)).toBeNull();
  });
});

describe("trust store", () => {
  it("ships the seven public certificates as production anchors", () => {
    const shipped = TrustStore.create();
    expect(shipped.anchors).toHaveLength(7);
    expect(new Set(shipped.anchors.map((anchor) => anchor.label))).toEqual(new Set(["production"]));
    expect(shipped.anchors.map((anchor) => anchor.fingerprint)).toContain(
      "fcf31a3f89211615ebd5d449ac33d8d381f654d2e2d15037d5cc8d4aeb72f836",
    );
  });

  it("adds anchors from a directory, and refuses sandbox anchors in production", () => {
    const sources = [
      { path: join(__dirname, "fixtures", "keys", "test-signer.cert.pem"), label: "sandbox" as const },
    ];
    expect(TrustStore.create({ sources }).anchors).toHaveLength(8);
    expect(() => TrustStore.create({ sources, environment: "production" })).toThrow(TrustStoreError);
    expect(() =>
      TrustStore.create({ pems: [{ pem: TEST_CERT, label: "sandbox" }], environment: "production" }),
    ).toThrow(/production/);
    const asProduction = TrustStore.create({
      sources: [{ ...sources[0], label: "production" }],
      environment: "production",
    });
    expect(asProduction.anchors).toHaveLength(8);
  });

  it("refuses unreadable anchors", () => {
    expect(() => TrustStore.create({ sources: [{ path: "/nonexistent", label: "sandbox" }] })).toThrow(
      TrustStoreError,
    );
    expect(() => TrustStore.create({ pems: [{ pem: "nothing", label: "sandbox" }] })).toThrow(
      TrustStoreError,
    );
  });
});
