"""HTML in feed descriptions reduced to the clean text the classifier reads.

A small `html.parser` walker rather than regexes: it copes with unclosed tags, attributes containing `>`,
comments and entities. Scripts, styles and other non-prose containers are dropped with their content;
images (including tracking pixels) carry no words and are dropped; block elements become word breaks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_INPUT_CHARS = 500_000  # an item description longer than this is not prose worth reading in full
MAX_TEXT_CHARS = 20_000

# Their content is code, styling or embedded documents, never text a reader sees.
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "svg", "math", "head", "select"}
)
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_SPACES = re.compile(r"\s+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._skip_stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_stack.append(tag)
            self._skip_depth += 1
            self.parts.append(" ")  # what was around a dropped script never joins into one word
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append(" ")  # <br/>, <hr/>; a self-closed <script/> opens nothing

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag in self._skip_stack:
            # Close up to the matching opener: an unclosed inner skip tag must not swallow the rest.
            while self._skip_stack:
                self._skip_depth -= 1
                if self._skip_stack.pop() == tag:
                    break
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)

    def parse_html_declaration(self, i: int) -> int:
        # `_markupbase` raises AssertionError on a malformed marked section ("<![>", "<![x>") instead of a
        # parse error: in a description that stopped the whole feed. Skip it as browsers do: a bogus comment.
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 2)
            return -1 if end < 0 else end + 1


def html_to_text(html: str | None, *, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Visible text of an HTML fragment: entities decoded, whitespace collapsed to single spaces, cut."""
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return _cut(_SPACES.sub(" ", html).strip(), max_chars)
    return _cut(_SPACES.sub(" ", visible_text(defuse_unclosed(html[:MAX_INPUT_CHARS]))).strip(), max_chars)


def visible_text(html: str) -> str:
    """What `_TextExtractor` keeps of `html`, unnormalised."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def defuse_unclosed(html: str) -> str:
    """`html` with every `<` after the last `>` written as `&lt;`: the same text, in linear time.

    No tag can start there (nothing closes it), but `html.parser` looks for the missing `>` again from every
    such `<`: quadratic, so 40 KB of "<a<a<a..." cost seconds of CPU and 400 KB of "</</..." minutes.
    """
    last = html.rfind(">")
    head, tail = html[: last + 1], html[last + 1 :]
    return head + tail.replace("<", "&lt;") if "<" in tail else html


def cut_html(html: str | None, max_chars: int) -> str:
    """The original HTML kept for reference, cut to `max_chars` (never rendered: it is not sanitised)."""
    if not html:
        return ""
    return html if len(html) <= max_chars else html[:max_chars]


def _cut(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    space = cut.rfind(" ", max_chars - 200)  # end on a word boundary when one is near
    return (cut[:space] if space > 0 else cut) + "…"
