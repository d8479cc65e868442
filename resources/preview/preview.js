// Postwright preview page script. Runs in QWebEngineScript::ApplicationWorld, after qwebchannel.js,
// blocklist.js and frame.js: the post's own scripts never run (JavaScript is off in the main world), so this
// is the only code in the page.
//
// The page shows the post's rendered blocks (a PostwrightBlockList) in our own article under our own header
// (the plain preview), or inside the site's own layout (a frame, see frame.js). A patch {ranges: [{start,
// removeCount, blocks, lineDelta}], generation, reset} replaces, for each range, blocks [start,
// start+removeCount) with the new blocks and moves the line ranges of the kept blocks after it, up to the
// next range, by lineDelta. Indexes are those before the patch; every block no range replaces keeps its
// nodes, the same objects, whichever of the two the page is showing and across a change of frame.
(function () {
    'use strict';

    var bridge = null;
    var article = document.getElementById('pw-body');
    var blocks = new PostwrightBlockList(article);
    var header = {
        root: document.getElementById('pw-header'),
        title: document.getElementById('pw-title'),
        date: document.getElementById('pw-date'),
        tags: document.getElementById('pw-tags'),
        coverFrame: document.getElementById('pw-cover-frame'),
        cover: document.getElementById('pw-cover'),
    };
    var behindNote = document.getElementById('pw-behind');
    var frame = new PostwrightFrame({
        head: document.head,
        body: document.body,
        kept: [behindNote],
        plain: [document.getElementById('pw-page')],
        look: document.getElementById('pw-look'),
        blocks: blocks,
        article: article,
    });

    var typesetter = new PostwrightTypesetter({
        want: function (name) {
            bridge.libraryWanted(name);
        },
        themed: function () {
            return frame.shown;
        },
    });
    var scrollSync = new PostwrightScrollSync(blocks, function (line) {
        if (bridge)
            bridge.sourceLineClicked(line);
    });

    // For the tests, which run script in this same world, and for the application, which calls
    // libraryLoaded() after running a library here; the post's page cannot see it.
    window.postwrightPreview = {
        blocks: function () {
            return blocks.blocks;
        },
        themed: function () {
            return frame.shown;
        },
        libraryLoaded: function (name) {
            typesetter.libraryLoaded(name);
        },
    };

    // What the writer looks at stays where it is: the first visible block that the patch does not replace
    // keeps its place on screen, whatever grew or shrank above it.
    function scrollAnchor(ranges) {
        if (window.scrollY === 0)
            return null;
        var index = blocks.firstVisible();
        var replaced = index < 0 || ranges.some(function (range) {
            return index >= range.start && index < range.start + range.removeCount;
        });
        var rect = replaced ? null : blocks.rect(index);
        if (!rect)
            return {block: null, top: 0, scrollY: window.scrollY};
        return {block: blocks.blocks[index], top: rect.top, scrollY: window.scrollY};
    }

    function restoreScroll(anchor) {
        if (!anchor)
            return;
        var index = anchor.block ? blocks.blocks.indexOf(anchor.block) : -1;
        var rect = index >= 0 ? blocks.rect(index) : null;
        if (rect) {
            var moved = rect.top - anchor.top;
            if (moved !== 0)
                window.scrollBy(0, moved);
        } else if (window.scrollY !== anchor.scrollY) {
            window.scrollTo(window.scrollX, anchor.scrollY);
        }
    }

    function reportApplied(generation) {
        // After the DOM change, before the frame that shows it is painted: what "the edit is visible" means.
        window.requestAnimationFrame(function () {
            bridge.patchApplied(generation);
        });
    }

    function resync() {
        // Out of step with the editor (should not happen): start again from an empty page.
        blocks.clear();
        bridge.pageReady();
    }

    // In order, inside the list, none overlapping the one before: anything else is a patch for another page.
    function rangesFit(ranges, count) {
        var end = 0;
        for (var i = 0; i < ranges.length; ++i) {
            var range = ranges[i];
            if (range.start < end || range.removeCount < 0)
                return false;
            end = range.start + range.removeCount;
        }
        return end <= count;
    }

    function applyPatch(patch) {
        if (patch.reset)
            blocks.clear();
        var ranges = patch.ranges || [];
        var count = blocks.count();
        if (!rangesFit(ranges, count)) {
            resync();
            return;
        }
        var anchor = scrollAnchor(ranges);

        // Last range first: a range's indexes are those before the patch, and the ranges after it have only
        // changed blocks after it.
        for (var r = ranges.length - 1; r >= 0; --r) {
            var range = ranges[r];
            if (range.lineDelta !== 0) {
                var keptEnd = r + 1 < ranges.length ? ranges[r + 1].start : count;
                for (var k = range.start + range.removeCount; k < keptEnd; ++k)
                    blocks.shiftLines(k, range.lineDelta);
            }
            blocks.replace(range.start, range.removeCount, range.blocks || []);
            // Before the scroll is restored: highlighting and math may change the blocks' heights.
            typesetter.process(blocks.blocks.slice(range.start, range.start + (range.blocks || []).length));
        }

        restoreScroll(anchor);
        reportApplied(patch.generation);
    }

    // {html, marker, reloadStyles}: an empty html is the plain preview. A frame without its marker cannot
    // hold the post: the plain preview shows instead.
    function setFrame(value) {
        var themed = !!value.html && frame.show(value.html, value.marker || '', !!value.reloadStyles);
        if (!themed)
            frame.clear();
        typesetter.updateSheets();
        window.requestAnimationFrame(function () {
            bridge.frameApplied(themed);
        });
    }

    // Front-matter values are text: textContent only, never innerHTML.
    function setText(element, text) {
        element.textContent = text || '';
        element.hidden = !text;
    }

    function setHeader(values) {
        setText(header.title, values.title);
        setText(header.date, values.date);

        header.tags.textContent = '';
        var tags = values.tags || [];
        for (var i = 0; i < tags.length; ++i) {
            var chip = document.createElement('li');
            chip.className = 'pw-tag';
            chip.textContent = String(tags[i]);
            header.tags.appendChild(chip);
        }
        header.tags.hidden = tags.length === 0;

        if (values.cover) {
            if (header.cover.getAttribute('src') !== values.cover)
                header.cover.setAttribute('src', values.cover);
        } else {
            header.cover.removeAttribute('src');
            header.coverFrame.hidden = true;
        }
        header.root.hidden = !values.title && !values.date && tags.length === 0 && !values.cover;
    }

    // An image of the post (or of the site's layout) that did not load (remote content is off, or the file
    // is missing or outside the site) is drawn as a labelled placeholder instead of a bare broken-image icon.
    // Error events do not bubble: capture. Our own cover has its own handling.
    document.addEventListener('error', function (event) {
        var image = event.target;
        if (image && image.tagName === 'IMG' && image !== header.cover) {
            image.classList.add('pw-image-missing');
            image.title = 'Not shown: ' + image.getAttribute('src');
        }
    }, true);

    // A cover that does not load (missing, refused) is hidden rather than shown as a broken image.
    header.cover.addEventListener('load', function () {
        header.coverFrame.hidden = false;
    });
    header.cover.addEventListener('error', function () {
        header.coverFrame.hidden = true;
    });

    function scrollToFragment(fragment) {
        var id = fragment;
        try {
            id = decodeURIComponent(fragment);
        } catch (e) {
            // keep it as written
        }
        if (!id) {
            window.scrollTo(0, 0);
            return;
        }
        var selector = '[id="' + CSS.escape(id) + '"], [name="' + CSS.escape(id) + '"]';
        var target = (frame.shown ? document.body : article).querySelector(selector);
        if (target)
            target.scrollIntoView({block: 'start'});
    }

    // No link navigates the page. One inside the post (footnotes, a table of contents) scrolls to its target;
    // any other is stopped and reported to the application, which decides what to open. A link this misses
    // (none known) is still refused by PreviewPage::acceptNavigationRequest.
    document.addEventListener('click', function (event) {
        var link = event.target && event.target.closest ? event.target.closest('a[href], area[href]') : null;
        if (!link)
            return;
        event.preventDefault();
        var href = link.getAttribute('href');
        // "#x", and also "/#x" or "pwsite://site/#x": whatever resolves to this page plus a fragment.
        var samePage = link.href.split('#')[0] === location.href.split('#')[0];
        if (href.charAt(0) === '#' || (samePage && href.indexOf('#') >= 0)) {
            scrollToFragment(link.hash.slice(1));
            return;
        }
        if (bridge && link.protocol !== 'javascript:')
            bridge.linkClicked(link.href);
    }, true);

    // What the shell's policy refused to load, so the window can say remote content was blocked. Only
    // http(s) addresses are reported: the rest is never allowed and says nothing the writer can act on.
    document.addEventListener('securitypolicyviolation', function (event) {
        if (bridge && /^https?:/i.test(event.blockedURI))
            bridge.remoteContentRefused(event.blockedURI, event.effectiveDirective || event.violatedDirective);
    }, true);

    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        bridge.patchReady.connect(applyPatch);
        bridge.headerChanged.connect(setHeader);
        bridge.behindChanged.connect(function (behind) {
            behindNote.hidden = !behind;
        });
        bridge.frameChanged.connect(setFrame);
        bridge.optionsChanged.connect(function (options) {
            typesetter.setEnabled(!!options.typeset);
            document.documentElement.classList.toggle('pw-dark', !!options.dark);
        });
        bridge.scrollToLineRequested.connect(function (request) {
            scrollSync.show(request);
        });
        bridge.pageReady();
    });
})();
