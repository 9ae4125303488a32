import { mapCertificateXml, parseEAadhaarXml, TrustStore } from "@lockerkit/core";
import type { RunningSandbox } from "../src";
import { get, start, tokensFor } from "./support/http";

/** LockerKit's own verifier accepts sandbox documents only with the sandbox anchor pinned. */
describe("sandbox documents through @lockerkit/core's verifier", () => {
  let sb: RunningSandbox;
  let access: string;
  beforeAll(async () => {
    sb = await start();
    access = (await tokensFor(sb, "typical")).access_token;
  });
  afterAll(() => sb.stop());

  it("parses and verifies the e-Aadhaar with the sandbox signer as a `sandbox` anchor", async () => {
    const xml = await (await get(sb, "/oauth2/3/xml/eaadhaar", access)).text();
    const store = TrustStore.create({ includeShipped: false, pems: [{ pem: sb.trust.signerPem, label: "sandbox", source: "sandbox-signer" }] });
    const kyc = await parseEAadhaarXml(xml, { trustStore: store });
    expect(kyc).toMatchObject({ name: "Asha Verma", dateOfBirth: "1992-08-14", maskedAadhaar: "XXXX-XXXX-0019" });
    expect(kyc.signature.verified).toBe(true);
    const production = await parseEAadhaarXml(xml, { trustStore: TrustStore.create() });
    expect(production.signature.verified).toBe(false);
  });

  it("maps the verified PAN certificate", () => {
    return get(sb, "/oauth2/1/xml/in.gov.pan-PANCR-ABCPV1234F", access)
      .then((r) => r.text())
      .then((xml) => {
        const store = TrustStore.create({ includeShipped: false, pems: [{ pem: sb.trust.signerPem, label: "sandbox" }] });
        const doc = mapCertificateXml(xml, store) as unknown as Record<string, unknown>;
        expect(JSON.stringify(doc)).toContain("ABCPV1234F");
        expect(JSON.stringify(doc)).toMatch(/"verified":true/);
      });
  });
});
