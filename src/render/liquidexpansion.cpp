#include "render/liquidexpansion.h"

#include "render/liquidpreprocessor.h"

#include <algorithm>

namespace {

const char kMarker[] = "\x1epw\x1f";

qsizetype countNewlines(const char *data, qsizetype size) {
    return std::count(data, data + size, '\n');
}

// Builds the expanded text and its line map segment by segment.
class ExpandedWriter {
public:
    explicit ExpandedWriter(qsizetype reserve) { m_text.reserve(reserve); }

    // `output` stands for the body's `source`, which starts at body line `firstLine`. A verbatim output keeps
    // its lines; another output's n-th line comes from the source's n-th line, or its last.
    void append(const QByteArray &output, const char *source, qsizetype sourceSize, int firstLine,
                bool verbatim) {
        const qsizetype sourceNewlines = countNewlines(source, sourceSize);
        const char *data = output.constData();
        qsizetype newline = -1;
        int k = 0;
        while ((newline = output.indexOf('\n', newline + 1)) >= 0) {
            ++k;
            m_lines.append(verbatim ? firstLine + k
                                    : firstLine + int(std::min<qsizetype>(k, sourceNewlines)));
        }
        if (!verbatim && k != sourceNewlines)
            m_sameLines = false;
        m_text.append(data, output.size());
    }
    void appendVerbatim(const QByteArray &body, qsizetype from, qsizetype to, int firstLine) {
        const char *data = body.constData() + from;
        for (qsizetype i = 0; i < to - from; ++i) {
            if (data[i] == '\n')
                m_lines.append(++firstLine);
        }
        m_text.append(data, to - from);
    }

    LiquidExpansion::Expanded finish() {
        LiquidExpansion::Expanded expanded;
        expanded.text = std::move(m_text);
        if (!m_sameLines) {
            expanded.bodyLines.reserve(m_lines.size() + 1);
            expanded.bodyLines.append(1);
            expanded.bodyLines.append(m_lines);
        }
        return expanded;
    }

private:
    QByteArray m_text;
    QVector<int> m_lines;  // body line of each text line after the first
    bool m_sameLines = true;
};

}  // namespace

QString LiquidExpansion::unrunReason(const QString &tag) {
    return tr("The site's Jekyll did not run `%1` in safe mode: the site's plugins run only once you trust "
              "the "
              "site")
        .arg(tag);
}

QByteArray LiquidExpansion::marker() {
    return QByteArray(kMarker);
}

QByteArray LiquidExpansion::marked(const QByteArray &body, const QVector<LiquidSegment> &segments) {
    QByteArray out;
    out.reserve(body.size() + segments.size() * (sizeof(kMarker) - 1));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append(kMarker);
        out.append(body.constData() + segments.at(i).from, segments.at(i).size());
    }
    return out;
}

std::shared_ptr<const LiquidExpansion> LiquidExpansion::fromAnswer(const QByteArray &body,
                                                                   const QVector<LiquidSegment> &segments,
                                                                   const QByteArray &content,
                                                                   const QVector<UnrunTag> &unrun) {
    auto expansion = std::make_shared<LiquidExpansion>();
    expansion->m_body = body;
    // Cut at every whole marker (a body may hold its first byte alone).
    const QByteArray marker(kMarker);
    QVector<QByteArray> outputs;
    for (qsizetype from = 0;;) {
        const qsizetype at = content.indexOf(marker, from);
        outputs.append(content.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            break;
        from = at + marker.size();
    }
    // An empty body has no segment, and its answer one empty piece.
    const bool cut = segments.isEmpty() ? content.isEmpty() : outputs.size() == segments.size();
    if (!cut) {
        expansion->m_whole = QByteArray(content).replace(kMarker, "");
        for (const UnrunTag &tag : unrun)
            expansion->m_wholeUnrun.append(tag.tag);
        return expansion;
    }
    expansion->m_segmented = true;
    // Each tag the engine could not run belongs to the Liquid segment holding its line.
    QVector<QVector<QString>> unrunBySegment(segments.size());
    int line = 1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const LiquidSegment &segment = segments.at(i);
        const int lastLine = line + int(countNewlines(body.constData() + segment.from, segment.size()));
        if (segment.liquid) {
            for (const UnrunTag &tag : unrun) {
                if (tag.line >= line && tag.line <= lastLine && !unrunBySegment[i].contains(tag.tag))
                    unrunBySegment[i].append(tag.tag);
            }
        }
        line = lastLine;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const LiquidSegment &segment = segments.at(i);
        const QByteArray source = body.mid(segment.from, segment.size());
        if (!segment.liquid && outputs.at(i) == source)
            continue;
        expansion->m_pieces[source].append(Piece{outputs.at(i), unrunBySegment.at(i)});
    }
    return expansion;
}

LiquidExpansion::Expanded LiquidExpansion::expand(const QByteArray &body, const LiquidContext &context,
                                                  QVector<PreviewCaveat> *caveats) const {
    QVector<PreviewCaveat> unused;
    if (!caveats)
        caveats = &unused;
    if (!m_segmented && body == m_body) {
        ExpandedWriter writer(m_whole.size());
        writer.append(m_whole, body.constData(), body.size(), 1, false);
        for (const QString &tag : m_wholeUnrun)
            caveats->append(PreviewCaveat{1, 1, 0, unrunReason(tag), PreviewCaveat::Origin::Liquid});
        return writer.finish();
    }
    if (!LiquidSegments::mayHoldLiquid(body))
        return Expanded{body, {}};
    const QVector<LiquidSegment> segments = LiquidSegments::split(body);
    ExpandedWriter writer(body.size());
    QHash<QByteArray, int> seen;
    int line = 1;
    qsizetype lineStart = 0;
    for (const LiquidSegment &segment : segments) {
        const int column = int(segment.from - lineStart) + 1;
        if (!segment.liquid && m_pieces.isEmpty()) {
            writer.appendVerbatim(body, segment.from, segment.to, line);
        } else {
            const QByteArray source = body.mid(segment.from, segment.size());
            const auto known = m_pieces.constFind(source);
            const int occurrence = known == m_pieces.constEnd() ? 0 : seen[source]++;
            if (known != m_pieces.constEnd() && occurrence < known->size()) {
                const Piece &piece = known->at(occurrence);
                writer.append(piece.output, source.constData(), source.size(), line, false);
                const int firstLineEnd = source.indexOf('\n');
                for (const QString &tag : piece.unrunTags)
                    caveats->append(PreviewCaveat{line, column,
                                                  int(firstLineEnd < 0 ? source.size() : firstLineEnd),
                                                  unrunReason(tag), PreviewCaveat::Origin::Liquid});
            } else if (!segment.liquid) {
                writer.appendVerbatim(body, segment.from, segment.to, line);
            } else {
                QVector<PreviewCaveat> unrun;
                const QByteArray output = LiquidPreprocessor::process(source, context, &unrun);
                for (PreviewCaveat caveat : unrun) {
                    if (caveat.line == 1)
                        caveat.column += column - 1;
                    caveat.line += line - 1;
                    caveats->append(caveat);
                }
                // The fallback keeps the lines of what it is given.
                writer.append(output, source.constData(), source.size(), line, true);
            }
        }
        for (qsizetype i = segment.from; i < segment.to; ++i) {
            if (body.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
    }
    return writer.finish();
}
