#!/usr/bin/env bash
# The whole test suite on a fresh clone: installs what it needs, then runs every stage.
# This is README's test command and what CI (.ci/run) calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node scripts/test.mjs "$@"
