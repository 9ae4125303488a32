#!/usr/bin/env node
// `npm run audit:deps`: checks every installed package version in package-lock.json against the
// committed list of known advisories (security/advisories.json). Offline by design: `npm audit`
// needs the registry's advisory service, which CI cannot always reach (see SECURITY.md).
// Exit 0: no known advisory applies; 1: at least one does; 2: unreadable input.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** `1.2.3-beta.4` → comparable parts; null for anything that is not a semver version. */
function parse(version) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version.trim());
  return m ? { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split(".") : [] } : null;
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a.core[i] !== b.core[i]) return a.core[i] < b.core[i] ? -1 : 1;
  // A pre-release sorts before its release.
  if (!a.pre.length || !b.pre.length) return a.pre.length === b.pre.length ? 0 : a.pre.length ? -1 : 1;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    if (a.pre[i] === undefined) return -1;
    if (b.pre[i] === undefined) return 1;
    const [x, y] = [a.pre[i], b.pre[i]];
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (x === y) continue;
    if (nx && ny) return Number(x) < Number(y) ? -1 : 1;
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Whether `version` is in `range`: intervals joined by `||`, each a list of `<`, `<=`, `>`, `>=`, `=` bounds, or `*`. */
export function inRange(version, range) {
  const v = parse(version);
  if (!v) return false;
  return range.split("||").some((interval) => {
    const bounds = interval.trim().split(/\s+/).filter(Boolean);
    if (bounds.length === 1 && bounds[0] === "*") return true;
    return (
      bounds.length > 0 &&
      bounds.every((bound) => {
        const m = /^(<=|>=|<|>|=)?(.+)$/.exec(bound);
        const other = m && parse(m[2]);
        if (!other) throw new Error(`unreadable bound "${bound}" in range "${range}"`);
        const c = compare(v, other);
        return { "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0, "=": c === 0, undefined: c === 0 }[m[1]];
      })
    );
  });
}

function main() {
  const lockfile = option("--lockfile", join(root, "package-lock.json"));
  const advisoriesFile = option("--advisories", join(root, "security", "advisories.json"));
  let lock;
  let advisories;
  try {
    lock = JSON.parse(readFileSync(lockfile, "utf8"));
    advisories = JSON.parse(readFileSync(advisoriesFile, "utf8")).advisories;
  } catch (error) {
    console.error(`audit:deps: cannot read input: ${error.message}`);
    return 2;
  }
  if (!lock.packages || !Array.isArray(advisories)) {
    console.error("audit:deps: expected a lockfileVersion 2/3 package-lock.json and an advisories list");
    return 2;
  }
  const byPackage = new Map();
  for (const a of advisories) byPackage.set(a.package, [...(byPackage.get(a.package) ?? []), a]);

  const findings = [];
  let checked = 0;
  for (const [path, entry] of Object.entries(lock.packages)) {
    const at = path.lastIndexOf("node_modules/");
    if (at < 0 || entry.link || !entry.version) continue;
    const name = entry.name ?? path.slice(at + "node_modules/".length);
    checked++;
    for (const a of byPackage.get(name) ?? []) {
      if (inRange(entry.version, a.vulnerable))
        findings.push({ name, version: entry.version, path, advisory: a });
    }
  }
  for (const f of findings) {
    const ids = [f.advisory.cve, f.advisory.id].filter((id, i, all) => id && all.indexOf(id) === i).join(" ");
    console.error(
      `VULNERABLE ${f.name}@${f.version} (${f.path}): ${ids}: ${f.advisory.summary}; fixed in ${f.advisory.fixed}`,
    );
  }
  if (findings.length > 0) {
    console.error(
      `audit:deps: ${findings.length} known advisor${findings.length === 1 ? "y applies" : "ies apply"}`,
    );
    return 1;
  }
  console.log(
    `audit:deps: ${checked} installed packages checked against ${advisories.length} advisories: no known advisory applies`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
