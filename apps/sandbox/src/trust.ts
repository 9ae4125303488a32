import "reflect-metadata"; // @peculiar/x509 (through tsyringe) needs the Reflect polyfill before it loads
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
  X509Certificate as ParsedCertificate,
} from "@peculiar/x509";
import { createPrivateKey, createPublicKey, type KeyObject, webcrypto, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The sandbox's TEST-ONLY trust material, committed in `apps/sandbox/trust/`. Resolved from the
 * package root so it is found both from `src/` (jest) and from `dist/` (the built sandbox).
 */
export const TRUST_DIR = join(__dirname, "..", "trust");

/** Like DigiLocker's signer: the API's signer policy for DigiLocker-signed documents needs this organisation. */
export const SIGNER_SUBJECT =
  "C=IN, O=NATIONAL E-GOVERNANCE DIVISION, OU=LockerKit Sandbox (TEST ONLY), CN=DS LOCKERKIT SANDBOX SIGNER (TEST ONLY)";

const RSA = {
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const DAY_MS = 86_400_000;

export interface SandboxTrust {
  /** The root CA ("LockerKit Sandbox Test CA"): the one certificate a verifier trusts, as a `sandbox` root. */
  caPem: string;
  /** The document-signer sub-CA under the root; it issues every signer leaf. */
  intermediatePem: string;
  idTokenKey: KeyObject;
  idTokenKid: string;
  jwks: { keys: Array<Record<string, unknown>> };
}

/** The current document signer: a leaf made at boot (and on rotation) with a fresh key. */
export interface DocumentSigner {
  pem: string;
  keyPem: string;
  /** Base64 DER of the signer, the intermediate and the root, as DigiLocker's `KeyInfo/X509Data` carries its path. */
  chainBase64: string[];
  /** SHA-256 of the leaf (lowercase hex, as verdicts report it); also keys caches of signed XML. */
  fingerprint: string;
}

let cached: SandboxTrust | undefined;
let signer: DocumentSigner | undefined;
let issuing: Promise<DocumentSigner> | undefined;

const read = (file: string) => readFileSync(join(TRUST_DIR, file), "utf8");

function derBase64(pem: string): string {
  return new X509Certificate(pem).raw.toString("base64");
}

export function trust(): SandboxTrust {
  if (cached) return cached;
  const idTokenKey = createPrivateKey(read("id-token.test-only.key"));
  const publicJwk = createPublicKey(idTokenKey).export({ format: "jwk" }) as Record<string, unknown>;
  const idTokenKid = `sandbox-${String(publicJwk.n).slice(0, 16)}`;
  cached = {
    caPem: read("ca.pem"),
    intermediatePem: read("intermediate.pem"),
    idTokenKey,
    idTokenKid,
    jwks: { keys: [{ ...publicJwk, kid: idTokenKid, alg: "RS256", use: "sig" }] },
  };
  return cached;
}

/** The signer documents are signed with now; {@link ensureDocumentSigner} must have run (createSandbox awaits it). */
export function documentSigner(): DocumentSigner {
  if (!signer) throw new Error("the sandbox document signer is not issued yet");
  return signer;
}

/** Issues the first signer leaf of this process, once. */
export function ensureDocumentSigner(): Promise<DocumentSigner> {
  if (signer) return Promise.resolve(signer);
  issuing ??= issueSigner().then((issued) => (signer = issued));
  return issuing;
}

/** A fresh leaf (fresh key, same subject) under the same intermediate and root; documents are signed with it from now on. */
export async function rotateDocumentSigner(): Promise<DocumentSigner> {
  await ensureDocumentSigner();
  signer = await issueSigner();
  return signer;
}

async function issueSigner(): Promise<DocumentSigner> {
  const { caPem, intermediatePem } = trust();
  const intermediate = new ParsedCertificate(intermediatePem);
  const intermediateKey = await webcrypto.subtle.importKey(
    "pkcs8",
    createPrivateKey(read("intermediate.test-only.key")).export({ format: "der", type: "pkcs8" }),
    RSA,
    false,
    ["sign"],
  );
  const keys = (await webcrypto.subtle.generateKey(RSA, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair;
  const now = Date.now();
  const certificate = await X509CertificateGenerator.create({
    subject: SIGNER_SUBJECT,
    issuer: intermediate.subjectName,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 2 * 365 * DAY_MS),
    publicKey: keys.publicKey,
    signingKey: intermediateKey,
    signingAlgorithm: RSA,
    extensions: [
      new BasicConstraintsExtension(false, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
      await SubjectKeyIdentifierExtension.create(keys.publicKey),
      await AuthorityKeyIdentifierExtension.create(intermediate),
    ],
  });
  const pem = certificate.toString("pem");
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey));
  return {
    pem,
    keyPem: createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" })
      .export({ format: "pem", type: "pkcs8" })
      .toString(),
    chainBase64: [derBase64(pem), derBase64(intermediatePem), derBase64(caPem)],
    fingerprint: new X509Certificate(pem).fingerprint256.replace(/:/g, "").toLowerCase(),
  };
}
