#!/usr/bin/env bash
# Installs newsgraph's build, test and documentation dependencies from Debian 12 packages.
# Idempotent: packages already present are skipped by apt-get. Needs root (or sudo).
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libboost-graph-dev libboost-dev
  rapidjson-dev
  libgraphviz-dev graphviz
  catch2
  libgumbo-dev
  libpcre2-dev
  libicu-dev
  libgoogle-perftools-dev
  iso-codes
  doxygen
  serdi libxml2-utils time
)
# The scorer and the linked-data tests need node and npm; a machine may already carry
# them from another source (nodesource bundles npm), so Debian's are added only when absent.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"; exit 0
fi
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
