#include "editor/findbar.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

#include "editor/editorsearch.h"
#include "editor/markdowneditor.h"
#include "window/actionicons.h"

FindBar::FindBar(MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_search(new EditorSearch(editor, this))
    , m_findField(new QLineEdit(this))
    , m_replaceField(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_wholeWord(new QCheckBox(tr("Whole words"), this))
    , m_regularExpression(new QCheckBox(tr("Regular expression"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_replaceButton(new QPushButton(tr("Replace"), m_replaceRow))
    , m_replaceAllButton(new QPushButton(tr("Replace All"), m_replaceRow))
    , m_findAction(new QAction(tr("&Find…"), this))
    , m_replaceAction(new QAction(tr("R&eplace…"), this))
    , m_findNextAction(new QAction(tr("Find &Next"), this))
    , m_findPreviousAction(new QAction(tr("Find Pre&vious"), this)) {
    m_findField->setPlaceholderText(tr("Find in the body"));
    m_findField->setClearButtonEnabled(true);
    setAccessibleName(tr("Find bar"));
    m_findField->setAccessibleName(tr("Find"));
    m_replaceField->setAccessibleName(tr("Replace with"));
    m_replaceField->setPlaceholderText(tr("Replace with (\\1 for a group of the expression)"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));

    auto *previous = new QToolButton(this);
    previous->setDefaultAction(m_findPreviousAction);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setDefaultAction(m_findNextAction);
    next->setText(tr("Next"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close the find bar (Esc)"));
    closeButton->setAutoRaise(true);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findField, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_status);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_wholeWord);
    findRow->addWidget(m_regularExpression);
    findRow->addWidget(closeButton);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replaceField, 1);
    replaceRow->addWidget(m_replaceButton);
    replaceRow->addWidget(m_replaceAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    m_findAction->setIcon(ActionIcons::icon(QStringLiteral("edit-find")));
    m_replaceAction->setIcon(ActionIcons::icon(QStringLiteral("edit-find-replace")));
    m_findNextAction->setIcon(ActionIcons::icon(QStringLiteral("go-down")));
    m_findPreviousAction->setIcon(ActionIcons::icon(QStringLiteral("go-up")));
    m_findAction->setShortcut(QKeySequence::Find);
    m_replaceAction->setShortcut(QKeySequence::Replace);
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    for (QAction *action : menuActions())
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] { open(false); });
    connect(m_replaceAction, &QAction::triggered, this, [this] { open(true); });
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (m_findField->text().isEmpty())
            open(false);
        else
            m_search->findNext();
    });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (m_findField->text().isEmpty())
            open(false);
        else
            m_search->findPrevious();
    });
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    // Escape anywhere in the bar (a field, an option, a button) closes it.
    auto *escape = new QAction(tr("Close the Find Bar"), this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &FindBar::close);
    addAction(escape);

    connect(m_findField, &QLineEdit::textEdited, this, [this] { updateQuery(true); });
    for (QCheckBox *box : {m_matchCase, m_wholeWord, m_regularExpression})
        connect(box, &QCheckBox::toggled, this, [this] { updateQuery(false); });
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceEvery);
    connect(m_search, &EditorSearch::resultsChanged, this, &FindBar::updateStatus);
    m_findField->installEventFilter(this);
    m_replaceField->installEventFilter(this);

    hide();
}

QList<QAction *> FindBar::menuActions() const {
    return {m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction};
}

bool FindBar::isReplacing() const {
    return !m_replaceRow->isHidden();
}

void FindBar::open(bool replacing) {
    const QString selected = m_editor->textCursor().selectedText();
    // A selection on one line is what the writer wants to find; a longer one is more likely a mistake.
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_findField->setText(m_regularExpression->isChecked() ? QRegularExpression::escape(selected)
                                                              : selected);
    }
    m_replaceRow->setVisible(replacing);
    show();
    m_findField->setFocus();
    m_findField->selectAll();
    updateQuery(false);
}

void FindBar::close() {
    m_search->deactivate();
    hide();
    m_editor->setFocus();
}

void FindBar::updateQuery(bool selectFirst) {
    m_note.clear();
    TextMatcher::Options options;
    options.matchCase = m_matchCase->isChecked();
    options.wholeWord = m_wholeWord->isChecked();
    options.regularExpression = m_regularExpression->isChecked();
    m_search->setQuery(m_findField->text(), options, selectFirst);
}

QString FindBar::statusText() const {
    return m_status->text();
}

void FindBar::updateStatus() {
    const QString error = m_search->error();
    const int count = m_search->matchCount();
    const int current = m_search->currentIndex();
    QString text;
    if (m_findField->text().isEmpty())
        text = QString();
    else if (!error.isEmpty())
        text = error;
    else if (count == 0)
        text = tr("No matches");
    else if (current >= 0)
        text = tr("%1 of %2").arg(current + 1).arg(count);
    else
        text = tr("%n match(es)", nullptr, count);
    if (!m_note.isEmpty())
        text = m_note;
    m_status->setText(text);
    // The error is the one thing here that is not a count: it may be long, and it is why nothing is found.
    m_status->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c0392b"));
    m_status->setToolTip(error);
    const bool canReplace = error.isEmpty() && count > 0 && !m_editor->isReadOnly();
    m_replaceButton->setEnabled(canReplace);
    m_replaceAllButton->setEnabled(canReplace);
}

void FindBar::replaceOne() {
    m_note.clear();
    m_search->replaceCurrent(m_replaceField->text());
}

void FindBar::replaceEvery() {
    const int replaced = m_search->replaceAll(m_replaceField->text());
    m_note = tr("%n replaced", nullptr, replaced);
    updateStatus();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const bool back = key->modifiers() & Qt::ShiftModifier;
            if (watched == m_replaceField)
                replaceOne();
            else if (back)
                m_search->findPrevious();
            else
                m_search->findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
