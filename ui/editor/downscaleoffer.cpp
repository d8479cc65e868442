#include "editor/downscaleoffer.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

DownscaleOffer::Question DownscaleOffer::about(const QString &name, int width, qint64 bytes, int offered) {
    const QLocale locale;
    return {tr("%1 is %2 px wide and takes %3. Write it %4 px wide instead?")
                .arg(name, locale.toString(width), locale.formattedDataSize(bytes), locale.toString(offered)),
            offered};
}

DownscaleOffer::Question DownscaleOffer::aboutSeveral(int count, int offered) {
    return {tr("%n of the dropped images are wider or larger than your limit. Write them smaller?", nullptr,
               count),
            offered};
}

bool DownscaleOffer::askWithDialog(QWidget *parent, const Question &question) {
    QMessageBox box(QMessageBox::Question, tr("Large Image"), question.text, QMessageBox::NoButton, parent);
    QPushButton *smaller = box.addButton(tr("Downscale to %1 px").arg(QLocale().toString(question.width)),
                                         QMessageBox::AcceptRole);
    box.addButton(tr("Keep Original Size"), QMessageBox::RejectRole);
    box.setDefaultButton(smaller);
    box.exec();
    return box.clickedButton() == smaller;
}
