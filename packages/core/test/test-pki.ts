// Test-only certificate authorities, made at test time with @peculiar/x509 (fresh keys every run).
import "reflect-metadata";
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  type Extension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
  type X509Certificate,
} from "@peculiar/x509";
import { webcrypto } from "node:crypto";

const RSA = {
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

export interface TestCertificate {
  certificate: X509Certificate;
  keys: webcrypto.CryptoKeyPair;
  /** PEM of the certificate. */
  pem: string;
  /** Base64 DER, as `KeyInfo/X509Certificate` carries it. */
  base64: string;
  /** PKCS#8 PEM of the private key (for xml-crypto). */
  keyPem: string;
}

export interface IssueOptions {
  subject: string;
  /** Omit for a self-signed root. */
  issuer?: TestCertificate;
  /** `CA:true` with this path length (`null`: no limit); omit for a document signer. */
  ca?: { pathLength: number | null; keyCertSign?: boolean; basicConstraints?: boolean };
  notBefore?: Date;
  notAfter?: Date;
  /** Reuse a key pair (fresh otherwise). */
  keys?: webcrypto.CryptoKeyPair;
}

export async function issue(options: IssueOptions): Promise<TestCertificate> {
  const keys =
    options.keys ??
    ((await webcrypto.subtle.generateKey(RSA, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair);
  const signer = options.issuer ?? null;
  const extensions: Extension[] = [await SubjectKeyIdentifierExtension.create(keys.publicKey)];
  if (signer) extensions.push(await AuthorityKeyIdentifierExtension.create(signer.keys.publicKey));
  if (options.ca) {
    if (options.ca.basicConstraints !== false) {
      extensions.push(new BasicConstraintsExtension(true, options.ca.pathLength ?? undefined, true));
    }
    const usages =
      options.ca.keyCertSign === false
        ? KeyUsageFlags.cRLSign
        : KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign;
    extensions.push(new KeyUsagesExtension(usages, true));
  } else {
    extensions.push(new BasicConstraintsExtension(false, undefined, true));
    extensions.push(
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
    );
  }
  const certificate = await X509CertificateGenerator.create({
    subject: options.subject,
    issuer: signer ? signer.certificate.subjectName : options.subject,
    notBefore: options.notBefore ?? new Date(Date.now() - 86_400_000),
    notAfter: options.notAfter ?? new Date(Date.now() + 365 * 86_400_000),
    publicKey: keys.publicKey,
    signingKey: (signer ?? { keys }).keys.privateKey,
    signingAlgorithm: RSA,
    extensions,
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey));
  return {
    certificate,
    keys,
    pem: certificate.toString("pem"),
    base64: Buffer.from(certificate.rawData).toString("base64"),
    keyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8
      .toString("base64")
      .replace(/(.{64})/g, "$1\n")
      .trim()}\n-----END PRIVATE KEY-----\n`,
  };
}

export const NEGD = "O=NATIONAL E-GOVERNANCE DIVISION";
export const UIDAI = "O=UNIQUE IDENTIFICATION AUTHORITY OF INDIA";
