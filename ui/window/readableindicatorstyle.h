#pragma once

#include <QProxyStyle>

// Fusion, with check boxes and radio buttons that can be seen on a dark palette. Fusion draws their frame in
// the window colour darkened by 40 %: on a dark palette that is nearly black on a nearly black field, so an
// unchecked box (the Tags panel's, the settings') disappears. On a dark palette this style hands Fusion a
// light grey window colour for the frame only; light palettes are drawn exactly as Fusion draws them.
class ReadableIndicatorStyle : public QProxyStyle {
    Q_OBJECT

public:
    ReadableIndicatorStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
