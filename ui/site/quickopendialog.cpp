#include "site/quickopendialog.h"

#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include "site/quickopendelegate.h"

namespace {

// More rows than fit in the box are of no use: the writer types another character instead.
constexpr int kShownLimit = 100;
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;

}  // namespace

QuickOpenDialog::QuickOpenDialog(QWidget *parent) : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint) {
    setObjectName(QStringLiteral("quickOpen"));
    setSizeGripEnabled(false);
    // A popup has no window frame: this one draws its own edge so it stands apart from the window under it.
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Raised);
    m_heading = new QLabel(frame);
    m_line = new QLineEdit(frame);
    m_line->setObjectName(QStringLiteral("quickOpenPattern"));
    m_line->setAccessibleName(tr("Search the site\u2019s posts"));
    m_line->installEventFilter(this);
    m_list = new QListWidget(frame);
    m_list->setObjectName(QStringLiteral("quickOpenList"));
    m_list->setItemDelegate(new QuickOpenDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status = new QLabel(frame);
    m_status->setObjectName(QStringLiteral("quickOpenStatus"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_line);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    resize(560, 380);

    connect(m_line, &QLineEdit::textChanged, this, &QuickOpenDialog::refresh);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { choose(m_list->row(item)); });
    setMode(Mode::Open);
}

void QuickOpenDialog::setPosts(const QVector<PostSummary> &posts) {
    m_posts = posts;
    m_ranker.setPosts(posts);
    refresh();
}

void QuickOpenDialog::setMode(Mode mode) {
    m_mode = mode;
    m_heading->setText(mode == Mode::Open ? tr("Open a post") : tr("Insert a link to a post"));
    m_line->setPlaceholderText(tr("Type part of a title"));
    setWindowTitle(m_heading->text());
}

void QuickOpenDialog::popup(Mode mode) {
    Q_EMIT aboutToPopUp();
    setMode(mode);
    m_line->clear();
    refresh();
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect frame = window->geometry();
        const int width = qMin(600, qMax(360, frame.width() * 2 / 3));
        resize(width, height());
        move(frame.left() + (frame.width() - width) / 2, frame.top() + 48);
    }
    show();
    raise();
    activateWindow();
    m_line->setFocus(Qt::PopupFocusReason);
}

void QuickOpenDialog::refresh() {
    const QVector<QuickOpenRanker::Hit> hits = m_ranker.rank(m_line->text(), kShownLimit);
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    const QLocale locale;
    for (const QuickOpenRanker::Hit &hit : hits) {
        const PostSummary &post = m_posts.at(hit.index);
        auto *item = new QListWidgetItem(post.title.isEmpty() ? post.relativePath : post.title, m_list);
        item->setData(kPathRole, post.path);
        item->setData(kIndexRole, hit.index);
        item->setData(QuickOpenDelegate::PositionsRole,
                      QVariant::fromValue(post.title.isEmpty() ? QVector<int>() : hit.positions));
        const QString date =
            post.date.isValid() ? locale.toString(post.date.date(), QLocale::ShortFormat) : QString();
        item->setData(QuickOpenDelegate::DetailRole,
                      date.isEmpty() ? post.relativePath : tr("%1 \u00b7 %2").arg(date, post.relativePath));
        item->setToolTip(post.path);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setUpdatesEnabled(true);
    const int matched = m_ranker.lastMatchCount();
    m_status->setText(
        matched == 0 && !m_posts.isEmpty()
            ? tr("No title matches")
            : tr("%1 of %2 posts").arg(locale.toString(matched), locale.toString(m_posts.size())));
}

void QuickOpenDialog::choose(int row) {
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const int index = item->data(kIndexRole).toInt();
    accept();
    if (m_mode == Mode::Open)
        Q_EMIT chosen(m_posts.at(index).path);
    else
        Q_EMIT linkChosen(m_posts.at(index));
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                choose(m_list->currentRow());
                return true;
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                QCoreApplication::sendEvent(m_list, event);
                return true;
            default:
                break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
