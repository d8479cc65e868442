#include "window/settingsnotifier.h"

#include <QAction>
#include <QCoreApplication>
#include <QPointer>

SettingsNotifier::SettingsNotifier(QObject *parent) : QObject(parent) {}

SettingsNotifier *SettingsNotifier::instance() {
    static QPointer<SettingsNotifier> notifier;
    if (!notifier)
        notifier = new SettingsNotifier(QCoreApplication::instance());
    return notifier;
}

void SettingsNotifier::keepChecked(QAction *action, AppSettings::Key key, bool (*value)()) {
    connect(instance(), &SettingsNotifier::changed, action, [action, key, value](AppSettings::Key changed) {
        if (changed == key)
            action->setChecked(value());
    });
}
