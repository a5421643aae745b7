#!/usr/bin/env bash
# Installs what a fresh Debian machine with Node 20 lacks for this project, then the workspace.
# Idempotent: anything already present is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium (element tests run in it, headless)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if ! command -v pnpm >/dev/null 2>&1; then
  echo "setup: installing pnpm"
  npm install -g pnpm@12 >/dev/null
fi

pnpm install --frozen-lockfile
