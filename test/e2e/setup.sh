#!/usr/bin/env bash
# Installs what the workbench tests need: Debian's chromium (the browser), libkrb5-dev (a native
# module of code-server builds against it) and ripgrep (see below), then code-server and
# playwright-core into test/e2e/node_modules. Safe to run again: each step is skipped when done.
# Needs only the Debian mirrors and the npm registry; runs as root (apt-get) or with the packages
# already installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# 1. System packages, installed only when one is missing.
missing=()
for pkg in chromium libkrb5-dev ripgrep; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "[e2e setup] installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. code-server depends on @vscode/ripgrep, whose postinstall downloads rg from GitHub unless the
#    archive is already in its cache folder. Offline, we put Debian's rg into that archive.
rg_version=v13.0.0-10
rg_pkg_version=1.15.11
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-gnu ;;
  *) echo "[e2e setup] unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
tmp_root="${TMPDIR:-/tmp}"
rg_cache="$tmp_root/vscode-ripgrep-cache-$rg_pkg_version"
rg_archive="$rg_cache/ripgrep-$rg_version-$rg_target.tar.gz"
if [[ ! -s "$rg_archive" ]]; then
  mkdir -p "$rg_cache"
  tar -czf "$rg_archive" -C "$(dirname "$(command -v rg)")" rg
fi

# 3. The npm packages, in this folder only (never in the repository root, whose node_modules the
#    extension uses). The stamp records which lock file was installed, so a second run is instant.
stamp="$here/node_modules/.triangulate-e2e-lock"
lock_sum="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" || ! -x "$here/node_modules/.bin/code-server" ]]; then
  echo "[e2e setup] npm ci in test/e2e"
  (cd "$here" && npm_config_yes=true npm_config_unsafe_perm=true npm_config_nodedir=/usr \
     npm_config_fund=false npm_config_audit=false npm ci --no-audit --no-fund)
  echo "$lock_sum" > "$stamp"
fi
echo "[e2e setup] ready: code-server $(node -p "require('$here/node_modules/code-server/package.json').version")"
