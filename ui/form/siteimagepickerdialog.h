#pragma once

#include "site/fieldpathstyle.h"
#include "site/siteimage.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class SiteImageModel;
class ThumbnailCache;
class ThumbnailLoader;

// Picks one of the site's images for an image field (`cover`, `image`...): the images Jekyll publishes
// (SiteImageCatalog), newest first or by folder, with thumbnails decoded off the GUI thread, narrowed by
// typing part of the name. The list and the field's path style (FieldPathStyle) are read on a worker, so
// the dialog shows at once however large the site is. Arrows move, Enter or a double-click chooses, Esc
// cancels. "Browse Other File…" ends the dialog with kBrowseOther, for the caller to open a file dialog.
class SiteImagePickerDialog : public QDialog {
    Q_OBJECT

public:
    enum { kBrowseOther = 2 };  // a result beside Accepted and Rejected

    struct Request {
        QString siteRoot;
        QString fieldKey;  // the field's path in the front matter (`cover`, `header.image`)
        QString oldValue;  // the field's value now: preselected when it names a listed image
        QString postPath;  // the post being edited (its own value does not teach the site's style)
    };

    SiteImagePickerDialog(const Request &request, ThumbnailCache *cache, QWidget *parent = nullptr);
    ~SiteImagePickerDialog() override;

    // The image chosen, once accepted.
    SiteImage selectedImage() const { return m_selected; }
    // How the site writes the field; the old value's style until the site has been read.
    const FieldPathStyle &style() const { return m_style; }
    // Whether the site's images have been listed (tests, the benchmark).
    bool isListed() const { return m_listed; }

    QListView *view() const { return m_view; }
    SiteImageModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    ThumbnailLoader *loader() const { return m_loader; }

    void accept() override;

Q_SIGNALS:
    // The images are listed (the thumbnails still loading).
    void listed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Listing {
        QVector<SiteImage> images;
        QStringList problems;
        FieldPathStyle style;
    };
    static Listing list(const Request &request);
    void showListing();
    void updateStatus();
    void selectFirstIfNone();

    Request m_request;
    FieldPathStyle m_style;
    SiteImage m_selected;
    bool m_listed = false;
    QStringList m_problems;
    ThumbnailLoader *m_loader = nullptr;
    SiteImageModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_order = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_choose = nullptr;
    QFutureWatcher<Listing> *m_listing = nullptr;
};
