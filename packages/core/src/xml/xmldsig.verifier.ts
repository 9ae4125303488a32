import { DOMParser, onErrorStopParsing, type Document, type Element, type Node } from "@xmldom/xmldom";
import { SignedXml, type SignatureAlgorithm } from "xml-crypto";
import { findSigningAnchor, type RsaDigest } from "./rsa-signature";
import { assertAcceptableXmlText } from "./safe-xml";
import { unverifiedVerdict, verifiedVerdict, type SignatureFailure, type SignatureVerdict } from "./signature-verdict";
import type { TrustAnchor, TrustStore } from "./trust-store";

const DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
const ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
const C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
const EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
const SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

/** The allow-list: exactly the algorithms UIDAI and DigiLocker use. */
const SIGNATURE_ALGORITHMS: Readonly<Record<string, RsaDigest>> = {
  "http://www.w3.org/2000/09/xmldsig#rsa-sha1": "sha1",
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256": "sha256",
};
const CANONICALIZATIONS = new Set([C14N, EXC_C14N]);
const DIGESTS = new Set([SHA256]);

export interface XmlSignatureCheck {
  verdict: SignatureVerdict;
  /**
   * The canonical bytes the signature covers (the whole document without its Signature), only when it
   * verified. Read fields from these, never from the document as received.
   */
  signedXml: string | null;
}

export interface VerifyOptions {
  /** Clock for `certificateExpired` (tests). */
  now?: Date;
}

class ProfileViolation extends Error {
  constructor(readonly failure: SignatureFailure) {
    super(failure);
  }
}

/**
 * Verifies an enveloped XML-DSig signature (one Signature under the root, one SignedInfo, one Reference
 * `URI=""` with the enveloped transform) with keys from the pinned trust store only; `KeyInfo` is ignored.
 * Never throws for a bad signature: the verdict says why. Throws XmlRefusedError for refused XML.
 */
export function verifyEnvelopedXml(xml: string, trustStore: TrustStore, options: VerifyOptions = {}): XmlSignatureCheck {
  assertAcceptableXmlText(xml);
  let signatureElement: Element;
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml");
    signatureElement = checkProfile(doc);
  } catch (error) {
    return { verdict: unverifiedVerdict(error instanceof ProfileViolation ? error.failure : "malformed-signature"), signedXml: null };
  }
  const anchors = trustStore.anchors;
  if (anchors.length === 0) return { verdict: unverifiedVerdict("no-matching-key"), signedXml: null };

  let matched: TrustAnchor | null = null;
  const signedXml = new SignedXml({
    // Required by xml-crypto to be non-empty; the pinned algorithm below ignores it and tries every anchor.
    publicCert: anchors[0].certificate.toString(),
    getCertFromKeyInfo: () => null,
  });
  signedXml.SignatureAlgorithms = pinnedSignatureAlgorithms(anchors, (anchor) => (matched = anchor));
  signedXml.HashAlgorithms = pick(signedXml.HashAlgorithms, DIGESTS);
  signedXml.CanonicalizationAlgorithms = pick(signedXml.CanonicalizationAlgorithms, new Set([C14N, EXC_C14N, ENVELOPED]));

  let valid: boolean;
  try {
    signedXml.loadSignature(signatureElement);
    valid = signedXml.checkSignature(xml);
  } catch {
    // xml-crypto throws when the signature value fails (no pinned key), after the digests matched.
    return { verdict: unverifiedVerdict(matched ? "malformed-signature" : "no-matching-key"), signedXml: null };
  }
  if (!valid) return { verdict: unverifiedVerdict("digest-mismatch"), signedXml: null };
  const references = signedXml.getSignedReferences();
  const anchor = matched as TrustAnchor | null;
  if (!anchor || references.length !== 1) return { verdict: unverifiedVerdict("profile"), signedXml: null };
  return { verdict: verifiedVerdict(anchor, options.now), signedXml: references[0] };
}

function checkProfile(doc: Document): Element {
  const root = doc.documentElement;
  if (!root) throw new ProfileViolation("malformed-signature");
  const signatures = Array.from(doc.getElementsByTagNameNS(DSIG_NS, "Signature"));
  if (signatures.length === 0) throw new ProfileViolation("unsigned");
  // One enveloped signature directly under the root: anything else is a wrapping shape.
  if (signatures.length > 1 || signatures[0].parentNode !== root) throw new ProfileViolation("profile");
  const signature = signatures[0];
  assertNoCommentsOrInstructions(signature);

  const parts = elementChildren(signature);
  const [signedInfo, signatureValue, ...rest] = parts;
  if (!isDsig(signedInfo, "SignedInfo") || !isDsig(signatureValue, "SignatureValue")) throw new ProfileViolation("profile");
  if (rest.length > 1 || (rest.length === 1 && !isDsig(rest[0], "KeyInfo"))) throw new ProfileViolation("profile");

  const [c14nMethod, signatureMethod, reference, ...extraReferences] = elementChildren(signedInfo);
  if (!isDsig(c14nMethod, "CanonicalizationMethod") || !isDsig(signatureMethod, "SignatureMethod") || !isDsig(reference, "Reference")) {
    throw new ProfileViolation("profile");
  }
  if (extraReferences.length > 0) throw new ProfileViolation("profile");
  if (!CANONICALIZATIONS.has(c14nMethod.getAttribute("Algorithm") ?? "")) throw new ProfileViolation("algorithm");
  if (!Object.hasOwn(SIGNATURE_ALGORITHMS, signatureMethod.getAttribute("Algorithm") ?? "")) {
    throw new ProfileViolation("algorithm");
  }

  if (!reference.hasAttribute("URI") || reference.getAttribute("URI") !== "") throw new ProfileViolation("profile");
  const referenceParts = elementChildren(reference);
  const [transforms, digestMethod, digestValue, ...extra] = referenceParts;
  if (!isDsig(transforms, "Transforms") || !isDsig(digestMethod, "DigestMethod") || !isDsig(digestValue, "DigestValue")) {
    throw new ProfileViolation("profile");
  }
  if (extra.length > 0 || elementChildren(digestValue).length > 0) throw new ProfileViolation("profile");
  const transformAlgorithms = elementChildren(transforms).map((t) => (isDsig(t, "Transform") ? t.getAttribute("Algorithm") : null));
  const [first, second, ...more] = transformAlgorithms;
  if (first !== ENVELOPED || more.length > 0 || (second !== undefined && !CANONICALIZATIONS.has(second ?? ""))) {
    throw new ProfileViolation("profile");
  }
  if (!DIGESTS.has(digestMethod.getAttribute("Algorithm") ?? "")) throw new ProfileViolation("algorithm");
  return signature;
}

function elementChildren(element: Element): Element[] {
  return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);
}

function isDsig(element: Element | undefined, localName: string): element is Element {
  return element !== undefined && element.localName === localName && element.namespaceURI === DSIG_NS;
}

// A comment can split a DigestValue or SignatureValue so that two readers see different values.
function assertNoCommentsOrInstructions(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 7 || child.nodeType === 8) throw new ProfileViolation("profile");
    if (child.nodeType === 1) assertNoCommentsOrInstructions(child);
  }
}

function pick<V>(record: Record<string, V>, keys: ReadonlySet<string>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keys.has(key)));
}

/** xml-crypto signature algorithms that verify through {@link findSigningAnchor} against every pinned key. */
function pinnedSignatureAlgorithms(
  anchors: readonly TrustAnchor[],
  onMatch: (anchor: TrustAnchor) => void,
): Record<string, new () => SignatureAlgorithm> {
  const algorithms: Record<string, new () => SignatureAlgorithm> = {};
  for (const [uri, digest] of Object.entries(SIGNATURE_ALGORITHMS)) {
    algorithms[uri] = class PinnedRsa {
      getAlgorithmName(): string {
        return uri;
      }
      getSignature(): never {
        throw new Error("the verifier never signs");
      }
      verifySignature(material: string, _key: unknown, signatureValue: string): boolean {
        const anchor = findSigningAnchor(digest, material, Buffer.from(signatureValue, "base64"), anchors);
        if (anchor) onMatch(anchor);
        return anchor !== null;
      }
    } as unknown as new () => SignatureAlgorithm;
  }
  return algorithms;
}
