import { DOMParser } from "@xmldom/xmldom";
import { SignedXml } from "xml-crypto";
import type { RunningSandbox } from "../src";
import { get, start, tokensFor } from "./support/http";

const DSIG = "http://www.w3.org/2000/09/xmldsig#";

/** An independent XML-DSig check: xml-crypto with the sandbox signer pinned (KeyInfo ignored). */
function verifyPinned(xml: string, signerPem: string): boolean {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const signatures = doc.getElementsByTagNameNS(DSIG, "Signature");
  if (signatures.length !== 1) return false;
  const sig = new SignedXml({ publicCert: signerPem, getCertFromKeyInfo: () => null });
  sig.loadSignature(signatures[0] as unknown as Parameters<SignedXml["loadSignature"]>[0]);
  try {
    return sig.checkSignature(xml);
  } catch {
    return false;
  }
}

describe("signed e-Aadhaar and certificate XML", () => {
  let sb: RunningSandbox;
  let signerPem: string;
  let eaadhaar: string;
  let pan: string;
  let dl: string;

  beforeAll(async () => {
    sb = await start();
    signerPem = await (await fetch(`${sb.url}/__sandbox/trust/signer.pem`)).text();
    const t = await tokensFor(sb, "typical");
    eaadhaar = await (await get(sb, "/oauth2/3/xml/eaadhaar", t.access_token)).text();
    pan = await (await get(sb, "/oauth2/1/xml/in.gov.pan-PANCR-ABCPV1234F", t.access_token)).text();
    const items = (
      (await (await get(sb, "/oauth2/2/files/issued", t.access_token)).json()) as {
        items: Array<{ uri: string; doctype: string }>;
      }
    ).items;
    dl = await (
      await get(sb, `/oauth2/1/xml/${items.find((i) => i.doctype === "DRVLC")!.uri}`, t.access_token)
    ).text();
  });
  afterAll(() => sb.stop());

  it("serves the test root, its sub-CA and a signer leaf the sub-CA issued, with the whole path in KeyInfo", async () => {
    const { X509Certificate } = await import("node:crypto");
    const ca = new X509Certificate(await (await fetch(`${sb.url}/__sandbox/trust/ca.pem`)).text());
    expect(await (await fetch(`${sb.url}/__sandbox/trust/root.pem`)).text()).toBe(ca.toString());
    const intermediate = new X509Certificate(
      await (await fetch(`${sb.url}/__sandbox/trust/intermediate.pem`)).text(),
    );
    const signer = new X509Certificate(signerPem);
    expect(signer.checkIssued(intermediate) && signer.verify(intermediate.publicKey)).toBe(true);
    expect(intermediate.checkIssued(ca) && intermediate.verify(ca.publicKey)).toBe(true);
    expect(signer.subject).toContain("O=NATIONAL E-GOVERNANCE DIVISION");
    expect(signer.ca).toBe(false);
    expect(ca.subject).toContain("NOT FOR PRODUCTION");
    const keyInfo = [...eaadhaar.matchAll(/<X509Certificate>([^<]+)</g)].map(
      (m) => new X509Certificate(Buffer.from(m[1], "base64")).fingerprint256,
    );
    expect(keyInfo).toEqual([signer.fingerprint256, intermediate.fingerprint256, ca.fingerprint256]);
    expect(sb.trust.signerPem).toBe(signerPem);
  });

  it("e-Aadhaar has docs/aadhaar.md's shape: masked uid, Poi, Poa without empty attributes, LData, Pht", () => {
    expect(eaadhaar.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    const doc = new DOMParser().parseFromString(eaadhaar, "text/xml");
    const root = doc.documentElement!;
    expect(root.tagName).toBe("Certificate");
    const kyc = doc.getElementsByTagName("KycRes")[0];
    expect(kyc.getAttribute("code")).toMatch(/^[0-9a-f]{32}$/);
    expect(kyc.getAttribute("ret")).toBe("Y");
    expect(kyc.getAttribute("ts")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+05:30$/);
    expect(kyc.getAttribute("txn")).toMatch(/^UKC:[0-9a-f]+\d{14}$/);
    const uidData = doc.getElementsByTagName("UidData")[0];
    expect(uidData.getAttribute("uid")).toBe("xxxxxxxx0019");
    expect(uidData.getAttribute("tkn")).toBe("");
    const poi = doc.getElementsByTagName("Poi")[0];
    expect([poi.getAttribute("dob"), poi.getAttribute("gender"), poi.getAttribute("name")]).toEqual([
      "14-08-1992",
      "F",
      "Asha Verma",
    ]);
    expect(doc.getElementsByTagName("Poa")[0].getAttribute("pc")).toBe("302021");
    expect(doc.getElementsByTagName("LData")[0].getAttribute("lang")).toMatch(/^\d+$/);
    const photo = Buffer.from(doc.getElementsByTagName("Pht")[0].textContent!, "base64");
    expect(photo.subarray(0, 2).toString("hex")).toBe("ffd8");
    // The full number never appears, even the test-range one.
    expect(eaadhaar).not.toContain("999999990019");
    expect(eaadhaar).not.toMatch(/uid="\d{12}"/);
  });

  it("omits empty Poa attributes", async () => {
    const t = await tokensFor(sb, "sparse-profile");
    const xml = await (await get(sb, "/oauth2/3/xml/eaadhaar", t.access_token)).text();
    const poa = /<Poa[^>]*\/>/.exec(xml)![0];
    expect(poa).not.toMatch(/=""/);
    expect(poa).not.toContain("house=");
    expect(poa).toContain('vtc="Bhopal"');
    expect(verifyPinned(xml, signerPem)).toBe(true);
  });

  it("signs in DigiLocker's profile: enveloped, exclusive C14N, RSA-SHA1, SHA-256, chain in KeyInfo", () => {
    for (const xml of [eaadhaar, pan, dl]) {
      expect(xml).toMatch(
        /<\/CertificateData>\s*<Signature xmlns="http:\/\/www.w3.org\/2000\/09\/xmldsig#">[\s\S]*<\/Signature><\/Certificate>$/,
      );
      expect(xml).toContain('<CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>');
      expect(xml).toContain('<SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>');
      expect(xml).toContain('<Reference URI="">');
      expect(xml).toContain(
        '<Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms>',
      );
      expect(xml).toContain('<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>');
      expect(xml.match(/<X509Certificate>/g)).toHaveLength(3);
    }
  });

  it("verifies with xml-crypto pinned to the sandbox signer", () => {
    expect(verifyPinned(eaadhaar, signerPem)).toBe(true);
    expect(verifyPinned(pan, signerPem)).toBe(true);
    expect(verifyPinned(dl, signerPem)).toBe(true);
  });

  it("fails after a one-character change anywhere in the signed content", () => {
    expect(verifyPinned(eaadhaar.replace('name="Asha Verma"', 'name="Asha Varma"'), signerPem)).toBe(false);
    expect(verifyPinned(eaadhaar.replace('pc="302021"', 'pc="302022"'), signerPem)).toBe(false);
    expect(verifyPinned(pan.replace('num="ABCPV1234F"', 'num="ABCPV1234G"'), signerPem)).toBe(false);
    const value = /<SignatureValue>([^<]+)</.exec(dl)![1];
    const flipped = value.startsWith("A") ? `B${value.slice(1)}` : `A${value.slice(1)}`;
    expect(verifyPinned(dl.replace(value, flipped), signerPem)).toBe(false);
  });

  it("does not verify with another key", async () => {
    const ca = await (await fetch(`${sb.url}/__sandbox/trust/ca.pem`)).text();
    expect(verifyPinned(eaadhaar, ca)).toBe(false);
  });

  it("PAN and driving-licence certificates carry docs/digilocker.md's fields", () => {
    const panDoc = new DOMParser().parseFromString(pan, "text/xml");
    expect(panDoc.getElementsByTagName("PAN")[0].getAttribute("num")).toBe("ABCPV1234F");
    const person = panDoc.getElementsByTagName("Person")[0];
    expect([person.getAttribute("name"), person.getAttribute("dob")]).toEqual(["Asha Verma", "14-08-1992"]);
    const dlDoc = new DOMParser().parseFromString(dl, "text/xml");
    const cert = dlDoc.documentElement!;
    expect([
      cert.getAttribute("type"),
      cert.getAttribute("number"),
      cert.getAttribute("issueDate"),
      cert.getAttribute("expiryDate"),
    ]).toEqual(["DRVLC", "RJ14 20180001234", "21-01-2018", "20-01-2038"]);
    const category = dlDoc.getElementsByTagName("Category")[0];
    expect([
      category.getAttribute("code"),
      category.getAttribute("abbreviation"),
      category.getAttribute("description"),
      category.getAttribute("issueDate"),
    ]).toEqual(["NT", "LMV", "Light Motor Vehicle", "21-01-2018"]);
    expect(dlDoc.getElementsByTagName("Organization")[0].getAttribute("name")).toBe("RTO Jaipur");
  });
});
