import type { X509Certificate } from "node:crypto";
import { BoundedCache } from "./bounded-cache";
import { certificateFacts } from "./certificate-facts";
import { satisfiesSignerPolicy, type SignerAuthority } from "./signer-policy";
import type { TrustAnchor } from "./trust-store";
import { KeyUsageFlags } from "./x509";

/** Longest path tried, in certificates (signer, intermediates, root): real Indian paths have four. */
const MAX_PATH_LENGTH = 6;
/** Issuer checks per path search, so a KeyInfo full of cross-issued CAs cannot make the search explode. */
const MAX_ISSUER_CHECKS = 64;

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
  // Every document from one signer repeats the same search (RSA verifications per link): remembered
  // per set of roots, keyed by the fingerprints it depends on.
  let results = pathResults.get(roots);
  if (!results) pathResults.set(roots, (results = new BoundedCache(MAX_CACHED_PATHS)));
  const key = [
    authority,
    signer.fingerprint256,
    ...intermediates.map((certificate) => certificate.fingerprint256),
  ].join("|");
  return results.getOrCompute(key, () => searchCertificatePath(signer, intermediates, roots, authority));
}

const MAX_CACHED_PATHS = 128;
const pathResults = new WeakMap<readonly TrustAnchor[], BoundedCache<string, CertificatePathCheck>>();

function searchCertificatePath(
  signer: X509Certificate,
  intermediates: readonly X509Certificate[],
  roots: readonly TrustAnchor[],
  authority: SignerAuthority,
): CertificatePathCheck {
  if (!canSignDocuments(signer)) return { ok: false, reason: "untrusted-chain" };
  const found = extend([signer], intermediates, roots, { left: MAX_ISSUER_CHECKS });
  if (!found) return { ok: false, reason: "untrusted-chain" };
  if (!satisfiesSignerPolicy(signer, authority)) return { ok: false, reason: "signer-not-authorized" };
  return { ok: true, path: [...found.path, found.root.certificate], root: found.root };
}

function extend(
  path: X509Certificate[],
  intermediates: readonly X509Certificate[],
  roots: readonly TrustAnchor[],
  budget: { left: number },
): { path: X509Certificate[]; root: TrustAnchor } | null {
  const current = path[path.length - 1];
  // CA certificates already between the signer and the next issuer, for pathLenConstraint.
  const below = path.length - 1;
  for (const root of roots) {
    if (root.certificate.fingerprint256 === current.fingerprint256) continue;
    if (issuedBy(current, root.certificate, budget) && isCa(root.certificate, below)) return { path, root };
  }
  if (path.length + 1 >= MAX_PATH_LENGTH) return null;
  for (const candidate of intermediates) {
    if (path.some((link) => link.fingerprint256 === candidate.fingerprint256)) continue;
    if (!issuedBy(current, candidate, budget) || !isCa(candidate, below)) continue;
    const found = extend([...path, candidate], intermediates, roots, budget);
    if (found) return found;
  }
  return null;
}

/** Names (and key identifiers) first, then the signature; only the signature checks count against the budget. */
function issuedBy(child: X509Certificate, issuer: X509Certificate, budget: { left: number }): boolean {
  try {
    if (!child.checkIssued(issuer) || budget.left <= 0) return false;
    budget.left -= 1;
    return child.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

function isCa(certificate: X509Certificate, caCertificatesBelow: number): boolean {
  const { ca, keyUsage, pathLength } = certificateFacts(certificate);
  if (!ca || keyUsage === null || (keyUsage & KeyUsageFlags.keyCertSign) === 0) return false;
  return pathLength === undefined || caCertificatesBelow <= pathLength;
}

/** A document signer is not a CA, and when it states a key usage, that usage covers signing. */
function canSignDocuments(certificate: X509Certificate): boolean {
  const { ca, keyUsage } = certificateFacts(certificate);
  return (
    !ca &&
    (keyUsage === null || (keyUsage & (KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation)) !== 0)
  );
}
