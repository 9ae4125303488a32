import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");

interface Stage {
  name: string;
  from: string;
  instructions: Array<{ op: string; args: string }>;
}

/** Dockerfile → stages (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [op, ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    if (op.toUpperCase() === "FROM") {
      const m = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
      stages.push({ name: m[2] ?? String(stages.length), from: m[1], instructions: [] });
    } else if (stages.length) stages.at(-1)!.instructions.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

/** A stage's instructions with those of the stages it is built FROM (inherited USER, ENV, …), oldest first. */
function chain(stages: Stage[], stage: Stage): Stage["instructions"] {
  const parent = stages.find((s) => s.name === stage.from);
  return [...(parent ? chain(stages, parent) : []), ...stage.instructions];
}

/** The image rules of issue 21; each message names the rule broken. */
function imageRuleErrors(text: string): string[] {
  const errors: string[] = [];
  const stages = parseDockerfile(text);
  if (stages.length < 2) errors.push("multi-stage: a build stage and a runtime stage are required");
  // Stages that install every dependency (dev included): their node_modules never reach a runtime image.
  const devStages = new Set(
    stages
      .filter((s) =>
        s.instructions.some(
          (i) => i.op === "RUN" && /\bnpm (ci|install|i)\b/.test(i.args) && !/--omit=dev/.test(i.args),
        ),
      )
      .map((s) => s.name),
  );
  const runtimes = stages.filter((s) => chain(stages, s).some((i) => i.op === "CMD"));
  const api = stages.at(-1);
  if (!api || !runtimes.includes(api))
    errors.push("the default (last) stage must be the runtime image with a CMD");
  if (!stages.some((s) => s.name === "sandbox" && runtimes.includes(s)))
    errors.push("a separate sandbox target is required");
  for (const stage of runtimes) {
    const all = chain(stages, stage);
    const user = all.filter((i) => i.op === "USER").at(-1)?.args;
    if (!user || /^(root|0)(:|$)/.test(user))
      errors.push(`${stage.name}: a non-root USER is required (found ${user ?? "none"})`);
    const nodeEnv = all.filter((i) => i.op === "ENV" && /\bNODE_ENV[= ]/.test(i.args)).at(-1)?.args;
    if (!nodeEnv || !/\bNODE_ENV[= ]production\b/.test(nodeEnv))
      errors.push(`${stage.name}: ENV NODE_ENV=production is required`);
    for (const i of all) {
      const from = /--from=(\S+)/.exec(i.args)?.[1];
      if (i.op === "COPY" && from && devStages.has(from) && /node_modules/.test(i.args))
        errors.push(`${stage.name}: node_modules copied from ${from}, which installed dev dependencies`);
      if (i.op === "COPY" && !from && /^\.\s/.test(i.args))
        errors.push(`${stage.name}: COPY . copies sources and local files into the runtime image`);
      if (i.op === "RUN" && /\bnpm (ci|install|i)\b/.test(i.args) && !/--omit=dev/.test(i.args))
        errors.push(`${stage.name}: installs dev dependencies`);
    }
    if (!all.some((i) => i.op === "COPY" && /node_modules/.test(i.args)))
      errors.push(`${stage.name}: no production node_modules`);
    const cmd = all.filter((i) => i.op === "CMD").at(-1)!.args;
    // Exec form with node itself as PID 1: npm or a shell in between would not forward SIGTERM.
    if (!/^\["node",/.test(cmd))
      errors.push(`${stage.name}: CMD must be exec-form node (signals reach it), found ${cmd}`);
  }
  if (api) {
    const health =
      chain(stages, api)
        .filter((i) => i.op === "HEALTHCHECK")
        .at(-1)?.args ?? "";
    if (!health.includes("/readyz")) errors.push(`${api.name}: HEALTHCHECK on /readyz is required`);
  }
  return errors;
}

describe("the Dockerfile's rules (checked statically: CI has no Docker engine)", () => {
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");

  it("multi-stage, non-root USER, NODE_ENV=production, no dev dependencies in the runtime stages, HEALTHCHECK on /readyz, a sandbox target", () => {
    expect(imageRuleErrors(dockerfile)).toEqual([]);
    const stages = parseDockerfile(dockerfile);
    expect(stages.map((s) => s.name)).toEqual(["build", "deps", "runtime", "sandbox", "api"]);
    // The runtime images run the LTS line package.json supports.
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:22\.\d+\.\d+-bookworm-slim$/m);
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).engines.node).toMatch(/\^22/);
  });

  it("the build context leaves out local data, keys and certificates (.dockerignore)", () => {
    const ignore = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n");
    expect(ignore).toEqual(
      expect.arrayContaining(["**/node_modules", ".env", ".data", "deploy/compose/tls", ".git"]),
    );
  });

  it.each([
    [
      "the old single-stage root image",
      'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npx turbo run build\nCMD ["npm", "run", "serve"]\n',
      /multi-stage/,
    ],
    ["no USER", dockerfile.replace(/^USER .*$/m, ""), /non-root USER is required/],
    ["USER root", dockerfile.replace(/^USER .*$/m, "USER root"), /non-root USER is required \(found root\)/],
    [
      "NODE_ENV=development",
      dockerfile.replace("ENV NODE_ENV=production", "ENV NODE_ENV=development"),
      /NODE_ENV=production is required/,
    ],
    [
      "node_modules from the build stage",
      dockerfile.replace("COPY --from=deps /app/node_modules", "COPY --from=build /app/node_modules"),
      /node_modules copied from build/,
    ],
    [
      "npm ci with dev dependencies in the runtime",
      dockerfile.replace("USER 1000:1000", "RUN npm ci\nUSER 1000:1000"),
      /installs dev dependencies/,
    ],
    [
      "no HEALTHCHECK",
      dockerfile.replace(/^HEALTHCHECK(?:.*\\\n)*.*readyz.*$/m, ""),
      /HEALTHCHECK on \/readyz/,
    ],
    [
      "npm as PID 1",
      dockerfile.replace('CMD ["node", "apps/api/dist/main.js"]', 'CMD ["npm", "run", "serve"]'),
      /CMD must be exec-form node/,
    ],
  ])("a Dockerfile with %s fails the rules", (_case, text, message) => {
    expect(text).not.toBe(dockerfile);
    expect(imageRuleErrors(text)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});
