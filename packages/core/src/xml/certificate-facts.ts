import type { X509Certificate } from "node:crypto";
import { BoundedCache } from "./bounded-cache";
import { BasicConstraintsExtension, KeyUsagesExtension, ParsedCertificate } from "./x509";

/** What trust decisions read from a certificate, parsed with a maintained X.509 library (never by hand). */
export interface CertificateFacts {
  /** Subject `O` values, trimmed, single-spaced, upper case. */
  organizations: string[];
  commonName: string;
  /** basicConstraints `CA:true`. */
  ca: boolean;
  /** basicConstraints pathLenConstraint, when stated. */
  pathLength: number | undefined;
  /** keyUsage bits (`KeyUsageFlags`), or null without the extension. */
  keyUsage: number | null;
}

/** Parsing costs milliseconds; the same few certificates come back in every document. */
const cache = new BoundedCache<string, CertificateFacts>(256);

export function certificateFacts(certificate: X509Certificate): CertificateFacts {
  return cache.getOrCompute(certificate.fingerprint256, () => {
    const parsed = new ParsedCertificate(certificate.raw);
    const constraints = parsed.getExtension(BasicConstraintsExtension);
    return {
      organizations: parsed.subjectName
        .getField("O")
        .map((value) => value.trim().replace(/\s+/g, " ").toUpperCase()),
      commonName: parsed.subjectName.getField("CN")[0] ?? parsed.subject,
      ca: constraints?.ca === true,
      pathLength: constraints?.pathLength,
      keyUsage: parsed.getExtension(KeyUsagesExtension)?.usages ?? null,
    };
  });
}
