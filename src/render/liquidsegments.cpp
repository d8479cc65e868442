#include "render/liquidsegments.h"

#include <QHash>

#include <algorithm>

namespace {

// What Ruby's String#lstrip and #rstrip remove (Liquid's whitespace control calls them).
bool isStrippable(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == '\0';
}

bool isWordByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

struct Token {
    qsizetype from = 0;
    qsizetype to = 0;
    bool tag = false;  // `{% ... %}`; otherwise `{{ ... }}`
    QByteArray name;   // a tag's name (Liquid's TagName: `#` or word characters)
    bool trimBefore = false;
    bool trimAfter = false;
};

QByteArray tagName(const QByteArray &body, qsizetype at, qsizetype end) {
    qsizetype i = at + 2;
    if (i < end && body.at(i) == '-')
        ++i;
    while (i < end && isStrippable(body.at(i)))
        ++i;
    if (i < end && body.at(i) == '#')
        return QByteArrayLiteral("#");
    const qsizetype start = i;
    while (i < end && isWordByte(body.at(i)))
        ++i;
    return body.mid(start, i - start);
}

// Liquid's tokenizer: /\{%.*?%\}|\{\{.*?\}\}?|\{\{|\{%/m, leftmost first. An opening without its end is a
// token of its own that Liquid refuses: it is left in the text here.
QVector<Token> tokenize(const QByteArray &body) {
    QVector<Token> tokens;
    qsizetype pos = 0;
    const qsizetype size = body.size();
    while (pos < size) {
        const qsizetype brace = body.indexOf('{', pos);
        if (brace < 0 || brace + 1 >= size)
            break;
        const char next = body.at(brace + 1);
        if (next != '{' && next != '%') {
            pos = brace + 1;
            continue;
        }
        Token token;
        token.from = brace;
        token.tag = next == '%';
        if (token.tag) {
            const qsizetype close = body.indexOf("%}", brace + 2);
            if (close < 0) {
                pos = brace + 2;
                continue;
            }
            token.to = close + 2;
            token.name = tagName(body, brace, close);
        } else {
            const qsizetype close = body.indexOf('}', brace + 2);
            if (close < 0) {
                pos = brace + 2;
                continue;
            }
            token.to = close + 1 < size && body.at(close + 1) == '}' ? close + 2 : close + 1;
        }
        token.trimBefore = brace + 2 < size && body.at(brace + 2) == '-';
        token.trimAfter = token.to - token.from >= 3 && body.at(token.to - 3) == '-';
        tokens.append(token);
        pos = token.to;
    }
    return tokens;
}

// For each token that opens a block, the index of the token that ends it (else -1). `raw` takes the first
// `endraw` after it and hides every token between; other blocks pair with their `endNAME` as a stack does.
QVector<int> blockEnds(const QVector<Token> &tokens) {
    QVector<int> ends(tokens.size(), -1);
    QHash<QByteArray, QVector<int>> open;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (!token.tag || token.name.isEmpty())
            continue;
        if (token.name == "raw") {
            int j = i + 1;
            while (j < tokens.size() && !(tokens.at(j).tag && tokens.at(j).name == "endraw"))
                ++j;
            if (j < tokens.size()) {
                ends[i] = j;
                i = j;
            }
            continue;
        }
        if (token.name.startsWith("end") && token.name.size() > 3) {
            auto stack = open.find(token.name.mid(3));
            if (stack != open.end() && !stack->isEmpty())
                ends[stack->takeLast()] = i;
            continue;
        }
        open[token.name].append(i);
    }
    return ends;
}

}  // namespace

bool LiquidSegments::mayHoldLiquid(const QByteArray &body) {
    return body.contains("{{") || body.contains("{%");
}

QVector<LiquidSegment> LiquidSegments::split(const QByteArray &body) {
    QVector<LiquidSegment> segments;
    const QVector<Token> tokens = mayHoldLiquid(body) ? tokenize(body) : QVector<Token>();
    const QVector<int> ends = blockEnds(tokens);
    qsizetype pos = 0;  // the end of what is already cut
    for (int i = 0; i < tokens.size(); ++i) {
        const int last = ends.at(i) >= 0 ? ends.at(i) : i;
        qsizetype from = tokens.at(i).from;
        if (tokens.at(i).trimBefore) {
            while (from > pos && isStrippable(body.at(from - 1)))
                --from;
        }
        qsizetype to = tokens.at(last).to;
        if (tokens.at(last).trimAfter) {
            const qsizetype limit = last + 1 < tokens.size() ? tokens.at(last + 1).from : body.size();
            while (to < limit && isStrippable(body.at(to)))
                ++to;
        }
        if (from > pos)
            segments.append(LiquidSegment{pos, from, false});
        segments.append(LiquidSegment{from, to, true});
        pos = to;
        i = last;
    }
    if (pos < body.size())
        segments.append(LiquidSegment{pos, body.size(), false});
    return segments;
}
