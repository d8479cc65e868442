#include "postdocument.h"

#include <QFileInfo>

#include "post/postfile.h"
#include "site/siteroot.h"

PostDocument::PostDocument(QObject *parent) : QObject(parent) {}

Status PostDocument::load(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<Post> post = PostFile::load(absolute);
    if (!post)
        return Status::failure(post.error());
    m_post = std::move(post).value();
    m_savedText = m_post.text();
    m_post.setStyleBaseline(m_savedText);
    setPath(absolute);
    replaced();
    return {};
}

Status PostDocument::save() {
    if (m_path.isEmpty())
        return Status::failure(tr("The post has no file yet; choose where to save it"));
    return saveAs(m_path);
}

Status PostDocument::saveAs(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QByteArray text = m_post.text();
    if (const Status ok = PostFile::writeBytes(absolute, text); !ok)
        return ok;
    m_savedText = text;
    m_post.setStyleBaseline(m_savedText);
    setPath(absolute);
    updateModified();
    Q_EMIT saved(absolute);
    return {};
}

void PostDocument::reset(const Post &post, const QString &path) {
    m_post = post;
    m_savedText = path.isEmpty() ? QByteArray() : post.text();
    m_post.setStyleBaseline(post.text());
    setPath(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    replaced();
}

void PostDocument::recover(const QString &path, const QByteArray &diskText, const QByteArray &text) {
    m_post = Post(text);
    m_savedText = diskText;
    m_post.setStyleBaseline(diskText.isEmpty() ? text : diskText);
    setPath(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    replaced();
}

Status PostDocument::setScalar(const QString &path, const QString &text, std::optional<ScalarType> type) {
    const QByteArray before = m_post.text();
    return edited(m_post.setScalar(path, text, type), before);
}

Status PostDocument::setBool(const QString &path, bool value) {
    const QByteArray before = m_post.text();
    return edited(m_post.setBool(path, value), before);
}

Status PostDocument::setDateTime(const QString &path, const QDateTime &value, bool dateOnly) {
    const QByteArray before = m_post.text();
    return edited(m_post.setDateTime(path, value, dateOnly), before);
}

Status PostDocument::setList(const QString &path, const QStringList &items) {
    const QByteArray before = m_post.text();
    return edited(m_post.setList(path, items), before);
}

Status PostDocument::setYaml(const QString &path, const QString &yaml) {
    const QByteArray before = m_post.text();
    return edited(m_post.setYaml(path, yaml), before);
}

Status PostDocument::remove(const QString &path) {
    const QByteArray before = m_post.text();
    return edited(m_post.remove(path), before);
}

Status PostDocument::setFrontMatterText(const QByteArray &yaml) {
    const QByteArray before = m_post.text();
    return edited(m_post.setFrontMatterText(yaml), before);
}

void PostDocument::setBodyFromLf(const QByteArray &body) {
    if (!m_post.setBodyFromLf(body))
        return;
    m_bodyLf = body;  // shared with the caller's bytes, not copied
    updateModified();
    Q_EMIT bodyChanged();
}

Status PostDocument::edited(const Status &status, const QByteArray &before) {
    if (status.ok() && m_post.text() != before) {
        updateModified();
        Q_EMIT frontMatterChanged();
    }
    return status;
}

void PostDocument::setPath(const QString &path) {
    if (path == m_path)
        return;
    m_path = path;
    m_siteRoot = path.isEmpty() ? QString() : SiteRoot::find(path);
    Q_EMIT pathChanged(path);
}

void PostDocument::replaced() {
    m_bodyLf = m_post.bodyWithLf();
    updateModified();
    Q_EMIT loaded();
}

void PostDocument::updateModified() {
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}
