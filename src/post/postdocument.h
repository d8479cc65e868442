#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include "common/result.h"
#include "post/post.h"

// The post being edited in a window: the Post, where it lives, and whether it differs from what is on disk.
// It is the hub of the keystroke path: the form and the editor binding edit this one object, and the preview,
// the status bar, recovery and every later panel subscribe to its signals, never to the window or the editor.
// Lives on the GUI thread.
class PostDocument : public QObject {
    Q_OBJECT

public:
    explicit PostDocument(QObject *parent = nullptr);

    Status load(const QString &path);
    // Saves to path() (atomically); fails without touching the file when there is no path.
    Status save();
    Status saveAs(const QString &path);
    // Starts an unsaved document with this text (a new post before its first save, or tests).
    void reset(const Post &post, const QString &path = QString());
    // Puts recovered edits back: `text` is what the writer had, `diskText` what the file holds now (empty
    // when it is missing), so the document is modified exactly where the two differ. An empty path is an
    // untitled post.
    void recover(const QString &path, const QByteArray &diskText, const QByteArray &text);

    const Post &post() const { return m_post; }
    QString path() const { return m_path; }
    // The Jekyll site the post belongs to (the folder holding _config.yml or _posts/), or empty.
    QString siteRoot() const { return m_siteRoot; }
    bool isModified() const { return m_post.text() != m_savedText; }
    // The bytes as last read from or written to disk.
    const QByteArray &savedText() const { return m_savedText; }
    // The body (the text after the front matter) as UTF-8 with "\n" endings, as the editor shows it. Read it
    // on bodyChanged() or loaded(): it shares the bytes the editor gave (no copy per subscriber).
    const QByteArray &bodyLf() const { return m_bodyLf; }

    // Edits (see Post). Each emits frontMatterChanged() when it changed the text.
    Status setScalar(const QString &path, const QString &text, std::optional<ScalarType> type = std::nullopt);
    Status setBool(const QString &path, bool value);
    Status setDateTime(const QString &path, const QDateTime &value, bool dateOnly = false);
    Status setList(const QString &path, const QStringList &items);
    Status setYaml(const QString &path, const QString &yaml);
    Status remove(const QString &path);
    Status setFrontMatterText(const QByteArray &yaml);
    // The body with "\n" endings, as the editor has it; emits bodyChanged() when it differs.
    void setBodyFromLf(const QByteArray &body);

Q_SIGNALS:
    void loaded();  // a new post replaced the whole content (load, reset, recover, an external reload)
    void frontMatterChanged();
    void bodyChanged();  // bodyLf() holds the new body
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void saved(const QString &path);

private:
    Status edited(const Status &status, const QByteArray &before);
    void setPath(const QString &path);
    void updateModified();
    void replaced();

    Post m_post;
    QString m_path;
    QString m_siteRoot;
    QByteArray m_savedText;
    QByteArray m_bodyLf;
    bool m_wasModified = false;
};
