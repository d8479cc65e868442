#pragma once

#include <QByteArray>
#include <QStringList>

// Every setting the application keeps, typed, in one place (QSettings underneath). The core never reads
// these.
class AppSettings {
public:
    static constexpr int kMaxRecentFiles = 10;

    static QStringList recentFiles();
    // Puts `path` first in the recent files (dropping duplicates and files beyond the limit).
    static void addRecentFile(const QString &path);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray mainSplitterState();
    static void setMainSplitterState(const QByteArray &state);
    static QByteArray sideSplitterState();
    static void setSideSplitterState(const QByteArray &state);
};
