#!/usr/bin/env node
// Renders a kustomize overlay of this folder without kustomize: the subset the manifests use
// (resources, namespace, images, JSON 6902 patches with a kind/name target). Anything else is refused,
// so a manifest never depends on a feature this renderer would silently skip; `kubectl kustomize`
// renders the same objects. Usage: node deploy/kubernetes/render.mjs <overlay dir>  → a YAML stream.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, stringify } from "yaml";

const SUPPORTED = new Set(["apiVersion", "kind", "resources", "namespace", "images", "patches"]);

export class RenderError extends Error {}

function loadYaml(file) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  return docs
    .map((doc) => {
      if (doc.errors.length) throw new RenderError(`${file}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((obj) => obj !== null && obj !== undefined);
}

/** Every object of a kustomization directory, in order. */
export function render(dir) {
  const file = join(dir, "kustomization.yaml");
  if (!existsSync(file)) throw new RenderError(`${dir}: no kustomization.yaml`);
  const [k] = loadYaml(file);
  for (const key of Object.keys(k))
    if (!SUPPORTED.has(key))
      throw new RenderError(`${file}: "${key}" is not supported here (only ${[...SUPPORTED].join(", ")})`);
  let objects = [];
  for (const entry of k.resources ?? []) {
    const path = resolve(dir, entry);
    if (!existsSync(path)) throw new RenderError(`${file}: resource ${entry} does not exist`);
    objects.push(...(statSync(path).isDirectory() ? render(path) : loadYaml(path)));
  }
  objects = structuredClone(objects);
  for (const p of k.patches ?? []) applyPatch(objects, p, file);
  for (const image of k.images ?? []) setImage(objects, image);
  if (k.namespace) for (const obj of objects) obj.metadata = { ...obj.metadata, namespace: k.namespace };
  return objects;
}

function applyPatch(objects, { target, patch, ...rest }, file) {
  if (Object.keys(rest).length || !target?.kind || !target?.name || typeof patch !== "string") {
    throw new RenderError(
      `${file}: only patches with target { kind, name } and an inline JSON 6902 patch are supported`,
    );
  }
  const matches = objects.filter((o) => o.kind === target.kind && o.metadata?.name === target.name);
  if (!matches.length)
    throw new RenderError(`${file}: patch target ${target.kind}/${target.name} matches no resource`);
  const ops = loadYamlText(patch, file);
  for (const obj of matches)
    for (const op of ops) applyOp(obj, op, `${file} (${target.kind}/${target.name})`);
}

function loadYamlText(text, file) {
  const [doc] = parseAllDocuments(text);
  if (doc.errors.length) throw new RenderError(`${file}: ${doc.errors[0].message}`);
  const ops = doc.toJS();
  if (!Array.isArray(ops)) throw new RenderError(`${file}: a patch is a list of operations`);
  return ops;
}

/** RFC 6902 add / replace / remove. */
function applyOp(obj, { op, path, value }, where) {
  const keys = path
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = keys.pop();
  let parent = obj;
  for (const key of keys) {
    parent = parent?.[Array.isArray(parent) ? Number(key) : key];
    if (parent === undefined || parent === null)
      throw new RenderError(`${where}: ${op} ${path}: no such path`);
  }
  const exists = Array.isArray(parent) ? Number(last) < parent.length : Object.hasOwn(parent, last);
  if (op === "add") {
    if (Array.isArray(parent)) parent.splice(last === "-" ? parent.length : Number(last), 0, value);
    else parent[last] = value;
  } else if (op === "replace" || op === "remove") {
    if (!exists) throw new RenderError(`${where}: ${op} ${path}: no such path`);
    if (op === "replace") parent[Array.isArray(parent) ? Number(last) : last] = value;
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    throw new RenderError(`${where}: operation "${op}" is not supported`);
  }
}

function setImage(objects, { name, newName, newTag, ...rest }) {
  if (Object.keys(rest).length) throw new RenderError(`images: only name, newName and newTag are supported`);
  for (const obj of objects) {
    const pod = obj.spec?.template?.spec;
    for (const c of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
      const [image, tag] = c.image.split(":");
      if (image === name) c.image = `${newName ?? image}:${newTag ?? tag ?? "latest"}`;
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node deploy/kubernetes/render.mjs <overlay dir>");
    process.exit(2);
  }
  try {
    process.stdout.write(
      render(resolve(dir))
        .map((o) => stringify(o))
        .join("---\n"),
    );
  } catch (error) {
    console.error(error instanceof RenderError ? error.message : error);
    process.exit(1);
  }
}

export const HERE = dirname(fileURLToPath(import.meta.url));
