// Code highlighting (highlight.js) and math (KaTeX) for the blocks the page shows. Part of the preview's
// isolated-world script (see preview.js), loaded before it.
//
// Only blocks a patch brings in are looked at (the others keep their nodes, highlighted and typeset as they
// were). The libraries are not in the page until a block needs one: the page asks the application, which
// runs the system's copy in this same world and calls libraryLoaded(); the blocks met meanwhile wait for it.
// The stylesheets and KaTeX's fonts come from pwsite://lib/ (exact names only).
var PostwrightTypesetter = (function () {
    'use strict';

    var LIBRARY_SHEETS = {
        highlight: [['highlight-light.css', 'pw-hljs-light'], ['highlight-dark.css', 'pw-hljs-dark']],
        katex: [['katex.css', 'pw-katex']],
    };
    var MATH = /\\\[([\s\S]*?)\\\]|\\\(([\s\S]*?)\\\)/g;
    var NOT_MATH = 'code, pre, script, style, textarea, kbd, samp, .katex, .pw-math';

    // Rouge's short classes for highlight.js 9's token kinds: in the site's own layout, the site's stylesheet
    // (written for Rouge, as Jekyll highlights) colours the tokens. highlight.js's wrappers (function, class,
    // params) have no Rouge token: left without, so they do not colour what they wrap.
    var ROUGE = {
        keyword: 'k',
        'built_in': 'nb',
        'builtin-name': 'nb',
        type: 'kt',
        literal: 'kc',
        number: 'm',
        string: 's',
        regexp: 'sr',
        symbol: 'ss',
        comment: 'c',
        quote: 'c1',
        doctag: 'cs',
        meta: 'cp',
        'meta-keyword': 'cp',
        'meta-string': 's',
        title: 'nf',
        variable: 'nv',
        'template-variable': 'nv',
        attr: 'na',
        attribute: 'na',
        name: 'nt',
        tag: 'nt',
        'selector-tag': 'nt',
        'selector-id': 'nn',
        'selector-class': 'nc',
        'selector-attr': 'na',
        'selector-pseudo': 'nd',
        subst: 'si',
        section: 'gh',
        bullet: 'm',
        link: 's',
        emphasis: 'ge',
        strong: 'gs',
        addition: 'gi',
        deletion: 'gd',
    };

    // `options`: {want(name): asks the application for a library, themed(): whether the site's layout shows}.
    function Typesetter(options) {
        this.want = options.want;
        this.themed = options.themed;
        this.enabled = true;
        this.state = {highlight: 'absent', katex: 'absent'};
        this.waiting = {highlight: [], katex: []};
        var self = this;
        // Dark mode is the window's to decide: a `pw-dark` class on the root picks the dark code style.
        new MutationObserver(function () { self.updateSheets(); })
            .observe(document.documentElement, {attributes: true, attributeFilter: ['class']});
    }

    Typesetter.prototype.setEnabled = function (on) { this.enabled = on; };

    // The blocks just put in the page: [{nodes, firstLine, lastLine}].
    Typesetter.prototype.process = function (blocks) {
        if (!this.enabled)
            return;
        for (var i = 0; i < blocks.length; ++i) {
            var block = blocks[i];
            var codes = [];
            var hasMath = false;
            for (var n = 0; n < block.nodes.length; ++n) {
                var node = block.nodes[n];
                if (node.nodeType === Node.ELEMENT_NODE)
                    Array.prototype.push.apply(codes, node.querySelectorAll('pre > code'));
                if (!hasMath && /\\[\[(]/.test(node.textContent))
                    hasMath = true;
            }
            if (codes.length > 0)
                this.withLibrary('highlight', codes, highlightAll);
            if (hasMath)
                this.withLibrary('katex', [block], typesetBlock);
        }
    };

    Typesetter.prototype.withLibrary = function (name, items, work) {
        var state = this.state[name];
        if (state === 'ready') {
            work.call(this, items);
        } else if (state !== 'failed') {
            this.waiting[name].push({items: items, work: work});
            if (state === 'absent') {
                this.state[name] = 'asked';
                this.want(name);
            }
        }
    };

    // The application ran library `name` in this world (or found none: then it is not there).
    Typesetter.prototype.libraryLoaded = function (name) {
        var present = name === 'highlight' ? typeof hljs !== 'undefined' : typeof katex !== 'undefined';
        this.state[name] = present ? 'ready' : 'failed';
        if (present) {
            LIBRARY_SHEETS[name].forEach(function (sheet) {
                var link = document.createElement('link');
                link.rel = 'stylesheet';
                link.id = sheet[1];
                link.href = 'pwsite://lib/' + sheet[0];
                document.head.appendChild(link);
            });
            this.updateSheets();
        }
        var waiting = this.waiting[name];
        this.waiting[name] = [];
        for (var i = 0; present && this.enabled && i < waiting.length; ++i)
            waiting[i].work.call(this, waiting[i].items);
    };

    // Our code styles colour the plain preview only (the site's own stylesheet colours its layout), the light
    // one unless the root asks for the dark one.
    Typesetter.prototype.updateSheets = function () {
        var themed = this.themed();
        var dark = document.documentElement.classList.contains('pw-dark');
        var light = document.getElementById('pw-hljs-light');
        var darkSheet = document.getElementById('pw-hljs-dark');
        // By media, not `disabled`: a sheet disabled before it loaded is not loaded when enabled later.
        if (light)
            light.media = themed || dark ? 'not all' : 'all';
        if (darkSheet)
            darkSheet.media = themed || !dark ? 'not all' : 'all';
    };

    function languageOf(code) {
        for (var element = code; element && element.classList; element = element.parentElement) {
            for (var i = 0; i < element.classList.length; ++i) {
                var match = /^(?:language|lang)-(.+)$/.exec(element.classList[i]);
                if (match)
                    return match[1];
            }
            if (element.parentElement && element.parentElement.id === 'pw-body')
                break;
        }
        return '';
    }

    function addRougeClasses(code) {
        var spans = code.querySelectorAll('span[class^="hljs-"]');
        for (var i = 0; i < spans.length; ++i) {
            var rouge = ROUGE[spans[i].className.slice(5).split(' ')[0]];
            if (rouge)
                spans[i].classList.add(rouge);
        }
    }

    function highlightAll(codes) {
        for (var i = 0; i < codes.length; ++i) {
            var code = codes[i];
            // Gone already (edited again), or marked up already (Jekyll's own {% highlight %} output).
            if (!code.isConnected || code.firstElementChild)
                continue;
            var language = languageOf(code);
            if (!language || language === 'plaintext' || !hljs.getLanguage(language))
                continue;  // plaintext, or a language highlight.js does not know: left as it is
            try {
                code.innerHTML = hljs.highlight(language, code.textContent, true).value;
            } catch (e) {
                continue;
            }
            code.classList.add('hljs');
            addRougeClasses(code);
        }
    }

    function typeset(tex, display) {
        var holder = document.createElement('span');
        holder.className = display ? 'pw-math pw-math-display' : 'pw-math';
        try {
            katex.render(
                tex, holder,
                {displayMode: display, throwOnError: true, strict: 'ignore', trust: false, maxExpand: 1000});
        } catch (e) {
            // A formula KaTeX cannot read shows as written, marked, with KaTeX's reason on hover.
            holder.className += ' pw-math-error';
            holder.textContent = display ? '\\[' + tex + '\\]' : '\\(' + tex + '\\)';
            holder.title = String(e && e.message ? e.message : e);
        }
        return holder;
    }

    // Text nodes holding math delimiters, outside code (where `\(` is just text).
    function mathTexts(block) {
        var found = [];
        block.nodes.forEach(function (node) {
            if (node.nodeType === Node.TEXT_NODE) {
                if (/\\[\[(]/.test(node.data))
                    found.push(node);
                return;
            }
            if (node.nodeType !== Node.ELEMENT_NODE || node.matches(NOT_MATH))
                return;
            var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
                acceptNode: function (text) {
                    var parent = text.parentElement;
                    if (!/\\[\[(]/.test(text.data) || (parent && parent.closest(NOT_MATH)))
                        return NodeFilter.FILTER_REJECT;
                    return NodeFilter.FILTER_ACCEPT;
                },
            });
            for (var text = walker.nextNode(); text; text = walker.nextNode())
                found.push(text);
        });
        return found;
    }

    function typesetBlock(blocks) {
        blocks.forEach(function (block) {
            if (block.removed)
                return;
            mathTexts(block).forEach(function (text) {
                var made = [];
                var rest = 0;
                var data = text.data;
                MATH.lastIndex = 0;
                for (var match = MATH.exec(data); match; match = MATH.exec(data)) {
                    if (match.index > rest)
                        made.push(document.createTextNode(data.slice(rest, match.index)));
                    var display = match[1] !== undefined;
                    made.push(typeset(display ? match[1] : match[2], display));
                    rest = MATH.lastIndex;
                }
                if (made.length === 0)
                    return;
                if (rest < data.length)
                    made.push(document.createTextNode(data.slice(rest)));
                var parent = text.parentNode;
                made.forEach(function (node) { parent.insertBefore(node, text); });
                parent.removeChild(text);
                // A block's own top-level text (kramdown's display math is bare `\[…\]`) is one of its nodes:
                // the list must hold what replaced it, or a later patch could not remove it.
                var at = block.nodes.indexOf(text);
                if (at >= 0)
                    Array.prototype.splice.apply(block.nodes, [at, 1].concat(made));
            });
        });
    }

    return Typesetter;
})();
