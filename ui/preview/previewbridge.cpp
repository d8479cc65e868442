#include "preview/previewbridge.h"

#include "render/previewpatch.h"

#include <limits>

PreviewBridge::PreviewBridge(QObject *parent) : QObject(parent) {}

namespace {

QVariantList blockList(const RenderedBlocks &blocks) {
    QVariantList list;
    list.reserve(blocks.size());
    for (const RenderedBlock &block : blocks) {
        list.append(QVariantMap{{QStringLiteral("html"), QString::fromUtf8(block.html)},
                                {QStringLiteral("firstLine"), block.firstLine},
                                {QStringLiteral("lastLine"), block.lastLine}});
    }
    return list;
}

}  // namespace

QVariantMap PreviewBridge::toVariant(const PreviewPatch &patch, quint64 generation, bool reset) {
    QVariantList ranges;
    ranges.reserve(patch.ranges.size());
    for (const PreviewPatch::Range &range : patch.ranges) {
        ranges.append(QVariantMap{{QStringLiteral("start"), range.start},
                                  {QStringLiteral("removeCount"), range.removeCount},
                                  {QStringLiteral("blocks"), blockList(range.blocks)},
                                  {QStringLiteral("lineDelta"), range.lineDelta}});
    }
    return QVariantMap{{QStringLiteral("ranges"), ranges},
                       // A double survives JSON exactly up to 2^53 generations: enough.
                       {QStringLiteral("generation"), double(generation)},
                       {QStringLiteral("reset"), reset}};
}

void PreviewBridge::sendPatch(const PreviewPatch &patch, quint64 generation, bool reset) {
    emit patchReady(toVariant(patch, generation, reset));
}

void PreviewBridge::sendHeader(const QVariantMap &header) {
    emit headerChanged(header);
}

void PreviewBridge::sendBehind(bool behind) {
    emit behindChanged(behind);
}

void PreviewBridge::sendFrame(const QVariantMap &frame) {
    emit frameChanged(frame);
}

void PreviewBridge::sendOptions(const QVariantMap &options) {
    emit optionsChanged(options);
}

void PreviewBridge::sendScrollToLine(const QVariantMap &request) {
    emit scrollToLineRequested(request);
}

void PreviewBridge::pageReady() {
    emit pageBecameReady();
}

void PreviewBridge::patchApplied(double generation) {
    if (generation >= 0)
        emit patchWasApplied(quint64(generation));
}

void PreviewBridge::linkClicked(const QString &url) {
    const QUrl parsed(url);
    if (parsed.isValid())
        emit linkWasClicked(parsed);
}

void PreviewBridge::remoteContentRefused(const QString &url, const QString &directive) {
    const QUrl parsed(url);
    if (parsed.isValid())
        emit remoteContentWasRefused(parsed, directive);
}

void PreviewBridge::frameApplied(bool themed) {
    emit frameWasApplied(themed);
}

void PreviewBridge::libraryWanted(const QString &name) {
    emit libraryWasWanted(name);
}

void PreviewBridge::sourceLineClicked(double line) {
    if (line >= 1 && line <= double(std::numeric_limits<int>::max()))
        emit sourceLineWasClicked(int(line));
}
