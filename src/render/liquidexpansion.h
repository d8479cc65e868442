#pragma once

#include "render/liquidcontext.h"
#include "render/liquidsegments.h"
#include "render/previewcaveat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

// What the site's own Jekyll made of a body's Liquid (the engine's `render` answer), kept segment by segment
// (LiquidSegments) so that the preview can expand later bodies with it at once: a text segment is its own
// output, a Liquid segment the output the engine gave for the same source (the n-th segment with that source
// takes the n-th answer for it). A Liquid segment the answer does not know (just typed) is run by the
// built-in fallback (LiquidPreprocessor) until the engine answers again. The expanded text may have more or
// fewer lines than the body: expand() says which body line each of its lines comes from, for the preview's
// line ranges. Immutable once made: shared with the render thread.
class LiquidExpansion {
    Q_DECLARE_TR_FUNCTIONS(LiquidExpansion)

public:
    // A tag the engine could not run (a plugin's, in safe mode): its name and body line.
    struct UnrunTag {
        QString tag;
        int line = 0;
    };

    // Put between segments of the body sent to the engine; plain text for Liquid, unlikely in a post, and
    // without blanks, so that whitespace control cannot strip it.
    static QByteArray marker();
    // `body` with marker() between its segments.
    static QByteArray marked(const QByteArray &body, const QVector<LiquidSegment> &segments);

    // The engine's answer `content` for marked(body, segments); `unrun` as it listed them (body lines).
    static std::shared_ptr<const LiquidExpansion> fromAnswer(const QByteArray &body,
                                                             const QVector<LiquidSegment> &segments,
                                                             const QByteArray &content,
                                                             const QVector<UnrunTag> &unrun);

    struct Expanded {
        QByteArray text;
        // For each line of `text`, from the first, the body line (1-based) it comes from; empty when every
        // line of `text` is the body's line of the same number.
        QVector<int> bodyLines;
    };
    // `body` (LF line ends) with its Liquid run: answered segments from the engine, the others by the
    // fallback with `context`. Appends what the preview shows unlike Jekyll (tags the engine could not run,
    // Liquid the fallback could not run) to `caveats` (when given), placed in `body`. Thread-safe.
    Expanded expand(const QByteArray &body, const LiquidContext &context,
                    QVector<PreviewCaveat> *caveats) const;

    // The body the answer was for.
    const QByteArray &body() const { return m_body; }
    // Whether the engine's answer could be cut at the markers (else it serves only its own body, whole).
    bool isSegmented() const { return m_segmented; }

private:
    static QString unrunReason(const QString &tag);

    struct Piece {
        QByteArray output;
        QVector<QString> unrunTags;
    };
    QByteArray m_body;
    bool m_segmented = false;
    QByteArray m_whole;  // the answer without markers, when it could not be cut
    QVector<QString> m_wholeUnrun;
    QHash<QByteArray, QVector<Piece>> m_pieces;  // by segment source; text segments only where they differ
};
