#!/usr/bin/env bash
# Browser tests drive Debian's Chromium: its headless shell (chromium-headless-shell, the lean build
# without the desktop browser around it, about 40 % less CPU per test here) and the full browser
# (/usr/bin/chromium, for screenshots and as a fallback). Installs what is missing (as root, with apt-get).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromium-headless-shell ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium and chromium-headless-shell for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-headless-shell fonts-dejavu-core >/dev/null
elif [ -x /usr/bin/chromium ]; then
  echo "chromium-headless-shell is missing: the browser tests use /usr/bin/chromium, which is slower ('sudo apt-get install chromium-headless-shell')." >&2
else
  echo "The browser tests need Debian's Chromium: run 'sudo apt-get install chromium chromium-headless-shell'." >&2
  exit 1
fi
