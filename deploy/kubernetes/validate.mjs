#!/usr/bin/env node
// Validates a rendered overlay: every object against the Kubernetes (and Prometheus Operator) schemas
// of `kubernetes-models`, unknown fields through the same package's TypeScript types (excess property
// checks: the schemas alone allow any extra field), then LockerKit's own rules (probes, preStop,
// securityContext, secrets by reference only, the alerts, the migration job).
// Usage: node deploy/kubernetes/validate.mjs [--json] <overlay dir>…   exit 1 on any error.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { render, RenderError } from "./render.mjs";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SECRET_ENV = [
  "DATABASE_URL",
  "LOCKERKIT_ENCRYPTION_KEYS",
  "LOCKERKIT_RECEIPT_KEYS",
  "DIGILOCKER_CLIENT_ID",
  "DIGILOCKER_CLIENT_SECRET",
  "METRICS_TOKEN",
];
const ALERTS = [
  "LockerKitBreakerOpen",
  "LockerKitUpstreamErrorRate",
  "LockerKitWebhookFailures",
  "LockerKitPurgeNotRunning",
  "LockerKit5xxRate",
  "LockerKitLatencyP99",
];
const REQUIRED_KINDS = [
  "Deployment",
  "Service",
  "Ingress",
  "HorizontalPodAutoscaler",
  "PodDisruptionBudget",
  "NetworkPolicy",
  "Job",
  "ServiceMonitor",
  "PrometheusRule",
  "ConfigMap",
];

const id = (o) => `${o.kind}/${o.metadata?.name}`;

/** The kubernetes-models module of an object's apiVersion and kind. */
function modelModule({ apiVersion, kind }) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return null;
  if (apiVersion.startsWith("monitoring.coreos.com/"))
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  return `kubernetes-models/${apiVersion}/${kind}`;
}

async function schemaErrors(obj) {
  const module = modelModule(obj);
  if (!module) return [`${id(obj)}: apiVersion and kind are required`];
  let Model;
  try {
    Model = (await import(module))[obj.kind];
  } catch {
    return [`${id(obj)}: unknown apiVersion/kind ${obj.apiVersion} ${obj.kind}`];
  }
  try {
    new Model(obj).validate();
    return [];
  } catch (error) {
    return [`${id(obj)}: ${error.message.split("\n").slice(0, 5).join(" ")}`];
  }
}

/** Unknown or mistyped fields, at any depth: each object as a typed literal, checked by tsc. */
function typeErrors(objects) {
  const lines = [];
  const owners = [];
  objects.forEach((obj, i) => {
    const module = modelModule(obj);
    if (!module) return;
    lines.push(`import type { I${obj.kind} as T${i} } from "${module}";`);
    owners.push(null);
  });
  objects.forEach((obj, i) => {
    if (!modelModule(obj)) return;
    const text = `export const o${i}: T${i} = ${JSON.stringify(obj, null, 1)};`;
    for (const line of text.split("\n")) {
      lines.push(line);
      owners.push(obj);
    }
  });
  const file = join(REPO, "deploy", "kubernetes", "__rendered__.ts");
  const source = lines.join("\n");
  const options = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    resolve(name) === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && resolve(d.file.fileName) === file)
    .map((d) => {
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      const owner = owners[line];
      return `${owner ? id(owner) : "(types)"}: ${ts.flattenDiagnosticMessageText(d.messageText, " ").split(" Did you mean")[0]}`;
    });
}

/** LockerKit's deployment rules (docs/operations.md). */
function policyErrors(objects) {
  const errors = [];
  const kinds = new Set(objects.map((o) => o.kind));
  for (const kind of REQUIRED_KINDS) if (!kinds.has(kind)) errors.push(`missing a ${kind}`);
  for (const o of objects) {
    if (o.kind === "Secret")
      errors.push(`${id(o)}: secrets are never in the repository (reference them with secretKeyRef)`);
    const pod = o.spec?.template?.spec;
    if (!pod) continue;
    if (pod.securityContext?.runAsNonRoot !== true)
      errors.push(`${id(o)}: pod securityContext.runAsNonRoot must be true`);
    for (const c of pod.containers ?? []) {
      const where = `${id(o)} container ${c.name}`;
      if (c.securityContext?.readOnlyRootFilesystem !== true)
        errors.push(`${where}: securityContext.readOnlyRootFilesystem must be true`);
      if (c.securityContext?.allowPrivilegeEscalation !== false)
        errors.push(`${where}: securityContext.allowPrivilegeEscalation must be false`);
      if (!c.resources?.requests || !c.resources?.limits)
        errors.push(`${where}: resources.requests and resources.limits are required`);
      if (o.kind === "Deployment") {
        if (!c.readinessProbe) errors.push(`${where}: readinessProbe is required`);
        if (!c.livenessProbe) errors.push(`${where}: livenessProbe is required`);
      }
    }
  }
  const config =
    objects.find((o) => o.kind === "ConfigMap" && o.metadata?.name === "lockerkit-config")?.data ?? {};
  const api = objects.find((o) => o.kind === "Deployment" && o.metadata?.name === "lockerkit-api");
  const container = api?.spec?.template?.spec?.containers?.find((c) => c.name === "api");
  if (!container) errors.push("Deployment/lockerkit-api: no container named api");
  else {
    const where = "Deployment/lockerkit-api container api";
    if (container.readinessProbe?.httpGet?.path !== "/readyz")
      errors.push(`${where}: readinessProbe must GET /readyz`);
    if (container.livenessProbe?.httpGet?.path !== "/livez")
      errors.push(`${where}: livenessProbe must GET /livez`);
    if (!container.startupProbe) errors.push(`${where}: startupProbe is required`);
    const sleep = container.lifecycle?.preStop?.exec?.command;
    const seconds = Array.isArray(sleep) && sleep[0] === "sleep" ? Number(sleep[1]) : NaN;
    if (seconds * 1000 !== Number(config.SHUTDOWN_DELAY_MS))
      errors.push(
        `${where}: preStop must sleep SHUTDOWN_DELAY_MS (${config.SHUTDOWN_DELAY_MS} ms), found ${JSON.stringify(sleep)}`,
      );
    const grace = api.spec.template.spec.terminationGracePeriodSeconds ?? 30;
    if (grace <= seconds + Number(config.SHUTDOWN_DELAY_MS) / 1000 + 25)
      errors.push(
        `Deployment/lockerkit-api: terminationGracePeriodSeconds (${grace}) must exceed preStop + SHUTDOWN_DELAY_MS + the 25 s drain`,
      );
    if (!api.spec.template.spec.topologySpreadConstraints?.length)
      errors.push("Deployment/lockerkit-api: topologySpreadConstraints are required");
    for (const name of SECRET_ENV) {
      const env = container.env?.find((e) => e.name === name);
      if (!env?.valueFrom?.secretKeyRef)
        errors.push(`${where}: ${name} must come from a Secret (secretKeyRef)`);
    }
  }
  if (config.NODE_ENV !== "production")
    errors.push("ConfigMap/lockerkit-config: NODE_ENV must be production");
  if (config.MIGRATE_ON_BOOT !== "false")
    errors.push("ConfigMap/lockerkit-config: MIGRATE_ON_BOOT must be false (the Job migrates)");
  const job = objects.find((o) => o.kind === "Job");
  const jobContainer = job?.spec?.template?.spec?.containers?.[0];
  if (job && jobContainer?.command?.join(" ") !== "node apps/api/dist/cli/migrate.js")
    errors.push(`${id(job)}: must run node apps/api/dist/cli/migrate.js`);
  if (job && container && jobContainer?.image !== container.image)
    errors.push(`${id(job)}: must use the API's image (${container.image})`);
  const alerts = objects
    .filter((o) => o.kind === "PrometheusRule")
    .flatMap((o) => o.spec?.groups ?? [])
    .flatMap((g) => g.rules ?? [])
    .map((r) => r.alert);
  for (const alert of ALERTS)
    if (!alerts.includes(alert)) errors.push(`PrometheusRule: alert ${alert} is missing`);
  return errors;
}

/** Renders and validates one overlay: the objects found and every error. */
export async function validateOverlay(dir) {
  let objects;
  try {
    objects = render(resolve(dir));
  } catch (error) {
    if (error instanceof RenderError) return { objects: [], errors: [error.message] };
    throw error;
  }
  const errors = [];
  for (const obj of objects) errors.push(...(await schemaErrors(obj)));
  errors.push(...typeErrors(objects), ...policyErrors(objects));
  return { objects: objects.map(id), errors };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const dirs = args.filter((a) => a !== "--json");
  if (!dirs.length) {
    console.error("usage: node deploy/kubernetes/validate.mjs [--json] <overlay dir>…");
    process.exit(2);
  }
  const results = {};
  for (const dir of dirs) results[dir] = await validateOverlay(dir);
  if (json) console.log(JSON.stringify(results));
  else {
    for (const [dir, { objects, errors }] of Object.entries(results)) {
      console.log(
        `${dir}: ${objects.length} objects, ${errors.length ? `${errors.length} error(s)` : "valid"}`,
      );
      for (const e of errors) console.log(`  ${e}`);
    }
  }
  process.exit(Object.values(results).some((r) => r.errors.length) ? 1 : 0);
}
