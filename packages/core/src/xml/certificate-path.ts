import type { X509Certificate } from "node:crypto";
import { parsed, satisfiesSignerPolicy, type SignerAuthority } from "./signer-policy";
import type { TrustAnchor } from "./trust-store";
import { BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, type ParsedCertificate } from "./x509";

/** Longest path tried, in certificates (signer, intermediates, root): real Indian paths have four. */
const MAX_PATH_LENGTH = 6;

export type CertificatePathCheck =
  | { ok: true; path: X509Certificate[]; root: TrustAnchor }
  | { ok: false; reason: "untrusted-chain" | "signer-not-authorized" };

/**
 * Finds a certificate path from `signer` through `intermediates` to one of `roots` and applies the signer
 * policy of `authority`. Every link's signature must verify with the issuer's key, every CA certificate
 * (intermediates and the root) must carry `CA:true` and `keyCertSign`, and path length constraints must
 * hold. Dates are not checked: an expired certificate never changes the verdict (`certificateExpired`
 * reports it). Synchronous (node's OpenSSL verifies the links) so verification stays synchronous.
 */
export function checkCertificatePath(
  signer: X509Certificate,
  intermediates: readonly X509Certificate[],
  roots: readonly TrustAnchor[],
  authority: SignerAuthority,
): CertificatePathCheck {
  const leaf = parsed(signer);
  if (!canSignDocuments(leaf)) return { ok: false, reason: "untrusted-chain" };
  const found = extend([signer], intermediates, roots);
  if (!found) return { ok: false, reason: "untrusted-chain" };
  if (!satisfiesSignerPolicy(leaf, authority)) return { ok: false, reason: "signer-not-authorized" };
  return { ok: true, path: [...found.path, found.root.certificate], root: found.root };
}

function extend(
  path: X509Certificate[],
  intermediates: readonly X509Certificate[],
  roots: readonly TrustAnchor[],
): { path: X509Certificate[]; root: TrustAnchor } | null {
  const current = path[path.length - 1];
  // CA certificates already between the signer and the next issuer, for pathLenConstraint.
  const below = path.length - 1;
  for (const root of roots) {
    if (root.certificate.fingerprint256 === current.fingerprint256) continue;
    if (issuedBy(current, root.certificate) && isCa(root.certificate, below)) return { path, root };
  }
  if (path.length + 1 >= MAX_PATH_LENGTH) return null;
  for (const candidate of intermediates) {
    if (path.some((link) => link.fingerprint256 === candidate.fingerprint256)) continue;
    if (!issuedBy(current, candidate) || !isCa(candidate, below)) continue;
    const found = extend([...path, candidate], intermediates, roots);
    if (found) return found;
  }
  return null;
}

function issuedBy(child: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return child.checkIssued(issuer) && child.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

function isCa(certificate: X509Certificate, caCertificatesBelow: number): boolean {
  const cert = parsed(certificate);
  const constraints = cert.getExtension(BasicConstraintsExtension);
  const usage = cert.getExtension(KeyUsagesExtension);
  if (!constraints?.ca || !usage || (usage.usages & KeyUsageFlags.keyCertSign) === 0) return false;
  return constraints.pathLength === undefined || caCertificatesBelow <= constraints.pathLength;
}

/** A document signer is not a CA, and when it states a key usage, that usage covers signing. */
function canSignDocuments(cert: ParsedCertificate): boolean {
  if (cert.getExtension(BasicConstraintsExtension)?.ca) return false;
  const usage = cert.getExtension(KeyUsagesExtension);
  return !usage || (usage.usages & (KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation)) !== 0;
}
