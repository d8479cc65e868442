#pragma once

#include <QMap>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Edit > Preferences > Images: the width and file size over which a new image is offered a downscale,
// whether photos keep their location, and the folder new images go to in each site the writer chose one
// for (edited here, or forgotten so the folder is learnt from the site's posts again).
class ImagesSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit ImagesSettingsPage(QWidget *parent);

    // Stores what differs from the settings. A folder that cannot hold the site's images (missing, outside
    // the site, unpublished) is not stored; problem() says why.
    void apply();

    QSpinBox *maxWidth() const { return m_maxWidth; }
    QDoubleSpinBox *maxMegabytes() const { return m_maxMegabytes; }
    QTableWidget *folders() const { return m_folders; }
    QPushButton *forgetButton() const { return m_forget; }
    QString problem() const;

private:
    void showFolders();
    void forgetSelected();

    QSpinBox *m_maxWidth;
    QDoubleSpinBox *m_maxMegabytes;
    QTableWidget *m_folders;
    QPushButton *m_forget;
    QLabel *m_problem;
    QMap<QString, QString> m_shownFolders;  // site key → folder, as stored when shown
    double m_shownMegabytes = 0;
};
