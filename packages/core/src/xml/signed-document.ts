import type { Element } from "@xmldom/xmldom";
import { elementFromDom } from "./dom-element";
import { XmlRefusedError } from "./errors";
import {
  assertAcceptableXmlText,
  assertWellFormedXml,
  decodeXmlBytes,
  DEFAULT_XML_LIMITS,
  parseUntrustedXml,
} from "./safe-xml";
import { unverifiedVerdict, type SignatureVerdict } from "./signature-verdict";
import type { SignerAuthority } from "./signer-policy";
import type { TrustStore } from "./trust-store";
import type { XmlElement } from "./xml-element";
import { parseXmlDocument, verifyEnvelopedDocument, type VerifyOptions } from "./xmldsig.verifier";

export interface SignedXmlDocument {
  /**
   * The document without its Signature. When the signature verified, this tree is read from the very
   * document the digest was computed over, without the Signature, so nothing outside the signed content
   * can be read.
   */
  root: XmlElement;
  verdict: SignatureVerdict;
}

/**
 * Parses and verifies an enveloped-signed XML document with one parse: the verifier's DOM is checked
 * against the hardened parser's limits, verified, and read. Refused XML (DOCTYPE, depth, names, size)
 * throws XmlRefusedError with the hardened parser's reason; a document that does not verify is read by the
 * hardened parser as received, as before.
 */
export function readSignedXml(
  input: string | Uint8Array,
  trustStore: TrustStore,
  authority: SignerAuthority,
  options: VerifyOptions = {},
): SignedXmlDocument {
  const xml = (typeof input === "string" ? input : decodeXmlBytes(input)).replace(/^\uFEFF/, "");
  assertAcceptableXmlText(xml);
  const doc = parseXmlDocument(xml);
  if (!doc?.documentElement)
    return {
      root: withoutSignature(parseUntrustedXml(xml)),
      verdict: unverifiedVerdict("malformed-signature"),
    };
  const received = receivedTree(xml, doc.documentElement);
  const check = verifyEnvelopedDocument(doc, trustStore, authority, options);
  if (check.signature === null)
    return { root: withoutSignature(parseUntrustedXml(xml)), verdict: check.verdict };
  const signatureIndex = elementIndex(check.signature);
  return {
    root: { ...received, children: received.children.filter((_, i) => i !== signatureIndex) },
    verdict: check.verdict,
  };
}

/** The received document as a tree, or the hardened parser's refusal for it. */
function receivedTree(xml: string, root: Element): XmlElement {
  try {
    assertWellFormedXml(xml);
    return elementFromDom(root, DEFAULT_XML_LIMITS);
  } catch (error) {
    if (!(error instanceof XmlRefusedError)) throw error;
    parseUntrustedXml(xml); // throws its own reason for whatever the DOM walk refused
    throw error;
  }
}

/** Position among its parent's element children (the tree holds elements only). */
function elementIndex(element: Element): number {
  let index = 0;
  for (let node = element.previousSibling; node; node = node.previousSibling)
    if (node.nodeType === 1) index++;
  return index;
}

function withoutSignature(root: XmlElement): XmlElement {
  return { ...root, children: root.children.filter((child) => child.localName !== "Signature") };
}
