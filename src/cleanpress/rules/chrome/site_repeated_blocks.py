"""Blocks a site repeats across many of its pages, as a site profile names them.

``cleanpress learn`` counts the blocks that recur across one site's pages and
writes those standing on many of them (see ``cleanpress.batch.learn``); given
that profile (``Cleaner(profile=...)``, ``cleanpress batch --profile``), this
rule removes every kept block of a page whose text the profile names for the
page's site: taglines, subscriber blurbs, "about us" boxes, footers. Without a
profile, or for a site the profile does not know, it does nothing.

A heading stays when the block after it is not in the profile: a site's
recurring section heading ("What we know so far") heads the article's own text.
"""

from __future__ import annotations

from cleanpress.document import Document
from cleanpress.hookspecs import hookimpl
from cleanpress.profiles import SITE_PROFILE_OPTION, SiteProfile, block_key, page_host
from cleanpress.rule import Rule, RuleContext, rule


@rule(
    "site-repeated-block",
    stage="chrome",
    order=650,
    description="Remove blocks the site profile names as the site's chrome (needs a profile)",
)
def site_repeated_block(doc: Document, ctx: RuleContext) -> None:
    profile: SiteProfile | None = ctx.options.get(SITE_PROFILE_OPTION)
    if profile is None:
        return
    keys = profile.keys_for(page_host(doc))
    if not keys:
        return
    kept = doc.kept()
    named = [block_key(block.text) in keys for block in kept]
    last = len(kept) - 1
    for i, block in enumerate(kept):
        if not named[i]:
            continue
        if block.kind == "heading" and i < last and not named[i + 1]:
            continue
        ctx.remove(block, "block this site repeats on many of its pages")


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return [site_repeated_block]
