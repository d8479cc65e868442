#include "window/colorscheme.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

#include "window/appsettings.h"
#include "window/readableindicatorstyle.h"
#include "window/settingsnotifier.h"

ColorScheme *ColorScheme::instance() {
    static QPointer<ColorScheme> scheme;
    if (!scheme)
        scheme = new ColorScheme(qApp);
    return scheme;
}

ColorScheme::ColorScheme(QObject *parent)
    : QObject(parent)
    , m_choice(choiceFromKey(AppSettings::theme()))
    , m_platformPalette(QApplication::palette())
    , m_platformStyle(QApplication::style()->name()) {
    // Qt 6 reports a palette change only as QEvent::ApplicationPaletteChange to the application object (the
    // signal is deprecated); a filter on qApp sees every event, so eventFilter() tests the cheapest thing
    // first.
    qApp->installEventFilter(this);
    apply();
    // The theme chosen in Edit > Preferences applies at once.
    connect(SettingsNotifier::instance(), &SettingsNotifier::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::Theme)
            setChoice(choiceFromKey(AppSettings::theme()));
    });
}

QString ColorScheme::choiceKey(Choice choice) {
    switch (choice) {
        case Choice::Light:
            return QStringLiteral("light");
        case Choice::Dark:
            return QStringLiteral("dark");
        case Choice::System:
            break;
    }
    return QStringLiteral("system");
}

ColorScheme::Choice ColorScheme::choiceFromKey(const QString &key) {
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

bool ColorScheme::isDarkPalette(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool ColorScheme::systemPrefersDark(const QPalette &platformPalette, const QProcessEnvironment &environment) {
    if (environment.value(QStringLiteral("GTK_THEME")).endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    return isDarkPalette(platformPalette);
}

QPalette ColorScheme::darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimmed(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dimmed);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x31, 0x35));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimmed);
    return p;
}

QPalette ColorScheme::lightPalette() {
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    delete fusion;
    return palette;
}

void ColorScheme::setChoice(Choice choice) {
    if (choice == m_choice)
        return;
    m_choice = choice;
    AppSettings::setTheme(choiceKey(choice));
    apply();
    emit choiceChanged(choice);
}

void ColorScheme::apply() {
    const bool systemDark = systemPrefersDark(m_platformPalette, QProcessEnvironment::systemEnvironment());
    const bool dark = m_choice == Choice::System ? systemDark : m_choice == Choice::Dark;
    m_applying = true;
    if (dark == isDarkPalette(m_platformPalette)) {
        // The platform's own colours already read the right way round.
        if (QApplication::style()->name() != m_platformStyle)
            QApplication::setStyle(m_platformStyle);
        QApplication::setPalette(m_platformPalette);
    } else {
        QApplication::setStyle(new ReadableIndicatorStyle);  // Fusion, its check boxes visible when dark
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
    }
    m_applying = false;
    const bool was = m_dark;
    m_dark = dark;
    if (was != dark)
        emit changed(dark);
}

bool ColorScheme::eventFilter(QObject *watched, QEvent *event) {
    // The desktop switched its colours while we run (KDE, a Qt platform theme): follow when on System.
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp && !m_applying &&
        m_choice == Choice::System) {
        m_platformPalette = QApplication::palette();
        apply();
    }
    return QObject::eventFilter(watched, event);
}

QMenu *ColorScheme::createMenu(QWidget *parent) {
    auto *menu = new QMenu(tr("&Theme"), parent);
    auto *group = new QActionGroup(menu);
    const QList<QPair<Choice, QString>> choices{{Choice::System, tr("Follow the &System")},
                                                {Choice::Light, tr("&Light")},
                                                {Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == m_choice);
        action->setData(choiceKey(choice));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] { setChoice(choice); });
    }
    connect(this, &ColorScheme::choiceChanged, menu, [group](Choice choice) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == choiceKey(choice));
    });
    return menu;
}
