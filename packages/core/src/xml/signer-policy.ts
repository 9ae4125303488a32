import type { X509Certificate } from "node:crypto";
import { certificateFacts } from "./certificate-facts";

/**
 * Who signs an artefact: DigiLocker (NeGD) signs the e-Aadhaar and issued-document XML; UIDAI signs
 * offline e-KYC and Secure QR. A key is only ever trusted for its own source (a UIDAI key never
 * verifies a DigiLocker document, nor the reverse).
 */
export type SignerAuthority = "digilocker" | "uidai";

/** The subject organisation a signing certificate must carry, per source (compared case-insensitively). */
export const SIGNER_ORGANIZATION: Readonly<Record<SignerAuthority, string>> = {
  digilocker: "NATIONAL E-GOVERNANCE DIVISION",
  uidai: "UNIQUE IDENTIFICATION AUTHORITY OF INDIA",
};

/** UIDAI's 2017 CDUP certificate names itself `O=UIDAI`; accepted for a pinned certificate only. */
const PINNED_ALIASES: Readonly<Record<SignerAuthority, readonly string[]>> = {
  digilocker: [],
  uidai: ["UIDAI"],
};

const AUTHORITIES: readonly SignerAuthority[] = ["digilocker", "uidai"];

export function commonNameOf(certificate: X509Certificate): string {
  return certificateFacts(certificate).commonName;
}

/** The signer policy for a certificate reached through a chain: exactly the source's organisation. */
export function satisfiesSignerPolicy(certificate: X509Certificate, authority: SignerAuthority): boolean {
  return certificateFacts(certificate).organizations.includes(SIGNER_ORGANIZATION[authority]);
}

/**
 * The sources a pinned certificate may verify, from its subject organisation. A certificate that names
 * neither organisation (an operator's or a test's own key, pinned by hand) verifies either source, as
 * pinned certificates always did; one naming UIDAI or NeGD is bound to that source only.
 */
export function pinnedAuthorities(certificate: X509Certificate): SignerAuthority[] {
  const names = certificateFacts(certificate).organizations;
  const bound = AUTHORITIES.filter(
    (authority) =>
      names.includes(SIGNER_ORGANIZATION[authority]) ||
      PINNED_ALIASES[authority].some((alias) => names.includes(alias)),
  );
  return bound.length > 0 ? bound : [...AUTHORITIES];
}
