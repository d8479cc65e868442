#pragma once

#include <QByteArray>
#include <QColor>
#include <QIconEngine>

// Draws one of our line icons (an SVG drawn in kInkColor) in the colour the application's palette calls for
// when it is painted: dark grey on a light palette, light grey on a dark one, the highlighted text's colour
// for a selected menu row, and faded when disabled. QIcon cannot take currentColor, so the SVG's own colour
// is replaced in its text before QSvgRenderer draws it; pixmaps are cached per size and colour.
class TintedSvgIconEngine : public QIconEngine {
public:
    // The colour every bundled SVG is drawn in (resources/icons/*.svg).
    static constexpr const char *kInkColor = "#3c4043";

    explicit TintedSvgIconEngine(const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

    // The colour an icon in `mode` is drawn in with the application's current palette.
    static QColor inkFor(QIcon::Mode mode);
    // `svg` with kInkColor replaced by `color`.
    static QByteArray recolored(const QByteArray &svg, const QColor &color);

private:
    QByteArray m_svg;
};
