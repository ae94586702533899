#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine with Node 20 (as root): installs PostgreSQL and
# Redis where they are missing, installs the project, type-checks and runs every test. The test
# set-up starts its own throwaway PostgreSQL cluster and Redis server (test/setup/global-setup.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export CHECKPOINT_DISABLE=1
npm ci --no-audit --no-fund
npm test
