#!/usr/bin/env bash
# Install PHB Planner for the current user only (no root, nothing outside your home folder).
#
# From a bundle (bash packaging/build-linux.sh makes dist/phbplanner/, with a copy of this script
# in it as install-for-this-user.sh):
#     bash dist/phbplanner/install-for-this-user.sh
#   copies the program to ~/.local/lib/phbplanner, links ~/.local/bin/phbplanner to it, and adds
#   the menu entry, the icon and the plan file type (double-click a .phbplan file to open it).
#
# For a program installed another way (pip, pipx, a distribution package), from the repository:
#     bash packaging/linux/install-user.sh --command "$(command -v phbplanner)"
#   adds only the menu entry, icon and file type, starting that command.
#
#     bash packaging/linux/install-user.sh --uninstall   (or the bundle's copy of this script)
#   removes all of that again. Plan files, backups and settings are never touched.
#
# Honours XDG_DATA_HOME (default ~/.local/share). Needs nothing beyond coreutils; uses
# update-mime-database, update-desktop-database, gtk-update-icon-cache and xdg-mime when present.
set -euo pipefail

APP_ID=org.phbplanner.PHBPlanner
MIME_TYPE=application/x-phbplanner-plan
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
PROGRAM_DIR="$HOME/.local/lib/phbplanner"
BIN_DIR="$HOME/.local/bin"
ICON_SIZES="48x48 128x128 256x256"

say() { printf '%s\n' "$*"; }
refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

uninstall() {
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/mime/packages/$APP_ID.xml" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $ICON_SIZES; do rm -f "$DATA/icons/hicolor/$size/apps/$APP_ID.png"; done
  if [ -L "$BIN_DIR/phbplanner" ] && [ "$(readlink "$BIN_DIR/phbplanner")" = "$PROGRAM_DIR/phbplanner" ]; then
    rm -f "$BIN_DIR/phbplanner"
  fi
  rm -rf "$PROGRAM_DIR"
  local list="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
  if [ -f "$list" ]; then  # only the line install wrote
    sed -i "/^$(printf '%s' "$MIME_TYPE" | sed 's|/|\\/|')=$APP_ID\.desktop;\{0,1\}\$/d" "$list"
  fi
  refresh
  say "PHB Planner is removed. Your plan files, backups and settings are where they were."
}

# Where the menu entry, metainfo, file type and icons come from: a bundle's share/ folder, or
# this repository's packaging/linux and resources/icons.
if [ -d "$HERE/share/applications" ]; then
  SHARE_DESKTOP="$HERE/share/applications/$APP_ID.desktop"
  SHARE_METAINFO="$HERE/share/metainfo/$APP_ID.metainfo.xml"
  SHARE_MIME="$HERE/share/mime/packages/$APP_ID.xml"
  SHARE_ICONS="$HERE/share/icons/hicolor"
  SHARE_SVG="$SHARE_ICONS/scalable/apps/$APP_ID.svg"
else
  SHARE_DESKTOP="$HERE/$APP_ID.desktop"
  SHARE_METAINFO="$HERE/$APP_ID.metainfo.xml"
  SHARE_MIME="$HERE/$APP_ID.mime.xml"
  SHARE_ICONS="$HERE/icons/hicolor"
  SHARE_SVG="$HERE/../../resources/icons/phbplanner.svg"
fi

COMMAND=""
case "${1:-}" in
  --uninstall) uninstall; exit 0 ;;
  --command)
    COMMAND="${2:?usage: install-user.sh --command /path/to/phbplanner}"
    [ -x "$COMMAND" ] || { say "install-user.sh: $COMMAND is not a program that can be run." >&2; exit 2; }
    COMMAND="$(cd "$(dirname "$COMMAND")" && pwd)/$(basename "$COMMAND")"
    ;;
  "")
    if [ ! -x "$HERE/phbplanner" ] || [ ! -d "$HERE/share" ]; then
      say "install-user.sh: run the copy inside a bundle (bash packaging/build-linux.sh makes one)," >&2
      say "  or give the program to start: install-user.sh --command /path/to/phbplanner" >&2
      exit 2
    fi
    ;;
  -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) say "install-user.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
esac

if [ -z "$COMMAND" ]; then  # copy the bundle into place (whole, then switched in)
  mkdir -p "$(dirname "$PROGRAM_DIR")" "$BIN_DIR"
  staging="$PROGRAM_DIR.new.$$"
  rm -rf "$staging"
  cp -a "$HERE" "$staging"
  rm -rf "$PROGRAM_DIR"
  mv "$staging" "$PROGRAM_DIR"
  ln -sfn "$PROGRAM_DIR/phbplanner" "$BIN_DIR/phbplanner"
  COMMAND="$PROGRAM_DIR/phbplanner"
  say "Installed the program in $PROGRAM_DIR (command: $BIN_DIR/phbplanner)."
fi

# The menu entry starts this exact program (a desktop session's PATH may lack ~/.local/bin).
# Desktop Entry quoting: \ " ` $ escaped inside the quotes, then every \ doubled (the string
# escape), and % doubled (field codes).
quoted="$(printf '%s' "$COMMAND" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')"
try_exec="$(printf '%s' "$COMMAND" | sed -e 's/\\/\\\\/g')"
mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" \
         "$DATA/icons/hicolor/scalable/apps"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    "Exec=phbplanner "*) printf 'Exec="%s" %s\n' "$quoted" "${line#Exec=phbplanner }" ;;
    "TryExec=phbplanner") printf 'TryExec=%s\n' "$try_exec" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$SHARE_DESKTOP" > "$DATA/applications/$APP_ID.desktop"
cp "$SHARE_METAINFO" "$DATA/metainfo/$APP_ID.metainfo.xml"
cp "$SHARE_MIME" "$DATA/mime/packages/$APP_ID.xml"
cp "$SHARE_SVG" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $ICON_SIZES; do
  mkdir -p "$DATA/icons/hicolor/$size/apps"
  cp "$SHARE_ICONS/$size/apps/$APP_ID.png" "$DATA/icons/hicolor/$size/apps/$APP_ID.png"
done
refresh
if command -v xdg-mime >/dev/null 2>&1; then  # plan files open with PHB Planner by default
  xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" >/dev/null 2>&1 || true
fi
say "Added PHB Planner to the menu, with its icon and the plan file type (.phbplan)."
if [ "$COMMAND" = "$PROGRAM_DIR/phbplanner" ]; then
  case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) say "To type 'phbplanner' in a terminal, add $BIN_DIR to your PATH (log in again)." ;;
  esac
fi
exit 0
