#!/bin/sh
# Put LeadTracker into the desktop's application menu, for the current user only.
#
# Usage: install-desktop-entry.sh [BUNDLE]
#
# BUNDLE is the unpacked folder that holds the executable `LeadTracker`. By
# default it is the folder this script is in (the bundle ships the script at
# its top level); run from a repository checkout, it is dist/LeadTracker/ there.
#
# Installs, under ${XDG_DATA_HOME:-~/.local/share} (no root needed):
#   applications/de.duesseldorf.LeadTracker.desktop   Exec= the bundle's executable
#   metainfo/de.duesseldorf.LeadTracker.metainfo.xml
#   icons/hicolor/<size>x<size>/apps/de.duesseldorf.LeadTracker.png
# Run it again after moving the bundle. To remove the entry, delete those files.
set -eu

ID=de.duesseldorf.LeadTracker
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
default=$here
[ -e "$here/LeadTracker" ] || default="$here/../../dist/LeadTracker"
bundle=$(CDPATH='' cd -- "${1:-$default}" 2>/dev/null && pwd) ||
    { echo "No bundle folder ${1:-$default} (build it first, or name it)" >&2; exit 1; }
exe="$bundle/LeadTracker"
[ -x "$exe" ] || { echo "No executable LeadTracker in $bundle" >&2; exit 1; }

# The .desktop file and metainfo lie beside this script; the icons are in the
# bundle (PyInstaller's _internal/) or, in a checkout, in resources/icons/.
icons=
for dir in "$bundle/_internal/resources/icons" "$bundle/resources/icons" "$here/../../resources/icons"; do
    if [ -f "$dir/leadtracker-48.png" ]; then icons=$dir; break; fi
done
[ -n "$icons" ] || { echo "No icons (leadtracker-<size>.png) found for $bundle" >&2; exit 1; }

data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/metainfo"

# Exec= needs the path in double quotes with \ " ` $ escaped, then every \ doubled
# (the file's own escaping) and % doubled (field codes); TryExec= only the latter.
exec_path=$(printf '%s\n' "$exe" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
try_path=$(printf '%s\n' "$exe" | sed -e 's/\\/\\\\/g')
EXEC_PATH=$exec_path TRY_PATH=$try_path awk '
    /^Exec=/ { print "Exec=\"" ENVIRON["EXEC_PATH"] "\""; next }
    /^TryExec=/ { print "TryExec=" ENVIRON["TRY_PATH"]; next }
    { print }
' "$here/$ID.desktop" > "$data/applications/$ID.desktop"
cp "$here/$ID.metainfo.xml" "$data/metainfo/$ID.metainfo.xml"

for size in 16 24 32 48 64 128 256 512; do
    if [ -f "$icons/leadtracker-$size.png" ]; then
        mkdir -p "$data/icons/hicolor/${size}x$size/apps"
        cp "$icons/leadtracker-$size.png" "$data/icons/hicolor/${size}x$size/apps/$ID.png"
    fi
done
if [ -f "$icons/leadtracker.svg" ]; then
    mkdir -p "$data/icons/hicolor/scalable/apps"
    cp "$icons/leadtracker.svg" "$data/icons/hicolor/scalable/apps/$ID.svg"
fi

# Tell menus and icon themes (where the tools exist; harmless otherwise).
touch "$data/icons/hicolor" 2>/dev/null || true
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
fi
echo "Installed $ID for $exe"
