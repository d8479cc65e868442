#!/usr/bin/env bash
# Run under an X server (xvfb-run): starts PROGRAM on POST and waits until a window titled after the post is
# shown, which the window does once it opened the post. Fails if the program exits first, or after a minute.
# Usage: window_shows_post.sh PROGRAM POST
set -u
program=$1 post=$2
name=$(basename "$post")
log=$(mktemp)
# A runtime folder of its own: a Postwright the user runs (whose socket is in theirs) must not take the post.
runtime=$(mktemp -d)
# WebEngine needs its sandbox off as root; the preview draws in software.
XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu "$program" "$post" >"$log" 2>&1 &
pid=$!
status=1
for _ in $(seq 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "$program exited before showing $name:" >&2
        cat "$log" >&2
        break
    fi
    if xwininfo -root -tree | grep -F -- "$name"; then
        status=0
        break
    fi
    sleep 0.5
done
[ $status = 0 ] || [ ! -s "$log" ] || { echo "$program said:" >&2; cat "$log" >&2; }
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
rm -f "$log"
rm -rf "$runtime"
exit $status
