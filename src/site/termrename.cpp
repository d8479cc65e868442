#include "site/termrename.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

#include "frontmatter/yamltext.h"
#include "post/post.h"
#include "post/postfile.h"
#include "site/jekylldefaults.h"
#include "site/jekyllfrontmatter.h"
#include "site/siteconfig.h"

namespace {

// The front-matter keys a vocabulary is read from: the singular one (one term, or a list) and the plural one
// (a list, or words split on blanks).
struct Keys {
    QString singular;
    QString plural;
};

Keys keysOf(TermRename::Vocabulary vocabulary) {
    if (vocabulary == TermRename::Vocabulary::Tags)
        return {QStringLiteral("tag"), QStringLiteral("tags")};
    return {QStringLiteral("category"), QStringLiteral("categories")};
}

// Whether Ruby reads the value as nil or false: Jekyll's `value ||= ...` then falls back to the plural key,
// so an empty `tag:` left in a template does not hide the post's `tags`.
bool isNilOrFalse(const FieldEntry &entry) {
    if (entry.kind == FieldEntry::Kind::Null)
        return true;
    const QString word = entry.scalar.toLower();
    return entry.kind == FieldEntry::Kind::Scalar && entry.scalarType == ScalarType::Bool &&
           (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("off"));
}

// A string value of a plural key, split as Ruby's String#split does: words between runs of blanks.
QStringList words(const QString &text) {
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// Whether the post's own front matter gives `key` a value: a nil there leaves the default's value in place
// (Utils.merge_values keeps the old value when the new one is nil).
bool ownValue(const Post &post, const QString &key) {
    const FieldEntry *entry = post.field(key);
    return entry && entry->kind != FieldEntry::Kind::Null;
}

// The terms a default value gives: a singular key's value flattened (nils dropped); a plural key's string
// split on blanks or its list (Utils.value_from_plural_key; anything else gives none).
QStringList defaultTermsOf(const JekyllValue &value, bool plural) {
    QStringList terms;
    if (plural && value.isString())
        return words(value.text);
    if (plural && !value.isList())
        return terms;
    if (!value.isList()) {
        if (!value.isNull())
            terms.append(value.toRubyString());
        return terms;
    }
    for (const JekyllValue &item : value.items)
        terms += defaultTermsOf(item, false);
    return terms;
}

// Where the terms Jekyll gives a post come from, over its data merged from the folder, then the defaults,
// then its own front matter (Document#read, populate_tags, populate_categories).
struct Sources {
    QStringList ownKeys;     // the post's own keys Jekyll reads
    QStringList hiddenKeys;  // the post's own keys Jekyll does not read because another key wins
    QString hiddenBy;        // that key
    bool hiddenByDefault = false;
    QStringList defaultTerms;  // terms Jekyll takes from the `_config.yml` defaults
};

// Tags (Utils.pluralized_array_from_hash): the merged `tag` when it is neither nil nor false, else the merged
// `tags`; each merged key is the post's own unless the post leaves it out or nil. Categories: the merged
// `categories` list, which merge_categories! unites across the folder, the defaults and the post (so the
// defaults' `categories` are kept beside the post's own), then the merged `category` when it is neither nil
// nor false.
Sources sourcesOf(const Post &post, const JekyllValue &defaults, TermRename::Vocabulary vocabulary) {
    const Keys keys = keysOf(vocabulary);
    const JekyllValue *defaultSingular = defaults.find(keys.singular);
    const JekyllValue *defaultPlural = defaults.find(keys.plural);
    const bool ownSingular = ownValue(post, keys.singular);
    const bool singularRead = ownSingular ? !isNilOrFalse(*post.field(keys.singular))
                                          : defaultSingular && defaultSingular->truthy();
    Sources sources;
    if (vocabulary == TermRename::Vocabulary::Categories) {
        if (ownValue(post, keys.plural))
            sources.ownKeys.append(keys.plural);
        if (defaultPlural && !defaultPlural->isNull())
            sources.defaultTerms += defaultTermsOf(*defaultPlural, true);
    } else if (!singularRead) {
        if (ownValue(post, keys.plural))
            sources.ownKeys.append(keys.plural);
        else if (defaultPlural)
            sources.defaultTerms += defaultTermsOf(*defaultPlural, true);
    } else if (post.field(keys.plural)) {
        sources.hiddenKeys.append(keys.plural);
        sources.hiddenBy = keys.singular;
        sources.hiddenByDefault = !ownSingular;
    }
    if (singularRead && ownSingular)
        sources.ownKeys.append(keys.singular);
    else if (singularRead)
        sources.defaultTerms += defaultTermsOf(*defaultSingular, false);
    sources.defaultTerms.removeDuplicates();
    return sources;
}

QStringList keysRead(const Post &post, TermRename::Vocabulary vocabulary) {
    return sourcesOf(post, JekyllValue(), vocabulary).ownKeys;
}

bool isPlural(const QString &key) {
    return key.endsWith(QLatin1Char('s'));
}

// The text with every word `from` replaced by `to`, or removed (with the blanks before it, or after it when
// it comes first) when `to` is already one of the words. Other characters stay as they were.
QString renameWord(const QString &text, const QString &from, const QString &to) {
    const bool merge = words(text).contains(to);
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QString out;
    qsizetype copied = 0;
    bool keptBefore = false;  // whether a word stays before this one (else the blanks before are gone)
    for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured() != from) {
            keptBefore = true;
            continue;
        }
        qsizetype begin = m.capturedStart();
        qsizetype end = m.capturedEnd();
        if (merge) {
            qsizetype blanks = begin;
            while (blanks > 0 && text.at(blanks - 1).isSpace())
                --blanks;
            if (keptBefore) {
                begin = blanks;  // a word stays before: the blanks between go with this one
            } else {
                while (end < text.size() && text.at(end).isSpace())
                    ++end;
            }
        }
        out += text.mid(copied, begin - copied);
        if (!merge)
            out += to;
        copied = end;
    }
    out += text.mid(copied);
    return out;
}

Status renameInList(Post &post, const QString &key, const QString &from, const QString &to, bool *changed) {
    const FieldEntry *entry = post.field(key);
    if (!entry->allScalarItems)
        return Status::failure(TermRename::tr("'%1' holds more than plain values; edit it as text").arg(key));
    // Later occurrences go first so the earlier items' positions stay valid; the first one is renamed unless
    // the list already holds the new term, in which case every occurrence goes (a merge).
    const QStringList items = entry->items;
    const bool merge = items.contains(to);
    for (int i = static_cast<int>(items.size()) - 1; i >= 0; --i) {
        if (items.at(i) != from)
            continue;
        const bool first = items.indexOf(from) == i;
        const Status edited =
            first && !merge ? post.replaceListItem(key, i, to) : post.removeListItem(key, i);
        if (!edited)
            return edited;
        *changed = true;
    }
    return {};
}

Status renameInScalar(Post &post, const QString &key, const QString &from, const QString &to, bool *changed) {
    const FieldEntry *entry = post.field(key);
    if (YamlText::hasAnchor(post.text(), entry->valueBegin, entry->valueEnd) &&
        (isPlural(key) ? words(entry->scalar).contains(from) : entry->scalar == from))
        return Status::failure(
            TermRename::tr("'%1' carries an anchor (&) that other fields may repeat; edit it as text")
                .arg(key));
    if (!isPlural(key)) {  // one term, whatever it holds
        if (entry->scalar != from)
            return {};
        *changed = true;
        return post.setScalar(key, to);
    }
    if (entry->scalarType != ScalarType::String || !words(entry->scalar).contains(from))
        return {};
    if (words(to).size() != 1)
        return Status::failure(
            TermRename::tr(
                "'%1' is written as words separated by spaces, so it cannot hold '%2'; make it a list "
                "first")
                .arg(key, to));
    const QString renamed = renameWord(entry->scalar, from, to);
    *changed = true;
    // Plain and block values are written as they read, blanks aside (a line break folds into a space), so
    // the word is renamed in the bytes and nothing else moves: not a tab made an escape in quotes, nor lines
    // joined. Quoted values, and words that would not read back in place (`#c` after a blank), are written
    // whole, in their quotes.
    if (entry->scalarStyle != ScalarStyle::SingleQuoted && entry->scalarStyle != ScalarStyle::DoubleQuoted) {
        const bool block = entry->layout == FieldEntry::Layout::Block;
        const QByteArray &bytes = post.text();
        const qsizetype header = block ? bytes.indexOf('\n', entry->valueBegin) + 1 : entry->valueBegin;
        if (header > 0 && header <= entry->valueEnd) {
            const QString words = QString::fromUtf8(bytes.mid(header, entry->valueEnd - header));
            if (post.spliceScalar(key, header, entry->valueEnd, renameWord(words, from, to).toUtf8(),
                                  renamed))
                return {};
        }
    }
    return post.setScalar(key, renamed);
}

// Jekyll's relative_path of a post: relative to the site, then to `collections_dir` when the post is in it.
QString jekyllRelativePath(const QString &siteRoot, const QString &path, const QString &collectionsDir) {
    const QString relative = QDir(siteRoot).relativeFilePath(path);
    const QString prefix = collectionsDir + QLatin1Char('/');
    return !collectionsDir.isEmpty() && relative.startsWith(prefix) ? relative.mid(prefix.size()) : relative;
}

// The categories Jekyll takes from the folders above the post's `_posts`/`_drafts` (Document#draft? looks
// for `_posts` anywhere in the path).
QStringList folderCategories(const QString &relativePath) {
    const bool draft = !relativePath.contains(QLatin1String("_posts"));
    return JekyllFrontMatter::categoriesFromPath(
        relativePath, draft ? QStringLiteral("_drafts") : QStringLiteral("_posts"));
}

// Renames in the keys given, all or nothing.
Status renameInKeys(Post &post, const QStringList &keys, const QString &from, const QString &to,
                    bool *changed) {
    *changed = false;
    if (from.isEmpty() || to.isEmpty() || from == to)
        return {};
    Post edited = post;
    bool any = false;
    for (const QString &key : keys) {
        const FieldEntry *entry = edited.field(key);
        if (!entry)
            continue;
        Status renamed;
        if (entry->kind == FieldEntry::Kind::Sequence)
            renamed = renameInList(edited, key, from, to, &any);
        else if (entry->kind == FieldEntry::Kind::Scalar)
            renamed = renameInScalar(edited, key, from, to, &any);
        if (!renamed)
            return renamed;
    }
    if (any)
        post = std::move(edited);
    *changed = any;
    return {};
}

// The terms the post's own `key` holds, read as Jekyll would if it read that key.
QStringList ownTermsOf(const Post &post, const QString &key) {
    const FieldEntry *entry = post.field(key);
    if (!entry)
        return {};
    // A plural key's value is split when it is a string; any other scalar (`tags: 2024`) gives no term
    // (value_from_plural_key), and renameIn leaves it alone.
    if (entry->kind == FieldEntry::Kind::Sequence)
        return entry->items;
    if (entry->kind == FieldEntry::Kind::Scalar && isPlural(key) && entry->scalarType == ScalarType::String)
        return words(entry->scalar);
    if (entry->kind == FieldEntry::Kind::Scalar && !isPlural(key))
        return {entry->scalar};
    return {};
}

}  // namespace

QStringList TermRename::termsOf(const Post &post, Vocabulary vocabulary) {
    QStringList terms;
    for (const QString &key : keysRead(post, vocabulary))
        terms += ownTermsOf(post, key);
    terms.removeDuplicates();
    return terms;
}

Status TermRename::renameIn(Post &post, Vocabulary vocabulary, const QString &from, const QString &to,
                            bool *changed) {
    return renameInKeys(post, keysRead(post, vocabulary), from, to, changed);
}

Result<TermRename::Plan> TermRename::plan(const QString &siteRoot, const QStringList &files,
                                          const SiteConfig &config, Vocabulary vocabulary,
                                          const QString &from, const QString &to) {
    if (from.trimmed().isEmpty() || to.trimmed().isEmpty())
        return Result<Plan>::failure(tr("a name to rename from and a new name are both needed"));
    if (from == to)
        return Result<Plan>::failure(tr("'%1' is already called that").arg(from));
    Plan plan;
    plan.vocabulary = vocabulary;
    plan.from = from;
    plan.to = to;
    const QString what = vocabulary == Vocabulary::Tags ? tr("tag") : tr("category");
    const JekyllDefaults defaults(config, siteRoot);
    for (const QString &path : files) {
        const QString shown = QDir::toNativeSeparators(path);
        const Result<Post> loaded = PostFile::load(path);
        if (!loaded) {
            plan.notices.append({path, loaded.error()});
            continue;
        }
        Post post = loaded.value();
        const QString relative = jekyllRelativePath(siteRoot, path, config.collectionsDir());
        if (vocabulary == Vocabulary::Categories && folderCategories(relative).contains(from))
            plan.notices.append(
                {path, tr("%1: the category '%2' comes from the folder the file is in; move the "
                          "file to change it")
                           .arg(shown, from)});
        // Drafts are documents of the posts collection: their defaults are the posts' ones.
        const Sources sources = sourcesOf(post, defaults.all(relative, QStringLiteral("posts")), vocabulary);
        if (sources.defaultTerms.contains(from))
            plan.notices.append(
                {path, tr("%1: the %2 '%3' comes from the defaults in _config.yml; change it there")
                           .arg(shown, what, from)});
        for (const QString &key : sources.hiddenKeys) {
            if (ownTermsOf(post, key).contains(from))
                plan.notices.append(
                    {path, (sources.hiddenByDefault
                                ? tr("%1: '%2' holds '%3', but Jekyll reads '%4' from the defaults in "
                                     "_config.yml instead; it was left as it is")
                                : tr("%1: '%2' holds '%3', but Jekyll reads '%4' instead; it was left as it "
                                     "is"))
                               .arg(shown, key, from, sources.hiddenBy)});
        }
        bool changed = false;
        const QByteArray before = post.text();
        if (const Status renamed = renameInKeys(post, sources.ownKeys, from, to, &changed); !renamed) {
            plan.notices.append({path, tr("%1: %2").arg(shown, renamed.error())});
            continue;
        }
        if (changed)
            plan.changes.append({path, before, post.text()});
    }
    return plan;
}

TermRename::Outcome TermRename::apply(const Plan &plan) {
    return SiteFileChanges::apply(plan.changes);
}

TermRename::Outcome TermRename::undo(const Plan &plan) {
    return SiteFileChanges::undo(plan.changes);
}
