"""The reading-stats rule: counts, minutes, the option, and its place at the end of the chain."""

from __future__ import annotations

import cleanpress_readability_stats as stats
import pytest

from cleanpress import Cleaner, RuleError

BODY = "One two three four five.\n\nSix seven eight nine ten."


def extra(cleaner: Cleaner, page: str) -> dict:
    return cleaner.clean(page, kind="text").metadata.extra


@pytest.mark.parametrize(("words", "minutes"), [(0, 0), (1, 1), (114, 1), (345, 2), (2300, 10)])
def test_reading_minutes(words: int, minutes: int) -> None:
    assert stats.reading_minutes(words) == minutes


def test_counts_the_kept_blocks_only() -> None:
    cleaner = Cleaner(plugins=[stats], defaults=False, entry_points=False)
    assert extra(cleaner, BODY) == {"word_count": 10, "reading_minutes": 1}


def test_words_per_minute_option() -> None:
    cleaner = Cleaner(plugins=[stats], defaults=False, entry_points=False,
                      options={"reading_wpm": 2})
    assert extra(cleaner, BODY)["reading_minutes"] == 5


def test_bad_option_is_a_rule_error_in_strict_mode() -> None:
    cleaner = Cleaner(plugins=[stats], defaults=False, entry_points=False, strict=True,
                      options={"reading_wpm": "fast"})
    with pytest.raises(RuleError, match="reading_wpm"):
        cleaner.clean(BODY, kind="text")


def test_with_builtin_rules_counts_what_they_kept() -> None:
    cleaner = Cleaner(plugins=[stats], entry_points=False)
    page = "Council approves the city budget\n\n" + BODY
    result = cleaner.clean(page, kind="text")
    assert result.metadata.extra["word_count"] == len(result.text.split())


def test_runs_after_every_chrome_rule() -> None:
    entries = Cleaner(plugins=[stats], entry_points=False).entries
    ours = next(e for e in entries if e.rule.name == "reading-stats")
    assert (ours.rule.stage, ours.rule.order) == ("metadata", 900)
    assert all(e.rule.stage == "metadata" for e in entries[ours.position:])


def test_empty_page() -> None:
    cleaner = Cleaner(plugins=[stats], defaults=False, entry_points=False)
    assert extra(cleaner, "   \n\n ") == {"word_count": 0, "reading_minutes": 0}
