#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// The question a large new image raises: write it smaller ("Downscale to 2,400 px") or as it is ("Keep
// Original Size"). The answer comes from a chooser, a dialog by default; tests give their own.
class DownscaleOffer {
    Q_DECLARE_TR_FUNCTIONS(DownscaleOffer)

public:
    struct Question {
        QString text;   // what is large, and how large
        int width = 0;  // the width offered, pixels
    };
    // True to downscale.
    using Chooser = std::function<bool(const Question &)>;

    // The question for one image `name` of `width` pixels and `bytes` bytes, offered `offered` pixels.
    static Question about(const QString &name, int width, qint64 bytes, int offered);
    // The question for `count` images, the first offered `offered` pixels.
    static Question aboutSeveral(int count, int offered);
    // Asks with a message box over `parent`.
    static bool askWithDialog(QWidget *parent, const Question &question);
};
