#!/usr/bin/env bash
# Install this CoopDesk bundle for the current user, no root needed:
#   ./install-user.sh           (run inside the unpacked bundle folder)
# Copies the bundle to ~/.local/opt/coopdesk, puts `coopdesk` on ~/.local/bin, and
# registers the menu entry, the icon and the .coopdesk file type, so that
# double-clicking a book opens it in CoopDesk.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/coopdesk"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin"
if [ "$here" != "$target" ]; then
    rm -rf "$target"
    cp -a "$here" "$target"
fi
ln -sf "$target/coopdesk" "$HOME/.local/bin/coopdesk"
mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo"
cp -a "$target/share/icons" "$data/"
sed "s|^Exec=coopdesk|Exec=$target/coopdesk|" "$target/share/applications/nl.coopdesk.CoopDesk.desktop" \
    > "$data/applications/nl.coopdesk.CoopDesk.desktop"
cp "$target/share/mime/packages/nl.coopdesk.CoopDesk.xml" "$data/mime/packages/"
cp "$target/share/metainfo/nl.coopdesk.CoopDesk.metainfo.xml" "$data/metainfo/"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default nl.coopdesk.CoopDesk.desktop application/x-coopdesk || true
echo "CoopDesk is installed in $target; start it from the menu or with: coopdesk"
