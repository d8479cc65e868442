#!/usr/bin/env bash
# The installed desktop entry and AppStream metainfo pass their validators with nothing to report, and agree
# with each other and with the program: one id names the entry, the metainfo and the icon; the entry starts the
# installed program; the newest release is the program's version.
# Usage: check_desktop_files.sh STAGE APP_ID VERSION
set -euo pipefail
stage=$1 id=$2 version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
share=$stage/usr/share
desktop=$share/applications/$id.desktop
metainfo=$share/metainfo/$id.metainfo.xml

echo "== desktop-file-validate $desktop"
report=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $report"
[ -z "$report" ] || fail "desktop-file-validate reports: $report"

echo "== appstreamcli validate --no-net --strict $metainfo"
appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli validate found issues"
echo "== appstreamcli validate-tree --no-net --strict $stage/usr"
appstreamcli validate-tree --no-net --strict "$stage/usr" || fail "appstreamcli validate-tree found issues"

echo "== the entry, the metainfo and the program agree"
entry() { sed -n "s/^$1=//p" "$desktop"; }
[ "$(entry Icon)" = "$id" ] || fail "Icon=$(entry Icon), not $id"
[ -f "$share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon named $id"
exec_line=$(entry Exec)
[ "$exec_line" = "postwright %F" ] || fail "Exec=$exec_line"
[ -x "$stage/usr/bin/${exec_line%% *}" ] || fail "Exec names ${exec_line%% *}, which is not installed"
for type in text/markdown text/x-markdown; do
    [[ ";$(entry MimeType)" == *";$type;"* ]] || fail "MimeType lacks $type"
done
xpath() { xmllint --xpath "$1" "$metainfo"; }
[ "$(xpath 'string(/component/id)')" = "$id" ] || fail "the metainfo's id is not $id"
[ "$(xpath 'string(/component/launchable[@type="desktop-id"])')" = "$id.desktop" ] ||
    fail "the metainfo does not launch $id.desktop"
[ "$(xpath 'string(/component/provides/binary)')" = "postwright" ] || fail "the metainfo provides no postwright"
[ "$(xpath 'string(/component/releases/release[1]/@version)')" = "$version" ] ||
    fail "the newest release in the metainfo is not $version"
[ "$(xpath 'count(/component/screenshots/screenshot)')" -ge 1 ] || fail "the metainfo has no screenshot"
echo "OK"
