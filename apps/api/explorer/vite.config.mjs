import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Bundles GraphiQL (and its Monaco workers) into dist/explorer at build time: GET /explorer then
// serves only same-origin files (CSP default-src 'self').
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/explorer/",
  // GraphiQL's dependencies carry "use client" directives the bundler reports at length; errors still show.
  logLevel: "error",
  build: {
    outDir: fileURLToPath(new URL("../dist/explorer", import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 8000,
  },
});
