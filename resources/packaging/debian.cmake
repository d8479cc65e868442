# The Debian package: `cpack -G DEB` in the build folder writes postwright_VERSION_ARCH.deb.
# dpkg-shlibdeps computes the libraries the two programs link; what they load or run without linking is declared
# here by hand (tests/install/check_deb_package.sh checks both end up in the package).

set(CPACK_PACKAGE_NAME "postwright")
set(CPACK_PACKAGE_VENDOR "The Postwright developers")
set(CPACK_PACKAGE_CONTACT "The Postwright developers <dev@postwright.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for Jekyll blog posts with a live preview")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
# Debian packages carry no debugging information in the binaries (RelWithDebInfo builds have it).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "postwright")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "editors")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Placeholder: the project has no web site yet (.invalid is a reserved domain that never resolves).
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://postwright.invalid/")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
Postwright edits the posts of a static site, Jekyll first. One window holds a
form for the post's front matter, a Markdown editor for its body and a live
preview of the post as the site will publish it, updated on every keystroke.
Editing a field changes only that field's bytes; the preview runs the site's
own Jekyll in safe mode unless the site is trusted, and never runs a post's
scripts. Command-line verbs lint, list, publish and commit posts.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded or run, never linked, so dpkg-shlibdeps cannot see them:
# - libqt6sql6-sqlite: the Qt SQLite driver plugin of the site index (its full-text search);
# - libqt6webenginecore6-bin: QtWebEngineProcess, the process that renders the preview;
# - libqt6svg6: the SVG icon engine and image plugins that draw the icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6webenginecore6-bin, libqt6svg6")
# What the program uses when it is there, and does without otherwise:
# - jekyll runs a post's Liquid and the site's layout in the preview (without it, the preview's own Liquid);
# - libjs-highlight.js, libjs-katex and fonts-katex highlight code and typeset math in the preview;
# - a Hunspell dictionary for the spell check; git for `postwright commit` and the window's commit dialog;
# - qt6-translations-l10n: Qt's own translations (qtbase_de.qm...) of the standard buttons and dialogs, which
#   AppTranslations loads for the system locale (Postwright's own translations are inside the program).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "jekyll, libjs-highlight.js, libjs-katex, fonts-katex, hunspell-en-us | hunspell-dictionary, git, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# /usr/share/doc/postwright/copyright: the licence, as Debian wants it in every package.
file(READ "${CMAKE_SOURCE_DIR}/LICENSE" license)
string(STRIP "${license}" license)
string(REGEX REPLACE "\n[ \t]*\n" "\n.\n" license "${license}")
string(REPLACE "\n" "\n " POSTWRIGHT_LICENSE_TEXT "${license}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/copyright.in" "${CMAKE_CURRENT_BINARY_DIR}/copyright" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/postwright")

include(CPack)
