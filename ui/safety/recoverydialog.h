#pragma once

#include <QDialog>
#include <QVector>

#include "post/recoveryentry.h"

class DiffView;
class QLabel;
class QListWidget;
class QPushButton;

// Offered at start when RecoveryStore::pending() is not empty: the edits a crashed (or interrupted) session
// left behind, one row each (file, folder, time, and whether the file changed since). Restore and Discard act
// on the selected row through signals (the window opens the post / the store deletes the copy) and remove
// it; the dialog closes when no row is left. Compare shows the file on disk against the recovered text.
// "Later" closes it and keeps every copy for the next start.
class RecoveryDialog : public QDialog {
    Q_OBJECT

public:
    explicit RecoveryDialog(const QVector<RecoveryEntry> &entries, QWidget *parent = nullptr);

    // The rows still listed, in order.
    QVector<RecoveryEntry> entries() const { return m_entries; }
    int currentRow() const;
    void setCurrentRow(int row);
    DiffView *diffView() const { return m_diff; }

Q_SIGNALS:
    void restoreRequested(const RecoveryEntry &entry);
    void discardRequested(const RecoveryEntry &entry);

private:
    void restoreCurrent();
    void discardCurrent();
    void compareCurrent();
    void removeRow(int row);
    void updateButtons();
    static QString rowText(const RecoveryEntry &entry);

    QVector<RecoveryEntry> m_entries;
    QListWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_discard;
    QPushButton *m_compare;
    QLabel *m_diffLegend;
    DiffView *m_diff;
};
