#include "render/kramdownrawhtml.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace {

// kramdown-2.4.0 parser/html.rb Constants.
constexpr const char *kSpanElements[] = {
    "a",      "abbr", "acronym", "b",   "big", "bdo",   "br",  "button", "cite",  "code",
    "del",    "dfn",  "em",      "i",   "img", "input", "ins", "kbd",    "label", "mark",
    "option", "q",    "rb",      "rbc", "rp",  "rt",    "rtc", "ruby",   "samp",  "select",
    "small",  "span", "strong",  "sub", "sup", "tt",    "u",   "var"};
constexpr const char *kBlockElements[] = {
    "address",  "article", "aside",  "applet",  "body",     "blockquote", "caption", "col",  "colgroup",
    "dd",       "div",     "dl",     "dt",      "fieldset", "figcaption", "footer",  "form", "h1",
    "h2",       "h3",      "h4",     "h5",      "h6",       "header",     "hgroup",  "hr",   "html",
    "head",     "iframe",  "legend", "menu",    "li",       "main",       "map",     "nav",  "ol",
    "optgroup", "p",       "pre",    "section", "summary",  "table",      "tbody",   "td",   "th",
    "thead",    "tfoot",   "tr",     "ul"};
constexpr const char *kWithoutBody[] = {"area",  "base",   "br",    "col",    "command", "embed",
                                        "hr",    "img",    "input", "keygen", "link",    "meta",
                                        "param", "source", "track", "wbr"};
// The content-model lists' names that are in none of the lists above.
constexpr const char *kOtherElements[] = {"details", "figure", "noscript", "object", "script",
                                          "style",   "math",   "textarea", "tt"};

template <size_t N>
bool listed(const char *const (&list)[N], const QByteArray &name) {
    return std::any_of(std::begin(list), std::end(list), [&name](const char *item) { return name == item; });
}

// kramdown's HTML_ELEMENT: the names it lower-cases and matches in any case.
bool isHtmlElement(const QByteArray &lowerName) {
    return listed(kSpanElements, lowerName) || listed(kBlockElements, lowerName) ||
           listed(kWithoutBody, lowerName) || listed(kOtherElements, lowerName);
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Ruby's \p{Word} and REXML's name characters, with any non-ASCII byte taken as a letter.
bool isWordChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
           c == '_';
}

qsizetype ncNameLength(const char *at, const char *end) {
    if (at >= end || !isWordChar(*at) || (*at >= '0' && *at <= '9'))
        return 0;
    const char *p = at + 1;
    while (p < end && (isWordChar(*p) || *p == '-' || *p == '.'))
        ++p;
    return p - at;
}

const char *skipSpace(const char *p, const char *end) {
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

struct Tag {
    QByteArray name;  // lower-cased when it is an HTML element
    const char *end = nullptr;
    bool selfClosing = false;
    bool markdown = false;  // has a `markdown` attribute
};

QByteArray elementName(const char *at, qsizetype length) {
    const QByteArray name(at, length);
    const QByteArray lower = name.toLower();
    return isHtmlElement(lower) ? lower : name;
}

// HTML_TAG_RE at `at` ('<').
std::optional<Tag> openingTag(const char *at, const char *end) {
    const qsizetype length = KramdownRawHtml::nameLength(at + 1, end);
    if (length == 0)
        return std::nullopt;
    Tag tag;
    tag.name = elementName(at + 1, length);
    const char *p = at + 1 + length;
    for (;;) {
        const char *attribute = skipSpace(p, end);
        const qsizetype nameLength = attribute > p ? KramdownRawHtml::nameLength(attribute, end) : 0;
        if (nameLength == 0)
            break;
        tag.markdown = tag.markdown || QByteArray(attribute, nameLength).toLower() == "markdown";
        p = attribute + nameLength;
        const char *equals = skipSpace(p, end);
        if (equals >= end || *equals != '=')
            continue;
        const char *value = skipSpace(equals + 1, end);
        if (value < end && (*value == '"' || *value == '\'')) {
            if (const void *quote = std::memchr(value + 1, *value, size_t(end - value - 1)))
                p = static_cast<const char *>(quote) + 1;
        } else if (value < end && isWordChar(*value)) {
            while (value < end && isWordChar(*value))
                ++value;
            p = value;
        }
    }
    p = skipSpace(p, end);
    if (p < end && *p == '/') {
        tag.selfClosing = true;
        ++p;
    }
    if (p >= end || *p != '>')
        return std::nullopt;
    tag.end = p + 1;
    return tag;
}

// HTML_TAG_CLOSE_RE at `at` ('<'): the name as written and the end.
std::optional<std::pair<QByteArray, const char *>> closingTag(const char *at, const char *end) {
    if (end - at < 3 || at[1] != '/')
        return std::nullopt;
    const qsizetype length = KramdownRawHtml::nameLength(at + 2, end);
    if (length == 0)
        return std::nullopt;
    const char *p = skipSpace(at + 2 + length, end);
    if (p >= end || *p != '>')
        return std::nullopt;
    return std::make_pair(QByteArray(at + 2, length), p + 1);
}

// The end of `open ... close` starting at `at`, or nullptr.
const char *delimited(const char *at, const char *end, const char *open, const char *close) {
    const size_t openLength = std::strlen(open);
    if (size_t(end - at) < openLength || std::memcmp(at, open, openLength) != 0)
        return nullptr;
    const char *found = std::search(at + openLength, end, close, close + std::strlen(close));
    return found == end ? nullptr : found + std::strlen(close);
}

// An entity kramdown keeps as it is in text (REXML's REFERENCE_RE).
bool isReference(const char *at, const char *end) {
    const char *p = at + 1;
    if (p < end && *p == '#') {
        ++p;
        const bool hex = p < end && *p == 'x';
        p += hex ? 1 : 0;
        const char *digits = p;
        while (p < end && (hex ? std::isxdigit(static_cast<unsigned char>(*p))
                               : std::isdigit(static_cast<unsigned char>(*p))))
            ++p;
        return p > digits && p < end && *p == ';';
    }
    if (p >= end || !(isWordChar(*p) || *p == ':'))
        return false;
    while (p < end && (isWordChar(*p) || *p == '-' || *p == '.' || *p == ':'))
        ++p;
    return p < end && *p == ';';
}

class RawReader {
public:
    RawReader(const char *begin, const char *end) : m_end(end), m_pos(begin) {}

    // After an opening tag: reads the element's content and closing tag; false when it ran to the end.
    bool readElement(const Tag &tag) {
        if (tag.selfClosing || listed(kWithoutBody, tag.name))
            return true;
        if (tag.name == "script" || tag.name == "style")
            return readRawText(tag.name);
        if (readContent(tag.name))
            return true;
        m_html += "</" + tag.name + ">";
        return false;
    }

    QByteArray m_html;
    const char *m_end;
    const char *m_pos;

private:
    void appendText(const char *from, const char *to) {
        const char *run = from;
        for (const char *p = from; p < to; ++p) {
            const char *escape = *p == '<'                             ? "&lt;"
                                 : *p == '>'                           ? "&gt;"
                                 : *p == '&' && !isReference(p, m_end) ? "&amp;"
                                                                       : nullptr;
            if (!escape)
                continue;
            m_html.append(run, p - run);
            m_html.append(escape);
            run = p + 1;
        }
        m_html.append(run, to - run);
    }
    void appendVerbatim(const char *to) {
        m_html.append(m_pos, to - m_pos);
        m_pos = to;
    }

    // The next '<' that HTML_RAW_START accepts.
    const char *nextMarkup() const {
        for (const char *p = m_pos; (p = static_cast<const char *>(std::memchr(p, '<', size_t(m_end - p))));
             ++p) {
            if (p + 1 < m_end && (p[1] == '/' || p[1] == '?' || p[1] == '!' || nameLength(p + 1) > 0)) {
                if (p[1] != '!' || (m_end - p >= 4 && std::memcmp(p, "<!--", 4) == 0))
                    return p;
            }
        }
        return nullptr;
    }
    qsizetype nameLength(const char *at) const { return KramdownRawHtml::nameLength(at, m_end); }

    bool readContent(const QByteArray &name) {
        while (m_pos < m_end) {
            const char *markup = nextMarkup();
            if (!markup) {
                appendText(m_pos, m_end);
                m_pos = m_end;
                return false;
            }
            appendText(m_pos, markup);
            m_pos = markup;
            if (const char *comment = delimited(m_pos, m_end, "<!--", "-->")) {
                appendVerbatim(comment);
            } else if (const char *instruction = delimited(m_pos, m_end, "<?", "?>")) {
                appendVerbatim(instruction);
            } else if (const std::optional<Tag> tag = openingTag(m_pos, m_end)) {
                appendVerbatim(tag->end);
                if (!readElement(*tag))
                    return false;
            } else if (const auto close = closingTag(m_pos, m_end)) {
                const bool matches = (isHtmlElement(name) ? close->first.toLower() : close->first) == name;
                if (matches) {
                    appendVerbatim(close->second);
                    return true;
                }
                appendText(m_pos, close->second);
                m_pos = close->second;
            } else {
                appendText(m_pos, m_pos + 1);
                ++m_pos;
            }
        }
        return false;
    }

    // <script> and <style>: everything up to the first closing tag, as it is.
    bool readRawText(const QByteArray &name) {
        for (const char *p = m_pos; (p = static_cast<const char *>(std::memchr(p, '<', size_t(m_end - p))));
             ++p) {
            const auto close = closingTag(p, m_end);
            if (close && close->first.toLower() == name) {
                appendVerbatim(close->second);
                return true;
            }
        }
        appendVerbatim(m_end);
        m_html += "</" + name + ">";
        return false;
    }
};

}  // namespace

qsizetype KramdownRawHtml::nameLength(const char *at, const char *end) {
    qsizetype length = ncNameLength(at, end);
    if (length > 0 && at + length < end && at[length] == ':') {
        if (const qsizetype local = ncNameLength(at + length + 1, end))
            length += 1 + local;
    }
    return length;
}

bool KramdownRawHtml::isSpanElement(const QByteArray &name) {
    // Called for every line that starts with a tag: compared in place, without a lower-cased copy.
    return std::any_of(std::begin(kSpanElements), std::end(kSpanElements), [&name](const char *item) {
        return qsizetype(std::strlen(item)) == name.size() &&
               qstrnicmp(item, name.constData(), name.size()) == 0;
    });
}

std::optional<KramdownRawHtml::Element> KramdownRawHtml::blockElementAt(const QByteArray &source,
                                                                        qsizetype at) {
    const char *begin = source.constData();
    const char *end = begin + source.size();
    if (at < 0 || at >= source.size() || begin[at] != '<')
        return std::nullopt;
    const std::optional<Tag> tag = openingTag(begin + at, end);
    if (!tag || tag->markdown || tag->selfClosing || isSpanElement(tag->name) ||
        listed(kWithoutBody, tag->name) || tag->name == "script" || tag->name == "style")
        return std::nullopt;
    RawReader reader(begin + at, end);
    reader.m_html.append(begin + at, tag->end - (begin + at));
    reader.m_pos = tag->end;
    Element element;
    element.closed = reader.readElement(*tag);
    element.html = std::move(reader.m_html);
    element.end = reader.m_pos - begin;
    return element;
}

std::optional<qsizetype> KramdownRawHtml::markupEnd(const QByteArray &source, qsizetype at, qsizetype end) {
    const char *begin = source.constData();
    const char *from = begin + at;
    const char *to = begin + std::min(end, source.size());
    const char *found = delimited(from, to, "<!--", "-->");
    if (!found)
        found = delimited(from, to, "<?", "?>");
    if (!found) {
        if (const std::optional<Tag> tag = openingTag(from, to))
            found = tag->end;
        else if (const auto close = closingTag(from, to))
            found = close->second;
    }
    return found ? std::optional<qsizetype>(found - begin) : std::nullopt;
}
