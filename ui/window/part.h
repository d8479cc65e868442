#pragma once

#include <QList>
#include <QObject>
#include <QString>

class PostDocument;
class QAction;
class QWidget;

// A panel of the window (posts, outline, spell check...), the way Kate's tool views work: it offers a widget,
// the actions that belong to it, and follows whichever document the window shows. MainWindow::addPart() puts
// the widget in a dock, lists the dock and the actions in the View menu and gives the part the document.
// A part subscribes to the document (its signals), never to the window or to another part.
class Part : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~Part() override;

    // The dock's title, e.g. tr("Posts").
    virtual QString title() const = 0;
    // The panel; the dock takes it over.
    virtual QWidget *widget() const = 0;
    // Actions with shortcuts that work anywhere in the window (e.g. "Quick Open").
    virtual QList<QAction *> actions() const { return {}; }
    // The document the window now shows (never null while the window lives).
    virtual void setDocument(PostDocument *document) = 0;
};
