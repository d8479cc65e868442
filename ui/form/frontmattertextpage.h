#pragma once

#include <QVector>
#include <QWidget>

#include "common/diagnostic.h"

class QLabel;
class QPlainTextEdit;

// The front-matter block as raw text (between the fences, "\n" line endings), with the parse diagnostics
// under it as `file:line:column: message`. Read-only for TOML, with a note saying it is kept as it is.
class FrontMatterTextPage : public QWidget {
    Q_OBJECT

public:
    explicit FrontMatterTextPage(QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QString text() const;
    // Shows `text` without emitting textEdited(); keeps the cursor where it was when possible.
    void setText(const QString &text);
    void setReadOnly(bool readOnly, const QString &note = QString());
    // `fileName` prefixes each line, as compilers do, so the place is unambiguous; `firstLine` is the file
    // line of the text's first line, so the lines with errors are highlighted in the text.
    void setDiagnostics(const QVector<Diagnostic> &diagnostics, const QString &fileName, int firstLine);
    // A message shown above the diagnostics (why the form cannot be shown yet).
    void setMessage(const QString &message);
    QString diagnosticsText() const;
    QString messageText() const;
    QString noteText() const;

Q_SIGNALS:
    void textEdited(const QString &text);

private:
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_diagnostics = nullptr;
};
