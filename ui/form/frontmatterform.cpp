#include "frontmatterform.h"

#include <QApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

#include "form/addfieldpanel.h"
#include "form/fieldlabel.h"
#include "form/fieldwidgetfactory.h"
#include "form/frontmattertextpage.h"
#include "form/listfieldwidget.h"
#include "form/tageditor.h"
#include "form/textfieldwidget.h"
#include "post/postdocument.h"

namespace {

const QString kTitleKey = QStringLiteral("title");

QString toLf(const QByteArray &bytes) {
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

// Whether the block says anything besides comments: such a block with no rows is one the rows cannot show.
bool hasContent(const QString &block) {
    for (const QString &line : block.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            return true;
    }
    return false;
}

}  // namespace

FrontMatterForm::FrontMatterForm(PostDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document) {
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(6, 6, 6, 6);
    column->setSpacing(4);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    auto *heading = new QLabel(tr("Front matter"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    bar->addWidget(heading);
    bar->addStretch(1);
    m_addButton = new QToolButton(this);
    m_addButton->setText(tr("+ Add field"));
    m_addButton->setToolTip(tr("Add a field to the front matter"));
    m_addButton->setAutoRaise(true);
    bar->addWidget(m_addButton);
    m_textToggle = new QToolButton(this);
    m_textToggle->setText(tr("Edit as text"));
    m_textToggle->setToolTip(tr("Show the front matter as YAML text"));
    m_textToggle->setCheckable(true);
    m_textToggle->setAutoRaise(true);
    bar->addWidget(m_textToggle);
    column->addLayout(bar);

    m_pages = new QStackedWidget(this);
    m_scroll = new QScrollArea(m_pages);
    auto *scroll = m_scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rowsHost = new QWidget(scroll);
    auto *hostColumn = new QVBoxLayout(m_rowsHost);
    hostColumn->setContentsMargins(0, 0, 2, 0);
    hostColumn->setSpacing(6);
    m_warnings = new QLabel(m_rowsHost);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->hide();
    hostColumn->addWidget(m_warnings);
    m_emptyState = new QLabel(m_rowsHost);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->hide();
    hostColumn->addWidget(m_emptyState);
    auto *rowLayout = new QFormLayout;
    rowLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rowLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    rowLayout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    rowLayout->setHorizontalSpacing(8);
    rowLayout->setVerticalSpacing(5);
    hostColumn->addLayout(rowLayout);
    m_rows = std::make_unique<FieldRows>(rowLayout);
    m_addPanel = new AddFieldPanel(m_rowsHost);
    m_addPanel->hide();
    hostColumn->addWidget(m_addPanel);
    hostColumn->addStretch(1);
    scroll->setWidget(m_rowsHost);
    m_pages->addWidget(scroll);
    m_textPage = new FrontMatterTextPage(m_pages);
    m_pages->addWidget(m_textPage);
    column->addWidget(m_pages, 1);

    connect(m_addButton, &QToolButton::clicked, this, [this] {
        if (m_mode == Mode::Text && !setTextMode(false))
            return;
        m_addPanel->open();
    });
    connect(m_textToggle, &QToolButton::toggled, this, [this](bool on) {
        if (!setTextMode(on)) {
            const QSignalBlocker blocker(m_textToggle);
            m_textToggle->setChecked(!on);
        }
    });
    connect(m_addPanel, &AddFieldPanel::addRequested, this, &FrontMatterForm::onAddRequested);
    connect(m_textPage, &FrontMatterTextPage::textEdited, this, &FrontMatterForm::onTextEdited);
    connect(m_document, &PostDocument::loaded, this, &FrontMatterForm::onLoaded);
    connect(m_document, &PostDocument::frontMatterChanged, this, &FrontMatterForm::onFrontMatterChanged);
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now)
            return;
        for (const Row &row : m_rows->rows()) {
            if (row.widget->isAncestorOf(now)) {
                Q_EMIT fieldFocused(row.widget->key());
                return;
            }
        }
    });
    onLoaded();
}

FrontMatterForm::~FrontMatterForm() {
    // Deleting the children moves the focus; the rows this reads are already gone by then.
    disconnect(m_focusConnection);
}

Status FrontMatterForm::setTextMode(bool on) {
    if (m_mode == Mode::Toml)
        return on ? Status() : Status::failure(tr("TOML front matter is shown as text only"));
    if (on) {
        applyPendingEdits();
        m_wantsText = true;
        updateTextPage();
        setMode(Mode::Text);
        return {};
    }
    m_wantsText = false;
    if (m_mode == Mode::Fields)
        return {};
    if (!rowsCanShow()) {
        const Status refused = Status::failure(
            tr("The front matter must be valid YAML `key: value` lines to show as fields; fix the errors "
               "below first."));
        m_textPage->setMessage(refused.error());
        m_wantsText = true;
        return refused;
    }
    syncRows();
    setMode(Mode::Fields);
    return {};
}

QStringList FrontMatterForm::fieldKeys() const {
    return m_rows->keys();
}

FieldWidget *FrontMatterForm::fieldWidget(const QString &key) const {
    return m_rows->widget(key);
}

QLabel *FrontMatterForm::fieldLabel(const QString &key) const {
    return m_rows->label(key);
}

QLineEdit *FrontMatterForm::titleEdit() const {
    const auto *row = qobject_cast<TextFieldWidget *>(fieldWidget(kTitleKey));
    return row ? row->lineEdit() : nullptr;
}

bool FrontMatterForm::focusField(const QString &key) {
    FieldWidget *row = fieldWidget(key);
    if (!row || m_mode != Mode::Fields)
        return false;
    row->editor()->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(row);
    return true;
}

Status FrontMatterForm::addField(const QString &key, FormFieldKind kind) {
    if (m_mode == Mode::Toml)
        return Status::failure(tr("TOML front matter cannot be edited here yet"));
    if (m_document->post().field(key))
        return Status::failure(tr("There is already a field \u201c%1\u201d").arg(key));
    m_chosenKinds.insert(key, kind);
    Status status;
    switch (kind) {
        case FormFieldKind::Text:
        case FormFieldKind::MultiLineText:
        case FormFieldKind::Image:
            status = m_document->setScalar(key, QString(), ScalarType::String);
            break;
        case FormFieldKind::YesNo:
            status = m_document->setBool(key, false);
            break;
        case FormFieldKind::DateTime: {
            // Now, to the minute, in the writer's own offset: Jekyll's `date` shape.
            const QDateTime now = QDateTime::currentDateTime();
            const QTime minute(now.time().hour(), now.time().minute());
            status =
                m_document->setDateTime(key, QDateTime(now.date(), minute, QTimeZone(now.offsetFromUtc())));
            break;
        }
        case FormFieldKind::Number:
            status = m_document->setScalar(key, QStringLiteral("0"), ScalarType::Integer);
            break;
        case FormFieldKind::List:
            status = m_document->setList(key, {});
            break;
        case FormFieldKind::Yaml:
            status = m_document->setYaml(key, QStringLiteral("{}"));
            break;
    }
    if (!status) {
        m_chosenKinds.remove(key);
        return status;
    }
    if (m_mode == Mode::Fields)
        focusField(key);
    return {};
}

void FrontMatterForm::applyPendingEdits() {
    // A copy: an applied edit may replace rows.
    const QVector<Row> rows = m_rows->rows();
    for (const Row &row : rows)
        row.widget->applyPending();
}

void FrontMatterForm::setReservedMnemonics(const QString &letters) {
    QSet<QChar> reserved;
    for (const QChar c : letters)
        reserved.insert(c.toLower());
    m_rows->setReservedMnemonics(reserved);
}

bool FrontMatterForm::isEmptyStateShown() const {
    return !m_emptyState->isHidden();
}

QAbstractButton *FrontMatterForm::addFieldButton() const {
    return m_addButton;
}

QAbstractButton *FrontMatterForm::textModeButton() const {
    return m_textToggle;
}

void FrontMatterForm::onLoaded() {
    m_chosenKinds.clear();
    m_addPanel->hide();
    const FrontMatter &fm = m_document->post().frontMatter();
    if (fm.kind() == FrontMatterSplit::Kind::Toml) {
        syncRows();
        updateTextPage();
        setMode(Mode::Toml);
        return;
    }
    syncRows();
    updateTextPage();
    if (!rowsCanShow()) {
        m_textPage->setMessage(tr("The front matter does not read as fields; fix it here."));
        setMode(Mode::Text);
    } else {
        m_textPage->setMessage(QString());
        setMode(m_wantsText ? Mode::Text : Mode::Fields);
    }
}

void FrontMatterForm::onFrontMatterChanged() {
    const FrontMatter &fm = m_document->post().frontMatter();
    if (m_mode == Mode::Toml || fm.kind() == FrontMatterSplit::Kind::Toml) {
        onLoaded();
        return;
    }
    const bool rows = rowsCanShow();
    if (rows)
        syncRows();
    // The hidden text page is brought up to date when it is shown, not on every keystroke in a row.
    if (m_mode == Mode::Text || !rows)
        updateTextPage();
    if (m_mode == Mode::Fields && !rows) {
        m_textPage->setMessage(tr("The front matter no longer reads as fields; fix it here."));
        setMode(Mode::Text);
    }
}

void FrontMatterForm::onTextEdited(const QString &text) {
    if (m_mode != Mode::Text)
        return;
    m_textSource = true;
    const Status status = m_document->setFrontMatterText(text.toUtf8());
    m_textSource = false;
    m_textPage->setMessage(status ? QString() : status.error());
}

void FrontMatterForm::onAddRequested(const QString &key, FormFieldKind kind) {
    const Status status = addField(key, kind);
    if (!status) {
        m_addPanel->showError(status.error());
        return;
    }
    m_addPanel->hide();
}

void FrontMatterForm::removeField(const QString &key) {
    FieldWidget *row = fieldWidget(key);
    const Status status = m_document->remove(key);
    // On success the row is gone (deleted later); on failure it says why.
    if (!status && row)
        row->showStatus(status);
}

bool FrontMatterForm::rowsCanShow() const {
    const FrontMatter &fm = m_document->post().frontMatter();
    if (fm.kind() == FrontMatterSplit::Kind::Toml || !fm.isValid())
        return false;
    return !fm.entries().isEmpty() || !hasContent(toLf(m_document->post().frontMatterText()));
}

bool FrontMatterForm::isProtected(const FieldWidget *widget) const {
    if (widget == m_source)
        return true;
    const QWidget *focus = window()->focusWidget();
    return focus && widget->isAncestorOf(focus);
}

void FrontMatterForm::syncRows() {
    const Post &post = m_document->post();
    const QVector<FieldEntry> &entries = rowsCanShow() ? post.frontMatter().entries() : QVector<FieldEntry>();
    QHash<QString, int> lastIndex;
    for (int i = 0; i < entries.size(); ++i)
        lastIndex.insert(entries.at(i).key, i);
    QHash<QString, int> seen;
    QVector<Row> next;
    QSet<const FieldWidget *> kept;
    for (int i = 0; i < entries.size(); ++i) {
        const FieldEntry &entry = entries.at(i);
        const int occurrence = seen[entry.key]++;
        // Jekyll reads the last of duplicated keys; edits by name reach only that one.
        const bool readOnly = !entry.editable || lastIndex.value(entry.key) != i;
        const std::optional<FormFieldKind> chosen =
            m_chosenKinds.contains(entry.key) ? std::optional(m_chosenKinds.value(entry.key)) : std::nullopt;
        const FormFieldKind kind = readOnly ? FormFieldKind::Yaml : FieldClassifier::classify(entry, chosen);
        const QVector<Row> &shown = m_rows->rows();
        auto old = std::find_if(shown.begin(), shown.end(), [&](const Row &row) {
            return row.widget->key() == entry.key && row.occurrence == occurrence &&
                   !kept.contains(row.widget);
        });
        const bool same = old != shown.end() && old->widget->kind() == kind && old->readOnly == readOnly;
        if (old != shown.end() && (same || isProtected(old->widget))) {
            kept.insert(old->widget);
            // The row being typed in already shows what the writer typed; the others show the file.
            if (same && old->widget != m_source)
                old->widget->showEntry(entry);
            next.append(*old);
            continue;
        }
        next.append(createRow(entry, kind, occurrence, readOnly));
        if (!entry.editable)
            next.last().widget->setNote(
                tr("Written in a form Postwright cannot edit as a field; use Edit as text."));
        else if (readOnly)
            next.last().widget->setNote(tr("Repeated below on line %1; Jekyll uses that one.")
                                            .arg(entries.at(lastIndex.value(entry.key)).line));
    }
    m_rows->setRows(next);
    updateStateLabels();
}

void FrontMatterForm::setSiteVocabulary(const TermVocabulary &tags, const TermVocabulary &categories) {
    m_tagVocabulary = tags;
    m_categoryVocabulary = categories;
    for (const QString &key : fieldKeys())
        applyVocabulary(fieldWidget(key), key);
}

void FrontMatterForm::setSiteShape(const SiteShape &shape) {
    QVector<QPair<QString, FormFieldKind>> keys;
    for (const SiteShape::Key &key : shape.keys())
        keys.append({key.name, FieldClassifier::usualKind(key)});
    m_addPanel->setSuggestions(keys);
}

void FrontMatterForm::applyVocabulary(FieldWidget *widget, const QString &key) {
    auto *list = qobject_cast<ListFieldWidget *>(widget);
    if (!list)
        return;
    // The keys Jekyll reads tags and categories from.
    if (key == QLatin1String("tags") || key == QLatin1String("tag"))
        list->tagEditor()->setVocabulary(m_tagVocabulary);
    else if (key == QLatin1String("categories") || key == QLatin1String("category"))
        list->tagEditor()->setVocabulary(m_categoryVocabulary);
}

FrontMatterForm::Row FrontMatterForm::createRow(const FieldEntry &entry, FormFieldKind kind, int occurrence,
                                                bool readOnly) {
    FieldWidget *widget = FieldWidgetFactory::create(m_document, entry, kind, m_rowsHost);
    widget->setReadOnly(readOnly);
    applyVocabulary(widget, entry.key);
    if (entry.key == kTitleKey) {
        if (auto *line = qobject_cast<TextFieldWidget *>(widget); line && line->lineEdit()) {
            QFont font = line->lineEdit()->font();
            font.setPointSizeF(font.pointSizeF() * 1.15);
            line->lineEdit()->setFont(font);
        }
    }
    auto *label = new QLabel(m_rowsHost);
    label->setBuddy(widget->editor());
    label->setToolTip(entry.key);
    widget->setAccessibleLabel(FieldLabel::humanize(entry.key));
    connect(widget, &FieldWidget::editStarted, this, [this, widget] { m_source = widget; });
    connect(widget, &FieldWidget::editFinished, this, [this] { m_source = nullptr; });
    connect(widget, &FieldWidget::removeRequested, this, &FrontMatterForm::removeField);
    return Row{widget, label, occurrence, readOnly};
}

void FrontMatterForm::updateTextPage() {
    const Post &post = m_document->post();
    const FrontMatter &fm = post.frontMatter();
    if (!m_textSource)
        m_textPage->setText(toLf(post.frontMatterText()));
    const bool toml = fm.kind() == FrontMatterSplit::Kind::Toml;
    m_textPage->setReadOnly(toml,
                            toml ? tr("TOML front matter is shown as text and kept as it is.") : QString());
    m_textPage->setDiagnostics(fm.diagnostics(), QFileInfo(m_document->path()).fileName(),
                               fm.split().blockFirstLine);
    if (rowsCanShow() && !m_textSource)
        m_textPage->setMessage(QString());
}

void FrontMatterForm::updateStateLabels() {
    const FrontMatter &fm = m_document->post().frontMatter();
    if (fm.kind() == FrontMatterSplit::Kind::None)
        m_emptyState->setText(tr("This post has no front matter. Use “Add field” to create it."));
    else
        m_emptyState->setText(tr("No fields yet. Use “Add field” to add one."));
    m_emptyState->setVisible(m_rows->isEmpty());
    QStringList warnings;
    for (const Diagnostic &d : fm.diagnostics()) {
        if (!d.isError())
            warnings.append(tr("Line %1: %2").arg(d.line).arg(d.message));
    }
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void FrontMatterForm::setMode(Mode mode) {
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_pages->setCurrentIndex(mode == Mode::Fields ? 0 : 1);
    m_addButton->setVisible(mode != Mode::Toml);
    m_textToggle->setVisible(mode != Mode::Toml);
    {
        const QSignalBlocker blocker(m_textToggle);
        m_textToggle->setChecked(mode == Mode::Text);
    }
    if (changed)
        Q_EMIT modeChanged(mode);
}
