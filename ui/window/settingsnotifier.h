#pragma once

#include <QObject>

#include "window/appsettings.h"

class QAction;

// Says which setting changed, whoever changed it (a View-menu toggle, the Settings dialog): every
// AppSettings setter of a writer's choice announces it here, and what shows or uses the setting follows, so
// the menus, the dialog and the running window agree without a restart. GUI thread.
class SettingsNotifier : public QObject {
    Q_OBJECT

public:
    // The one notifier of the application; created on first use, parented to the QCoreApplication.
    static SettingsNotifier *instance();

    // Keeps the checkable `action` checked as `value()` says whenever `key` changes; the action's own
    // toggled() handler then does what the toggle does, as if the writer had clicked it.
    static void keepChecked(QAction *action, AppSettings::Key key, bool (*value)());

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    explicit SettingsNotifier(QObject *parent);
};
