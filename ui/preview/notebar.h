#pragma once

#include <QColor>
#include <QFrame>

class QLabel;
class QPushButton;

// The look both notes above the preview share (RemoteContentBar, SiteEngineBar): a native strip, never taller
// than its text, with an information icon, a word-wrapped plain-text message and buttons on the right. Native
// widgets, not part of the page: nothing a post contains can press or hide them.
class NoteBar : public QFrame {
    Q_OBJECT

public:
    QString message() const;

protected:
    NoteBar(const QColor &background, const QColor &text, QWidget *parent);

    void setMessage(const QString &text);
    // Puts `button` at the right end, after those added before.
    void addButton(QPushButton *button);

private:
    QLabel *m_label;
};
