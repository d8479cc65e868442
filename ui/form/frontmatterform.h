#pragma once

#include <QHash>
#include <QSet>
#include <QVector>
#include <QWidget>

#include "common/result.h"
#include "form/fieldclassifier.h"
#include "form/fieldrows.h"
#include "site/siteshape.h"
#include "site/termvocabulary.h"

#include <memory>

class AddFieldPanel;
class FieldWidget;
class FrontMatterTextPage;
class PostDocument;
class QAbstractButton;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;
class QToolButton;
struct FieldEntry;

// The post's front matter as a form: one row per top-level key in file order, each typed by its value
// (text, date, yes/no, number, list, image, YAML). Every edit goes through the narrowest PostDocument call
// for the one field the writer changed, as they type; nothing is ever written for a field left alone.
// Changes made elsewhere refresh the rows without disturbing the row being typed in. "Edit as text" shows
// the raw block; a block that does not parse opens there with its errors, and TOML is shown read-only.
// The document is not owned and must outlive the form.
class FrontMatterForm : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Fields, Text, Toml };

    explicit FrontMatterForm(PostDocument *document, QWidget *parent = nullptr);
    ~FrontMatterForm() override;

    Mode mode() const { return m_mode; }
    // Switches between the rows and the raw text. Going back to the rows is refused (and the reason shown)
    // while the YAML does not parse; TOML stays text.
    Status setTextMode(bool on);

    // The keys of the rows, in order.
    QStringList fieldKeys() const;
    // The row editing `key` (the last one for a duplicated key), or nullptr.
    FieldWidget *fieldWidget(const QString &key) const;
    QLabel *fieldLabel(const QString &key) const;
    // The title row's line edit, or nullptr when there is no title.
    QLineEdit *titleEdit() const;
    bool focusField(const QString &key);

    // Adds `key` with an empty value of `kind` (creating the front matter when the post has none) and puts
    // the cursor in its row.
    Status addField(const QString &key, FormFieldKind kind);
    // Applies edits held back until editing finishes (YAML rows). Call before saving.
    void applyPendingEdits();
    // Letters the window's menus use, so no label's mnemonic takes them.
    void setReservedMnemonics(const QString &letters);
    // The site's tags and categories with counts: the tag and category rows complete from them and warn
    // about near-duplicates.
    void setSiteVocabulary(const TermVocabulary &tags, const TermVocabulary &categories);
    // What the site's posts usually carry: Add Field suggests those keys with their usual kind.
    void setSiteShape(const SiteShape &shape);

    bool isEmptyStateShown() const;
    QAbstractButton *addFieldButton() const;
    QAbstractButton *textModeButton() const;
    AddFieldPanel *addFieldPanel() const { return m_addPanel; }
    FrontMatterTextPage *textPage() const { return m_textPage; }

Q_SIGNALS:
    void fieldFocused(const QString &key);
    void modeChanged(FrontMatterForm::Mode mode);

private:
    using Row = FieldRows::Row;

    void onLoaded();
    void onFrontMatterChanged();
    void onTextEdited(const QString &text);
    void onAddRequested(const QString &key, FormFieldKind kind);
    void removeField(const QString &key);
    void syncRows();
    Row createRow(const FieldEntry &entry, FormFieldKind kind, int occurrence, bool readOnly);
    void updateTextPage();
    void updateStateLabels();
    void setMode(Mode mode);
    bool rowsCanShow() const;
    bool isProtected(const FieldWidget *widget) const;
    void applyVocabulary(FieldWidget *widget, const QString &key);

    PostDocument *m_document;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_rowsHost = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_warnings = nullptr;
    AddFieldPanel *m_addPanel = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_textToggle = nullptr;
    FrontMatterTextPage *m_textPage = nullptr;

    std::unique_ptr<FieldRows> m_rows;
    FieldWidget *m_source = nullptr;  // the row whose edit the document is reporting
    bool m_textSource = false;        // the raw text page is the one editing
    bool m_wantsText = false;         // the writer chose "Edit as text"
    Mode m_mode = Mode::Fields;
    QHash<QString, FormFieldKind> m_chosenKinds;  // kinds picked in "Add field", kept while the value fits
    QMetaObject::Connection m_focusConnection;
    TermVocabulary m_tagVocabulary;
    TermVocabulary m_categoryVocabulary;
};
