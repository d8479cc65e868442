#pragma once

#include <QFrame>
#include <QPointer>
#include <QString>

class PostDocument;
class QLabel;

// A banner above the editor for a post opened read-only because it cannot be kept faithfully (invalid UTF-8,
// UTF-16, NUL bytes...): it says why. Hidden while the message is empty.
class ReadOnlyBanner : public QFrame {
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    // E.g. "Opened read-only: post.md is not valid UTF-8 (line 3). Saving could change it." Empty hides it.
    void setMessage(const QString &message);
    QString message() const;
    // Follows a document: after each load, move or save it says why the post cannot be written where it is
    // (SaveProblem::readOnlyMessage), or hides.
    void setDocument(PostDocument *document);

private:
    void updateForDocument();

    QPointer<PostDocument> m_document;
    QLabel *m_icon;
    QLabel *m_label;
};
