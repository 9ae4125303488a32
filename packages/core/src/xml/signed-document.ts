import { decodeXmlBytes, parseUntrustedXml } from "./safe-xml";
import type { SignatureVerdict } from "./signature-verdict";
import type { SignerAuthority } from "./signer-policy";
import type { TrustStore } from "./trust-store";
import type { XmlElement } from "./xml-element";
import { verifyEnvelopedXml, type VerifyOptions } from "./xmldsig.verifier";

export interface SignedXmlDocument {
  /**
   * The document without its Signature. When the signature verified, this tree is parsed from the
   * canonical bytes the signature covers, so nothing outside them can be read.
   */
  root: XmlElement;
  verdict: SignatureVerdict;
}

/**
 * Parses and verifies an enveloped-signed XML document in one step. The hardened parse runs first, so
 * refused XML (DOCTYPE, depth, names, size) throws XmlRefusedError before any signature code sees it.
 */
export function readSignedXml(
  input: string | Uint8Array,
  trustStore: TrustStore,
  authority: SignerAuthority,
  options: VerifyOptions = {},
): SignedXmlDocument {
  const xml = (typeof input === "string" ? input : decodeXmlBytes(input)).replace(/^\uFEFF/, "");
  const received = parseUntrustedXml(xml);
  const check = verifyEnvelopedXml(xml, trustStore, authority, options);
  const root = check.signedXml !== null ? parseUntrustedXml(check.signedXml) : withoutSignature(received);
  return { root, verdict: check.verdict };
}

function withoutSignature(root: XmlElement): XmlElement {
  return { ...root, children: root.children.filter((child) => child.localName !== "Signature") };
}
