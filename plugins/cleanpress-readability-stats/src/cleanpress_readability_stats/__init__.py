"""Reading statistics of the clean article, for cleanpress.

One rule, ``reading-stats``, at the very end of the ``metadata`` stage:
it counts the words of the blocks every other rule has kept and adds to
``metadata.extra``:

- ``word_count``: whitespace-separated words of the body;
- ``reading_minutes``: ``word_count`` at ``reading_wpm`` words a minute
  (``Cleaner(options={"reading_wpm": 200})``; default 230), rounded,
  at least 1 for a non-empty body.

Words are counted between spaces, so text written without spaces between
words (Chinese, Japanese, Thai) is undercounted.
"""

from __future__ import annotations

from cleanpress import Document, Rule, RuleContext, hookimpl, rule

#: Words a minute of an adult reading news prose silently.
DEFAULT_WPM = 230


def reading_minutes(words: int, wpm: float = DEFAULT_WPM) -> int:
    """Minutes to read ``words`` words: rounded, at least 1 when there is anything to read."""
    if words <= 0:
        return 0
    return max(1, round(words / wpm))


@rule(
    "reading-stats",
    stage="metadata",
    order=900,
    description="Add word_count and reading_minutes of the clean body to metadata.extra",
)
def reading_stats(doc: Document, ctx: RuleContext) -> None:
    # Block text is whitespace-folded: its words are its spaces plus one.
    words = sum(b.text.count(" ") + 1 for b in doc.blocks if b.removed_by is None and b.text)
    wpm = ctx.options.get("reading_wpm", DEFAULT_WPM)
    if not isinstance(wpm, (int, float)) or wpm <= 0:
        raise ValueError(f"option reading_wpm must be a positive number, not {wpm!r}")
    ctx.set_meta("word_count", words, override=True)
    ctx.set_meta("reading_minutes", reading_minutes(words, wpm), override=True)


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [reading_stats]
