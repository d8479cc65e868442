#pragma once

#include <QString>

// How the desktop knows the window belongs to Postwright's desktop entry: the desktop file name (the Wayland
// app id, and _GTK_APPLICATION_ID / _KDE_NET_WM_DESKTOP_FILE on X11) and the window icon, both the
// application's reverse-DNS id, which names the installed .desktop file, metainfo and hicolor icon
// (resources/desktop/).
class DesktopIdentity {
public:
    static QString appId();
    // Call after the QApplication exists and before the first window is shown. The icon comes from the icon
    // theme (hicolor holds ours once installed); when no theme has it, the window keeps Qt's default.
    static void apply();
};
