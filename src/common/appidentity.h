#pragma once

// The names QSettings and QStandardPaths derive the settings file and data folders from. The window and the
// command-line verbs both apply them right after creating the application object, so a choice stored by one
// (`postwright trust SITE`) is the choice the other reads.
class AppIdentity {
public:
    // Sets the organization and application name (Postwright/Postwright) and the version.
    static void apply();
};
