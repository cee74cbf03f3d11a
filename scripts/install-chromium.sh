#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (test/browser), unless it is already there.
# playwright-core drives it at /usr/bin/chromium; we never download Playwright's own browsers.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-liberation fonts-dejavu-core fonts-noto-color-emoji
