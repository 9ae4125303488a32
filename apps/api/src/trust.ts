import { dirname, join } from "node:path";
import { type TrustAnchorSource, TrustStore } from "@lockerkit/core";
import type { Config } from "./config";

/**
 * The trust store: the public UIDAI and DigiLocker certificates and the CCA India 2022 path shipped with
 * core, any `LOCKERKIT_TRUST_DIRS` (production trust folders: pinned signers, `roots/`, `intermediates/`),
 * and the sandbox's test root and its sub-CA as `sandbox` CAs only when the upstream is a LockerKit sandbox
 * (`sandboxUpstream`, see config.ts) outside production: their private keys are committed. The sandbox signs with a
 * leaf it makes at runtime (and on rotation), so only the root is trusted, never a leaf. In production the
 * store refuses sandbox anchors outright.
 */
export function createTrustStore(
  config: Pick<Config, "env" | "trustDirs"> & { sandboxUpstream: boolean },
): TrustStore {
  const sources: TrustAnchorSource[] = config.trustDirs.map((path) => ({ path, label: "production" }));
  if (config.sandboxUpstream && config.env !== "production") {
    const sandboxTrust = join(dirname(require.resolve("@lockerkit/sandbox/package.json")), "trust");
    sources.push(
      { path: join(sandboxTrust, "ca.pem"), label: "sandbox", role: "root" },
      { path: join(sandboxTrust, "intermediate.pem"), label: "sandbox", role: "intermediate" },
    );
  }
  return TrustStore.create({ sources, environment: config.env });
}
