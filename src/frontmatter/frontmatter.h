#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

#include "common/diagnostic.h"
#include "frontmatter/fieldentry.h"
#include "frontmatter/frontmattersplit.h"

// What a post's front matter says and where each part of it is in the file. Read-only: edits are planned by
// FieldEditor and applied by Post, which then reads the front matter again.
class FrontMatter {
    Q_DECLARE_TR_FUNCTIONS(FrontMatter)

public:
    static FrontMatter parse(const QByteArray &fileBytes);

    const FrontMatterSplit &split() const { return m_split; }
    FrontMatterSplit::Kind kind() const { return m_split.kind; }
    // False when the YAML does not parse or is not a map; the block can still be edited as text.
    bool isValid() const { return m_valid; }
    const QVector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

    // Top-level keys in file order.
    const QVector<FieldEntry> &entries() const { return m_entries; }
    // A key or a dotted path into nested block maps (`header.image`). A path that names a key directly
    // (`cSpell:ignore`, `a.b` written as one key) is found before a dotted path. With duplicate keys, the
    // last one, as Jekyll reads it.
    const FieldEntry *find(const QString &path) const;

private:
    FrontMatterSplit m_split;
    bool m_valid = true;
    QVector<Diagnostic> m_diagnostics;
    QVector<FieldEntry> m_entries;
};
