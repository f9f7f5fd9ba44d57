#!/usr/bin/env bash
# Build PHB Planner's one-folder Linux bundle: dist/phbplanner/, about 250 MB, a few minutes.
#
#     bash packaging/build-linux.sh
#
# Then run dist/phbplanner/phbplanner, or install it for yourself with
#     bash dist/phbplanner/install-for-this-user.sh
# or pack the folder (tar) for other computers of the same kind (glibc as new or newer).
#
# Steps: a build environment (build/bundle-venv) gets the program installed from this checkout as
# a wheel (so its build hook compiles the translations into it) and PyInstaller; PyInstaller then
# follows packaging/phbplanner.spec; last, the desktop files, icons, the install script and the
# licences are put beside the program. Needs python3 with venv and the network to reach the
# package index (the first time). BUNDLE_PYTHON picks another Python.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PY="${BUNDLE_PYTHON:-python3}"
VENV="build/bundle-venv"
DIST="dist/phbplanner"
APP_ID="org.phbplanner.PHBPlanner"

if [ ! -x "$VENV/bin/python" ]; then
  echo "== a build environment in $VENV"
  "$PY" -m venv "$VENV"
fi
echo "== PHB Planner (as a wheel) and PyInstaller"
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install -q ".[bundle]"

echo "== PyInstaller"
rm -rf "$DIST"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/phbplanner.spec

echo "== desktop files, icons, licences"
share="$DIST/share"
mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" \
         "$share/icons/hicolor/scalable/apps"
cp packaging/linux/$APP_ID.desktop "$share/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$share/metainfo/"
cp packaging/linux/$APP_ID.mime.xml "$share/mime/packages/$APP_ID.xml"
cp resources/icons/phbplanner.svg "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 48x48 128x128 256x256; do
  mkdir -p "$share/icons/hicolor/$size/apps"
  cp "packaging/linux/icons/hicolor/$size/apps/$APP_ID.png" "$share/icons/hicolor/$size/apps/"
done
cp packaging/linux/install-user.sh "$DIST/install-for-this-user.sh"
chmod +x "$DIST/install-for-this-user.sh"
cp LICENSE "$DIST/LICENSE"
"$VENV/bin/python" packaging/licences.py "$DIST/licences"  # every bundled library's licence
cp resources/fonts/DejaVu-LICENSE.txt "$DIST/licences/DejaVu-fonts.txt"
version="$("$DIST/phbplanner" --version)"
echo "Built $DIST ($version, $(du -sh "$DIST" | cut -f1))."
