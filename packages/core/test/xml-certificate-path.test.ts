import { X509Certificate } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEAadhaarXml, parseOfflineEkyc, parseSecureQr } from "../src/aadhaar";
import {
  checkCertificatePath,
  commonNameOf,
  findSigningAnchor,
  mapCertificateXml,
  SHIPPED_CERTS_DIR,
  TrustStore,
  TrustStoreError,
  verifyEnvelopedXml,
} from "../src/xml";
import { EAADHAAR_XML, offlineXml, SHARED_AADHAAR, secureQrV2Text, signEnveloped } from "./aadhaar-fixtures";
import { issue, NEGD, UIDAI, type TestCertificate } from "./test-pki";

const OFFLINE = offlineXml({ m: "", e: "" });

/** Signed with `leaf`'s key, `KeyInfo` carrying `leaf` then `more` (as DigiLocker sends its path). */
function signedBy(
  leaf: TestCertificate,
  xml = EAADHAAR_XML,
  more: TestCertificate[] = [],
  profile: "eaadhaar" | "offline" = "eaadhaar",
): string {
  return signEnveloped(xml, profile, leaf.keyPem, [leaf, ...more].map((cert) => cert.pem).join("\n"));
}

describe("the shipped DigiLocker path", () => {
  const shipped = TrustStore.create();
  const leaf = new X509Certificate(readFileSync(join(SHIPPED_CERTS_DIR, "digilocker_negd_ds1_2023.pem")));

  it("ships CCA India 2022 as a root and the two SafeScrypt CAs as intermediates", () => {
    expect(shipped.roots.map((root) => root.subjectCommonName)).toEqual(["CCA India 2022"]);
    expect(shipped.intermediates.map((ca) => ca.subjectCommonName).sort()).toEqual([
      "SafeScrypt CA 2022",
      "SafeScrypt sub-CA for Document Signer 2022",
    ]);
    expect(new Set([...shipped.roots, ...shipped.intermediates].map((anchor) => anchor.label))).toEqual(
      new Set(["production"]),
    );
  });

  it("the 2023 NeGD signer reaches CCA India 2022 through the shipped intermediates", () => {
    const path = checkCertificatePath(
      leaf,
      shipped.intermediates.map((ca) => ca.certificate),
      shipped.roots,
      "digilocker",
    );
    expect(path.ok).toBe(true);
    if (!path.ok) return;
    expect(path.path.map((cert) => commonNameOf(cert))).toEqual([
      "DS NATIONAL E-GOVERNANCE DIVISION 1",
      "SafeScrypt sub-CA for Document Signer 2022",
      "SafeScrypt CA 2022",
      "CCA India 2022",
    ]);
    expect(path.root.subjectCommonName).toBe("CCA India 2022");
  });

  it("the same path is no UIDAI signer, and without the intermediates there is no path", () => {
    expect(
      checkCertificatePath(
        leaf,
        shipped.intermediates.map((ca) => ca.certificate),
        shipped.roots,
        "uidai",
      ),
    ).toEqual({
      ok: false,
      reason: "signer-not-authorized",
    });
    expect(checkCertificatePath(leaf, [], shipped.roots, "digilocker")).toEqual({
      ok: false,
      reason: "untrusted-chain",
    });
  });

  it("the real DigiLocker SignedInfo vector verifies with the key reached through that path", () => {
    const dir = join(SHARED_AADHAAR, "signedinfo", "digilocker_eaadhaar_2024");
    const signedInfo = readFileSync(join(dir, "signedinfo_c14n.xml"));
    const signature = Buffer.from(readFileSync(join(dir, "signature_value.b64"), "utf8").trim(), "base64");
    expect(findSigningAnchor("sha1", signedInfo, signature, [{ publicKey: leaf.publicKey }])).not.toBeNull();
  });
});

describe("certificate-path trust", () => {
  let root: TestCertificate;
  let intermediate: TestCertificate;
  let store: TrustStore;

  beforeAll(async () => {
    root = await issue({ subject: "C=IN, O=LockerKit Tests, CN=Test Root CA", ca: { pathLength: null } });
    intermediate = await issue({
      subject: "C=IN, O=LockerKit Tests, CN=Test Document Signer Sub-CA",
      issuer: root,
      ca: { pathLength: 0 },
    });
    store = TrustStore.create({
      pems: [{ pem: root.pem, label: "sandbox", source: "test-root", role: "root" }],
    });
  });

  it("an e-Aadhaar signed by a never-seen leaf (fresh key) under the root verifies by CERTIFICATE_CHAIN", async () => {
    const leaf = await issue({ subject: `C=IN, ${NEGD}, CN=DS FRESH LEAF`, issuer: intermediate });
    const kyc = await parseEAadhaarXml(signedBy(leaf, EAADHAAR_XML, [intermediate]), { trustStore: store });
    expect(kyc.signature).toEqual({
      verified: true,
      reason: null,
      signer: "DS FRESH LEAF",
      fingerprint: new X509Certificate(leaf.pem).fingerprint256.replace(/:/g, "").toLowerCase(),
      certificateExpired: false,
      trustedBy: "CERTIFICATE_CHAIN",
      chain: ["DS FRESH LEAF", "Test Document Signer Sub-CA", "Test Root CA"],
    });
    expect(kyc.name).toBe("Asha Verma");
  });

  it("takes intermediates from the store when KeyInfo carries the signer alone", async () => {
    const leaf = await issue({ subject: `C=IN, ${NEGD}, CN=DS LEAF ALONE`, issuer: intermediate });
    const signed = signedBy(leaf);
    expect(verifyEnvelopedXml(signed, store, "digilocker").verdict).toMatchObject({
      verified: false,
      reason: "untrusted-chain",
    });
    const withIntermediate = TrustStore.create({
      pems: [
        { pem: root.pem, label: "sandbox", role: "root" },
        { pem: intermediate.pem, label: "sandbox", role: "intermediate" },
      ],
    });
    expect(verifyEnvelopedXml(signed, withIntermediate, "digilocker").verdict).toMatchObject({
      verified: true,
      trustedBy: "CERTIFICATE_CHAIN",
      chain: ["DS LEAF ALONE", "Test Document Signer Sub-CA", "Test Root CA"],
    });
  });

  it("a valid leaf of another organisation (O=ACME TRADERS) is signer-not-authorized", async () => {
    const acme = await issue({
      subject: "C=IN, O=ACME TRADERS, CN=DS NATIONAL E-GOVERNANCE DIVISION 1",
      issuer: intermediate,
    });
    const kyc = await parseEAadhaarXml(signedBy(acme, EAADHAAR_XML, [intermediate]), { trustStore: store });
    expect(kyc.signature).toMatchObject({
      verified: false,
      reason: "signer-not-authorized",
      trustedBy: null,
      chain: [],
    });
  });

  it("an NeGD-named leaf under an unknown root is untrusted-chain", async () => {
    const otherRoot = await issue({
      subject: "C=IN, O=LockerKit Tests, CN=Test Root CA",
      ca: { pathLength: null },
    });
    const otherIntermediate = await issue({
      subject: "C=IN, O=LockerKit Tests, CN=Test Document Signer Sub-CA",
      issuer: otherRoot,
      ca: { pathLength: 0 },
    });
    const leaf = await issue({
      subject: `C=IN, ${NEGD}, CN=DS NATIONAL E-GOVERNANCE DIVISION 1`,
      issuer: otherIntermediate,
    });
    // Same names as the trusted path, other keys: every link's signature is checked, not just names.
    const kyc = await parseEAadhaarXml(signedBy(leaf, EAADHAAR_XML, [otherIntermediate, otherRoot]), {
      trustStore: store,
    });
    expect(kyc.signature).toMatchObject({ verified: false, reason: "untrusted-chain" });
    expect(
      (await parseEAadhaarXml(signedBy(leaf, EAADHAAR_XML, [intermediate]), { trustStore: store })).signature
        .reason,
    ).toBe("untrusted-chain");
  });

  it("refuses CA links without CA:true, without keyCertSign, or beyond their path length", async () => {
    const notCa = await issue({
      subject: "CN=Not A CA",
      issuer: root,
      ca: { pathLength: null, basicConstraints: false },
    });
    const noCertSign = await issue({
      subject: "CN=No CertSign",
      issuer: root,
      ca: { pathLength: null, keyCertSign: false },
    });
    const tooDeep = await issue({
      subject: "CN=Below A Pathlen 0 CA",
      issuer: intermediate,
      ca: { pathLength: null },
    });
    for (const ca of [notCa, noCertSign, tooDeep]) {
      const leaf = await issue({
        subject: `C=IN, ${NEGD}, CN=DS UNDER ${ca.certificate.subjectName.getField("CN")[0]}`,
        issuer: ca,
      });
      const more = ca === tooDeep ? [tooDeep, intermediate] : [ca];
      expect(verifyEnvelopedXml(signedBy(leaf, EAADHAAR_XML, more), store, "digilocker").verdict.reason).toBe(
        "untrusted-chain",
      );
    }
    // A CA certificate signing documents itself is no document signer.
    expect(verifyEnvelopedXml(signedBy(intermediate, EAADHAAR_XML), store, "digilocker").verdict.reason).toBe(
      "untrusted-chain",
    );
  });

  it("a KeyInfo full of CAs issuing one another ends the search quickly as untrusted-chain", async () => {
    const loop = await issue({ subject: "CN=Loop CA", ca: { pathLength: null } });
    const more = await Promise.all(
      Array.from({ length: 6 }, () =>
        issue({ subject: "CN=Loop CA", ca: { pathLength: null }, keys: loop.keys }),
      ),
    );
    const leaf = await issue({ subject: `C=IN, ${NEGD}, CN=DS LOOP`, issuer: loop });
    const started = Date.now();
    expect(
      verifyEnvelopedXml(signedBy(leaf, EAADHAAR_XML, [loop, ...more]), store, "digilocker").verdict.reason,
    ).toBe("untrusted-chain");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("dates never change verified: an expired leaf verifies and reports certificateExpired", async () => {
    const expired = await issue({
      subject: `C=IN, ${NEGD}, CN=DS EXPIRED`,
      issuer: intermediate,
      notBefore: new Date("2020-01-01T00:00:00Z"),
      notAfter: new Date("2021-01-01T00:00:00Z"),
    });
    const { verdict } = verifyEnvelopedXml(
      signedBy(expired, EAADHAAR_XML, [intermediate]),
      store,
      "digilocker",
    );
    expect(verdict).toMatchObject({
      verified: true,
      certificateExpired: true,
      trustedBy: "CERTIFICATE_CHAIN",
    });
  });

  it("a UIDAI-named leaf verifies offline e-KYC through the chain, never an e-Aadhaar (and the reverse)", async () => {
    const uidaiLeaf = await issue({ subject: `C=IN, ${UIDAI}, CN=DS UIDAI TEST`, issuer: intermediate });
    const negdLeaf = await issue({ subject: `C=IN, ${NEGD}, CN=DS NEGD TEST`, issuer: intermediate });
    const offline = (leaf: TestCertificate) => signedBy(leaf, OFFLINE, [intermediate], "offline");
    expect((await parseOfflineEkyc(offline(uidaiLeaf), { trustStore: store })).signature).toMatchObject({
      verified: true,
      trustedBy: "CERTIFICATE_CHAIN",
    });
    expect((await parseOfflineEkyc(offline(negdLeaf), { trustStore: store })).signature).toMatchObject({
      verified: false,
      reason: "signer-not-authorized",
    });
    expect(
      (await parseEAadhaarXml(signedBy(uidaiLeaf, EAADHAAR_XML, [intermediate]), { trustStore: store }))
        .signature,
    ).toMatchObject({
      verified: false,
      reason: "signer-not-authorized",
    });
  });
});

describe("W12: pinned keys stay bound to their source", () => {
  let uidai: TestCertificate;
  let negd: TestCertificate;
  let store: TrustStore;

  beforeAll(async () => {
    uidai = await issue({ subject: `C=IN, ${UIDAI}, CN=DS PINNED UIDAI` });
    negd = await issue({ subject: `C=IN, ${NEGD}, CN=DS PINNED NEGD` });
    store = TrustStore.create({
      includeShipped: false,
      pems: [
        { pem: uidai.pem, label: "production", source: "uidai" },
        { pem: negd.pem, label: "production", source: "negd" },
      ],
    });
  });

  const bare = (xml: string) => xml.replace(/<KeyInfo>[\s\S]*<\/KeyInfo>/, "");

  it("binds each pinned certificate by its subject organisation", () => {
    expect(store.anchors.map((anchor) => [anchor.source, anchor.authorities])).toEqual([
      ["uidai", ["uidai"]],
      ["negd", ["digilocker"]],
    ]);
    const shipped = TrustStore.create();
    expect(shipped.signersFor("digilocker").map((anchor) => anchor.source)).toEqual([
      "digilocker_negd_ds1_2023.pem",
    ]);
    expect(shipped.signersFor("uidai").map((anchor) => anchor.source)).not.toContain(
      "digilocker_negd_ds1_2023.pem",
    );
    expect(shipped.signersFor("uidai").map((anchor) => anchor.source)).toContain("uidai_prod_cdup.pem");
  });

  it("a UIDAI key never verifies a DigiLocker document (e-Aadhaar, issued-document XML)", async () => {
    const eaadhaar = bare(signedBy(uidai));
    expect((await parseEAadhaarXml(eaadhaar, { trustStore: store })).signature).toMatchObject({
      verified: false,
      reason: "no-matching-key",
    });
    // Its certificate in KeyInfo does not help: a pinned key is no root.
    expect((await parseEAadhaarXml(signedBy(uidai), { trustStore: store })).signature).toMatchObject({
      verified: false,
      reason: "untrusted-chain",
    });
    expect(mapCertificateXml(eaadhaar, store).signature).toMatchObject({
      verified: false,
      reason: "no-matching-key",
    });
    expect(
      (await parseOfflineEkyc(bare(signedBy(uidai, OFFLINE, [], "offline")), { trustStore: store }))
        .signature,
    ).toMatchObject({
      verified: true,
      trustedBy: "PINNED_CERTIFICATE",
      chain: ["DS PINNED UIDAI"],
    });
  });

  it("a DigiLocker key never verifies a UIDAI artefact (offline e-KYC, Secure QR)", async () => {
    expect(
      (await parseOfflineEkyc(bare(signedBy(negd, OFFLINE, [], "offline")), { trustStore: store })).signature,
    ).toMatchObject({
      verified: false,
      reason: "no-matching-key",
    });
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xd9]);
    expect(
      (await parseSecureQr(secureQrV2Text(photo, negd.keyPem), { trustStore: store })).signature,
    ).toMatchObject({ verified: false });
    expect(
      (await parseSecureQr(secureQrV2Text(photo, uidai.keyPem), { trustStore: store })).signature,
    ).toMatchObject({ verified: true });
    expect((await parseEAadhaarXml(bare(signedBy(negd)), { trustStore: store })).signature).toMatchObject({
      verified: true,
      trustedBy: "PINNED_CERTIFICATE",
    });
  });
});

describe("trust folders", () => {
  let dir: string;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("reads D/*.pem as pinned signers, D/roots and D/intermediates as CAs; production refuses a sandbox root", async () => {
    const root = await issue({ subject: "CN=Folder Root", ca: { pathLength: null } });
    const intermediate = await issue({ subject: "CN=Folder Sub-CA", issuer: root, ca: { pathLength: 0 } });
    const pinned = await issue({ subject: `${NEGD}, CN=DS FOLDER PINNED` });
    dir = mkdtempSync(join(tmpdir(), "trust-"));
    mkdirSync(join(dir, "roots"));
    mkdirSync(join(dir, "intermediates"));
    writeFileSync(join(dir, "pinned.pem"), pinned.pem);
    writeFileSync(join(dir, "roots", "root.pem"), root.pem);
    writeFileSync(join(dir, "intermediates", "sub.pem"), intermediate.pem);
    const store = TrustStore.create({ includeShipped: false, sources: [{ path: dir, label: "sandbox" }] });
    expect(
      [store.anchors, store.roots, store.intermediates].map((list) =>
        list.map((anchor) => anchor.subjectCommonName),
      ),
    ).toEqual([["DS FOLDER PINNED"], ["Folder Root"], ["Folder Sub-CA"]]);
    expect(() =>
      TrustStore.create({
        sources: [{ path: join(dir, "roots"), label: "sandbox", role: "root" }],
        environment: "production",
      }),
    ).toThrow(TrustStoreError);
    writeFileSync(join(dir, "roots", "not-a-ca.pem"), pinned.pem);
    expect(() => TrustStore.create({ sources: [{ path: dir, label: "production" }] })).toThrow(/not a CA/);
  });
});
