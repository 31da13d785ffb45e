#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs what is missing, restores, builds, tests.
set -uo pipefail
cd "$(dirname "$0")"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
# The scheduling tests start a real PostgreSQL of their own (initdb + pg_ctl from Debian's server package).
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} (browser tests, schema validation and the clustered scheduler tests need them)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi

status=0

if [ -f addin/package.json ]; then
  echo "== add-in: npm ci && npm test"
  (cd addin && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund && npm test) || status=1
fi

echo "== .NET: restore, build, test"
dotnet restore CopSites.sln || exit 1
dotnet build CopSites.sln -c Release --no-restore -nologo -v q || exit 1
log=$(mktemp)
# One test project at a time (-m:1): on two cores, parallel suites (a browser among them) starve each other.
dotnet test CopSites.sln -c Release --no-build -nologo -m:1 2>&1 | tee "$log"
test_status=$?
[ "$test_status" -eq 0 ] || status=1

if [ -f addin/package.json ]; then
  # After the .NET build: the e2e test drives the task pane against `copsites demo --serve` (the built CLI).
  echo "== add-in: npm run test:e2e"
  (cd addin && npm run test:e2e) || status=1
fi

# One closing line for the whole run: "N passed, N failed, N skipped".
read -r passed failed skipped < <(grep -E "^(Passed|Failed)!" "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || { echo "no tests ran"; status=1; }
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
