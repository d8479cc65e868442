#!/usr/bin/env python3
"""Measures Postwright and ghostwriter the same way, from outside, in one run (see README.md).

Run under an X server (Xvfb):
    xvfb-run -a -s "-screen 0 1280x1024x24" python3 tests/bench/compare_ghostwriter.py \
        --postwright build/app/postwright --json posts/post-10k.md posts/post-100k.md posts/post-1m.md

For each application and post, in a fresh process with empty XDG folders:
  * window: spawn -> its first window is mapped (xdotool search --onlyvisible --pid, every 5 ms);
  * drawn: spawn -> the preview page holds the post's text, seen through the Chrome DevTools protocol
    (QTWEBENGINE_REMOTE_DEBUGGING) by polling the page from an isolated world every 5 ms;
  * pss: the PSS of the application and every process it started, 5 s after spawn (/proc/*/smaps_rollup);
    window and pss come from a launch without the DevTools server, drawn and typing from a second one;
  * typing: single characters pressed through XTEST (libXtst, from this process: no xdotool start-up in the
    measurement) at the end of the post (Ctrl+End: x, BackSpace, ...); each is timed from the key press to the
    first requestAnimationFrame after the preview's DOM changed (a MutationObserver in an isolated world of
    the page, re-installed on every new document, so a page reload counts as an update too).
Both applications run with QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu and the same window size.
Standard library only; the DevTools socket is on 127.0.0.1.
"""

import argparse
import base64
import ctypes
import json
import os
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

PORT = 9339
WORLD = "pwprobe"
# Installed in every document: report the first frame after any DOM change (and after a page load).
PROBE = r"""
(function () {
    if (window.__pwProbe) return;
    window.__pwProbe = true;
    var pending = false;
    function report() {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; console.debug('pwprobe:' + Date.now()); });
    }
    function install() {
        new MutationObserver(report).observe(document, {childList: true, subtree: true, characterData: true});
        report();
    }
    if (document.readyState === 'complete') install(); else window.addEventListener('load', install);
})();
"""


def now_ms():
    return time.time() * 1000.0


class WebSocket:
    """The little of RFC 6455 the DevTools protocol needs: text frames, client-masked."""

    def __init__(self, url):
        assert url.startswith("ws://")
        hostport, path = url[5:].split("/", 1)
        host, port = hostport.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        request = ("GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (path, hostport, key))
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        if b" 101 " not in response.split(b"\r\n")[0]:
            raise RuntimeError("websocket handshake failed: %r" % response)
        self.buffer = b""

    def send(self, text):
        data = text.encode()
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        elif len(data) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(data))
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise EOFError("devtools socket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def receive(self, timeout):
        self.sock.settimeout(timeout)
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(length)
            opcode = first & 0x0F
            if opcode == 0x9:  # ping
                continue
            message += payload
            if first & 0x80:
                return message.decode("utf-8", "replace")


class DevTools:
    def __init__(self, port, deadline):
        url = None
        while url is None:
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port, timeout=2) as response:
                    pages = [p for p in json.load(response) if p.get("type") == "page"]
                    if pages:
                        url = pages[0]["webSocketDebuggerUrl"]
            except OSError:
                pass
            if url is None:
                if time.time() > deadline:
                    raise RuntimeError("no devtools page")
                time.sleep(0.005)
        self.ws = WebSocket(url)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive(60))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def next_event(self, timeout):
        if self.events:
            return self.events.pop(0)
        try:
            return json.loads(self.ws.receive(timeout))
        except socket.timeout:
            return None

    def isolated_eval(self, expression, attempts=50):
        # A page that reloads (Postwright reloads its shell once it knows the post's folder) drops the world
        # between creating it and evaluating in it: try again in the new document.
        for attempt in range(attempts):
            try:
                frame = self.call("Page.getFrameTree")["frameTree"]["frame"]["id"]
                context = self.call("Page.createIsolatedWorld", frameId=frame,
                                    worldName=WORLD)["executionContextId"]
                result = self.call("Runtime.evaluate", expression=expression, contextId=context,
                                   returnByValue=True)
                return result.get("result", {}).get("value")
            except RuntimeError:
                if attempt + 1 == attempts:
                    raise
                time.sleep(0.01)


class Keyboard:
    """XTEST key presses from this process, so no helper start-up lands inside a measurement."""

    def __init__(self):
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.xtst = ctypes.CDLL("libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XStringToKeysym.restype = ctypes.c_ulong
        self.x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            raise RuntimeError("no X display: run under xvfb-run")

    def _code(self, name):
        return self.x11.XKeysymToKeycode(self.display, self.x11.XStringToKeysym(name.encode()))

    def press(self, *names):
        """Presses the keys together (modifiers first) and releases them; returns the time of the press."""
        codes = [self._code(n) for n in names]
        pressed_at = now_ms()
        for code in codes:
            self.xtst.XTestFakeKeyEvent(self.display, code, True, 0)
        for code in reversed(codes):
            self.xtst.XTestFakeKeyEvent(self.display, code, False, 0)
        self.x11.XFlush(self.display)
        return pressed_at


def process_tree(root):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except (OSError, IndexError):
                pass
    tree = [root]
    for pid in tree:
        tree += children.get(pid, [])
    return tree


def tree_pss_kib(root):
    total = 0
    for pid in process_tree(root):
        try:
            with open("/proc/%d/smaps_rollup" % pid) as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def percentile(values, percent):
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * percent // 100))
    return ordered[int(rank) - 1]


def launch(command, post, devtools):
    """Starts an application on a post in a fresh session with empty XDG folders; returns (process, home)."""
    home = tempfile.mkdtemp(prefix="pwcompare-")
    env = dict(os.environ, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_CACHE_HOME=home + "/cache", QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu")
    if devtools:
        env["QTWEBENGINE_REMOTE_DEBUGGING"] = "127.0.0.1:%d" % PORT
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    process = subprocess.Popen(command + [os.path.abspath(post)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    return process, home


def end(process, home):
    """Ends the application and every helper process it started."""
    tree = process_tree(process.pid)
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    for pid in tree[1:]:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    shutil.rmtree(home, ignore_errors=True)
    time.sleep(1.0)


def visible_windows(process):
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)],
                           capture_output=True, text=True, timeout=30).stdout.split()
    return found


def wait_for_window(process):
    """Polls every 5 ms (xdotool's own --sync looks only every 500 ms) for the first mapped window."""
    deadline = time.time() + 120
    while time.time() < deadline:
        found = visible_windows(process)
        if found:
            return found[0]
        time.sleep(0.005)
    raise RuntimeError("no window")


def focus(process):
    """Gives the keyboard to the application's largest visible window (the main one, not a helper)."""
    def area(window):
        geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], capture_output=True,
                                  text=True, timeout=30).stdout
        values = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
        return int(values.get("WIDTH", 0)) * int(values.get("HEIGHT", 0))
    windows = visible_windows(process)
    if not windows:
        raise RuntimeError("no window to type into")
    main_window = max(windows, key=area)
    subprocess.run(["xdotool", "windowfocus", "--sync", main_window], capture_output=True, timeout=30)


def measure_start(command, post, result):
    """Window mapped and PSS 5 s after spawn, without the DevTools server (it costs memory of its own)."""
    spawned = now_ms()
    process, home = launch(command, post, devtools=False)
    try:
        wait_for_window(process)
        result["window_ms"] = now_ms() - spawned
        time.sleep(max(0.0, (spawned + 5000 - now_ms()) / 1000))
        result["pss_kib"] = tree_pss_kib(process.pid)
    finally:
        end(process, home)


def measure_preview(command, post, options, keyboard, result):
    """Preview drawn after spawn, then typing latency, through the DevTools protocol."""
    body = open(post, encoding="utf-8").read().split("\n---\n", 1)[-1]
    # Three plain words from the body's last lines: in the page once the whole post has been drawn.
    plain = [line for line in body.splitlines() if len(line) > 30 and line[:25].replace(" ", "").isalpha()]
    if plain:
        marker = " ".join(plain[-1].split()[:3])
    else:  # a body with no paragraph (a table): the last cell's text
        marker = [cell.strip() for cell in body.strip().splitlines()[-1].split("|") if cell.strip()][-1]
    spawned = now_ms()
    process, home = launch(command, post, devtools=True)
    try:
        wait_for_window(process)
        devtools = DevTools(PORT, time.time() + 120)
        devtools.call("Page.enable")
        check = "document.body !== null && document.body.textContent.indexOf(%s) >= 0" % json.dumps(marker)
        while not devtools.isolated_eval(check):
            if now_ms() - spawned > 120000:
                raise RuntimeError("the preview never showed the post")
            time.sleep(0.005)
        result["drawn_ms"] = now_ms() - spawned

        devtools.call("Runtime.enable")
        devtools.call("Page.addScriptToEvaluateOnNewDocument", source=PROBE, worldName=WORLD)
        devtools.isolated_eval(PROBE)
        focus(process)
        time.sleep(1.0)
        keyboard.press("Control_L", "End")
        time.sleep(1.0)
        latencies = []
        for i in range(options.edits):
            while devtools.next_event(0.05) is not None:
                pass  # what the previous edit (or the cursor move) left behind
            pressed = keyboard.press("x" if i % 2 == 0 else "BackSpace")
            seen = None
            deadline = time.time() + options.timeout
            while seen is None and time.time() < deadline:
                event = devtools.next_event(max(0.01, deadline - time.time()))
                if event and event.get("method") == "Runtime.consoleAPICalled":
                    value = str(event["params"]["args"][0].get("value", ""))
                    if value.startswith("pwprobe:") and float(value[8:]) >= pressed:
                        seen = float(value[8:])
            if seen is None:
                raise RuntimeError("edit %d not seen in the preview within %d s" % (i + 1, options.timeout))
            latencies.append(seen - pressed)
            time.sleep(options.gap / 1000)
        result["typing_p50_ms"] = statistics.median(latencies)
        result["typing_p95_ms"] = percentile(latencies, 95)
        result["typing_edits"] = len(latencies)
    finally:
        end(process, home)


def measure(app, command, post, options, keyboard):
    result = {"app": app, "post": os.path.basename(post)}
    try:
        measure_start(command, post, result)
        measure_preview(command, post, options, keyboard, result)
    except Exception as error:  # report it and go on with the next run
        result["error"] = str(error)
    return result


FIGURES = ("window_ms", "drawn_ms", "pss_kib", "typing_p50_ms", "typing_p95_ms")


def print_medians(results):
    """Per post: each application's median over its runs (runs with an error left out), and Postwright's
    figure as a fraction of ghostwriter's."""
    print("\nmedian of runs, and postwright / ghostwriter")
    print("%-16s %-12s %9s %9s %10s %9s %9s %5s" % ("post", "app", "window", "drawn", "pss KiB", "type50",
                                                    "type95", "runs"))
    for post in dict.fromkeys(r["post"] for r in results):
        medians = {}
        for app in ("ghostwriter", "postwright"):
            runs = [r for r in results if r["post"] == post and r["app"] == app and "error" not in r]
            if not runs:
                continue
            medians[app] = {k: statistics.median(r[k] for r in runs) for k in FIGURES}
            m = medians[app]
            print("%-16s %-12s %9.0f %9.0f %10d %9.1f %9.1f %5d" % (
                post, app, m["window_ms"], m["drawn_ms"], m["pss_kib"], m["typing_p50_ms"],
                m["typing_p95_ms"], len(runs)))
        if len(medians) == 2:
            gw, pw = medians["ghostwriter"], medians["postwright"]
            ratios = [pw[k] / gw[k] if gw[k] else float("nan") for k in FIGURES]
            print("%-16s %-12s %9.2f %9.2f %10.2f %9.2f %9.2f" % ((post, "ratio") + tuple(ratios)))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("posts", nargs="+")
    parser.add_argument("--postwright", required=True, help="the postwright executable")
    parser.add_argument("--ghostwriter", default=shutil.which("ghostwriter") or "ghostwriter")
    parser.add_argument("--edits", type=int, default=20, help="typed characters per run (default 20)")
    parser.add_argument("--gap", type=int, default=300, help="ms between a drawn edit and the next key")
    parser.add_argument("--timeout", type=int, default=30, help="s to wait for one edit")
    parser.add_argument("--runs", type=int, default=1, help="runs per application and post")
    parser.add_argument("--json", action="store_true", help="end with the results as one JSON line")
    options = parser.parse_args()
    keyboard = Keyboard()

    results = []
    for post in options.posts:
        for run in range(options.runs):
            for app, command in (("ghostwriter", [options.ghostwriter]),
                                 ("postwright", [options.postwright])):
                print("%s %s run %d..." % (app, os.path.basename(post), run + 1), file=sys.stderr, flush=True)
                results.append(measure(app, command, post, options, keyboard))

    print("\n%-12s %-16s %9s %9s %10s %9s %9s %6s" % ("app", "post", "window", "drawn", "pss KiB", "type50",
                                                       "type95", "edits"))
    for r in results:
        print("%-12s %-16s %9.0f %9.0f %10d %9.1f %9.1f %6d%s" % (
            r["app"], r["post"], r.get("window_ms", 0), r.get("drawn_ms", 0), r.get("pss_kib", 0),
            r.get("typing_p50_ms", 0), r.get("typing_p95_ms", 0), r.get("typing_edits", 0),
            "  error: " + r["error"] if "error" in r else ""))
    print("(ms from spawn: window mapped, preview holding the post; PSS of the process tree 5 s after spawn; "
          "type: key press (XTEST) -> first frame after the preview's DOM changed)")
    print_medians(results)
    if options.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
