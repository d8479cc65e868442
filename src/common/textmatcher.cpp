#include "common/textmatcher.h"

Result<TextMatcher> TextMatcher::create(const QString &pattern, const Options &options) {
    if (pattern.isEmpty())
        return Result<TextMatcher>::failure(tr("Nothing to find"));
    QRegularExpression::PatternOptions flags =
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption;
    if (!options.matchCase)
        flags |= QRegularExpression::CaseInsensitiveOption;
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    // Checked alone first, so the error's place counts the characters the writer typed.
    const QRegularExpression typed(expression, flags);
    if (!typed.isValid()) {
        return Result<TextMatcher>::failure(
            tr("%1 at character %2").arg(typed.errorString()).arg(typed.patternErrorOffset() + 1));
    }
    // Lookarounds rather than \b: \b between two non-word characters (a pattern starting with `#`) would
    // demand a word next to the match instead of forbidding one.
    if (options.wholeWord)
        expression = QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(expression);
    TextMatcher matcher;
    matcher.m_expression = QRegularExpression(expression, flags);
    matcher.m_literalReplacement = !options.regularExpression;
    if (!matcher.m_expression.isValid())  // a typed `)(` can break out of the group
        return Result<TextMatcher>::failure(matcher.m_expression.errorString());
    matcher.m_expression.optimize();
    return matcher;
}

QVector<TextMatcher::Match> TextMatcher::findAll(QStringView text) const {
    QVector<Match> matches;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            matches.append(Match{int(match.capturedStart()), int(match.capturedLength())});
    }
    return matches;
}

bool TextMatcher::matchesAt(QStringView text, int position, int length) const {
    if (length <= 0 || position < 0 || position + length > text.size())
        return false;
    const QRegularExpressionMatch match = m_expression.match(text, position, QRegularExpression::NormalMatch,
                                                             QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() && match.capturedLength() == length;
}

QString TextMatcher::replacementAt(QStringView text, int position, const QString &replacement) const {
    const QRegularExpressionMatch match = m_expression.match(text, position, QRegularExpression::NormalMatch,
                                                             QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? substitute(match, replacement) : replacement;
}

TextMatcher::Replacement TextMatcher::replaceAll(QStringView text, const QString &replacement) const {
    Replacement result;
    qsizetype copied = -1;  // where the text after the last replaced match starts
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        if (copied < 0) {
            result.position = int(match.capturedStart());
        } else {
            result.text += text.mid(copied, match.capturedStart() - copied);
        }
        result.text += substitute(match, replacement);
        copied = match.capturedEnd();
        ++result.count;
    }
    if (copied >= 0)
        result.length = int(copied) - result.position;
    return result;
}

QString TextMatcher::substitute(const QRegularExpressionMatch &match, const QString &replacement) const {
    if (m_literalReplacement)
        return replacement;
    return expand(replacement, match.capturedTexts());
}

QString TextMatcher::expand(const QString &replacement, const QStringList &captured) {
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != u'\\' || i + 1 == replacement.size()) {
            out += c;
            continue;
        }
        const QChar next = replacement.at(i + 1);
        if (next.isDigit() && next.digitValue() >= 0 && next.digitValue() <= 9 && next.unicode() < 128) {
            // A group the expression does not have gives nothing, as in sed.
            out += captured.value(next.digitValue());
        } else if (next == u'n') {
            out += u'\n';
        } else if (next == u't') {
            out += u'\t';
        } else if (next == u'\\') {
            out += u'\\';
        } else {
            out += c;
            out += next;
        }
        ++i;
    }
    return out;
}
