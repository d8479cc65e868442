#include "window/readableindicatorstyle.h"

#include <QStyleFactory>
#include <QStyleOptionButton>

#include "window/colorscheme.h"

namespace {

// What Fusion darkens into the frame: about #6e7176, clearly apart from the dark field and its text.
const QColor kFrameSource(0x9a, 0x9e, 0xa5);

}  // namespace

ReadableIndicatorStyle::ReadableIndicatorStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void ReadableIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                           QPainter *painter, const QWidget *widget) const {
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!indicator || !option || !ColorScheme::isDarkPalette(option->palette)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion reads the button's own option type, so the copy keeps it.
    if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
        QStyleOptionButton lighter = *button;
        lighter.palette.setColor(QPalette::Window, kFrameSource);
        QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
        return;
    }
    QStyleOption lighter = *option;
    lighter.palette.setColor(QPalette::Window, kFrameSource);
    QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
}
