#!/usr/bin/env bash
# What `cmake --install` lays out, file by file (the exact list in installed-files.txt), and that the installed
# program runs from there: the PNG icons have the sizes their folders name, the programs are executable and
# postwright-askpass is beside postwright (AskpassServer looks for it there), and the installed postwright runs
# a post's Liquid through the site's Jekyll with the engine script compiled into it (resources.qrc and the site
# engine are resources in the binary: nothing is read from the source or build tree at run time).
# Usage: check_install_tree.sh STAGE EXPECTED_LIST VERSION
set -euo pipefail
stage=$1 expected=$2 version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== the installed files (expected: $expected)"
actual=$(cd "$stage" && find . \( -type f -o -type l \) | sed 's|^\.||' | LC_ALL=C sort)
diff -u "$expected" <(printf '%s\n' "$actual") || fail "the installed files differ from $expected (- missing, + extra)"

echo "== the programs"
for program in postwright postwright-askpass; do
    [ -x "$stage/usr/bin/$program" ] || fail "/usr/bin/$program is not executable"
done
[ "$("$stage/usr/bin/postwright" --version)" = "postwright $version" ] || fail "postwright --version is not $version"

echo "== the icon sizes"
for png in "$stage"/usr/share/icons/hicolor/*/apps/*.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")  # 48x48
    described=$(file -b "$png")
    echo "$size: $described"
    [[ $described == "PNG image data, ${size/x/ x },"* ]] || fail "$png is not a ${size} PNG"
done

echo "== the installed postwright renders a post's Liquid with the site's Jekyll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site/_posts"
printf 'title: Staged Site\n' >"$work/site/_config.yml"
printf -- '---\ntitle: Hello\n---\nBuilt by Jekyll {{ jekyll.version }} for {{ site.title }}.\n' \
    >"$work/site/_posts/2024-01-05-hello.md"
# Its own home: the site engine's script is unpacked into the cache, the settings are read from the config.
html=$(cd "$work" && HOME="$work/home" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" "$stage/usr/bin/postwright" render site/_posts/2024-01-05-hello.md 2>"$work/stderr") ||
    fail "postwright render failed: $(cat "$work/stderr")"
echo "$html"
[ ! -s "$work/stderr" ] || fail "postwright render complained: $(cat "$work/stderr")"
jekyll_version=$(jekyll --version | awk '{print $2}')
[[ $html == *"Built by Jekyll $jekyll_version for Staged Site."* ]] || fail "the Liquid was not run by Jekyll $jekyll_version"
echo "OK"
