import { DOMParser, onErrorStopParsing, type Document, type Element, type Node } from "@xmldom/xmldom";
import { type KeyObject, X509Certificate } from "node:crypto";
import { SignedXml, type SignatureAlgorithm } from "xml-crypto";
import { BoundedCache } from "./bounded-cache";
import { checkCertificatePath } from "./certificate-path";
import { findSigningAnchor, type RsaDigest } from "./rsa-signature";
import { assertAcceptableXmlText } from "./safe-xml";
import {
  unverifiedVerdict,
  verifiedVerdict,
  type SignatureFailure,
  type SignatureVerdict,
} from "./signature-verdict";
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
  /**
   * The Signature element that verified, in the very document the digest was computed over, so the signed
   * content can be read from that document (everything under its root but this element); null unless verified.
   */
  signature: Element | null;
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
  const doc = parseXmlDocument(xml);
  if (!doc) return unverified("malformed-signature");
  return verifyEnvelopedDocument(doc, trustStore, authority, options);
}

/** The strict DOM parse the verifier works on, or null when the XML is not well-formed for it. */
export function parseXmlDocument(xml: string): Document | null {
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml");
  } catch {
    return null;
  }
}

/** {@link verifyEnvelopedXml} on a document already parsed by {@link parseXmlDocument} (one parse for both). */
export function verifyEnvelopedDocument(
  doc: Document,
  trustStore: TrustStore,
  authority: SignerAuthority,
  options: VerifyOptions = {},
): XmlSignatureCheck {
  let signatureElement: Element;
  try {
    signatureElement = checkProfile(doc);
  } catch (error) {
    return unverified(error instanceof ProfileViolation ? error.failure : "malformed-signature");
  }
  const pinned: CandidateKey[] = trustStore
    .signersFor(authority)
    .map((anchor) => ({ kind: "pinned" as const, anchor, publicKey: anchor.publicKey }));
  // KeyInfo certificates are read only when no pinned key made the signature.
  let keyInfo: X509Certificate[] | null = null;
  const keyInfoCertificates = () => (keyInfo ??= readKeyInfoCertificates(signatureElement));
  const keyInfoCandidates = (): CandidateKey[] =>
    keyInfoCertificates()
      .filter((certificate) => certificate.publicKey.asymmetricKeyType === "rsa")
      .map((certificate) => ({ kind: "key-info" as const, certificate, publicKey: certificate.publicKey }));
  if (pinned.length === 0 && keyInfoCandidates().length === 0) return unverified("no-matching-key");

  let matched: CandidateKey | null = null;
  const signedXml = new SignedXml({
    // Required by xml-crypto to be non-empty; the algorithm below ignores it and tries every candidate.
    publicCert: "-----BEGIN PUBLIC KEY-----",
    getCertFromKeyInfo: () => null,
  });
  signedXml.SignatureAlgorithms = candidateSignatureAlgorithms(
    pinned,
    keyInfoCandidates,
    (candidate) => (matched = candidate),
  );
  signedXml.HashAlgorithms = pick(signedXml.HashAlgorithms, DIGESTS);
  signedXml.CanonicalizationAlgorithms = pick(
    signedXml.CanonicalizationAlgorithms,
    new Set([C14N, EXC_C14N, ENVELOPED]),
  );

  let references: string[] | null;
  try {
    signedXml.loadSignature(signatureElement);
    references = checkSignatureOf(signedXml, doc);
  } catch {
    // xml-crypto throws when the signature value fails (no pinned key), after the digests matched.
    return unverified(matched ? "malformed-signature" : "no-matching-key");
  }
  if (references === null) return unverified("digest-mismatch");
  const key = matched as CandidateKey | null;
  if (!key || references.length !== 1) return unverified("profile");
  const verified = { signedXml: references[0], signature: signatureElement };
  if (key.kind === "pinned") return { verdict: verifiedVerdict(key.anchor, options.now), ...verified };

  const others = keyInfoCertificates().filter((certificate) => certificate !== key.certificate);
  const intermediates = [...others, ...trustStore.intermediates.map((anchor) => anchor.certificate)];
  const path = checkCertificatePath(key.certificate, intermediates, trustStore.roots, authority);
  if (!path.ok) return unverified(path.reason);
  const signer = anchorOf(key.certificate, path.root.label, "KeyInfo");
  const chain = path.path.map((certificate) => commonNameOf(certificate));
  return {
    verdict: verifiedVerdict(signer, options.now, { trustedBy: "CERTIFICATE_CHAIN", chain }),
    ...verified,
  };
}

function unverified(reason: SignatureFailure): XmlSignatureCheck {
  return { verdict: unverifiedVerdict(reason), signedXml: null, signature: null };
}

/** The members of xml-crypto 6.3's SignedXml that its `checkSignature` uses (private in its typings). */
interface SignedXmlInternals {
  references: unknown[];
  signatureAlgorithm: string;
  signatureValue: string;
  getCanonSignedInfoXml(doc: Document): string;
  loadReference(reference: Element): void;
  validateReference(reference: unknown, doc: Document): string | undefined;
  findSignatureAlgorithm(name: string): SignatureAlgorithm;
}

/**
 * xml-crypto's `checkSignature`, step for step, on the document the profile was checked on instead of a
 * copy it parses again from the text (with another xmldom): one parse, and the digest covers exactly the
 * nodes the caller reads. Returns each reference's canonical bytes, or null when a digest does not match;
 * throws when the signature value does not verify.
 */
function checkSignatureOf(signedXml: SignedXml, doc: Document): string[] | null {
  const internals = signedXml as unknown as SignedXmlInternals;
  const signedInfo = internals.getCanonSignedInfoXml(doc);
  // Only the references of the canonical SignedInfo (the bytes the signature value covers) count.
  const reparsed = new DOMParser({ onError: onErrorStopParsing }).parseFromString(
    signedInfo,
    "text/xml",
  ).documentElement;
  if (!reparsed) throw new Error("unreadable SignedInfo");
  internals.references = [];
  for (const reference of elementChildren(reparsed).filter((element) => element.localName === "Reference")) {
    internals.loadReference(reference);
  }
  if (internals.references.length === 0) throw new Error("no Reference");
  const canonical: string[] = [];
  for (const reference of internals.references) {
    const bytes = internals.validateReference(reference, doc);
    if (bytes === undefined) return null;
    canonical.push(bytes);
  }
  const algorithm = internals.findSignatureAlgorithm(internals.signatureAlgorithm);
  if (!algorithm.verifySignature(signedInfo, "", internals.signatureValue))
    throw new Error("signature value does not verify");
  return canonical;
}

/** Parsed `KeyInfo` certificates by their base64 text: the same signer certificate comes in every document. */
const keyInfoCache = new BoundedCache<string, X509Certificate | null>(64);

/** The certificates in `KeyInfo/X509Data` (unsigned hints: trusted only through a path to a root). */
function readKeyInfoCertificates(signature: Element): X509Certificate[] {
  const keyInfo = elementChildren(signature).find((element) => isDsig(element, "KeyInfo"));
  if (!keyInfo) return [];
  const certificates: X509Certificate[] = [];
  for (const data of elementChildren(keyInfo).filter((element) => isDsig(element, "X509Data"))) {
    for (const element of elementChildren(data).filter((child) => isDsig(child, "X509Certificate"))) {
      if (certificates.length >= MAX_KEYINFO_CERTIFICATES) return certificates;
      const base64 = (element.textContent ?? "").replace(/\s+/g, "");
      const certificate = keyInfoCache.getOrCompute(base64, () => parseCertificate(base64));
      // An unreadable certificate is no candidate; the verdict says what else happened.
      if (certificate) certificates.push(certificate);
    }
  }
  return certificates;
}

function parseCertificate(base64: string): X509Certificate | null {
  try {
    return new X509Certificate(Buffer.from(base64, "base64"));
  } catch {
    return null;
  }
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
  if (!isDsig(signedInfo, "SignedInfo") || !isDsig(signatureValue, "SignatureValue"))
    throw new ProfileViolation("profile");
  if (rest.length > 1 || (rest.length === 1 && !isDsig(rest[0], "KeyInfo")))
    throw new ProfileViolation("profile");

  const [c14nMethod, signatureMethod, reference, ...extraReferences] = elementChildren(signedInfo);
  if (
    !isDsig(c14nMethod, "CanonicalizationMethod") ||
    !isDsig(signatureMethod, "SignatureMethod") ||
    !isDsig(reference, "Reference")
  ) {
    throw new ProfileViolation("profile");
  }
  if (extraReferences.length > 0) throw new ProfileViolation("profile");
  if (!CANONICALIZATIONS.has(c14nMethod.getAttribute("Algorithm") ?? ""))
    throw new ProfileViolation("algorithm");
  if (!Object.hasOwn(SIGNATURE_ALGORITHMS, signatureMethod.getAttribute("Algorithm") ?? "")) {
    throw new ProfileViolation("algorithm");
  }

  if (!reference.hasAttribute("URI") || reference.getAttribute("URI") !== "")
    throw new ProfileViolation("profile");
  const referenceParts = elementChildren(reference);
  const [transforms, digestMethod, digestValue, ...extra] = referenceParts;
  if (
    !isDsig(transforms, "Transforms") ||
    !isDsig(digestMethod, "DigestMethod") ||
    !isDsig(digestValue, "DigestValue")
  ) {
    throw new ProfileViolation("profile");
  }
  if (extra.length > 0 || elementChildren(digestValue).length > 0) throw new ProfileViolation("profile");
  const transformAlgorithms = elementChildren(transforms).map((t) =>
    isDsig(t, "Transform") ? t.getAttribute("Algorithm") : null,
  );
  const [first, second, ...more] = transformAlgorithms;
  if (
    first !== ENVELOPED ||
    more.length > 0 ||
    (second !== undefined && !CANONICALIZATIONS.has(second ?? ""))
  ) {
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
  pinned: readonly CandidateKey[],
  keyInfo: () => readonly CandidateKey[],
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
        const signature = Buffer.from(signatureValue, "base64");
        const candidate =
          findSigningAnchor(digest, material, signature, pinned) ??
          findSigningAnchor(digest, material, signature, keyInfo());
        if (candidate) onMatch(candidate);
        return candidate !== null;
      }
    } as unknown as new () => SignatureAlgorithm;
  }
  return algorithms;
}
