#include "site/termrenamedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "safety/diffview.h"

TermRenameDialog::TermRenameDialog(const QString &siteRoot, const QStringList &files,
                                   const SiteConfig &config, const TermVocabulary &tags,
                                   const TermVocabulary &categories, QWidget *parent)
    : QDialog(parent)
    , m_root(siteRoot)
    , m_paths(files)
    , m_config(config)
    , m_tagTerms(tags)
    , m_categoryTerms(categories)
    , m_tags(new QRadioButton(tr("&Tag"), this))
    , m_categories(new QRadioButton(tr("&Category"), this))
    , m_from(new QComboBox(this))
    , m_to(new QLineEdit(this))
    , m_files(new QListWidget(this))
    , m_diff(new DiffView(this))
    , m_report(new QLabel(this))
    , m_previewButton(new QPushButton(tr("&Show Changes"), this))
    , m_applyButton(new QPushButton(tr("&Rename"), this))
    , m_undoButton(new QPushButton(tr("&Undo"), this)) {
    setWindowTitle(tr("Rename Tag or Category"));
    m_tags->setChecked(true);
    m_from->setEditable(true);
    m_from->setInsertPolicy(QComboBox::NoInsert);
    m_from->setAccessibleName(tr("Term to rename"));
    m_to->setAccessibleName(tr("New name"));
    m_to->setPlaceholderText(tr("new name (an existing one merges the two)"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *kind = new QHBoxLayout;
    kind->addWidget(m_tags);
    kind->addWidget(m_categories);
    kind->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Rename a:"), kind);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_diff);
    split->setSizes({220, 480});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_applyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_undoButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
    resize(760, 520);

    m_applyButton->setEnabled(false);
    m_undoButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &TermRenameDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &TermRenameDialog::apply);
    connect(m_undoButton, &QPushButton::clicked, this, &TermRenameDialog::undo);
    connect(m_files, &QListWidget::currentRowChanged, this, &TermRenameDialog::showFile);
    connect(m_tags, &QRadioButton::toggled, this, &TermRenameDialog::fillTerms);
    // A new question: what was shown no longer applies.
    const auto stale = [this] {
        if (!m_applied) {
            m_plan.reset();
            m_applyButton->setEnabled(false);
        }
    };
    connect(m_from, &QComboBox::currentTextChanged, this, stale);
    connect(m_to, &QLineEdit::textChanged, this, stale);
    fillTerms();
}

void TermRenameDialog::fillTerms() {
    m_from->clear();
    const TermVocabulary &terms = m_tags->isChecked() ? m_tagTerms : m_categoryTerms;
    for (const TermVocabulary::Term &term : terms.terms())
        m_from->addItem(tr("%1 (%n post(s))", nullptr, term.count).arg(term.name), term.name);
}

void TermRenameDialog::preview() {
    m_applied = false;
    m_undoButton->setEnabled(false);
    const int index = m_from->findText(m_from->currentText());
    const QString from = index >= 0 ? m_from->itemData(index).toString() : m_from->currentText().trimmed();
    const Result<TermRename::Plan> plan = TermRename::plan(
        m_root, m_paths, m_config,
        m_tags->isChecked() ? TermRename::Vocabulary::Tags : TermRename::Vocabulary::Categories, from,
        m_to->text().trimmed());
    m_files->clear();
    m_diff->clear();
    if (!plan) {
        m_plan.reset();
        m_applyButton->setEnabled(false);
        m_report->setText(plan.error());
        return;
    }
    m_plan = plan.value();
    for (const TermRename::FileChange &change : m_plan->changes)
        m_files->addItem(QDir(m_root).relativeFilePath(change.path));
    QStringList lines;
    lines << tr("%n file(s) will change.", nullptr, int(m_plan->changes.size()));
    for (const TermRename::Notice &notice : m_plan->notices)
        lines << notice.message;
    m_report->setText(lines.join(QLatin1Char('\n')));
    m_applyButton->setEnabled(!m_plan->changes.isEmpty());
    if (!m_plan->changes.isEmpty())
        m_files->setCurrentRow(0);
}

void TermRenameDialog::showFile(int row) {
    if (!m_plan || row < 0 || row >= m_plan->changes.size())
        return;
    const TermRename::FileChange &change = m_plan->changes.at(row);
    m_diff->setTexts(change.before, change.after);
}

void TermRenameDialog::apply() {
    if (!m_plan)
        return;
    const TermRename::Outcome outcome = TermRename::apply(*m_plan);
    m_applied = true;
    m_applyButton->setEnabled(false);
    m_undoButton->setEnabled(!outcome.written.isEmpty());
    report(outcome, tr("Renamed in %n file(s).", nullptr, int(outcome.written.size())));
}

void TermRenameDialog::undo() {
    if (!m_plan || !m_applied)
        return;
    const TermRename::Outcome outcome = TermRename::undo(*m_plan);
    m_applied = false;
    m_plan.reset();
    m_undoButton->setEnabled(false);
    report(outcome, tr("Restored %n file(s).", nullptr, int(outcome.written.size())));
}

void TermRenameDialog::report(const TermRename::Outcome &outcome, const QString &done) {
    QStringList lines{done};
    for (const TermRename::Notice &failure : outcome.failures)
        lines << failure.message;
    m_report->setText(lines.join(QLatin1Char('\n')));
    if (!outcome.written.isEmpty())
        emit filesWritten(outcome.written);
}
