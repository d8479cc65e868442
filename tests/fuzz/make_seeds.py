#!/usr/bin/env python3
"""Writes the seed inputs in corpus/post and corpus/render: SUBJECT, the marker, then the harness parameters
encoded in the order fuzz_post.cpp / fuzz_render.cpp read them (backwards; see tailreader.h). Run it after
changing a seed here or the parameter order in a harness: python3 tests/fuzz/make_seeds.py"""
import os
MARK = b"\0fuzz-params\0"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

class P:
    """Parameters in the order the harness reads them (backwards from the end)."""
    def __init__(self): self.tail = b""
    def byte(self, v): self.tail = bytes([v & 0xff]) + self.tail; return self
    def word(self, v): self.tail = bytes([(v >> 8) & 0xff, v & 0xff]) + self.tail; return self
    def dword(self, v): return self.word(v & 0xffff).word(v >> 16)
    def chunk(self, b, maxlen):
        if isinstance(b, str): b = b.encode()
        assert len(b) <= maxlen, (b, maxlen)
        self.tail = b + bytes([len(b)]) + self.tail; return self

def post_params(flags=0, title="", key="k", keyval="", tags="", path=0, pathval="", yaml="", body_at=0,
                body_remove=0, body_insert="", fm_text="", seconds=1537524000, offset=48 + 8):
    p = P().byte(flags).chunk(title, 40).chunk(key, 12).chunk(keyval, 24).chunk(tags, 48).byte(path)
    p.chunk(pathval, 24).chunk(yaml, 32).word(body_at).byte(body_remove).chunk(body_insert, 16)
    p.chunk(fm_text, 64).dword(seconds).byte(offset)
    return p.tail

def render_params(flags=0, at=0, remove=0, insert=""):
    return P().byte(flags).word(at).byte(remove).chunk(insert, 24).tail

def write(kind, name, subject, params):
    if isinstance(subject, str): subject = subject.encode()
    with open(os.path.join(OUT, kind, name), "wb") as f:
        f.write(subject + MARK + params)

S = "\x1f"  # list item separator (flags & 2 == 0)
posts = [
    ("flow-list.md", "---\ntitle: Hello\ntags: [a, b]\n---\nBody\n",
     dict(flags=0, title="It's: a #test", key="subtitle", keyval="x: y", tags="one" + S + "two, three" + S + "[4]")),
    ("block-list.md", "---\ntitle: Block\ntags:\n  - alpha\n  - \"beta gamma\"\n  - 'delta'\n---\n\nText.\n",
     dict(flags=4, title="&anchor *alias !tag", tags="new item" + S + "it's", path=3, pathval="- not a list")),
    ("quotes.md", "---\ntitle: 'single ''quoted'''\nsubtitle: \"double \\\"q\\\" \\u00e9\"\nplain: text\n---\nB\n",
     dict(flags=1, title='say "hi" and \'bye\'', key="plain", keyval="{not: a map}", path=1, pathval="back\\slash")),
    ("comments.md", "# leading comment\n---\n", None),
    ("comments-in-block.md", "---\n# top comment\ntitle: x # trailing\n  # indented comment\ntags: [a, b] # flow\n---\nBody # not a comment\n",
     dict(flags=0, title="new # hash", tags="c#" + S + "# d", path=2, pathval="value #1")),
    ("crlf.md", "---\r\ntitle: Windows\r\ntags:\r\n- a\r\n- b\r\n---\r\n\r\nLine one.\r\nLine two.\r\n",
     dict(flags=0, title="Still windows: yes", tags="c" + S + "d", body_at=5, body_remove=3, body_insert="new\nlines\n")),
    ("bom.md", "\ufeff---\ntitle: BOM\n---\nBody\n", dict(flags=8, title="after the BOM", key="new", keyval="1")),
    ("bom-no-front-matter.md", "\ufeffJust text\n", dict(flags=0, title="adds a block", tags="x", fm_text="a: 1")),
    ("dots-closer.md", "---\ntitle: Dots\n...\nBody\n", dict(flags=16, title="...", key="more", keyval="---")),
    ("toml.md", "+++\ntitle = \"TOML\"\ntags = [\"a\"]\n+++\nBody\n", dict(flags=0, title="not editable", fm_text="title = \"x\"")),
    ("nested.md", "---\nheader:\n  image: /a.png\n  teaser:\n    small: s.png\n    large: l.png\nauthor:\n  name: Me\n---\nBody\n",
     dict(flags=0, title="t", key="header", keyval="v", path=3, pathval="medium.png")),
    ("nested-remove.md", "---\nsocial:\n  twitter: me\nother: 1\n---\n", dict(flags=0, path=1, pathval="")),
    ("block-scalars.md", "---\ndesc: |\n  line one\n  line two\nexcerpt: >-\n  folded\n  text\nkeep: |+\n  kept\n\ntitle: After\n---\nBody\n",
     dict(flags=0, title="line1\nline2", path=1, pathval="one line", yaml="|\n  literal")),
    ("multi-line-value.md", "---\ntitle: Short\nauthor: Me\n---\n", dict(flags=0, title="first\n  indented second\n\n", key="notes", keyval="\nstarts blank")),
    ("aliases.md", "---\nbase: &b shared\nother: *b\nlist: &l [x, y]\ncopy: *l\nmerged:\n  <<: {a: 1}\n---\n",
     dict(flags=0, title="t", path=2, pathval="z", tags="x" + S + "y")),
    ("no-front-matter.md", "# Heading\n\nNo front matter here.\n", dict(flags=64, title="Added", body_insert="---\nnot: fm\n---\n")),
    ("unclosed.md", "---\ntitle: never closed\n\nBody\n", dict(flags=0, title="x", fm_text="a: b\nc: d")),
    ("empty-front-matter.md", "---\n---\nBody\n", dict(flags=2, title="", tags="space separated items")),
    ("only-front-matter.md", "---\ntitle: Only\n---\n", dict(flags=64, title="x", body_insert="typed body")),
    ("dates.md", "---\ndate: 2018-09-21 10:00:00 +0200\nupdated: 2010-08-05T10:17:25-04:00\nday: 2020-01-01\n---\n",
     dict(flags=0, title="2020-01-01", path=1, pathval="2011-01-01T00:00:00Z", seconds=1700000000, offset=48 - 16)),
    ("date-only.md", "---\ndate: 2018-09-21\n---\n", dict(flags=32, seconds=86400 * 365 * 40)),
    ("bools.md", "---\ndraft: yes\npublished: False\ncomments: ON\nzip: '007'\nversion: 1.10\nnothing: ~\nempty:\n---\n",
     dict(flags=8, title="true", path=4, pathval="008", key="country", keyval="NO")),
    ("unicode.md", "---\ntitle: Café ☕\nauteur: Zoë\n標題: 日本語\ntags: [été, 😀]\n---\nCorps du texte.\n",
     dict(flags=0, title="Ça marche — vraiment? «oui»", key="clé", keyval="valeur ü", tags="ß" + S + "ǅ" + S + "😀 emoji")),
    ("duplicate-keys.md", "---\ntitle: First\ntags: [a]\ntitle: Second\n---\n", dict(flags=0, title="Third", path=0)),
    ("complex-key.md", "---\n? [a, b]\n: complex\n? long key\n: value\ntitle: ok\n---\n", dict(flags=0, title="t", path=0, pathval="v")),
    ("invalid-yaml.md", "---\ntitle: Foo: Bar\n---\nBody\n", dict(flags=0, title="fixed", fm_text="title: fixed")),
    ("flow-spaced.md", "---\ntags: [ a,b ]\ncategories: [x,y]\n---\n", dict(flags=4, tags="c", path=1)),
    ("tabs-and-indent.md", "---\ntitle:\tTabbed\n  indented: no\n---\n", dict(flags=0, title="x")),
    ("special-values.md", "---\ntitle: x\n---\nBody\n", dict(flags=0, title=":#'\"[]{},&*!|>%@`", key="@key", keyval="- dash", tags="," + S + "]" + S + "{}" + S + "#x" + S + "")),
]

os.makedirs(os.path.join(OUT, "post"), exist_ok=True)
os.makedirs(os.path.join(OUT, "render"), exist_ok=True)
for name, subject, params in posts:
    if params is None:
        with open(os.path.join(OUT, "post", name), "wb") as f: f.write(subject.encode())
    else:
        write("post", name, subject, post_params(**params))

renders = [
    ("paragraphs.md", "First paragraph\nstill first.\n\nSecond paragraph.\n", dict(at=3, remove=1, insert="X")),
    ("headings.md", "# One\n\nSetext\n======\n\n## Two ##\n\nText\n---\n", dict(at=20, insert="\n")),
    ("table.md", "| a | b |\n|---|:-:|\n| 1 | 2 |\n| 3 | 4 |\n\nAfter.\n", dict(at=10, remove=2, insert="|")),
    ("table-interrupts-paragraph.md", "Intro line\n| h1 | h2 |\n| -- | -- |\n| c1 | c2 |\n", dict(at=11, insert="\n")),
    ("lists.md", "- one\n- two\n\n  continued\n- three\n\n1. first\n2) second\n\n- [ ] task\n- [x] done\n", dict(at=6, remove=5)),
    ("nested-lists.md", "* a\n  * b\n    * c\n\n      code?\n* d\n", dict(at=8, insert="  ")),
    ("fences.md", "```ruby\nputs 1\n```\n\n~~~\nunclosed tilde\n", dict(at=2, remove=1)),
    ("indented-code.md", "Para\n\n    code line\n    more\n\nPara\n", dict(at=6, insert="\t")),
    ("footnotes.md", "Text[^1] and[^note].\n\n[^1]: First.\n[^note]: Second\n    continued.\n\nMore[^1].\n", dict(at=4, insert="[^2]")),
    ("html.md", "<div class=\"x\">\n<p>raw</p>\n</div>\n\n<script>alert(1)</script>\n\n<!-- comment -->\n\nText <span>inline</span>\n", dict(at=5, remove=3)),
    ("liquid.md", "{% highlight ruby %}\ndef x; end\n{% endhighlight %}\n\n{% raw %}{{ kept }}{% endraw %}\n\n![img]({{ '/a.png' | relative_url }})\n{% comment %}\nhidden\n{% endcomment %}\n{{ site.baseurl }}/x\n", dict(at=30, insert="{%")),
    ("liquid-inline.md", "Inline {% highlight c %}int x;{% endhighlight %} here\n\n{% if a %}x{% endif %}\n", dict(flags=1, at=12, remove=2)),
    ("links.md", "[ref][a] <http://a.b> www.example.com ~~strike~~\n\n[a]: /url \"title\"\n", dict(at=0, insert="[a]: /other\n\n")),
    ("blockquote.md", "> quote\n> > nested\n\n> lazy\ncontinuation\n", dict(at=8, remove=1)),
    ("crlf.md", "Line one\r\nLine two\r\n\r\n- item\r\n", dict(at=10, insert="\r\n\r\n")),
    ("cr-only.md", "Old\rMac\r\rText\r", dict(at=4, insert="\r")),
    ("thematic-breaks.md", "***\n---\n___\n\nText\n* * *\n", dict(at=0, remove=4)),
    ("emphasis.md", "*a **b** c* _d __e__ f_ `code` \\*esc\\*\n", dict(at=1, insert="**")),
    ("entities.md", "&amp; &#123; &#x1F600; &bogus; &copy\n", dict(at=3, insert=";")),
    ("empty.md", "", dict(insert="# new")),
    ("front-matter-as-markdown.md", "---\ntitle: x\n---\n\nBody\n", dict(at=4, remove=5)),
    ("unicode.md", "Café ☕ — «texte»\n\n| 日本 | 語 |\n|---|---|\n| 😀 | ǅ |\n", dict(at=2, remove=1, insert="é")),
]
for name, subject, params in renders:
    write("render", name, subject, render_params(**params))

# Minimal reproducers of broken invariants. regression-*: fixed, kept as seeds. finding-*: still open, so the
# replay tests fail until the code is fixed.
findings = [
    ("regression-literal-block-keeps-comment.md", "---\ntitle: Old # note\n---\n", dict(flags=0, title="a\nb")),
    ("regression-cr-in-value.md", "---\ntitle: Old\n---\n", dict(flags=0, title="a\r\nb")),
    ("regression-body-after-unterminated-fence.md", "---\ntitle: Only\n---", dict(flags=64, title="x", body_insert="typed")),
    ("regression-flow-map-remove-key.md", "---\n{title: Flow, tags: [a]}\n---\n", dict(flags=0, title="x", key="title", path=1)),
    ("regression-flow-map-add-key.md", "---\n{title: Flow}\n---\n", dict(flags=0, title="x", key="k", keyval="v")),
]
for name, subject, params in findings:
    write("post", name, subject, post_params(**params))

more_findings = [
    ("regression-keep-block-absorbs-blank-lines.md", "---\ntitle: x\n\nauthor: y\n---\n", dict(flags=0, title="a\n\n")),
    ("regression-only-line-breaks-value.md", "---\ntitle: x\n---\n", dict(flags=0, title="\n")),
    ("regression-nul-in-multiline-value.md", "---\ntitle: x\n---\n", dict(flags=0, title="\x00a\nb")),
    ("regression-document-marker-key.md", "---\ntitle: x\n---\n", dict(flags=0, title="x", key="--- a", keyval="v")),
    ("regression-second-yaml-document.md", "---\ntitle: x\n--- second\nauthor: y\n---\n", dict(flags=0, title="x", key="added", keyval="v")),
    ("regression-multiline-plain-list-item.md", "---\ntags:\n  - a\n    b\n  - c\n---\n", dict(flags=4, tags="d")),
]
for name, subject, params in more_findings:
    write("post", name, subject, post_params(**params))

lenient_findings = [
    ("regression-lenient-yaml-add-key.md", "---\n,\n---\n", dict(flags=0, title="x")),
    ("regression-empty-key-open-quote-add-key.md", "---\n: \"\n---\n", dict(flags=0, title="b")),
    ("regression-setyaml-writes-nul.md", "---\ntitle: x\n---\n", dict(flags=0, title="x", yaml="a\x00b")),
]
for name, subject, params in lenient_findings:
    write("post", name, subject, post_params(**params))

render_findings = [
    ("finding-liquid-raw-lone-cr.md", "{%raw%}{%endraw\r%}\n", dict(at=0)),
    ("finding-liquid-comment-lone-cr.md", "{%comment%}\rx\n{%endcomment%}t\n", dict(at=0)),
]
for name, subject, params in render_findings:
    write("render", name, subject, render_params(**params))

open_findings = [
    ("finding-question-mark-key.md", "---\ntitle: x\n---\n", dict(flags=0, title="x", key="?a", keyval="v")),
    ("finding-bom-at-block-start.md", "---\n\ufeffa: 1\n---\n", dict(flags=0, title="x")),
    ("finding-bom-inside-block.md", "---\na: 1\n\ufeff\n---\n", dict(flags=0, title="x", path=0)),
]
for name, subject, params in open_findings:
    write("post", name, subject, post_params(**params))
