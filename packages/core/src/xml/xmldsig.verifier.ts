import { DOMParser, onErrorStopParsing, type Document, type Element, type Node } from "@xmldom/xmldom";
import { type KeyObject, X509Certificate } from "node:crypto";
import { SignedXml, type SignatureAlgorithm } from "xml-crypto";
import { checkCertificatePath } from "./certificate-path";
import { findSigningAnchor, type RsaDigest } from "./rsa-signature";
import { assertAcceptableXmlText } from "./safe-xml";
import { unverifiedVerdict, verifiedVerdict, type SignatureFailure, type SignatureVerdict } from "./signature-verdict";
import { commonNameOf, type SignerAuthority } from "./signer-policy";
import { anchorOf, type TrustAnchor, type TrustStore } from "./trust-store";

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
/** `KeyInfo` certificates read, at most (a real path has three below the root). */
const MAX_KEYINFO_CERTIFICATES = 8;

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

/** A key that may have made the signature: a pinned signer, or a certificate carried in `KeyInfo`. */
type CandidateKey =
  | { kind: "pinned"; anchor: TrustAnchor; publicKey: KeyObject }
  | { kind: "key-info"; certificate: X509Certificate; publicKey: KeyObject };

/**
 * Verifies an enveloped XML-DSig signature (one Signature under the root, one SignedInfo, one Reference
 * `URI=""` with the enveloped transform) made for `authority`'s artefacts. The key is a pinned signer bound
 * to that source, or a `KeyInfo` certificate with a valid certificate path to a root of the store that
 * passes the source's signer policy; `KeyInfo` certificates are never trusted on their own.
 * Never throws for a bad signature: the verdict says why. Throws XmlRefusedError for refused XML.
 */
export function verifyEnvelopedXml(
  xml: string,
  trustStore: TrustStore,
  authority: SignerAuthority,
  options: VerifyOptions = {},
): XmlSignatureCheck {
  assertAcceptableXmlText(xml);
  let signatureElement: Element;
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml");
    signatureElement = checkProfile(doc);
  } catch (error) {
    return { verdict: unverifiedVerdict(error instanceof ProfileViolation ? error.failure : "malformed-signature"), signedXml: null };
  }
  const keyInfo = keyInfoCertificates(signatureElement);
  const candidates: CandidateKey[] = [
    ...trustStore.signersFor(authority).map((anchor) => ({ kind: "pinned" as const, anchor, publicKey: anchor.publicKey })),
    ...keyInfo
      .filter((certificate) => certificate.publicKey.asymmetricKeyType === "rsa")
      .map((certificate) => ({ kind: "key-info" as const, certificate, publicKey: certificate.publicKey })),
  ];
  if (candidates.length === 0) return { verdict: unverifiedVerdict("no-matching-key"), signedXml: null };

  let matched: CandidateKey | null = null;
  const signedXml = new SignedXml({
    // Required by xml-crypto to be non-empty; the algorithm below ignores it and tries every candidate.
    publicCert: "-----BEGIN PUBLIC KEY-----",
    getCertFromKeyInfo: () => null,
  });
  signedXml.SignatureAlgorithms = candidateSignatureAlgorithms(candidates, (candidate) => (matched = candidate));
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
  const key = matched as CandidateKey | null;
  if (!key || references.length !== 1) return { verdict: unverifiedVerdict("profile"), signedXml: null };
  if (key.kind === "pinned") return { verdict: verifiedVerdict(key.anchor, options.now), signedXml: references[0] };

  const others = keyInfo.filter((certificate) => certificate !== key.certificate);
  const intermediates = [...others, ...trustStore.intermediates.map((anchor) => anchor.certificate)];
  const path = checkCertificatePath(key.certificate, intermediates, trustStore.roots, authority);
  if (!path.ok) return { verdict: unverifiedVerdict(path.reason), signedXml: null };
  const signer = anchorOf(key.certificate, path.root.label, "KeyInfo");
  const chain = path.path.map((certificate) => commonNameOf(certificate));
  return { verdict: verifiedVerdict(signer, options.now, { trustedBy: "CERTIFICATE_CHAIN", chain }), signedXml: references[0] };
}

/** The certificates in `KeyInfo/X509Data` (unsigned hints: trusted only through a path to a root). */
function keyInfoCertificates(signature: Element): X509Certificate[] {
  const keyInfo = elementChildren(signature).find((element) => isDsig(element, "KeyInfo"));
  if (!keyInfo) return [];
  const certificates: X509Certificate[] = [];
  for (const data of elementChildren(keyInfo).filter((element) => isDsig(element, "X509Data"))) {
    for (const element of elementChildren(data).filter((child) => isDsig(child, "X509Certificate"))) {
      if (certificates.length >= MAX_KEYINFO_CERTIFICATES) return certificates;
      try {
        certificates.push(new X509Certificate(Buffer.from((element.textContent ?? "").replace(/\s+/g, ""), "base64")));
      } catch {
        // An unreadable certificate is no candidate; the verdict says what else happened.
      }
    }
  }
  return certificates;
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

/** xml-crypto signature algorithms that verify through {@link findSigningAnchor} against every candidate key. */
function candidateSignatureAlgorithms(
  candidates: readonly CandidateKey[],
  onMatch: (candidate: CandidateKey) => void,
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
        const candidate = findSigningAnchor(digest, material, Buffer.from(signatureValue, "base64"), candidates);
        if (candidate) onMatch(candidate);
        return candidate !== null;
      }
    } as unknown as new () => SignatureAlgorithm;
  }
  return algorithms;
}
