#include "renderdifference.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

int firstDifference(const QString &a, const QString &b) {
    const int common = qMin(a.size(), b.size());
    for (int i = 0; i < common; ++i) {
        if (a[i] != b[i])
            return i;
    }
    return common;
}

int firstDifference(const QStringList &a, const QStringList &b) {
    const int common = qMin(a.size(), b.size());
    for (int i = 0; i < common; ++i) {
        if (a[i] != b[i])
            return i;
    }
    return common;
}

QString around(const QString &text, int at) {
    const int from = qMax(0, at - 20);
    QString window = text.mid(from, 70);
    if (from > 0)
        window.prepend(QStringLiteral("…"));
    if (from + 70 < text.size())
        window.append(QStringLiteral("…"));
    return window;
}

QString elementsAround(const HtmlOutline &outline, int at) {
    QStringList shown;
    for (int i = qMax(0, at - 1); i < qMin<int>(outline.elements.size(), at + 4); ++i) {
        const QString hint = outline.hints[i];
        shown.append(hint.isEmpty() ? outline.elements[i]
                                    : outline.elements[i] + QLatin1Char('(') + hint + QLatin1Char(')'));
    }
    if (at >= outline.elements.size())
        shown.append(QStringLiteral("<end>"));
    return shown.join(QLatin1Char(' '));
}

using Cause = RenderDifference::Cause;

QStringList withoutCodeWrappers(const HtmlOutline &outline) {
    QStringList kept;
    for (int i = 0; i < outline.elements.size(); ++i) {
        const QString &name = outline.elements[i];
        if ((name == QLatin1String("div") || name == QLatin1String("figure")) &&
            outline.hints[i].contains(QLatin1String("highlight")))
            continue;
        kept.append(name);
    }
    return kept;
}

// Kramdown syntax our render leaves as text is the surest sign; then what Jekyll made of the spot.
Cause textCause(const QString &ours, const QString &theirs, int at, const HtmlOutline &jekyll,
                const HtmlOutline &our, bool postHasLiquid) {
    const QString ourNear = ours.mid(qMax(0, at - 20), 100);
    const QString theirNear = theirs.mid(qMax(0, at - 20), 100);
    const QString ourRest = ours.mid(at, 40).trimmed();
    auto near = [&](const char *marker) {
        return ourNear.contains(QLatin1String(marker)) || theirNear.contains(QLatin1String(marker));
    };
    if (postHasLiquid && (near("{%") || near("{{")))
        return Cause::Liquid;
    if (ourNear.contains(QLatin1String("toc}")))
        return Cause::Toc;
    if (ourNear.contains(QLatin1String("{:")))
        return Cause::AttributeList;
    if (ourNear.contains(QLatin1String("{#")))
        return Cause::HeadingId;
    if (ourNear.contains(QLatin1String("*[")))
        return Cause::Abbreviation;
    if (near("$$") || near("\\(") || near("\\["))
        return Cause::Math;
    if (near("[^") || near("↩"))
        return Cause::Footnote;
    if (jekyll.elements.contains(QLatin1String("dl")) && !our.elements.contains(QLatin1String("dl")) &&
        ourRest.startsWith(QLatin1Char(':')))
        return Cause::DefinitionList;
    if (ourNear.contains(QLatin1String("|-")) || ourNear.contains(QLatin1String("|=")))
        return Cause::Table;
    // Markup shown as text on our side only: raw HTML the preview escaped or did not take as HTML.
    static const QRegularExpression tag(QStringLiteral("<[A-Za-z/]"));
    if (ours.mid(at, 30).contains(tag) && !theirs.mid(at, 30).contains(tag))
        return Cause::RawHtml;
    // A `*` or `_` one side took as emphasis and the other printed (the rules for flanking runs differ:
    // CommonMark's next to CJK punctuation, kramdown's inside words).
    auto startsWithEmphasisMark = [at](const QString &text) {
        return at < text.size() && (text[at] == QLatin1Char('*') || text[at] == QLatin1Char('_'));
    };
    if (startsWithEmphasisMark(ours) || startsWithEmphasisMark(theirs))
        return Cause::Emphasis;
    // Liquid left in our text elsewhere (a reference definition whose URL is `{{ site.x }}/...` breaks the
    // links that use it far away).
    if (postHasLiquid && (ours.contains(QLatin1String("{{")) || ours.contains(QLatin1String("{%"))) &&
        !theirs.contains(QLatin1String("{{")) && !theirs.contains(QLatin1String("{%")))
        return Cause::Liquid;
    return Cause::Other;
}

Cause structureCause(const HtmlOutline &ours, const HtmlOutline &jekyll, int at) {
    auto hintsNear = [at](const HtmlOutline &outline, const char *marker) {
        for (int i = at; i < qMin<int>(outline.hints.size(), at + 3); ++i) {
            if (outline.hints[i].contains(QLatin1String(marker)))
                return true;
        }
        return false;
    };
    auto nameAt = [at](const HtmlOutline &outline) {
        return at < outline.elements.size() ? outline.elements[at] : QString();
    };
    if (hintsNear(jekyll, "markdown-toc"))
        return Cause::Toc;
    const QString theirName = nameAt(jekyll);
    const QString ourName = nameAt(ours);
    if (theirName == QLatin1String("dl") || theirName == QLatin1String("dt") ||
        theirName == QLatin1String("dd"))
        return Cause::DefinitionList;
    if (at < jekyll.hints.size() && jekyll.hints[at].contains(QLatin1String("highlight")))
        return Cause::CodeBlockMarkup;
    if (hintsNear(jekyll, "footnote") || hintsNear(ours, "footnote") || theirName == QLatin1String("sup") ||
        ourName == QLatin1String("sup"))
        return Cause::Footnote;
    if (hintsNear(jekyll, "highlight") || hintsNear(ours, "highlight"))
        return Cause::CodeBlockMarkup;
    if (theirName == QLatin1String("abbr"))
        return Cause::Abbreviation;
    return Cause::Other;
}

}  // namespace

QString RenderDifference::withoutTypography(const QString &text) {
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
            case 0x2018:
            case 0x2019:
            case 0x201A:
                out += QLatin1Char('\'');
                break;
            case 0x201C:
            case 0x201D:
            case 0x201E:
                out += QLatin1Char('"');
                break;
            case 0x2013:
                out += QLatin1String("--");
                break;
            case 0x2014:
                out += QLatin1String("---");
                break;
            case 0x2026:
                out += QLatin1String("...");
                break;
            case 0x00AB:
                out += QLatin1String("<<");
                break;
            case 0x00BB:
                out += QLatin1String(">>");
                break;
            case 0x00A0:
                out += QLatin1Char(' ');
                break;
            default:
                out += c;
        }
    }
    return out.simplified();
}

QString RenderDifference::causeName(Cause cause) {
    switch (cause) {
        case Cause::None:
            return QStringLiteral("none");
        case Cause::Typography:
            return QStringLiteral("typography");
        case Cause::HeadingId:
            return QStringLiteral("heading id");
        case Cause::AttributeList:
            return QStringLiteral("IAL {:");
        case Cause::Toc:
            return QStringLiteral("TOC");
        case Cause::DefinitionList:
            return QStringLiteral("definition list");
        case Cause::Footnote:
            return QStringLiteral("footnote");
        case Cause::Abbreviation:
            return QStringLiteral("abbreviation");
        case Cause::Math:
            return QStringLiteral("math");
        case Cause::Table:
            return QStringLiteral("kramdown table");
        case Cause::Emphasis:
            return QStringLiteral("emphasis rules");
        case Cause::RawHtml:
            return QStringLiteral("raw HTML shown as text");
        case Cause::CodeBlockMarkup:
            return QStringLiteral("code block markup");
        case Cause::Liquid:
            return QStringLiteral("Liquid");
        case Cause::Other:
            return QStringLiteral("other");
    }
    return {};
}

RenderDifference RenderDifference::between(const HtmlOutline &ours, const HtmlOutline &jekyll,
                                           bool postHasLiquid) {
    RenderDifference result;
    result.textEqual = ours.text == jekyll.text;
    const QString ourPlain = withoutTypography(ours.text);
    const QString theirPlain = withoutTypography(jekyll.text);
    result.textEqualWithoutTypography = ourPlain == theirPlain;
    result.structureEqual = ours.elements == jekyll.elements;
    result.structureEqualWithoutCodeWrappers = withoutCodeWrappers(ours) == withoutCodeWrappers(jekyll);
    result.headingIdsEqual = ours.headingIds == jekyll.headingIds;

    // Typography counts as the cause only when it is all that differs in the text: every other cause is
    // found on the text with typography undone, so that a curly quote early on does not hide it.
    if (!result.textEqualWithoutTypography) {
        const int at = firstDifference(ourPlain, theirPlain);
        result.cause = textCause(ourPlain, theirPlain, at, jekyll, ours, postHasLiquid);
        result.spot =
            QStringLiteral("text: ours «%1» Jekyll «%2»").arg(around(ourPlain, at), around(theirPlain, at));
    } else if (!result.structureEqual) {
        const int at = firstDifference(ours.elements, jekyll.elements);
        result.cause = structureCause(ours, jekyll, at);
        result.spot = QStringLiteral("elements #%1: ours [%2] Jekyll [%3]")
                          .arg(at)
                          .arg(elementsAround(ours, at), elementsAround(jekyll, at));
    } else if (!result.textEqual) {
        const int at = firstDifference(ours.text, jekyll.text);
        result.cause = Cause::Typography;
        result.spot =
            QStringLiteral("text: ours «%1» Jekyll «%2»").arg(around(ours.text, at), around(jekyll.text, at));
    } else if (!result.headingIdsEqual) {
        const int at = firstDifference(ours.headingIds, jekyll.headingIds);
        result.cause = Cause::HeadingId;
        result.spot = QStringLiteral("heading #%1 id: ours \"%2\" Jekyll \"%3\"")
                          .arg(at)
                          .arg(ours.headingIds.value(at), jekyll.headingIds.value(at));
    }
    return result;
}
