import { X509Certificate, type KeyObject } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { commonNameOf, pinnedAuthorities, type SignerAuthority } from "./signer-policy";

/** Where an anchor may be trusted: sandbox anchors never count on a production server. */
export type AnchorLabel = "production" | "sandbox";

/**
 * What a certificate in the store is for: a pinned `signer` (trust by key), a `root` CA that certificate
 * paths must end at, or an `intermediate` CA that helps build a path (it confers no trust by itself).
 */
export type AnchorRole = "signer" | "root" | "intermediate";

/** One certificate of the store. A pinned signer verifies a signature if its key verifies it. */
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
  /** Pinned signers: the sources this key may verify, bound by its subject organisation. */
  readonly authorities: readonly SignerAuthority[];
}

export interface TrustAnchorSource {
  /**
   * A PEM file (may hold several certificates) or a trust folder: `*.pem` / `*.crt` / `*.cer` pinned
   * signers, `roots/` root CAs and `intermediates/` intermediate CAs.
   */
  path: string;
  label: AnchorLabel;
  /** Every certificate of `path` has this role (no subfolders read); default: a file is a pinned signer. */
  role?: AnchorRole;
}

export interface TrustStoreOptions {
  /** Include the public UIDAI and DigiLocker certificates shipped in the package's `certs/` (default true). */
  includeShipped?: boolean;
  /** More anchors from configuration, without a release. */
  sources?: readonly TrustAnchorSource[];
  /** Anchors given as PEM text, e.g. fetched from the sandbox at boot. */
  pems?: readonly { pem: string; label: AnchorLabel; source?: string; role?: AnchorRole }[];
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

type Loaded = Record<AnchorRole, TrustAnchor[]>;

export class TrustStore {
  /** Pinned signers (trust by key), each bound to the sources it may verify. */
  readonly anchors: readonly TrustAnchor[];
  /** Root CAs: a certificate path from a document's signer must end at one of these. */
  readonly roots: readonly TrustAnchor[];
  /** Intermediate CAs used, beside those in a document's `KeyInfo`, to build a path. */
  readonly intermediates: readonly TrustAnchor[];

  private constructor(loaded: Loaded) {
    this.anchors = dedupe(loaded.signer);
    this.roots = dedupe(loaded.root);
    this.intermediates = dedupe(loaded.intermediate);
  }

  static create(options: TrustStoreOptions = {}): TrustStore {
    const loaded: Loaded = { signer: [], root: [], intermediate: [] };
    const add = (anchors: Loaded) => {
      for (const role of ROLES) loaded[role].push(...anchors[role]);
    };
    if (options.includeShipped !== false)
      add(loadTrustFolder({ path: SHIPPED_CERTS_DIR, label: "production" }));
    for (const source of options.sources ?? []) add(loadTrustFolder(source));
    for (const { pem, label, source, role = "signer" } of options.pems ?? [])
      loaded[role].push(...anchorsFromPem(pem, label, source ?? "inline", role));
    if (options.environment === "production") {
      const sandbox = ROLES.flatMap((role) => loaded[role]).find((anchor) => anchor.label === "sandbox");
      if (sandbox) {
        throw new TrustStoreError(`sandbox trust anchor "${sandbox.source}" is refused in production`);
      }
    }
    return new TrustStore(loaded);
  }

  /** A store holding only these pinned signers (tests, and callers that pin a narrower set). */
  static of(anchors: readonly TrustAnchor[]): TrustStore {
    return new TrustStore({ signer: [...anchors], root: [], intermediate: [] });
  }

  /** A copy without the certificates the predicate matches. */
  without(predicate: (anchor: TrustAnchor) => boolean): TrustStore {
    const keep = (anchors: readonly TrustAnchor[]) => anchors.filter((anchor) => !predicate(anchor));
    return new TrustStore({
      signer: keep(this.anchors),
      root: keep(this.roots),
      intermediate: keep(this.intermediates),
    });
  }

  /** The pinned signers allowed to verify an artefact of this source. */
  signersFor(authority: SignerAuthority): TrustAnchor[] {
    return this.anchors.filter((anchor) => anchor.authorities.includes(authority));
  }
}

const ROLES: readonly AnchorRole[] = ["signer", "root", "intermediate"];

/** A file or trust folder; a folder's `roots/` and `intermediates/` are read when present. */
function loadTrustFolder(source: TrustAnchorSource): Loaded {
  const loaded: Loaded = { signer: [], root: [], intermediate: [] };
  if (source.role) {
    loaded[source.role] = loadAnchors(source);
    return loaded;
  }
  loaded.signer = loadAnchors(source);
  for (const [role, folder] of [
    ["root", "roots"],
    ["intermediate", "intermediates"],
  ] as const) {
    const path = join(source.path, folder);
    if (isDirectory(path)) loaded[role] = loadAnchors({ path, label: source.label, role });
  }
  return loaded;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
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
  return files.flatMap((file) => anchorsFromPem(file.pem, source.label, file.name, source.role ?? "signer"));
}

export function anchorsFromPem(
  pem: string,
  label: AnchorLabel,
  source: string,
  role: AnchorRole = "signer",
): TrustAnchor[] {
  const blocks = pem.match(PEM_BLOCKS);
  if (!blocks) throw new TrustStoreError(`no certificate in ${source}`);
  return blocks.map((block) => {
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(block);
    } catch {
      throw new TrustStoreError(`unreadable certificate in ${source}`);
    }
    // Documents are signed RSA; CA certificates may hold any key node can verify with.
    if (role === "signer" && certificate.publicKey.asymmetricKeyType !== "rsa") {
      throw new TrustStoreError(`certificate in ${source} does not hold an RSA key`);
    }
    if (role !== "signer" && !certificate.ca)
      throw new TrustStoreError(`certificate in ${source} is not a CA certificate`);
    return anchorOf(certificate, label, source);
  });
}

/** The anchor record of a certificate (also used for a signer reached through a certificate path). */
export function anchorOf(certificate: X509Certificate, label: AnchorLabel, source: string): TrustAnchor {
  return {
    label,
    source,
    certificate,
    publicKey: certificate.publicKey,
    fingerprint: certificate.fingerprint256.replace(/:/g, "").toLowerCase(),
    subjectCommonName: commonNameOf(certificate),
    notBefore: new Date(certificate.validFrom),
    notAfter: new Date(certificate.validTo),
    authorities: pinnedAuthorities(certificate),
  };
}

function dedupe(anchors: readonly TrustAnchor[]): TrustAnchor[] {
  const seen = new Map<string, TrustAnchor>();
  for (const anchor of anchors) if (!seen.has(anchor.fingerprint)) seen.set(anchor.fingerprint, anchor);
  return [...seen.values()];
}
