#!/usr/bin/env bash
# Build dist/tourplanner_VERSION_amd64.deb: the PyInstaller one-folder bundle in
# /opt/tourplanner, /usr/bin/tourplanner linking to it, and the desktop integration
# (menu entry, hicolor icons, AppStream metainfo, the tour-file MIME type).
#   packaging/build-deb.sh PYTHON       (make dist calls it with the project's venv)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
ID=io.github.tourplanner_app.tourplanner
BUILD=build/deb
mkdir -p dist

VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
DEB=dist/tourplanner_${VERSION}_amd64.deb

# The metainfo's newest release and the changelog must name this version.
newest=$("$PY" -c 'import sys, xml.etree.ElementTree as T; print(T.parse(sys.argv[1]).find("releases/release").get("version"))' "packaging/$ID.metainfo.xml")
[ "$newest" = "$VERSION" ] || { echo "build-deb: metainfo's newest release is $newest, pyproject says $VERSION" >&2; exit 1; }
grep -q "^## \[$VERSION\]" CHANGELOG.md || { echo "build-deb: CHANGELOG.md has no section for $VERSION" >&2; exit 1; }

# Desktop files are checked before the long build.
desktop-file-validate "packaging/$ID.desktop"
appstreamcli validate --no-net "packaging/$ID.metainfo.xml"
mime_check=$(mktemp -d)
mkdir -p "$mime_check/mime/packages"
cp packaging/tourplanner-mime.xml "$mime_check/mime/packages/"
# Any message is a problem in the XML (the folder is named as a data folder, so the
# tool has no reason to warn about the search path).
XDG_DATA_HOME="$mime_check" update-mime-database "$mime_check/mime" 2>&1 | (! grep .)
grep -q "application/vnd.tourplanner.tour+json:\*.tour.json" "$mime_check/mime/globs2"
grep -q "application/json" "$mime_check/mime/subclasses"
rm -rf "$mime_check"

# The bundle, from this checkout (not whatever copy the venv has installed).
PYTHONPATH="$PWD" "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/pyinstaller" --workpath "$BUILD/work" packaging/tourplanner.spec

root=$BUILD/root
rm -rf "$root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
cp -a "$BUILD/pyinstaller/tourplanner" "$root/opt/tourplanner"
ln -s /opt/tourplanner/tourplanner "$root/usr/bin/tourplanner"
share=$root/usr/share
install -Dm644 "packaging/$ID.desktop" "$share/applications/$ID.desktop"
install -Dm644 "packaging/$ID.metainfo.xml" "$share/metainfo/$ID.metainfo.xml"
install -Dm644 packaging/tourplanner-mime.xml "$share/mime/packages/tourplanner.xml"
install -Dm644 packaging/icons/tourplanner.svg "$share/icons/hicolor/scalable/apps/$ID.svg"
QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py packaging/icons/tourplanner.svg \
  "$share/icons/hicolor" "$ID" >/dev/null
install -Dm644 CHANGELOG.md "$share/doc/tourplanner/changelog"
install -Dm644 resources/fonts/wqy-microhei.LICENSE.txt "$share/doc/tourplanner/wqy-microhei.LICENSE.txt"
install -Dm644 resources/fonts/DejaVuSans.LICENSE.txt "$share/doc/tourplanner/DejaVuSans.LICENSE.txt"

installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: tourplanner
Version: $VERSION
Architecture: amd64
Maintainer: The Tourplanner developers <tourplanner@example.org>
Installed-Size: $installed_kib
Depends: libc6 (>= 2.34), libgl1, libegl1, libfontconfig1, libxcb-icccm4, libxcb-keysyms1
Recommends: libwayland-client0, libxkbcommon-x11-0
Section: misc
Priority: optional
Homepage: https://github.com/tourplanner-app/tourplanner
Description: plan delegation tours and catch clashes before they happen
 Tourplanner plans the visits of delegations: sites, people and a day-by-day
 programme, checked as you edit it, with calendars, CalDAV sync, bilingual PDF
 briefings, spreadsheets and email. The package carries its own Python and Qt.
CONTROL
# The menu, MIME and icon caches are refreshed by the triggers of desktop-file-utils,
# shared-mime-info and hicolor-icon-theme; no maintainer scripts are needed.
rm -f "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$root" "$DEB" >/dev/null
echo "$DEB: $(du -k "$DEB" | cut -f1) KiB, installed $installed_kib KiB"
