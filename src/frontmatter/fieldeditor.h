#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include "common/result.h"
#include "frontmatter/frontmatter.h"
#include "frontmatter/textedit.h"

// Plans the smallest text edit that gives one field a new value, keeping everything else byte for byte: the
// value's quoting where the new text allows it, a list's flow or block style and its unchanged items'
// spelling, a date's shape, a yes/no's spelling, the file's line endings. Adds a missing key (and the block
// when there is none) and removes a key with its lines. Keys may be dotted paths into nested block maps.
class FieldEditor {
    Q_DECLARE_TR_FUNCTIONS(FieldEditor)

public:
    FieldEditor(const QByteArray &fileBytes, const FrontMatter &frontMatter);
    // Where quoting, list style, date shape and yes/no spelling are taken from: by default the field as it is
    // now. An editor session passes the front matter as last saved, so a passing state while typing (an empty
    // title, written `""`) does not decide how the final value is written. Positions always come from the
    // current text.
    void setStyleSource(const FrontMatter *frontMatter);

    // Text as the writer typed it. `type` nullopt: keep the field's own type when the text still reads as
    // that type, else text; for a new or empty field, the type the text reads as (`true`, `3`, `2020-01-01`).
    Result<TextEdit> setScalar(const QString &path, const QString &text,
                               std::optional<ScalarType> type = std::nullopt) const;
    Result<TextEdit> setBool(const QString &path, bool value) const;
    Result<TextEdit> setDateTime(const QString &path, const QDateTime &value, bool dateOnly) const;
    Result<TextEdit> setList(const QString &path, const QStringList &items) const;
    // `yaml` is a value written in YAML (`[a, b]`, `{x: 1}`, or block lines indented under the key); used for
    // nested maps edited as text and for defaults read from _config.yml.
    Result<TextEdit> setYaml(const QString &path, const QString &yaml) const;
    Result<TextEdit> remove(const QString &path) const;

    // One item of a list of scalars, edited in place: only that item's bytes change, so the other items,
    // comments between them and the list's flow or block style stay. A replaced item keeps its quotes where
    // the new text allows them, else is written plain when it can be; a removed item takes its line (block)
    // or its separator (flow) with it; the last item removed leaves `[]`.
    Result<TextEdit> replaceListItem(const QString &path, int index, const QString &text) const;
    Result<TextEdit> removeListItem(const QString &path, int index) const;

private:
    Result<const FieldEntry *> listItem(const QString &path, int index) const;
    struct ValueText {
        QByteArray text;  // for a value that starts below the key, text starts with a line break
        bool belowKey = false;
        // For a block scalar (`|-` and its lines): the same value on one line, used where lines after the
        // value (an indented comment, text after a closing quote) would become part of the block.
        QByteArray inlineFallback;
    };
    Status checkEditable() const;
    const FieldEntry *styleEntry(const QString &path, const FieldEntry *current) const;
    Result<TextEdit> write(const QString &path,
                           const std::function<ValueText(const FieldEntry *, int)> &make) const;
    TextEdit replaceValue(const FieldEntry &entry, const ValueText &value) const;
    Result<TextEdit> addField(const QString &path,
                              const std::function<ValueText(const FieldEntry *, int)> &make) const;
    ValueText scalarText(const FieldEntry *entry, int keyIndent, const QString &text, ScalarType type) const;

    const QByteArray &m_bytes;
    const FrontMatter &m_frontMatter;
    QByteArray m_eol;
    const FrontMatter *m_styleSource = nullptr;
};
