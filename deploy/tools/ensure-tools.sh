#!/usr/bin/env bash
# Make sure the tools the deployment tests use are installed:
#   promtool + prometheus  (Debian package "prometheus")  -> promtool check, the real-server test
#   docker-compose v1      (Debian package "docker-compose") -> `docker-compose config -q`
# Installs missing ones with apt-get (as root, or through sudo without a password).
# When it cannot: exits non-zero if CI=true (CI must run every test), otherwise prints a
# notice and exits 0, and the tests that need a missing tool skip with a message.
set -uo pipefail

need=()
command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

echo "ensure-tools: installing ${need[*]} with apt-get" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  sudo=(unavailable)
fi

installed=false
if [ "${sudo[0]:-}" != unavailable ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  # --no-install-recommends: the tools only; the prometheus package's service is not started
  # in containers without systemd, and the tests start their own server.
  if "${sudo[@]}" apt-get update -qq >&2 \
    && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >&2; then
    installed=true
  fi
fi

if $installed \
  && command -v promtool >/dev/null 2>&1 \
  && command -v prometheus >/dev/null 2>&1 \
  && command -v docker-compose >/dev/null 2>&1; then
  exit 0
fi

msg="ensure-tools: could not install ${need[*]} (need root or passwordless sudo, and apt-get)."
if [ "${CI:-}" = "true" ]; then
  echo "$msg CI=true: failing, because the deployment tests must run in CI." >&2
  exit 1
fi
echo "NOTICE: $msg The deployment tests that need them will be SKIPPED." >&2
echo "NOTICE: install them yourself: sudo apt-get install prometheus docker-compose" >&2
exit 0
