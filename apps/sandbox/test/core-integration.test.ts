import { mapCertificateXml, parseEAadhaarXml, TrustStore } from "@lockerkit/core";
import type { RunningSandbox } from "../src";
import { get, start, tokensFor } from "./support/http";

/** LockerKit's own verifier accepts sandbox documents only with the sandbox root trusted. */
describe("sandbox documents through @lockerkit/core's verifier", () => {
  let sb: RunningSandbox;
  let access: string;
  beforeAll(async () => {
    sb = await start();
    access = (await tokensFor(sb, "typical")).access_token;
  });
  afterAll(() => sb.stop());

  it("parses and verifies the e-Aadhaar with the sandbox root as a `sandbox` root (no signer pinned)", async () => {
    const xml = await (await get(sb, "/oauth2/3/xml/eaadhaar", access)).text();
    const store = TrustStore.create({
      includeShipped: false,
      pems: [{ pem: sb.trust.caPem, label: "sandbox", source: "sandbox-root", role: "root" }],
    });
    const kyc = await parseEAadhaarXml(xml, { trustStore: store });
    expect(kyc).toMatchObject({
      name: "Asha Verma",
      dateOfBirth: "1992-08-14",
      maskedAadhaar: "XXXX-XXXX-0019",
    });
    expect(kyc.signature).toMatchObject({
      verified: true,
      trustedBy: "CERTIFICATE_CHAIN",
      chain: [
        "DS LOCKERKIT SANDBOX SIGNER (TEST ONLY)",
        "LockerKit Sandbox Document Signer Sub-CA - NOT FOR PRODUCTION",
        "LockerKit Sandbox Test CA - NOT FOR PRODUCTION",
      ],
    });
    const production = await parseEAadhaarXml(xml, { trustStore: TrustStore.create() });
    expect(production.signature).toMatchObject({ verified: false, reason: "untrusted-chain" });
  });

  it("after POST /__sandbox/rotate-signer documents are signed by a fresh leaf that still verifies through the root", async () => {
    const store = TrustStore.create({
      includeShipped: false,
      pems: [{ pem: sb.trust.caPem, label: "sandbox", role: "root" }],
    });
    const before = sb.trust.signerPem;
    const pinnedOld = TrustStore.create({ includeShipped: false, pems: [{ pem: before, label: "sandbox" }] });
    const rotated = await fetch(`${sb.url}/__sandbox/rotate-signer`, { method: "POST" });
    expect(rotated.status).toBe(201);
    const { fingerprint, pem } = (await rotated.json()) as { fingerprint: string; pem: string };
    expect(pem).not.toBe(before);
    expect(sb.trust.signerPem).toBe(pem);
    expect(await (await fetch(`${sb.url}/__sandbox/trust/signer.pem`)).text()).toBe(pem);
    const xml = await (await get(sb, "/oauth2/3/xml/eaadhaar", access)).text();
    const kyc = await parseEAadhaarXml(xml, { trustStore: store });
    expect(kyc.signature).toMatchObject({ verified: true, trustedBy: "CERTIFICATE_CHAIN", fingerprint });
    // The old leaf, had it been pinned, no longer verifies: only the root carries trust across rotations.
    expect((await parseEAadhaarXml(xml, { trustStore: pinnedOld })).signature.verified).toBe(false);
  });

  it("maps the verified PAN certificate", () => {
    return get(sb, "/oauth2/1/xml/in.gov.pan-PANCR-ABCPV1234F", access)
      .then((r) => r.text())
      .then((xml) => {
        const store = TrustStore.create({
          includeShipped: false,
          pems: [{ pem: sb.trust.caPem, label: "sandbox", role: "root" }],
        });
        const doc = mapCertificateXml(xml, store) as unknown as Record<string, unknown>;
        expect(JSON.stringify(doc)).toContain("ABCPV1234F");
        expect(JSON.stringify(doc)).toMatch(/"verified":true/);
      });
  });
});
