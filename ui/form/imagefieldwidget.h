#pragma once

#include "form/fieldwidget.h"

#include "common/result.h"

#include <QPointer>

class FieldPathStyle;
class SiteImagePickerDialog;

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// An image path (`cover`, `image`, `*_image`, or a value ending in .png/.jpg/...): a line edit, a
// "Choose…" button opening the site's image picker (SiteImagePickerDialog), which writes the path the way
// the site's posts write this field (FieldPathStyle), and a small thumbnail of the file under the site root.
// A file chosen outside the site is copied into the site's image folder first. Remote URLs are never
// fetched; paths never leave the site folder.
class ImageFieldWidget : public FieldWidget {
    Q_OBJECT

public:
    ImageFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent = nullptr);

    QWidget *editor() const override;
    void showEntry(const FieldEntry &entry) override;
    void setReadOnly(bool readOnly) override;

    QLineEdit *lineEdit() const { return m_line; }
    QPushButton *chooseButton() const { return m_choose; }
    // Whether a thumbnail is shown (tests).
    bool hasThumbnail() const;
    // The picker while it is open (tests), else null.
    SiteImagePickerDialog *picker() const;

    // The file a value names under `siteRoot`, or empty: for remote URLs, Liquid, missing files and paths
    // escaping the site.
    static QString localFile(const QString &value, const QString &siteRoot);

private:
    void applyText(const QString &text);
    void choose();
    void browseOther(const FieldPathStyle &style);
    void store(const QString &relativePath, const FieldPathStyle &style);
    void updateThumbnail();
    QString baseFolder() const;

    QLineEdit *m_line = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_thumbnail = nullptr;
    QTimer *m_thumbnailTimer = nullptr;
    bool m_wasNull = false;
    QPointer<SiteImagePickerDialog> m_picker;
};
