#!/usr/bin/env bash
# The installed manual page renders without a warning (groff -ww, and man --warnings as lintian runs it), and
# documents the command line `postwright --help` describes: its COMMANDS section has an entry for every verb and
# no other, and every option of the help appears in the page.
# Usage: check_manpage.sh STAGE
set -euo pipefail
stage=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
page=$stage/usr/share/man/man1/postwright.1.gz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8

echo "== groff -man -Tutf8 -ww"
zcat "$page" >"$work/postwright.1"
groff -man -Tutf8 -ww -z "$work/postwright.1" 2>"$work/groff.err"
[ ! -s "$work/groff.err" ] || fail "groff warns: $(cat "$work/groff.err")"
echo "== man --warnings -l"
MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" >/dev/null 2>"$work/man.err"
[ ! -s "$work/man.err" ] || fail "man warns: $(cat "$work/man.err")"

# The page as text, wide and unhyphenated so that each entry and option is on one line and whole.
groff -man -Tutf8 -rHY=0 -rLL=300n -P-cbou "$work/postwright.1" >"$work/page.txt"
"$stage/usr/bin/postwright" --help >"$work/help.txt"

echo "== the verbs: postwright --help (<) and the page's COMMANDS entries (>)"
sed -n 's/^  postwright \([a-z][a-z]*\).*/\1/p' "$work/help.txt" | sort -u >"$work/help.verbs"
sed -n '/^COMMANDS$/,/^[A-Z]/s/^       \([a-z][a-z]*\).*/\1/p' "$work/page.txt" | sort -u >"$work/page.verbs"
[ "$(wc -l <"$work/help.verbs")" -ge 10 ] || fail "found only $(wc -l <"$work/help.verbs") verbs in --help"
cat "$work/help.verbs" | tr '\n' ' '; echo
diff "$work/help.verbs" "$work/page.verbs" || fail "the page's verbs differ from --help's"

echo "== the options of postwright --help"
missing=0
for option in $(grep -oE -- '--[a-z][a-z-]*' "$work/help.txt" | sort -u); do
    if grep -qF -- "$option" "$work/page.txt"; then
        printf '%s ' "$option"
    else
        echo && echo "the page does not mention $option" >&2
        missing=1
    fi
done
echo
[ "$missing" = 0 ] || fail "options of --help missing from the page"
echo "OK"
