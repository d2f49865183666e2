#!/usr/bin/env bash
# The database tests also run against a real PostgreSQL server (tests/support/postgres.ts starts a
# throwaway one). Install Debian's server package when it is missing (as root, with apt-get).
set -euo pipefail
if command -v initdb >/dev/null || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's postgresql for the database tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
else
  echo "The database tests need PostgreSQL's server programs: run 'sudo apt-get install postgresql'." >&2
  exit 1
fi
