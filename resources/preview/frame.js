// The site's own layout around the post (the "themed" preview). Part of the preview's isolated-world script
// (see preview.js), loaded before it.
//
// A frame is the HTML of the post's layout chain, rendered by the site's Jekyll with a marker where the
// content goes. It is parsed inert (DOMParser: nothing loads or runs while parsing) and stripped of anything
// that could act: no script, no inline handler, no frame, plugin, <base> or <meta>. What remains is spliced
// into this very page, whose policy (CSP, script off in the main world, no navigation) stays in force: the
// head gives only its stylesheets, the body its attributes that styles read and its content, with the post's
// blocks where the marker was.
var PostwrightFrame = (function () {
    'use strict';

    var INERT = 'script, noscript, template, iframe, frame, frameset, object, embed, applet, portal, base, ' +
                'meta, link:not([rel~="stylesheet" i])';
    var STYLE_ATTRIBUTES = /^(class|id|lang|dir|data-[\w.:-]+)$/i;

    function isStylesheet(element) {
        if (element.localName === 'style')
            return true;
        var rel = (element.getAttribute('rel') || '').toLowerCase().split(/\s+/);
        return element.localName === 'link' && rel.indexOf('stylesheet') >= 0 && rel.indexOf('alternate') < 0;
    }

    // No attribute that runs script survives, whatever the element (script is off in the page anyway).
    function dropHandlers(root) {
        var walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
        for (var element = walker.currentNode; element; element = walker.nextNode()) {
            if (element.nodeType !== Node.ELEMENT_NODE)
                continue;
            var names = element.getAttributeNames();
            for (var i = 0; i < names.length; ++i) {
                if (/^on/i.test(names[i]))
                    element.removeAttribute(names[i]);
            }
        }
    }

    function styleAttributes(element) {
        var kept = [];
        var names = element.getAttributeNames();
        for (var i = 0; i < names.length; ++i) {
            if (STYLE_ATTRIBUTES.test(names[i]))
                kept.push([names[i], element.getAttribute(names[i])]);
        }
        return kept;
    }

    // The comment `marker` is (normally "<!--pw:content-->"); a marker that is plain text is turned into
    // one. The first in the body wins.
    function findMarker(body, marker) {
        var comment = /^<!--([\s\S]*)-->$/.exec(marker);
        var walker = document.createTreeWalker(body, comment ? NodeFilter.SHOW_COMMENT : NodeFilter.SHOW_TEXT);
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            if (comment && node.data === comment[1])
                return node;
            if (!comment && marker && node.data.indexOf(marker) >= 0) {
                var rest = node.splitText(node.data.indexOf(marker));
                rest.data = rest.data.slice(marker.length);
                var made = body.ownerDocument.createComment('pw:content');
                rest.parentNode.insertBefore(made, rest);
                return made;
            }
        }
        return null;
    }

    // {sheets, keys, htmlAttributes, bodyAttributes, content, marker} from the frame's HTML, its nodes still
    // in the parsed document; null when the frame has no marker in its body (no place for the post).
    function parse(html, marker) {
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        var body = parsed.body;
        var found = body ? findMarker(body, marker) : null;
        if (!found)
            return null;
        var sheets = Array.prototype.filter.call(parsed.head.children, isStylesheet);
        sheets.forEach(dropHandlers);
        Array.prototype.forEach.call(body.querySelectorAll(INERT), function (element) {
            element.remove();
        });
        if (!found.isConnected)
            return null;  // the marker sat inside something dropped
        dropHandlers(body);
        return {
            sheets: sheets,
            keys: sheets.map(function (sheet) {
                return sheet.outerHTML;
            }),
            htmlAttributes: styleAttributes(parsed.documentElement),
            bodyAttributes: styleAttributes(body),
            content: body,
            marker: found,
        };
    }

    function setAttributes(element, attributes) {
        element.getAttributeNames().forEach(function (name) {
            element.removeAttribute(name);
        });
        attributes.forEach(function (pair) {
            element.setAttribute(pair[0], pair[1]);
        });
    }

    var reloads = 0;

    // A stylesheet of ours at a new address, so the page fetches it again (the engine compiled it anew);
    // the scheme ignores the query.
    function bustCache(sheet, count) {
        var href = sheet.getAttribute('href');
        if (!href)
            return;
        var url = new URL(href, document.baseURI);
        if (url.protocol !== 'pwsite:')
            return;
        url.searchParams.set('pw-reload', String(count));
        sheet.setAttribute('href', url.href);
    }

    function sameKeys(a, b) {
        return a.length === b.length && a.every(function (key, i) {
            return key === b[i];
        });
    }

    // Shows frames in `page` = {head, body, kept: [nodes of the body that stay], plain: [the plain page's
    // nodes], look: the plain look's <link>, blocks: the BlockList, article: our own holder}.
    function Frame(page) {
        this.page = page;
        this.sheets = [];
        this.keys = [];
        this.shellHtmlAttributes = styleAttributes(document.documentElement);
        this.shown = false;
    }

    // Shows `html` around the blocks, or returns false (and changes nothing) when it has no marker. The
    // block nodes are moved, not rebuilt, and the scroll position stays.
    Frame.prototype.show = function (html, marker, reloadStyles) {
        var frame = parse(html, marker);
        if (!frame)
            return false;
        var page = this.page;
        var scrollX = window.scrollX;
        var scrollY = window.scrollY;

        // The same stylesheets as the frame before (the usual case: the writer edited a title) stay as they
        // are, so nothing is fetched or restyled twice.
        if (reloadStyles || !sameKeys(frame.keys, this.keys)) {
            this.sheets.forEach(function (sheet) {
                sheet.remove();
            });
            this.sheets = frame.sheets.map(function (sheet) {
                if (reloadStyles)
                    bustCache(sheet, ++reloads);
                return page.head.appendChild(document.adoptNode(sheet));
            });
            this.keys = frame.keys;
        }
        page.look.disabled = true;
        setAttributes(document.documentElement, frame.htmlAttributes);
        setAttributes(page.body, frame.bodyAttributes);

        var content = document.createDocumentFragment();
        while (frame.content.firstChild)
            content.appendChild(document.adoptNode(frame.content.firstChild));
        page.blocks.moveTo(frame.marker.parentNode, frame.marker);
        this.replaceBody(content);
        this.shown = true;
        window.scrollTo(scrollX, scrollY);
        return true;
    };

    // Back to our own header and article.
    Frame.prototype.clear = function () {
        if (!this.shown)
            return;
        var page = this.page;
        var scrollX = window.scrollX;
        var scrollY = window.scrollY;
        this.sheets.forEach(function (sheet) {
            sheet.remove();
        });
        this.sheets = [];
        this.keys = [];
        page.look.disabled = false;
        setAttributes(document.documentElement, this.shellHtmlAttributes);
        setAttributes(page.body, []);
        page.blocks.moveTo(page.article, null);
        var plain = document.createDocumentFragment();
        page.plain.forEach(function (node) {
            plain.appendChild(node);
        });
        this.replaceBody(plain);
        this.shown = false;
        window.scrollTo(scrollX, scrollY);
    };

    Frame.prototype.replaceBody = function (content) {
        var body = this.page.body;
        var kept = this.page.kept;
        Array.prototype.slice.call(body.childNodes).forEach(function (node) {
            if (kept.indexOf(node) < 0)
                body.removeChild(node);
        });
        body.appendChild(content);
    };

    return Frame;
})();
