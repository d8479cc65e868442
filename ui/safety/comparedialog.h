#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class DiffView;
class QLabel;

// Shows two versions of a post as a line diff, e.g. the file on disk against the edits in the window
// ("Compare" on the external-change bar). Only shows; the choice is made where Compare was clicked.
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    // `beforeLabel`/`afterLabel` name the versions ("On disk", "Your edits"); removed lines are `before`'s.
    CompareDialog(const QString &title, const QString &beforeLabel, const QByteArray &before,
                  const QString &afterLabel, const QByteArray &after, QWidget *parent = nullptr);

    DiffView *diffView() const { return m_diff; }
    QString legend() const;

private:
    DiffView *m_diff;
    QLabel *m_legend;
};
