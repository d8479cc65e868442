#include "appsettings.h"

#include <QSettings>

namespace {

const QString kRecentFiles = QStringLiteral("recentFiles");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kMainSplitter = QStringLiteral("window/mainSplitter");
const QString kSideSplitter = QStringLiteral("window/sideSplitter");

}  // namespace

QStringList AppSettings::recentFiles() {
    return QSettings().value(kRecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString &path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFiles, files);
}

QByteArray AppSettings::windowGeometry() {
    return QSettings().value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry) {
    QSettings().setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainSplitterState() {
    return QSettings().value(kMainSplitter).toByteArray();
}

void AppSettings::setMainSplitterState(const QByteArray &state) {
    QSettings().setValue(kMainSplitter, state);
}

QByteArray AppSettings::sideSplitterState() {
    return QSettings().value(kSideSplitter).toByteArray();
}

void AppSettings::setSideSplitterState(const QByteArray &state) {
    QSettings().setValue(kSideSplitter, state);
}
