# Postwright: `make run` opens the editor on the bundled sample blog; `make test` runs the whole suite headless.
# Both install the Debian packages the build needs when they are missing.

BUILD      ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
SUDO       := $(if $(filter 0,$(shell id -u)),,sudo)

# The build and test dependencies, written once. jekyll is the oracle the site tests compare with and the
# site engine the preview runs; ruby-jekyll-feed, ruby-jekyll-seo-tag and ruby-jekyll-paginate are the gem
# plugins the engine's tests load in safe mode; libqt6sql6-sqlite holds the site index's full-text search;
# git is what `postwright commit` runs (and its tests, on temporary repositories); libexiv2-dev removes location
# data from copied photos (and writes it into the test photos).
DEBIAN_PACKAGES := cmake make g++ pkg-config \
	qt6-base-dev qt6-declarative-dev qt6-webengine-dev qt6-webchannel-dev libqt6webenginecore6-bin \
	libgl-dev libvulkan-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev \
	fonts-dejavu-core xauth xvfb clang libclang-rt-14-dev \
	libqt6sql6-sqlite jekyll ruby-jekyll-feed ruby-jekyll-seo-tag ruby-jekyll-paginate git libexiv2-dev
# Spell check: Hunspell to link (src/spelling), and the en_US and de_DE dictionaries the spelling tests check
# against (a post's `lang: de` and `--lang de`).
DEBIAN_PACKAGES += libhunspell-dev hunspell-en-us hunspell-de-de  # spell check (issue #13)
# The preview highlights code and typesets math with these, loaded from /usr/share at run time (issue #13).
DEBIAN_PACKAGES += libjs-highlight.js libjs-katex fonts-katex
# The icons of our own drawing (resources/icons) are SVG, drawn by Qt SVG (libqt6svg6 at run time; issue #14).
DEBIAN_PACKAGES += qt6-svg-dev  # QSvgRenderer for the bundled action icons
# Installing and packaging (issue #14): the icon's PNG sizes are rendered with rsvg-convert; the install tests run
# the validators (desktop-file-validate, appstreamcli, xmllint), render the manual page (groff, man) and look at the
# installed files (file); cpack's .deb gets its Depends from dpkg-shlibdeps, and its test opens the installed
# program's window under Xvfb (xwininfo). libqt6svg6 draws SVG icons: the .deb depends on it.
DEBIAN_PACKAGES += librsvg2-bin desktop-file-utils appstream libxml2-utils groff-base man-db file dpkg-dev x11-utils
DEBIAN_PACKAGES += libqt6svg6
# Translations (issue #14): lupdate/lrelease and their CMake functions (qt6_add_lrelease), and Qt's own
# translations (qtbase_de.qm ...) the window loads for the system locale.
DEBIAN_PACKAGES += qt6-l10n-tools qt6-tools-dev qt6-translations-l10n  # lupdate, lrelease, Qt's own .qm files

.PHONY: all deps build run test clean

all: build

deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The editor opens a copy of the sample blog in the build folder, so trying it out never edits the repository.
run: build
	@[ -d $(BUILD)/sample-blog ] || cp -r resources/sample-blog $(BUILD)/sample-blog
	@# WebEngine refuses to start as root without its sandbox disabled.
	$(if $(filter 0,$(shell id -u)),QTWEBENGINE_DISABLE_SANDBOX=1) $(BUILD)/app/postwright $(BUILD)/sample-blog

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD)
