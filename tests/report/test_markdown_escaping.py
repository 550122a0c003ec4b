"""Markdown exports escape only what a renderer would misread, checked with a real renderer.

Each text is rendered by markdown-it (CommonMark plus GitHub's tables and strikethrough): the
result must be plain paragraphs (in a block quote for :func:`md_quote`) whose text is exactly
what was typed.
"""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from roleplay.report.escaping import md_quote, md_text

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])

PLAIN = [
    "Meet on 2026-11-29 about stakeholder_negotiation in roleplay 0.1.0.",
    "That's 30% (about 1.5M) - not more! Call me: +44 20 7946 0958; ok? {yes}",
    "snake_case_name and a/b.c",
    "A > B and C = D, e.g. 3 > 2",
]
HOSTILE = [
    "# heading",
    "   ## indented heading",
    "> quoted",
    "- item",
    "+ item",
    "* item",
    "1. first",
    "2026) numbered",
    "---",
    "===",
    "***",
    "___",
    "_ _ _",
    "    indented code",
    "```fenced",
    "~~~fenced",
    "**bold** and *em* and _em_ and __strong__",
    "~~struck~~ and ~single~",
    "`code` and ``more``",
    "[link](http://evil.example) and ![img](x.png) and <http://auto.example>",
    "[ref]: http://evil.example",
    "<script>alert(1)</script> and <b>bold</b> and <!-- c -->",
    "&amp; &copy; &#65; &#x41; stay literal",
    "a | b | c",
    "trailing backslash\\",
    "escaped \\*star\\* and \\_under\\_",
    "$x^2$ math",
    "foo_bar_ and _baz and __init__",
]


def render_text(markdown: str) -> tuple[set[str], str]:
    """The tags markdown-it produced and the text a reader would see."""
    out = RENDERER.render(markdown)
    tags = set(re.findall(r"<([a-z0-9]+)", out))
    text = html.unescape(re.sub(r"<[^>]+>", "", out))
    return tags, text


@pytest.mark.parametrize("text", PLAIN + HOSTILE)
def test_md_text_renders_as_exactly_the_text(text: str) -> None:
    tags, shown = render_text(md_text(text))
    assert tags <= {"p"}, (text, md_text(text))
    assert shown.strip().replace("\u00a0", " ") == text.strip()


@pytest.mark.parametrize("text", ["\n".join(HOSTILE), "\n".join(PLAIN), "a\n---\nb\n===\n1) x"])
def test_md_quote_keeps_lines_and_interprets_nothing(text: str) -> None:
    tags, shown = render_text(md_quote(text))
    assert tags <= {"blockquote", "p", "br"}
    lines = [line.strip().replace("\u00a0", " ") for line in shown.strip().split("\n")]
    assert [line for line in lines if line] == [line.strip() for line in text.split("\n")]


def test_ordinary_punctuation_is_left_alone() -> None:
    # The old export wrote "2026\-11\-29", "stakeholder\_negotiation" and "0\.1\.0".
    for text in PLAIN:
        assert md_text(text) == text
    assert md_quote("v0.1.0 on 2026-11-29") == "> v0.1.0 on 2026-11-29  "


def test_leading_markers_are_escaped_once() -> None:
    assert md_text("# x") == "\\# x"
    assert md_text("12. x") == "12\\. x"
    assert md_text("- x - y") == "\\- x - y"
    assert md_text("<b>") == "&lt;b>"
    assert md_text("a & b &amp;") == "a & b &amp;amp;"
