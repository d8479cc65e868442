#pragma once

#include <QString>

class QTextCursor;

// The Markdown editing commands behind MarkdownEditor's shortcuts, as functions of a cursor so they can be
// tested and reused without a widget. Each command is one undo step (one edit block) and leaves the cursor
// (position and selection) where the user continues typing.
namespace MarkdownEditCommands {

// Toggles an emphasis marker ("**" strong, "*" emphasis) around the selection:
// - "word" selected -> "**word**" with "word" still selected;
// - already wrapped (markers inside the selection, or right around it) -> the markers are removed;
//   "*" and "**" are told apart in "***both***", and "__strong__"/"_em_" count as wrapped too;
// - no selection -> "****" with the cursor in the middle, or an empty pair around the cursor removed.
// Leading and trailing spaces stay outside the markers, where CommonMark needs them.
void toggleEmphasis(QTextCursor &cursor, const QString &marker);

// Makes a link: "text" selected -> "[text](url)" with "url" selected for typing over; a selected URL ->
// "[](https://...)" with the cursor between the brackets; no selection -> "[]()" with the cursor in the
// brackets.
void insertLink(QTextCursor &cursor);

// Enter in a list item: continues the list ("- ", "* ", "+ ", "1. " -> "2. ", task items get "[ ] ") and
// returns true; on an item with no text, ends the list by removing the marker. Returns false (nothing done)
// when the cursor is not in a list item, is inside its marker, or has a selection.
bool continueList(QTextCursor &cursor);

// Tab / Shift+Tab on list items: indents each list item touched by the selection to its previous sibling's
// content column (making it a child), or outdents it to its parent's column. Ordered items are renumbered
// to follow the list they join. Returns false (nothing done) when no list item is touched.
bool shiftListItems(QTextCursor &cursor, bool outdent);

}  // namespace MarkdownEditCommands
