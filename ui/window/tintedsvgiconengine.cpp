#include "window/tintedsvgiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

#include "window/colorscheme.h"

TintedSvgIconEngine::TintedSvgIconEngine(const QByteArray &svg) : m_svg(svg) {}

QColor TintedSvgIconEngine::inkFor(QIcon::Mode mode) {
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    const bool dark = ColorScheme::isDarkPalette(palette);
    QColor ink = dark ? QColor(0xd8, 0xda, 0xdd) : QColor(QLatin1String(kInkColor));
    if (mode == QIcon::Disabled)
        ink.setAlphaF(dark ? 0.4 : 0.35);
    return ink;
}

QByteArray TintedSvgIconEngine::recolored(const QByteArray &svg, const QColor &color) {
    QByteArray result = svg;
    result.replace(kInkColor, color.name(QColor::HexRgb).toLatin1());
    if (color.alpha() < 255) {
        // SVG Tiny has no #rrggbbaa: fade the whole drawing instead.
        const QByteArray opacity = " opacity=\"" + QByteArray::number(color.alphaF(), 'f', 2) + '"';
        const int open = result.indexOf("<svg");
        if (open >= 0)
            result.insert(open + 4, opacity);
    }
    return result;
}

void TintedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) {
    QSvgRenderer renderer(recolored(m_svg, inkFor(mode)));
    renderer.render(painter, QRectF(rect));
}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) {
    if (size.isEmpty())
        return {};
    const QColor ink = inkFor(mode);
    const QString cacheKey = QStringLiteral("pw-icon-%1-%2x%3-%4")
                                 .arg(QString::number(qHash(m_svg), 16))
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(QString::number(ink.rgba(), 16));
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    pixmap = QPixmap::fromImage(image);
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QList<QSize> TintedSvgIconEngine::availableSizes(QIcon::Mode, QIcon::State) {
    // Scalable; these are the sizes toolbars and menus ask for.
    return {QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
}

QString TintedSvgIconEngine::key() const {
    return QStringLiteral("TintedSvgIconEngine");
}

QIconEngine *TintedSvgIconEngine::clone() const {
    return new TintedSvgIconEngine(m_svg);
}

bool TintedSvgIconEngine::isNull() {
    return m_svg.isEmpty();
}
