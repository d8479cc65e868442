#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

// A non-modal bar for the top of the editor, saying what happened to the open post on disk:
// - changed while there are unsaved edits: "post.md changed on disk." with Reload / Keep mine / Compare;
// - deleted: "post.md was deleted on disk. Saving will create it again." with Save;
// - reloaded (changed with no unsaved edits, already reloaded): a note with a close button.
// Reload, Keep mine and Save hide the bar; Compare leaves it up so the choice can follow. It only emits: the
// window does the reloading, comparing and saving.
class ExternalChangeBar : public QFrame {
    Q_OBJECT

public:
    enum class Mode { Hidden, Changed, Deleted, Reloaded };

    explicit ExternalChangeBar(QWidget *parent = nullptr);

    void showChanged(const QString &path);
    void showDeleted(const QString &path);
    void showReloaded(const QString &path);
    void dismiss();

    Mode mode() const { return m_mode; }
    QString message() const;

Q_SIGNALS:
    void reloadRequested();
    void keepMineRequested();
    void compareRequested();
    void saveRequested();
    void dismissed();

private:
    void present(Mode mode, const QString &path, const QString &message);

    Mode m_mode = Mode::Hidden;
    QLabel *m_label;
    QPushButton *m_reload;
    QPushButton *m_keepMine;
    QPushButton *m_compare;
    QPushButton *m_save;
    QPushButton *m_close;
};
