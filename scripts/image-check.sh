#!/usr/bin/env bash
# What the Docker image would run, checked without a Docker engine: builds dist/ (`npm run build`),
# then scripts/image-check.ts carries out the Dockerfile's runtime stage in a clean temporary folder
# (production dependencies only, the build, migrations, data, an unprivileged user) and, from there,
# starts the service against a throwaway PostgreSQL and Redis (/healthz, /readyz, the HEALTHCHECK, a
# Telegram webhook answered, SIGTERM), runs `chat` and `admin help`, and cleans up. Exit 0: all passed.
# Needs the project installed (`npm ci`, as scripts/test.sh does), PostgreSQL and redis-server.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
[ -x node_modules/.bin/tsc ] || npm ci --no-audit --no-fund
npm run -s build
exec node --import tsx scripts/image-check.ts
