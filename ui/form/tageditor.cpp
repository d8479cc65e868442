#include "tageditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "form/flowlayout.h"

namespace {

constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kCompletionLimit = 12;

QString postCount(int count) {
    return count == 1 ? TagEditor::tr("1 post") : TagEditor::tr("%1 posts").arg(QLocale().toString(count));
}

// A line edit that asks for little width, so it shares a line with the chips before it.
class ChipLineEdit : public QLineEdit {
public:
    using QLineEdit::QLineEdit;
    QSize sizeHint() const override {
        QSize size = QLineEdit::sizeHint();
        size.setWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 6);
        return size;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

}  // namespace

TagEditor::TagEditor(QWidget *parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setCursor(Qt::IBeamCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Chips and the line edit flow in the first area; near-duplicate warnings stack under them, each on
    // its own line, so a long warning never pushes the chips apart.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto *chipsArea = new QWidget(this);
    m_flow = new FlowLayout(chipsArea, 4);
    m_flow->setContentsMargins(3, 3, 3, 3);
    outer->addWidget(chipsArea);
    m_warningRows = new QVBoxLayout;
    m_warningRows->setContentsMargins(3, 0, 3, 0);
    m_warningRows->setSpacing(2);
    outer->addLayout(m_warningRows);
    m_line = new ChipLineEdit(chipsArea);
    m_line->setFrame(false);
    m_line->setPlaceholderText(tr("Add\u2026"));
    m_line->installEventFilter(this);
    m_flow->addWidget(m_line);
    setFocusProxy(m_line);
    setStyleSheet(
        QStringLiteral("QFrame#tagChip { background: palette(button); border: 1px solid palette(mid);"
                       " border-radius: 9px; }"
                       "QFrame#tagChip QToolButton { border: none; padding: 0px; }"
                       "QFrame#tagWarning { background: #fff4ce; border: 1px solid #e0b000;"
                       " border-radius: 3px; color: #5c4400; }"));

    // Not the line edit's own completer: choosing a completion adds the item at once, and the list comes
    // from the vocabulary (contains as well as starts with), so the completer does no filtering.
    m_completions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setWidget(m_line);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagEditor::addCompleted);

    connect(m_line, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.contains(QLatin1Char(',')))
            addTyped(true);
        updateCompletions(m_line->text());
    });
    connect(m_line, &QLineEdit::editingFinished, this, [this] {
        // Showing the completion list takes the focus away for a moment; that is not the writer leaving.
        if (!m_completer->popup()->isVisible())
            addTyped(false);
    });
}

void TagEditor::setVocabulary(const TermVocabulary &vocabulary) {
    m_vocabulary = vocabulary;
    rebuildWarnings();
}

QWidget *TagEditor::warning(int index) const {
    return m_warnings.value(index);
}

QToolButton *TagEditor::replaceButton(int index) const {
    QWidget *warning = m_warnings.value(index);
    return warning ? warning->findChild<QToolButton *>() : nullptr;
}

void TagEditor::updateCompletions(const QString &text) {
    const QString typed = text.trimmed();
    m_completions->clear();
    if (typed.isEmpty() || m_vocabulary.size() == 0 || m_readOnly) {
        m_completer->popup()->hide();
        return;
    }
    for (const TermVocabulary::Term &term : m_vocabulary.complete(typed, kCompletionLimit + m_items.size())) {
        if (m_items.contains(term.name))
            continue;
        auto *row = new QStandardItem(tr("%1 (%2)").arg(term.name, QLocale().toString(term.count)));
        row->setData(term.name, kNameRole);
        row->setToolTip(postCount(term.count));
        m_completions->appendRow(row);
        if (m_completions->rowCount() == kCompletionLimit)
            break;
    }
    if (m_completions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    // The line edit is only a few characters wide; the list should show whole terms and counts.
    QAbstractItemView *popup = m_completer->popup();
    QRect under = m_line->rect();
    under.setWidth(qMax(under.width(), popup->sizeHintForColumn(0) +
                                           popup->verticalScrollBar()->sizeHint().width() +
                                           2 * popup->frameWidth() + 4));
    m_completer->complete(under);
}

void TagEditor::addCompleted(const QString &item) {
    m_line->clear();
    m_completer->popup()->hide();
    if (m_readOnly || item.isEmpty() || m_items.contains(item))
        return;
    m_items.append(item);
    rebuildChips();
    Q_EMIT itemsEdited(m_items);
}

void TagEditor::replaceAt(int index, const QString &item) {
    if (index < 0 || index >= m_items.size() || m_readOnly)
        return;
    if (m_items.contains(item))
        m_items.removeAt(index);  // the suggested spelling is already there: merging is removing
    else
        m_items[index] = item;
    rebuildChips();
    Q_EMIT itemsEdited(m_items);
}

void TagEditor::rebuildWarnings() {
    for (QWidget *warning : std::as_const(m_warnings)) {
        m_warningRows->removeWidget(warning);
        warning->hide();
        warning->deleteLater();  // its own Replace button may be the one being clicked
    }
    m_warnings.clear();
    m_warningRows->setContentsMargins(3, 0, 3, 0);
    if (m_readOnly) {
        updateGeometry();
        return;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const QString &item = m_items.at(i);
        const QVector<TermVocabulary::Term> near = m_vocabulary.nearDuplicates(item);
        // Only a spelling the site uses more is worth suggesting; the writer's item may be the common one.
        if (near.isEmpty() || near.front().count <= m_vocabulary.count(item))
            continue;
        const TermVocabulary::Term &better = near.front();
        auto *warning = new QFrame(this);
        warning->setObjectName(QStringLiteral("tagWarning"));
        warning->setCursor(Qt::ArrowCursor);
        auto *layout = new QHBoxLayout(warning);
        layout->setContentsMargins(4, 0, 2, 0);
        layout->setSpacing(4);
        auto *label = new QLabel(tr("\u26a0 \u201c%1\u201d: did you mean \u201c%2\u201d (%3)?")
                                     .arg(item, better.name, postCount(better.count)),
                                 warning);
        label->setTextFormat(Qt::PlainText);
        // One line, clipped in a narrow form (the tooltip has it whole) rather than widening the form.
        label->setMinimumWidth(1);
        label->setToolTip(label->text());
        layout->addWidget(label, 1);
        auto *replace = new QToolButton(warning);
        replace->setText(tr("Replace"));
        replace->setFocusPolicy(Qt::TabFocus);
        replace->setToolTip(tr("Replace \u201c%1\u201d with \u201c%2\u201d").arg(item, better.name));
        layout->addWidget(replace);
        const QString name = better.name;
        connect(replace, &QToolButton::clicked, this, [this, i, name] { replaceAt(i, name); });
        m_warningRows->addWidget(warning, 0, Qt::AlignLeft);
        warning->show();
        m_warnings.insert(i, warning);
    }
    m_warningRows->setContentsMargins(3, 0, 3, m_warnings.isEmpty() ? 0 : 3);
    updateGeometry();
}

void TagEditor::setItems(const QStringList &items) {
    if (items == m_items)
        return;
    m_items = items;
    rebuildChips();
}

void TagEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_line->setReadOnly(readOnly);
    m_line->setVisible(!readOnly);
    if (readOnly)
        m_completer->popup()->hide();
    rebuildChips();
}

QToolButton *TagEditor::removeButton(int index) const {
    QWidget *chip = m_chips.value(index);
    return chip ? chip->findChild<QToolButton *>() : nullptr;
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier &&
            m_line->text().isEmpty() && !m_items.isEmpty() && !m_readOnly) {
            removeAt(static_cast<int>(m_items.size()) - 1);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void TagEditor::addTyped(bool keepLast) {
    if (m_readOnly)
        return;
    QStringList parts = m_line->text().split(QLatin1Char(','));
    const QString rest = keepLast ? parts.takeLast() : QString();
    QStringList items = m_items;
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    m_line->setText(rest.trimmed().isEmpty() ? QString() : rest);
    if (items == m_items)
        return;
    m_items = items;
    rebuildChips();
    Q_EMIT itemsEdited(m_items);
}

void TagEditor::removeAt(int index) {
    if (index < 0 || index >= m_items.size())
        return;
    m_items.removeAt(index);
    rebuildChips();
    Q_EMIT itemsEdited(m_items);
}

void TagEditor::rebuildChips() {
    // Chips are few and cheap; rebuilding them keeps each remove button bound to its index.
    for (QWidget *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater();  // a chip's own button may be the one being clicked
    }
    m_chips.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        auto *chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setCursor(Qt::ArrowCursor);
        auto *layout = new QHBoxLayout(chip);
        layout->setContentsMargins(8, 1, m_readOnly ? 8 : 3, 1);
        layout->setSpacing(2);
        auto *label = new QLabel(m_items.at(i), chip);
        label->setTextFormat(Qt::PlainText);
        // One line, clipped in a narrow form (the tooltip has it whole) rather than widening the form.
        label->setMinimumWidth(1);
        label->setToolTip(label->text());
        layout->addWidget(label, 1);
        if (!m_readOnly) {
            auto *remove = new QToolButton(chip);
            remove->setText(QStringLiteral("\u2715"));
            remove->setFocusPolicy(Qt::NoFocus);
            remove->setAutoRaise(true);
            remove->setToolTip(tr("Remove \u201c%1\u201d").arg(m_items.at(i)));
            remove->setAccessibleName(tr("Remove %1").arg(m_items.at(i)));
            layout->addWidget(remove);
            connect(remove, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        }
        m_flow->insertWidget(i, chip);
        chip->show();
        m_chips.append(chip);
    }
    rebuildWarnings();
}
