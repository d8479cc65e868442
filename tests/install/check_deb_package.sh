#!/usr/bin/env bash
# The .deb as a user meets it. Root only: it installs into this machine's /usr, then removes itself again.
# - cpack builds postwright_VERSION_ARCH.deb; its control fields name the package, section and maintainer;
# - Depends holds, for every library the packaged programs link, the package dpkg-shlibdeps found for it, and
#   the dependencies declared by hand (resources/packaging/debian.cmake); Recommends, the recommended ones;
# - dpkg -i installs exactly the files of installed-files.txt, the programs stripped;
# - /usr/bin/postwright --version runs, `postwright check` and `get` read a post, and the window opens the post
#   (its title appears among Xvfb's windows);
# - dpkg --purge leaves none of the package's files behind.
# Usage: check_deb_package.sh CPACK BUILD_DIR EXPECTED_LIST VERSION
set -euo pipefail
cpack=$1 build=$2 expected=$3 version=$4
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" != 0 ]; then
    echo "SKIP: installing the .deb needs root (dpkg -i); run the tests as root to check it"
    exit 77  # SKIP_RETURN_CODE in tests/install/CMakeLists.txt
fi
# One package test on this machine at a time, across build folders and ctest runs too.
exec 9>/var/lock/postwright-deb-test.lock
flock 9
# dpkg's state of the package: empty or not-installed when it is absent.
package_state() { dpkg-query --show --showformat='${db:Status-Status}' postwright 2>/dev/null || true; }
if [ -n "$(package_state)" ] && [ "$(package_state)" != not-installed ]; then
    fail "postwright is $(package_state) on this machine; this test would remove it (dpkg --purge postwright first)"
fi

work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        dpkg --purge postwright >/dev/null 2>&1 || echo "could not remove postwright: dpkg --purge postwright" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP  # a timeout or ^C still removes the package

echo "== cpack -G DEB"
(cd "$work" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$work/out/postwright_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { cat "$work/cpack.log"; fail "cpack wrote no $(basename "$deb")"; }
dpkg-deb --info "$deb"

echo "== the control fields"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = postwright ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Section)" = editors ] || fail "Section: $(field Section)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
# has LIST RELATION: RELATION is one of LIST's comma-separated relations, version constraints aside.
has() { tr ',' '\n' <<<"$1" | sed 's/ *([^)]*)//g; s/^ *//; s/ *$//' | grep -qxF -- "$2"; }
depends=$(field Depends)
for package in libqt6sql6-sqlite libqt6webenginecore6-bin libqt6svg6; do
    has "$depends" "$package" || fail "Depends lacks $package (declared by hand): $depends"
done
for package in jekyll libjs-highlight.js libjs-katex fonts-katex "hunspell-en-us | hunspell-dictionary" git qt6-translations-l10n; do
    has "$(field Recommends)" "$package" || fail "Recommends lacks $package: $(field Recommends)"
done

echo "== Depends holds the package of every library the programs link (dpkg-shlibdeps)"
dpkg-deb --extract "$deb" "$work/root"
owner() {  # the package holding a library, looked up under /usr and without it (merged /usr)
    local path=$1
    dpkg-query --search "$path" 2>/dev/null || dpkg-query --search "/usr${path#/usr}" 2>/dev/null ||
        dpkg-query --search "${path#/usr}" 2>/dev/null || return 1
}
for program in "$work"/root/usr/bin/*; do
    for library in $(objdump -p "$program" | awk '/NEEDED/ {print $2}'); do
        # "libx.so.1 => /path/libx.so.1 (0x...)", or "/path/ld-linux.so.2 (0x...)" for the loader
        path=$(ldd "$program" | awk -v lib="$library" '
            $1 == lib {print $3}
            substr($1, length($1) - length(lib)) == "/" lib {print $1}')
        [ -n "$path" ] || fail "$(basename "$program") links $library, which is not found"
        package=$(owner "$path" | head -n 1 | cut -d: -f1) || fail "no package holds $path"
        has "$depends" "$package" || fail "$(basename "$program") links $library ($package), not in Depends"
        echo "$(basename "$program"): $library -> $package"
    done
done

echo "== dpkg -i"
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 ||
    { cat "$work/dpkg.log"; fail "dpkg -i failed (make deps installs the Depends)"; }
installed=1
dpkg -L postwright | while read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then echo "$path"; fi
done | LC_ALL=C sort >"$work/files"
diff -u "$expected" "$work/files" || fail "the package's files differ from $expected (- missing, + extra)"
for program in postwright postwright-askpass; do
    file -b "/usr/bin/$program" | grep -q ', stripped' || fail "/usr/bin/$program is not stripped"
done

echo "== /usr/bin/postwright"
[ "$(/usr/bin/postwright --version)" = "postwright $version" ] || fail "postwright --version: not $version"
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
mkdir -p "$work/site/_posts" "$HOME"
printf 'title: Packaged\n' >"$work/site/_config.yml"
post=$work/site/_posts/2024-01-05-installed-from-the-deb.md
printf -- '---\ntitle: Installed from the deb\ntags: [packaging]\n---\nA post, opened by the installed program.\n' \
    >"$post"
/usr/bin/postwright check "$post" || fail "postwright check $post failed"
[ "$(/usr/bin/postwright get "$post" title)" = "Installed from the deb" ] || fail "postwright get read no title"
xvfb-run -a -s "-screen 0 1280x1024x24" bash "$here/window_shows_post.sh" /usr/bin/postwright "$post" ||
    fail "the window did not open $post"

echo "== dpkg --purge"
dpkg --purge postwright >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --purge failed"; }
installed=0
if [ -n "$(package_state)" ] && [ "$(package_state)" != not-installed ]; then
    fail "dpkg still lists postwright as $(package_state)"
fi
left=$(while read -r path; do if [ -e "$path" ] || [ -L "$path" ]; then echo "$path"; fi; done <"$expected")
[ -z "$left" ] || fail "left behind: $left"
[ ! -e /usr/share/doc/postwright ] || fail "left behind: /usr/share/doc/postwright"
echo "OK"
