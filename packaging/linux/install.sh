#!/bin/sh
# Install this copy of Qorgau for the current user only (no administrator rights needed):
# the program in ~/.local/opt/qorgau, a menu entry, and the `qorgau` command in ~/.local/bin.
# To remove it: rm -rf ~/.local/opt/qorgau ~/.local/bin/qorgau \
#   ~/.local/share/applications/qorgau.desktop ~/.local/share/icons/hicolor/256x256/apps/qorgau.png
# Your vault (~/.local/share/Qorgau) is never touched by installing or removing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest="$HOME/.local/opt/qorgau"
apps="$HOME/.local/share/applications"
icons="$HOME/.local/share/icons/hicolor/256x256/apps"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$apps" "$icons"
rm -rf "$dest.new"
cp -a "$here" "$dest.new"
rm -rf "$dest"
mv "$dest.new" "$dest"
cp "$here/qorgau.png" "$icons/qorgau.png"
printf '#!/bin/sh\nexec "%s/qorgau" "$@"\n' "$dest" > "$HOME/.local/bin/qorgau"
chmod 755 "$HOME/.local/bin/qorgau"
sed "s|^Exec=qorgau|Exec=\"$dest/qorgau\"|" "$here/qorgau.desktop" > "$apps/qorgau.desktop"
echo "Qorgau is installed: find it in the applications menu, or run $dest/qorgau"
