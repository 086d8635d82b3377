#!/usr/bin/env bash
# Installs the system libraries Slant builds against, or says exactly what to run.
set -euo pipefail
packages=(libsqlite3-dev libxml2-dev)
if ! command -v swift >/dev/null 2>&1; then
  echo "slant: Swift is not installed. Install a Swift 6 toolchain from swift.org, then run this again." >&2
  exit 1
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "slant: missing system packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
