#!/usr/bin/env bash
# What the Docker image would run, checked without a Docker engine: scripts/image-check.ts carries out
# the Dockerfile's stages in a clean temporary folder (the build stage: every dependency, the Prisma
# client, tsc; the runtime stage: production dependencies only, the build, migrations, data, an
# unprivileged user) and, from the runtime stage's folder, starts the service against a throwaway
# PostgreSQL and Redis (/healthz, /readyz, the HEALTHCHECK, a Telegram webhook answered, SIGTERM) and
# the worker, runs `chat` and `admin help`, and cleans up. Exit 0: all passed.
# Needs the project installed (`npm ci`, as scripts/test.sh does: it runs with tsx and the tests'
# fakes), PostgreSQL and redis-server.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
[ -x node_modules/.bin/tsx ] || npm ci --no-audit --no-fund
exec node --import tsx scripts/image-check.ts
