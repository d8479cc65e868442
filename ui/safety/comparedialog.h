#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class DiffView;
class QAction;
class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

// Shows two versions of a post as a line diff, e.g. the file on disk against the edits in the window
// ("Compare" on the external-change bar). Only shows (Close), unless given an accept button: then it asks
// (that button / Cancel), e.g. before a save.
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    // `beforeLabel`/`afterLabel` name the versions ("On disk", "Your edits"); removed lines are `before`'s.
    CompareDialog(const QString &title, const QString &beforeLabel, const QByteArray &before,
                  const QString &afterLabel, const QByteArray &after, QWidget *parent = nullptr);

    // Replaces Close with `text` (accepts, the default) and Cancel.
    void setAcceptText(const QString &text);
    // A checkable option shown as a check box above the buttons, kept in step with `action`.
    void addOption(QAction *action);

    DiffView *diffView() const { return m_diff; }
    QString legend() const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    DiffView *m_diff;
    QLabel *m_legend;
    QDialogButtonBox *m_buttons;
    QVBoxLayout *m_layout;
};
