"""The chain: order, disabling, plugin failures, strict mode, attribution."""

from __future__ import annotations

import pytest

from cleanpress import Cleaner, ConfigError, RuleError, hookimpl, rule
from cleanpress.cleaner import fallback_rules
from cleanpress.document import Document
from cleanpress.plugins import default_plugins


@rule("drop-shouting", stage="chrome", order=10, description="Remove all-caps lines")
def drop_shouting(doc: Document, ctx) -> None:
    for block in doc.kept():
        if block.text.isupper():
            ctx.remove(block, "all capitals")


@rule("explode", stage="chrome", order=20, description="Always raises after removing")
def explode(doc: Document, ctx) -> None:
    for block in doc.kept():
        ctx.remove(block, "about to fail")
    raise RuntimeError("boom")


class ShoutPlugin:
    @hookimpl
    def cleanpress_rules(self):
        return [drop_shouting]


class ExplodePlugin:
    @hookimpl
    def cleanpress_rules(self):
        return [explode]


PAGE = "First paragraph of the story, long enough.\n\nBUY NOW\n\nSecond paragraph."


def test_third_party_rule_runs_and_is_attributed() -> None:
    result = Cleaner(plugins=[ShoutPlugin()], defaults=False).clean(PAGE, kind="text")
    assert [(r.rule, r.text, r.reason) for r in result.removed] == [
        ("drop-shouting", "BUY NOW", "all capitals")
    ]
    assert result.text == "First paragraph of the story, long enough.\n\nSecond paragraph."


def test_chain_order_is_stage_then_order_then_name() -> None:
    cleaner = Cleaner(plugins=[ExplodePlugin(), ShoutPlugin()], defaults=False)
    assert [e.rule.name for e in cleaner.entries] == ["drop-shouting", "explode"]
    assert [e.position for e in cleaner.entries] == [1, 2]


def test_failing_rule_is_skipped_with_warning_and_rolled_back() -> None:
    cleaner = Cleaner(plugins=[ShoutPlugin(), ExplodePlugin()], defaults=False)
    result = cleaner.clean(PAGE, kind="text")
    assert len(result.warnings) == 1 and "'explode'" in result.warnings[0]
    assert "boom" in result.warnings[0]
    # The failed rule's removals are undone; the other rule's stand.
    assert [r.rule for r in result.removed] == ["drop-shouting"]
    assert "Second paragraph." in result.text


def test_strict_mode_raises_rule_error() -> None:
    cleaner = Cleaner(plugins=[ExplodePlugin()], defaults=False, strict=True)
    with pytest.raises(RuleError) as info:
        cleaner.clean(PAGE, kind="text")
    assert info.value.rule == "explode"


def test_disable_by_name() -> None:
    cleaner = Cleaner(plugins=[ShoutPlugin()], defaults=False, disable=["drop-shouting"])
    assert cleaner.entries == []
    assert "BUY NOW" in cleaner.clean(PAGE, kind="text").text


def test_disable_unknown_rule_is_an_error() -> None:
    with pytest.raises(ConfigError, match="no-such-rule"):
        Cleaner(disable=["no-such-rule"])


def test_duplicate_rule_names_are_an_error() -> None:
    class Again:
        @hookimpl
        def cleanpress_rules(self):
            return [drop_shouting]

    with pytest.raises(ConfigError, match="drop-shouting"):
        Cleaner(plugins=[ShoutPlugin(), Again()], defaults=False)


def test_plugin_returning_non_rule_is_an_error() -> None:
    class Bad:
        @hookimpl
        def cleanpress_rules(self):
            return ["not a rule"]

    with pytest.raises(ConfigError, match="not a cleanpress Rule"):
        Cleaner(plugins=[Bad()], defaults=False)


def test_rule_validates_name_and_stage() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        rule("Bad Name", stage="chrome", order=1, description="x")(lambda d, c: None)
    with pytest.raises(ValueError, match="unknown stage"):
        rule("ok-name", stage="nowhere", order=1, description="x")(lambda d, c: None)


def test_builtin_rules_are_registered_as_plugins() -> None:
    entries = Cleaner().entries
    assert entries, "the default chain is empty"
    assert all(e.plugin.startswith("cleanpress.") for e in entries)


def test_builtin_rule_modules_are_found_in_the_sub_packages() -> None:
    modules = default_plugins()
    assert {name.split(".")[2] for name in modules} == {"locate", "chrome", "metadata"}
    # Helpers that implement no hook are not plugins.
    assert "cleanpress.rules.common.container_tree" not in modules
    assert "cleanpress.rules.locate.text_span" not in modules
    plugins = {e.plugin for e in Cleaner(entry_points=False).entries}
    assert plugins == set(modules)


@rule("count-kept", stage="tidy", order=10, description="Records what kept() shows")
def count_kept(doc: Document, ctx) -> None:
    before = doc.kept()
    ctx.remove(before[0], "first kept block")
    SEEN.append((len(before), len(doc.kept())))
    before.clear()  # a rule may change the list it got; the next call is unaffected
    SEEN.append((len(doc.kept()), 0))


SEEN: list[tuple[int, int]] = []


class CountPlugin:
    @hookimpl
    def cleanpress_rules(self):
        return [count_kept]


def test_kept_blocks_follow_removals_and_rollbacks() -> None:
    SEEN.clear()
    cleaner = Cleaner(plugins=[CountPlugin(), ExplodePlugin()], defaults=False)
    result = cleaner.clean(PAGE, kind="text")
    # count-kept sees its own removal at once; explode's removals are rolled back.
    assert SEEN == [(3, 2), (2, 0)]
    assert result.text.count("\n\n") == 1 and "BUY NOW" in result.text


@rule("drop-all-but-first", stage="chrome", order=15, description="Remove all blocks but one")
def drop_all_but_first(doc: Document, ctx) -> None:
    blocks = doc.blocks
    ctx.remove(blocks[1], "removed alone")
    ctx.remove_all(blocks[1:], (f"block {b.index}" for b in blocks[1:]))
    SEEN.append((len(doc.kept()), 0))


def plugin_of(*rules):
    """A plugin object providing ``rules``."""

    class Plugin:
        @hookimpl
        def cleanpress_rules(self):
            return list(rules)

    return Plugin()


def test_remove_all_gives_each_block_its_reason() -> None:
    SEEN.clear()
    cleaner = Cleaner(plugins=[plugin_of(drop_all_but_first)], defaults=False)
    result = cleaner.clean(PAGE, kind="text")
    # A block removed already keeps its first reason; the kept-block cache follows.
    assert [(r.rule, r.reason) for r in result.removed] == [
        ("drop-all-but-first", "removed alone"), ("drop-all-but-first", "block 2")
    ]
    assert SEEN == [(1, 0)]
    assert result.text == "First paragraph of the story, long enough."


@rule("explode-all", stage="chrome", order=30, description="Removes all at once, then raises")
def explode_all(doc: Document, ctx) -> None:
    ctx.remove_all(doc.kept(), (f"block {b.index}" for b in doc.kept()))
    raise RuntimeError("boom")


def test_remove_all_is_rolled_back_when_the_rule_fails() -> None:
    cleaner = Cleaner(plugins=[plugin_of(explode_all)], defaults=False)
    result = cleaner.clean(PAGE, kind="text")
    assert result.removed == [] and len(result.warnings) == 1
    assert result.text.count("\n\n") == 2


@rule("meta-first", stage="chrome", order=40, description="States a title and an author")
def meta_first(doc: Document, ctx) -> None:
    ctx.set_meta("title", "First title", source="a heading")
    ctx.set_meta("authors", ["Ann Lee"], source="a byline")
    ctx.set_meta("site_name", "Site")


@rule("meta-second", stage="chrome", order=50, description="Adds to them and overrides")
def meta_second(doc: Document, ctx) -> None:
    ctx.set_meta("title", "Second title", source="ignored: the first value stands")
    ctx.set_meta("authors", ["Bo Chan"], source="a second byline")
    ctx.set_meta("site_name", "Better Site", override=True, source="the masthead")
    ctx.set_meta("published", None, source="nothing")


def test_sources_name_the_rule_and_the_place_of_each_value_that_stands() -> None:
    cleaner = Cleaner(plugins=[plugin_of(meta_first, meta_second)], defaults=False)
    meta = cleaner.clean(PAGE, kind="text").metadata
    assert (meta.title, meta.authors, meta.site_name) == (
        "First title", ["Ann Lee", "Bo Chan"], "Better Site"
    )
    assert meta.sources == {
        "title": "meta-first: a heading",
        "authors": "meta-first: a byline",  # a list keeps where it was first read
        "site_name": "meta-second: the masthead",
    }
    assert "sources" not in meta.extra and meta.to_dict()["sources"] == meta.sources


@rule("drop-all", stage="locate", order=10, description="Removes every block")
def drop_all(doc: Document, ctx) -> None:
    for block in doc.kept():
        ctx.remove(block, "not the region")
    ctx.set_meta("site_name", "Kept Meta")


class DropAllPlugin:
    @hookimpl
    def cleanpress_rules(self):
        return [drop_all]


def test_a_page_left_empty_is_cleaned_again_without_the_widest_rule() -> None:
    cleaner = Cleaner(plugins=[DropAllPlugin(), ShoutPlugin()], defaults=False)
    result = cleaner.clean(PAGE, kind="text")
    # The other rule still removes its chrome; the left-out rule decides nothing.
    assert result.text == "First paragraph of the story, long enough.\n\nSecond paragraph."
    assert [r.rule for r in result.removed] == ["drop-shouting"]
    assert result.warnings == ["fallback: the rules left no text; cleaned again without "
                               "'drop-all'"]
    assert result.metadata.site_name is None


def test_fallback_rules_reads_the_rules_a_fallback_left_out() -> None:
    cleaner = Cleaner(plugins=[DropAllPlugin(), ShoutPlugin()], defaults=False)
    result = cleaner.clean(PAGE, kind="text")
    assert fallback_rules(result) == ["drop-all"]
    assert fallback_rules(Cleaner(plugins=[ShoutPlugin()], defaults=False).clean(PAGE)) == []


def test_leave_out_cleans_as_the_fallback_did_without_a_new_warning() -> None:
    cleaner = Cleaner(plugins=[DropAllPlugin(), ShoutPlugin()], defaults=False)
    result = cleaner.explain(PAGE, kind="text", leave_out=["drop-all"])[1]
    assert result.text == cleaner.clean(PAGE, kind="text").text
    assert result.warnings == []
    # Left out from the start, a rule does not use up the fallback's tries.
    assert cleaner.explain("BUY NOW", kind="text", leave_out=["drop-all"])[1].warnings == [
        "fallback: the rules left no text; cleaned again without 'drop-all', 'drop-shouting'"]


def test_a_rule_leaving_some_text_or_a_page_without_words_gives_no_fallback() -> None:
    shouting = Cleaner(plugins=[ShoutPlugin()], defaults=False)
    assert shouting.clean(PAGE, kind="text").warnings == []
    # Only chrome: the one rule removes all of it, and the page had nothing else.
    result = shouting.clean("BUY NOW\n\nSALE", kind="text")
    assert result.text == "BUY NOW\n\nSALE" and result.warnings[0].startswith("fallback:")
    empty = Cleaner(plugins=[DropAllPlugin()], defaults=False).clean("...\n\n---", kind="text")
    assert empty.warnings == []
