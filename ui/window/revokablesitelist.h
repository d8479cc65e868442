#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

// A list of sites the writer granted something (trust, remote content) with a Revoke button. Revoking only
// takes the site off the list shown; the page stores it on OK or Apply (revoked()), Cancel forgets it.
class RevokableSiteList : public QWidget {
    Q_OBJECT

public:
    RevokableSiteList(const QString &emptyText, QWidget *parent);

    // Shows `sites` (site keys: canonical folders) and forgets what was revoked.
    void setSites(const QStringList &sites);
    // The sites shown by setSites() that the writer revoked since.
    QStringList revoked() const;

    QListWidget *list() const { return m_list; }
    QPushButton *revokeButton() const { return m_revoke; }

private:
    void revokeSelected();
    void updateButton();

    QListWidget *m_list;
    QPushButton *m_revoke;
    QString m_emptyText;
    QStringList m_sites;
};
