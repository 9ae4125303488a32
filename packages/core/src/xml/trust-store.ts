import { X509Certificate, type KeyObject } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";


/** Where an anchor may be trusted: sandbox anchors never count on a production server. */
export type AnchorLabel = "production" | "sandbox";

/** One pinned signing certificate. Trust is by key: a signature verifies if this key verifies it. */
export interface TrustAnchor {
  readonly label: AnchorLabel;
  /** Where the anchor came from (file name), for diagnostics. */
  readonly source: string;
  readonly certificate: X509Certificate;
  readonly publicKey: KeyObject;
  /** SHA-256 of the DER certificate, lowercase hex without separators. */
  readonly fingerprint: string;
  /** Subject common name, reported as the signer. */
  readonly subjectCommonName: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

export interface TrustAnchorSource {
  /** A PEM file (may hold several certificates) or a directory of `*.pem` / `*.crt` / `*.cer` files. */
  path: string;
  label: AnchorLabel;
}

export interface TrustStoreOptions {
  /** Include the public UIDAI and DigiLocker certificates shipped in the package's `certs/` (default true). */
  includeShipped?: boolean;
  /** More anchors from configuration, without a release. */
  sources?: readonly TrustAnchorSource[];
  /** Anchors given as PEM text, e.g. fetched from the sandbox at boot. */
  pems?: readonly { pem: string; label: AnchorLabel; source?: string }[];
  /** In production any sandbox anchor is a configuration error, so a sandbox signature can never pass. */
  environment?: "production" | "development" | "test";
}

/** Thrown when the trust configuration is unusable (a startup error, not a user-input error). */
export class TrustStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TrustStoreError";
  }
}

/** The public certificates shipped with the package (`packages/core/certs`), from `src/xml` or `dist/xml`. */
export const SHIPPED_CERTS_DIR = join(__dirname, "..", "..", "certs");

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
const PEM_BLOCKS = new RegExp(PEM_BLOCK.source, "g");

export class TrustStore {
  private constructor(readonly anchors: readonly TrustAnchor[]) {}

  static create(options: TrustStoreOptions = {}): TrustStore {
    const anchors: TrustAnchor[] = [];
    if (options.includeShipped !== false) anchors.push(...loadAnchors({ path: SHIPPED_CERTS_DIR, label: "production" }));
    for (const source of options.sources ?? []) anchors.push(...loadAnchors(source));
    for (const { pem, label, source } of options.pems ?? []) anchors.push(...anchorsFromPem(pem, label, source ?? "inline"));
    if (options.environment === "production") {
      const sandbox = anchors.find((anchor) => anchor.label === "sandbox");
      if (sandbox) {
        throw new TrustStoreError(`sandbox trust anchor "${sandbox.source}" is refused in production`);
      }
    }
    return new TrustStore(dedupe(anchors));
  }

  /** A store holding only these anchors (tests, and callers that pin a narrower set). */
  static of(anchors: readonly TrustAnchor[]): TrustStore {
    return new TrustStore(dedupe(anchors));
  }

  /** A copy without the anchors the predicate matches. */
  without(predicate: (anchor: TrustAnchor) => boolean): TrustStore {
    return new TrustStore(this.anchors.filter((anchor) => !predicate(anchor)));
  }
}

export function loadAnchors(source: TrustAnchorSource): TrustAnchor[] {
  let files: { name: string; pem: string }[];
  let directory: boolean;
  try {
    directory = statSync(source.path).isDirectory();
    const paths = directory
      ? readdirSync(source.path)
          .filter((name) => /\.(pem|crt|cer)$/i.test(name))
          .sort()
          .map((name) => join(source.path, name))
      : [source.path];
    files = paths.map((path) => ({ name: basename(path), pem: readFileSync(path, "utf8") }));
  } catch {
    throw new TrustStoreError(`trust anchors not readable at ${source.path}`);
  }
  // A directory may also hold keys or chains' other parts; a named file must hold a certificate.
  if (directory) files = files.filter((file) => PEM_BLOCK.test(file.pem));
  return files.flatMap((file) => anchorsFromPem(file.pem, source.label, file.name));
}

export function anchorsFromPem(pem: string, label: AnchorLabel, source: string): TrustAnchor[] {
  const blocks = pem.match(PEM_BLOCKS);
  if (!blocks) throw new TrustStoreError(`no certificate in ${source}`);
  return blocks.map((block) => {
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(block);
    } catch {
      throw new TrustStoreError(`unreadable certificate in ${source}`);
    }
    if (certificate.publicKey.asymmetricKeyType !== "rsa") {
      throw new TrustStoreError(`certificate in ${source} does not hold an RSA key`);
    }
    return {
      label,
      source,
      certificate,
      publicKey: certificate.publicKey,
      fingerprint: certificate.fingerprint256.replace(/:/g, "").toLowerCase(),
      subjectCommonName: commonName(certificate.subject),
      notBefore: new Date(certificate.validFrom),
      notAfter: new Date(certificate.validTo),
    };
  });
}

function commonName(subject: string): string {
  const line = subject.split("\n").find((part) => part.startsWith("CN="));
  return line ? line.slice(3) : subject;
}

function dedupe(anchors: readonly TrustAnchor[]): TrustAnchor[] {
  const seen = new Map<string, TrustAnchor>();
  for (const anchor of anchors) if (!seen.has(anchor.fingerprint)) seen.set(anchor.fingerprint, anchor);
  return [...seen.values()];
}

