#!/usr/bin/env bash
# The LMS export tests validate SCORM manifests and QTI items against their XSDs with libxml2's
# xmllint. Install Debian's libxml2-utils when it is missing (as root, with apt-get).
set -euo pipefail
if command -v xmllint >/dev/null; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's libxml2-utils (xmllint) for the LMS export tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libxml2-utils >/dev/null
else
  echo "The LMS export tests need xmllint: run 'sudo apt-get install libxml2-utils'." >&2
  exit 1
fi
