#pragma once

#include <QByteArray>

// What Qt WebEngine must be told before the QApplication exists, for the preview: its URL scheme, how it is
// drawn, and the Chromium flags the preview is measured with. Every program that shows a preview calls
// prepare() first (the editor, its GUI tests and its benchmark), so they all run the same engine.
namespace PreviewEngine {

// Chromium draws a changed page at its next 60 Hz tick (up to 16.7 ms after the change, half of that on
// average), independent of the clock Qt presents the window with. Without that limit a patched preview is
// drawn as soon as it is laid out: a typed character reaches the page's next frame ~8 ms sooner (measured:
// p95 12.2 -> 4.7 ms at 10 KB). An idle page draws nothing either way; a post with running animations (SVG
// <animate>, <marquee>) draws as often as the machine allows, which was 21 -> 45 % of one core here.
inline constexpr char kFrameRateFlag[] = "--disable-frame-rate-limit";

// Registers the preview's URL scheme, adds the preview's flags to QTWEBENGINE_CHROMIUM_FLAGS (keeping the
// flags already there) and has the preview drawn in software, without OpenGL: Qt Quick's software scene
// graph, and on X11 no GL integration unless QT_XCB_GL_INTEGRATION says otherwise. A preview of text needs
// no GPU, and loading OpenGL costs the most memory of anything in the editor's process: without a GPU,
// Mesa's llvmpipe (LLVM and swrast) is ~48 MB of the editor's 175 MB PSS with a 100 KB post (measured under
// Xvfb; the whole process tree went from 297 to 212 MB). Safe to call twice.
void prepare();

// `flags` with the preview's flags added to the end (none twice).
QByteArray withPreviewFlags(const QByteArray &flags);

}  // namespace PreviewEngine
