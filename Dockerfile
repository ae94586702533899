# baophu. The service (`start`: webhooks, /healthz, /readyz, /metrics on PORT) by default; the other
# commands are one word away:
#   docker run … baophu                  the service
#   docker run … baophu worker           the reminder worker alone
#   docker run -it … baophu chat         the console chat
#   docker run … baophu admin help       the administrator command line
# Configuration comes from the environment (README "Configuration"); the embedded database (no
# DATABASE_URL) lives in the volume /data. scripts/image-check.sh reproduces the runtime stage without
# a Docker engine and checks it: keep the two in step.
ARG NODE_IMAGE=node:24-bookworm-slim

# Build: every dependency, the Prisma client generated (postinstall), TypeScript compiled to dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CHECKPOINT_DISABLE=1
COPY package.json package-lock.json tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs ./scripts/
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY src ./src
RUN npm run build

# Runtime: production dependencies only (no Prisma CLI or Studio, no tsx, no TypeScript), the compiled
# build, the migrations the service applies at start and the reference data it imports on first use.
# --omit=optional too: @prisma/client names the Prisma CLI (and TypeScript) as optional peers, which
# keeps them, a development dependency of ours, in an --omit=dev install. The other optional packages
# are msgpackr's native accelerator (it falls back to JavaScript), pg's Cloudflare socket and resvg's
# native renderer, copied in below.
# No install scripts: the Prisma client is generated at build time and compiled into dist/.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production CHECKPOINT_DISABLE=1 DATA_DIR=/data PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force
# The chart renderer's native part is the one optional package we need (@resvg/resvg-js picks it per
# platform): taken from the build stage, which installed the one for this platform and version.
COPY --from=build /app/node_modules/@resvg ./node_modules/@resvg
COPY --from=build /app/dist ./dist
COPY prisma/migrations ./prisma/migrations
COPY data ./data
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# The service's port (PORT), and the worker's (WORKER_HTTP_PORT) when the image runs `worker`.
EXPOSE 3000 3001
# GET /healthz of what the container runs: the service on PORT, the worker on WORKER_HTTP_PORT
# (src/healthcheck.ts; node's fetch, as the slim image has no curl).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/healthcheck.js"]
ENTRYPOINT ["node", "dist/main.js"]
CMD ["start"]
