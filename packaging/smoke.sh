#!/usr/bin/env bash
# Smoke-test a built .deb without installing it: unpack it into a temporary folder and
# run the bundle there with an empty environment (no Python, no PATH, no locale).
#   packaging/smoke.sh dist/tourplanner_VERSION_amd64.deb
set -euo pipefail
deb=$(realpath "${1:?usage: packaging/smoke.sh PACKAGE.deb}")
ID=io.github.tourplanner_app.tourplanner
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
app=$tmp/root/opt/tourplanner/tourplanner
fail() { echo "smoke: $*" >&2; exit 1; }

# The layout: the bundle, the command on PATH, the desktop files where desktops look.
[ -x "$app" ] || fail "no /opt/tourplanner/tourplanner"
[ "$(readlink "$tmp/root/usr/bin/tourplanner")" = /opt/tourplanner/tourplanner ] \
  || fail "/usr/bin/tourplanner does not link to /opt/tourplanner/tourplanner"
desktop-file-validate "$tmp/root/usr/share/applications/$ID.desktop"
grep -q '^MimeType=application/vnd.tourplanner.tour+json;' "$tmp/root/usr/share/applications/$ID.desktop"
appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/$ID.metainfo.xml" >/dev/null
[ -f "$tmp/root/usr/share/mime/packages/tourplanner.xml" ] || fail "no MIME type"
for size in 16 22 24 32 48 64 128 256 512; do
  [ -s "$tmp/root/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png" ] || fail "no ${size}px icon"
done
[ -s "$tmp/root/usr/share/icons/hicolor/scalable/apps/$ID.svg" ] || fail "no SVG icon"

# The translations (ours and Qt's) are where tourplanner.qt.i18n looks for them.
internal=$tmp/root/opt/tourplanner/_internal
[ -s "$internal/tourplanner/_resources/i18n/tourplanner_zh_CN.qm" ] || fail "no Chinese translation"
ls "$internal"/PySide6/Qt/translations/qtbase_zh_CN.qm >/dev/null || fail "no Qt Chinese translation"

# A link like /usr/bin/tourplanner still finds the bundle's files.
ln -s "$app" "$tmp/tourplanner-link"
db="sqlite:///$tmp/smoke.db"
cd "$tmp"  # nothing of the checkout is in reach

out=$(env -i "$tmp/tourplanner-link" sample --db "$db") || fail "sample failed: $out"
[ "$out" = "Loaded the sample tour chongqing-2021." ] || fail "sample said: $out"
# The sample keeps one double booking on purpose: exit 1 and one error.
set +e
out=$(env -i "$app" --db "$db" check chongqing-2021)
code=$?
set -e
[ "$code" = 1 ] || fail "check exited $code: $out"
grep -q "1 error, 0 warnings in chongqing-2021" <<<"$out" || fail "check said: $out"
# Day maps: a closed loopback port, so the booklet falls back to the sketch offline.
env -i TOURPLANNER_TILES="http://127.0.0.1:9/{z}/{x}/{y}.png" "$app" --db "$db" export pdf --kind booklet -o "$tmp/booklet.pdf" chongqing-2021 >/dev/null
grep -aq WenQuanYiMicroHei "$tmp/booklet.pdf" || fail "the PDF lacks the bundled font"
# A PDF batch on two workers. The GUI has threads running, so there its workers come
# from the fork server (spawn elsewhere): in the bundle both start this binary again,
# which only works if the launcher hands them to multiprocessing (freeze_support). The
# variable picks that way here, from a command that would fork; the files must match.
for method in fork forkserver spawn; do
  out=$(env -i TOURPLANNER_PDF_START_METHOD=$method timeout 300 "$app" --db "$db" export pdf \
    --kind delegate --jobs 2 -o "$tmp/briefings-$method" chongqing-2021) \
    || fail "a PDF batch ($method) failed: $out"
  grep -q "^Built 9 PDF(s), skipped 0 unchanged" <<<"$out" || fail "PDF batch ($method) said: $out"
  for f in "$tmp/briefings-fork"/*.pdf; do
    cmp -s "$f" "$tmp/briefings-$method/${f##*/}" || fail "$method wrote another ${f##*/}"
  done
done
env -i "$app" --db "$db" export ics -o "$tmp/tour.ics" chongqing-2021 2>/dev/null
grep -q "^BEGIN:VTIMEZONE" "$tmp/tour.ics" || fail "the calendar has no time zone"
version=$(env -i "$app" --version)
[ "$version" = "tourplanner $(dpkg-deb -f "$deb" Version)" ] || fail "--version said: $version"
# The window, offscreen; HOME keeps its settings file out of the real one.
mkdir "$tmp/home"
seconds=$(env -i HOME="$tmp/home" QT_QPA_PLATFORM=offscreen "$app" --db "$db" --exit-after-paint 2>"$tmp/gui.err") \
  || fail "--exit-after-paint failed: $(cat "$tmp/gui.err")"
[[ "$seconds" =~ ^[0-9]+\.[0-9]+$ ]] || fail "--exit-after-paint printed: $seconds"
echo "smoke: $(basename "$deb") ok (first paint ${seconds} s)"
