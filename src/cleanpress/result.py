"""What cleaning returns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cleanpress.document import Block, Document
from cleanpress.metadata import Metadata

if TYPE_CHECKING:
    from cleanpress.output import Output, OutputOptions, Section

#: The structured forms ``CleanResult.to_dict`` can add.
FORMATS = ("markdown", "html", "sections")


@dataclass(slots=True)
class Removal:
    """One removed block: which rule removed it and why."""

    rule: str
    text: str
    reason: str
    #: Position of the block in the document (0-based).
    index: int
    kind: str = "paragraph"


@dataclass
class CleanResult:
    """The clean article, its metadata, and every removal in document order."""

    text: str
    metadata: Metadata
    removed: list[Removal] = field(default_factory=list)
    #: Rules that failed and were skipped (non-strict mode), and reader fallbacks.
    warnings: list[str] = field(default_factory=list)
    #: Which reader read the page: "text" or "html".
    source_kind: str = "text"
    #: The cleaned document and the output options, for the structured forms.
    _source: tuple[Document, OutputOptions | None] | None = field(
        default=None, repr=False, compare=False)
    _output: Output | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def markdown(self) -> str:
        """The kept content as Markdown (CommonMark, with GFM pipe tables): headings,
        lists, quotes, code, tables, emphasis, and links and images when the cleaner
        was asked for them. Its words are the words of ``text``."""
        return self.output.markdown

    @property
    def html(self) -> str:
        """The kept content as clean, minimal HTML (only the tags and attributes of
        ``cleanpress.output.html.ALLOWED``; no scripts, styles or event attributes)."""
        return self.output.html

    @property
    def sections(self) -> list[Section]:
        """The body split at its headings, each with its heading path, text and Markdown."""
        return self.output.sections

    @property
    def output(self) -> Output:
        """The structured forms, made on first use."""
        if self._output is None:
            from cleanpress.output import Output

            if self._source is None:  # made by hand: the text's paragraphs
                blocks = [Block(i, part, part) for i, part in enumerate(self.text.split("\n\n"))]
                self._source = (Document(blocks, self.source_kind), None)
            self._output = Output(*self._source)
        return self._output

    def to_dict(self, formats: Iterable[str] = ()) -> dict[str, Any]:
        """A JSON-serialisable dict of everything in the result, and of the structured
        forms named in ``formats`` ("markdown", "html", "sections")."""
        data: dict[str, Any] = {
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "removed": [
                {
                    "rule": r.rule, "text": r.text, "reason": r.reason,
                    "index": r.index, "kind": r.kind,
                }
                for r in self.removed
            ],
            "warnings": list(self.warnings),
            "source_kind": self.source_kind,
        }
        for name in formats:
            if name not in FORMATS:
                raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
            value = getattr(self, name)
            data[name] = [s.to_dict() for s in value] if name == "sections" else value
        return data

    @classmethod
    def from_document(
        cls, doc: Document, warnings: list[str], options: OutputOptions | None = None
    ) -> CleanResult:
        kept: list[str] = []
        removed: list[Removal] = []
        for b in doc.blocks:  # (one pass over the blocks for both lists)
            if b.removed_by is not None:
                removed.append(Removal(b.removed_by, b.raw, b.reason or "", b.index, b.kind))
            elif b.text:
                kept.append(b.text if b.bullet is None else b.render())
        return cls("\n\n".join(kept), doc.metadata, removed, warnings, doc.source_kind,
                   (doc, options))
