import { dirname, join } from "node:path";
import { type TrustAnchorSource, TrustStore } from "@lockerkit/core";
import type { Config } from "./config";

/**
 * The pinned anchors: the public UIDAI and DigiLocker certificates shipped with core, any
 * `LOCKERKIT_TRUST_DIRS` (production anchors), and the sandbox's test CA and signer as `sandbox` anchors
 * only when the upstream is a LockerKit sandbox (`sandboxUpstream`, see config.ts) outside production:
 * their private keys are committed, so anyone can sign with them. In production the store refuses
 * sandbox anchors outright.
 */
export function createTrustStore(config: Pick<Config, "env" | "trustDirs"> & { sandboxUpstream: boolean }): TrustStore {
  const sources: TrustAnchorSource[] = config.trustDirs.map((path) => ({ path, label: "production" }));
  if (config.sandboxUpstream && config.env !== "production") {
    const sandboxRoot = dirname(require.resolve("@lockerkit/sandbox/package.json"));
    sources.push({ path: join(sandboxRoot, "trust", "signer.pem"), label: "sandbox" }, { path: join(sandboxRoot, "trust", "ca.pem"), label: "sandbox" });
  }
  return TrustStore.create({ sources, environment: config.env });
}
