"""Other extractors, for a side-by-side table (the optional ``[bench]`` extra).

On the HTML track each gets the page's HTML. On the text track each gets the
page's lines, each line as one ``<p>`` element, since none of them reads plain
text. An extractor that is not installed is skipped with a note.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

Extractor = Callable[[str], str]
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "pre", "td")


def lines_as_html(text: str) -> str:
    """A page of plain text as HTML with one paragraph per non-blank line."""
    lines = (line.strip() for line in text.splitlines())
    paragraphs = (f"<p>{html.escape(line)}</p>" for line in lines if line)
    return "<html><body>" + "".join(paragraphs) + "</body></html>"


def _trafilatura() -> Extractor:
    import trafilatura

    def extract(page: str) -> str:
        return trafilatura.extract(page, include_comments=False, include_tables=True) or ""

    return extract


def _readability() -> Extractor:
    import lxml.html
    from readability import Document

    def extract(page: str) -> str:
        summary = Document(page).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
        elements = root.iter(*_BLOCK_TAGS)
        blocks = (" ".join(el.text_content().split()) for el in elements)
        return "\n\n".join(b for b in blocks if b)

    return extract


def _justext() -> Extractor:
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(page: str) -> str:
        paragraphs = justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "trafilatura": _trafilatura,
    "readability-lxml": _readability,
    "justext": _justext,
}


def unknown_names(names: Sequence[str]) -> str | None:
    """What is wrong with ``names`` as extractor names, or None when all are known."""
    unknown = [name for name in names if name not in FACTORIES]
    if not unknown:
        return None
    return f"unknown extractor {', '.join(unknown)}; known: {', '.join(FACTORIES)}"


def available(
    track: str, names: Sequence[str] = ()
) -> tuple[dict[str, Extractor], list[str]]:
    """The installed extractors (those of ``names``, or all), adapted to ``track``,
    and notes on missing ones. An unknown name raises ValueError."""
    problem = unknown_names(names)
    if problem:
        raise ValueError(problem)
    found: dict[str, Extractor] = {}
    notes: list[str] = []
    for name, factory in FACTORIES.items():
        if names and name not in names:
            continue
        try:
            extract = factory()
        except ImportError as error:
            notes.append(f"{name}: not installed ({error.name}); pip install 'cleanpress[bench]'")
            continue
        if track == "text":
            found[name] = lambda page, f=extract: f(lines_as_html(page))
        else:
            found[name] = extract
    return found, notes
