import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");
const KUBERNETES = join(ROOT, "deploy", "kubernetes");
const VALIDATE = join(KUBERNETES, "validate.mjs");

interface Result {
  objects: string[];
  errors: string[];
}

/** `node deploy/kubernetes/validate.mjs --json <overlay>…` (ESM: kubernetes-models ships only ES modules). */
function validate(...overlays: string[]): Record<string, Result> {
  const run = spawnSync(process.execPath, [VALIDATE, "--json", ...overlays], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 110_000,
  });
  if (run.error) throw run.error;
  try {
    return JSON.parse(run.stdout) as Record<string, Result>;
  } catch {
    throw new Error(`validate.mjs printed no JSON (exit ${run.status}): ${run.stdout}${run.stderr}`);
  }
}

/** A copy of deploy/kubernetes with one planted error. */
function planted(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "lk-k8s-"));
  cpSync(KUBERNETES, dir, { recursive: true });
  edit(dir);
  return dir;
}

function rewrite(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`planting failed: ${String(from)} not in ${file}`);
  writeFileSync(file, next);
}

describe("Kubernetes manifests (deploy/kubernetes)", () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("both overlays render and every object validates (schemas, unknown fields, LockerKit's rules)", () => {
    const production = join(KUBERNETES, "overlays", "production");
    const sandbox = join(KUBERNETES, "overlays", "sandbox");
    const results = validate(production, sandbox);
    expect(results[production].errors).toEqual([]);
    expect(results[sandbox].errors).toEqual([]);
    for (const kind of [
      "Deployment/lockerkit-api",
      "Service/lockerkit-api",
      "Ingress/lockerkit-api",
      "HorizontalPodAutoscaler/lockerkit-api",
      "PodDisruptionBudget/lockerkit-api",
      "NetworkPolicy/lockerkit-api",
      "Job/lockerkit-migrate",
      "ServiceMonitor/lockerkit-api",
      "PrometheusRule/lockerkit-alerts",
    ]) {
      expect(results[production].objects).toContain(kind);
      expect(results[sandbox].objects).toContain(kind);
    }
    expect(results[sandbox].objects).toEqual(
      expect.arrayContaining([
        "Deployment/lockerkit-sandbox",
        "Service/lockerkit-sandbox",
        "Ingress/lockerkit-sandbox",
      ]),
    );
    expect(results[production].objects).not.toContain("Deployment/lockerkit-sandbox");
  }, 120_000);

  it("fails on planted errors: an unknown field, a missing probe, a wrong type, a committed Secret, a preStop out of step", () => {
    const unknownField = planted((dir) =>
      rewrite(
        join(dir, "base", "deployment.yaml"),
        "imagePullPolicy: IfNotPresent",
        "imagePullPolice: IfNotPresent",
      ),
    );
    const missingProbe = planted((dir) =>
      rewrite(join(dir, "base", "deployment.yaml"), / {10}readinessProbe:\n(?: {12}.*\n)+/, ""),
    );
    const wrongType = planted((dir) =>
      rewrite(join(dir, "base", "hpa.yaml"), "maxReplicas: 12", 'maxReplicas: "twelve"'),
    );
    const secret = planted((dir) => {
      writeFileSync(
        join(dir, "base", "secret.yaml"),
        "apiVersion: v1\nkind: Secret\nmetadata: { name: lockerkit-secrets }\nstringData: { DATABASE_URL: postgres://x }\n",
      );
      rewrite(
        join(dir, "base", "kustomization.yaml"),
        "  - prometheusrule.yaml",
        "  - prometheusrule.yaml\n  - secret.yaml",
      );
    });
    const preStop = planted((dir) =>
      rewrite(join(dir, "base", "configmap.yaml"), 'SHUTDOWN_DELAY_MS: "5000"', 'SHUTDOWN_DELAY_MS: "15000"'),
    );
    copies.push(unknownField, missingProbe, wrongType, secret, preStop);
    const overlay = (dir: string) => join(dir, "overlays", "production");
    const results = validate(...[unknownField, missingProbe, wrongType, secret, preStop].map(overlay));

    expect(results[overlay(unknownField)].errors).toEqual([
      expect.stringMatching(
        /^Deployment\/lockerkit-api: .*'"imagePullPolice"' does not exist in type 'IContainer'/,
      ),
    ]);
    expect(results[overlay(missingProbe)].errors).toEqual(
      expect.arrayContaining([
        "Deployment/lockerkit-api container api: readinessProbe is required",
        "Deployment/lockerkit-api container api: readinessProbe must GET /readyz",
      ]),
    );
    expect(results[overlay(wrongType)].errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^HorizontalPodAutoscaler\/lockerkit-api: .*maxReplicas must be integer/),
      ]),
    );
    expect(results[overlay(secret)].errors).toContain(
      "Secret/lockerkit-secrets: secrets are never in the repository (reference them with secretKeyRef)",
    );
    expect(results[overlay(preStop)].errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/preStop must sleep SHUTDOWN_DELAY_MS \(15000 ms\)/)]),
    );
  }, 120_000);
});
