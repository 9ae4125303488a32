import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In production the API serves dist/ at `/` on its own port. For `vite dev`, everything that is the
// API's goes to it (API_URL, default http://localhost:4000).
const api = process.env.API_URL ?? "http://localhost:4000";
const proxied = ["/graphql", "/demo-config.json", "/files", "/digilocker", "/.well-known", "/status"];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: api, changeOrigin: false }])),
  },
  // @lockerkit/core is CommonJS and linked from the workspace: `vite dev` pre-bundles its receipts module.
  optimizeDeps: { include: ["@lockerkit/core/receipts"] },
  build: { outDir: "dist", sourcemap: true, assetsInlineLimit: 0 },
});
