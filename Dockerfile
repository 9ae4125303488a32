# syntax=docker/dockerfile:1
# LockerKit images. Default target: the API (`docker build .`); `--target sandbox`: the DigiLocker
# simulator alone (development and staging only, never in front of real citizens).
# Node: the current LTS line (package.json "engines"); CI runs the suites on it too.
ARG NODE_IMAGE=node:22.23.5-bookworm-slim

# --- build: every dependency (dev included), compile the workspaces the images ship -------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY packages/core/package.json packages/core/
COPY apps/api/package.json apps/api/
COPY apps/sandbox/package.json apps/sandbox/
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund
COPY packages/core packages/core
COPY apps/sandbox apps/sandbox
COPY apps/api apps/api
# In dependency order (the API compiles against core's and the sandbox's dist/).
RUN npm run build -w @lockerkit/core && npm run build -w @lockerkit/sandbox && npm run build -w @lockerkit/api

# --- deps: production dependencies only (no compiler, no test tools) ------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY apps/api/package.json apps/api/
COPY apps/sandbox/package.json apps/sandbox/
COPY apps/web/package.json apps/web/
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
      --workspace @lockerkit/api --workspace @lockerkit/sandbox --workspace @lockerkit/core \
  && npm cache clean --force

# --- runtime base: node_modules from deps, built dist/ folders and shipped certificates only ------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay root-owned and read-only to the service user: the root filesystem may be mounted read-only.
COPY --from=deps /app/node_modules node_modules
COPY --from=deps /app/package.json package.json
COPY --from=build /app/packages/core/package.json packages/core/package.json
COPY --from=build /app/packages/core/dist packages/core/dist
COPY --from=build /app/packages/core/certs packages/core/certs
COPY --from=build /app/apps/sandbox/package.json apps/sandbox/package.json
COPY --from=build /app/apps/sandbox/dist apps/sandbox/dist
COPY --from=build /app/apps/sandbox/trust apps/sandbox/trust
# The image's own user (uid 1000 in the node images), never root.
USER 1000:1000

# --- sandbox: `docker build --target sandbox .` ---------------------------------------------------
FROM runtime AS sandbox
ENV SANDBOX_PORT=4100
EXPOSE 4100
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.SANDBOX_PORT+'/__sandbox/personas').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself (no npm wrapper in between, which would swallow it).
CMD ["node", "apps/sandbox/dist/main.js"]

# --- api (default): `docker build .`; the migration job runs `node apps/api/dist/cli/migrate.js` ---
FROM runtime AS api
COPY --from=build /app/apps/api/package.json apps/api/package.json
COPY --from=build /app/apps/api/dist apps/api/dist
ENV PORT=4000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node is PID 1: main.ts drains on SIGTERM (readiness 503 for SHUTDOWN_DELAY_MS, in-flight requests
# finish, exit 0). `docker run --init` adds tini if you prefer a separate init.
CMD ["node", "apps/api/dist/main.js"]
