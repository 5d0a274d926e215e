#!/usr/bin/env bash
# Build the Linux bundle: dist/coopdesk/ (PyInstaller, one folder).
#
#   bash packaging/build.sh
#
# Everything comes from a fresh virtual environment in build/bundle/venv: CoopDesk is
# installed there as a wheel (its build compiles the translations and copies the
# icons, rules tables, fonts and help into the package) with PyInstaller from PyPI.
# The icon sizes are rendered from resources/icons/coopdesk.svg (make_icons.py).
# dist/coopdesk/ then holds the program (`coopdesk`), `share/` (menu entry, AppStream
# metadata, the .coopdesk file type, icons) and install-user.sh, which installs it for
# the current user. PYTHON=python3.12 picks the interpreter (3.11 or later).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/bundle"
icons="$root/build/icons"
dist="$root/dist"
python="${PYTHON:-python3}"
started=$(date +%s)

rm -rf "$build" "$icons" "$dist/coopdesk" "$root/build/lib"
mkdir -p "$build"
"$python" -m venv "$build/venv"
venv="$build/venv/bin"
"$venv/python" -m pip install --quiet "$root" pyinstaller
version="$("$venv/python" -c 'import coopdesk; print(coopdesk.__version__)')"

"$venv/python" "$root/packaging/make_icons.py" "$icons"

# outside the checkout, so the spec and PyInstaller see the installed package, not the sources
(cd "$build" && COOPDESK_ICONS="$icons" "$venv/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$build/work" "$root/packaging/coopdesk.spec")

bundle="$dist/coopdesk"
share="$bundle/share"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$icons/coopdesk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/nl.coopdesk.CoopDesk.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps" "$share/applications" "$share/mime/packages" "$share/metainfo"
cp "$root/resources/icons/coopdesk.svg" "$share/icons/hicolor/scalable/apps/nl.coopdesk.CoopDesk.svg"
cp "$root/packaging/linux/nl.coopdesk.CoopDesk.desktop" "$share/applications/"
cp "$root/packaging/linux/nl.coopdesk.CoopDesk.xml" "$share/mime/packages/"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%F)/" \
    "$root/packaging/linux/nl.coopdesk.CoopDesk.metainfo.xml" > "$share/metainfo/nl.coopdesk.CoopDesk.metainfo.xml"
cp "$root/packaging/linux/install-user.sh" "$bundle/"

echo "CoopDesk $version: $bundle ($(du -sh "$bundle" | cut -f1)), built in $(( $(date +%s) - started )) s"
