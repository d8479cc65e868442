#pragma once

#include "preview/notebar.h"

class QPushButton;

// The small note above the preview when the post asked for remote content that was not loaded: "Remote
// content blocked (N)" with a switch to allow it for the site.
class RemoteContentBar : public NoteBar {
    Q_OBJECT

public:
    explicit RemoteContentBar(QWidget *parent = nullptr);

    // Shows the note for `count` distinct blocked addresses; zero hides it.
    void setBlockedCount(int count);
    int blockedCount() const { return m_count; }
    // Whether the writer can allow it here (not for a post outside any site): the button is disabled if not.
    void setAllowEnabled(bool enabled);
    QPushButton *allowButton() const { return m_allow; }

signals:
    void allowRequested();

private:
    QPushButton *m_allow;
    int m_count = 0;
};
