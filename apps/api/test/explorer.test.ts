import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { EXPLORER_DIST } from "../src/http/explorer.routes";
import { startTestStack, type TestStack } from "./support/test-stack";

const root = join(__dirname, "..");

/** Every same-origin file a page or bundle names: `/explorer/assets/…` paths and sibling chunk names. */
function referencedAssets(text: string): string[] {
  const absolute = [...text.matchAll(/\/explorer\/assets\/[\w.-]+/g)].map((m) => m[0]);
  const relative = [
    ...text.matchAll(/["'`(]\.{1,2}\/(?:assets\/)?([\w-]+-[\w-]{8}\.(?:js|css|ttf|woff2?))/g),
  ].map((m) => `/explorer/assets/${m[1]}`);
  return [...new Set([...absolute, ...relative])];
}

describe("GET /explorer: GraphiQL served from this server only (development)", () => {
  let stack: TestStack;

  beforeAll(async () => {
    // The API's build bundles it; a test run straight from source builds it once here.
    if (!existsSync(join(EXPLORER_DIST, "index.html"))) {
      execFileSync(
        join(root, "..", "..", "node_modules", ".bin", "vite"),
        ["build", "--config", "explorer/vite.config.mjs"],
        { cwd: root, stdio: "pipe" },
      );
    }
    stack = await startTestStack();
  }, 120_000);
  afterAll(async () => {
    await stack.stop();
  });

  it("references only same-origin assets, every one answers 200, under CSP default-src 'self'", async () => {
    const page = await fetch(`${stack.url}/explorer`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    const attributes = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(attributes.length).toBeGreaterThan(1);
    for (const value of attributes) expect(value).toMatch(/^(\/(?!\/)|data:)/);
    // Follow the bundle: every chunk, worker, stylesheet and font it names is served here.
    const seen = new Set<string>();
    const queue = attributes.filter((a) => a.startsWith("/"));
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await fetch(`${stack.url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      const text = await res.text();
      if (/\.(js|css)$/.test(path)) {
        // No stylesheet, font or module loaded from another origin.
        expect(text).not.toMatch(/(?:@import\s+|url\(\s*["']?|import\(\s*["'`]|from\s*["'])https?:\/\//);
        queue.push(...referencedAssets(text));
      }
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  it("presets the demo publishable key (read from /demo-config.json on this origin), which names the explorer", async () => {
    const config = (await (await fetch(`${stack.url}/demo-config.json`)).json()) as {
      publishableKey: string;
      explorerUrl: string | null;
    };
    expect(config.publishableKey).toBe(stack.publishableKey);
    // The demo's "Open in GraphQL explorer" link (the session token goes in its fragment, see main.ts).
    expect(config.explorerUrl).toBe("/explorer");
  });

  it("GET /graphql keeps Apollo Sandbox with the same header preset", async () => {
    const res = await fetch(`${stack.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("sandbox");
    expect(html).toContain(`Bearer ${stack.publishableKey}`);
  });

  it("development CORS lets the hosted Apollo Sandbox call this server", async () => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://studio.apollographql.com",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://studio.apollographql.com");
    const other = await fetch(`${stack.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
