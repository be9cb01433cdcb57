#!/usr/bin/env bash
# Package the PyInstaller bundle dist/cakeshop (make bundle) as
#   dist/cakeshop_<version>_<arch>.deb        installs /opt/cakeshop, /usr/bin/cakeshop, menu entry, icon
#   dist/cakeshop-<version>-linux-<arch>.tar.gz   the same bundle folder, to unpack anywhere
set -euo pipefail
cd "$(dirname "$0")/../.."

bundle=dist/cakeshop
[ -x "$bundle/cakeshop" ] || { echo "build-deb: no bundle in $bundle: run make bundle" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' cakeshop_desktop/__init__.py)
arch=$(dpkg --print-architecture)
root=build/deb/cakeshop_${version}_${arch}
deb=dist/cakeshop_${version}_${arch}.deb
tarball=dist/cakeshop-${version}-linux-${arch}.tar.gz

rm -rf "$root"
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
           "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$root/opt/cakeshop"
ln -s /opt/cakeshop/cakeshop "$root/usr/bin/cakeshop"
install -m 0644 packaging/linux/cakeshop.desktop "$root/usr/share/applications/cakeshop.desktop"
install -m 0644 resources/icons/cake-pink.svg \
        "$root/usr/share/icons/hicolor/scalable/apps/cakeshop.svg"
install -m 0755 packaging/linux/postinst packaging/linux/postrm "$root/DEBIAN/"
install -d "$root/usr/share/doc/cakeshop"
printf 'Cakeshop Desktop %s\nLicense: MIT\nThe bundle in /opt/cakeshop holds Python, Qt (LGPLv3) and PySide6 (LGPLv3)\nand the Python packages listed in /opt/cakeshop/_internal/*.dist-info.\n' \
       "$version" > "$root/usr/share/doc/cakeshop/copyright"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    packaging/linux/control.in > "$root/DEBIAN/control"
# Files belong to root and are world-readable whoever builds the package.
find "$root" -path "$root/DEBIAN" -prune -o -type d -exec chmod 0755 {} +
chmod -R go-w "$root"

dpkg-deb --root-owner-group -Zxz -z6 --build "$root" "$deb" >/dev/null
tar -C dist -czf "$tarball" --owner=0 --group=0 cakeshop
echo "build-deb: $deb ($(du -h "$deb" | cut -f1)), $tarball ($(du -h "$tarball" | cut -f1))"
