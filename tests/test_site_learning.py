"""Site learning: blocks one site repeats on many pages are its chrome, and only those.

The corpus (fixtures/sites) is two invented sites of 16 pages each. Each page
has a title, three article paragraphs, and below them a tagline and blurbs the
site repeats (one of them on three pages in four) that no built-in rule removes.
Two stories of one site quote the same sentence; half the pages of the other
have the same section heading above an article paragraph.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from cleanpress import Cleaner
from cleanpress.batch import Page, iter_pages
from cleanpress.batch.learn import LearnSettings, SiteCounter, learn_profile, sample_page
from cleanpress.cli import main
from cleanpress.errors import ConfigError
from cleanpress.profiles import SiteBlock, SiteProfile, block_key

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"
CHROME = {
    "millbrook-courier.example": [
        "Stories from the valley, told by the people who live here.",
        "Courier readers keep this newsroom going and our reporting open to everyone in "
        "the valley.",
        "The Millbrook Courier is an independent weekly founded by two retired teachers and "
        "run from a former bakery on Mill Street.",
        "Send your letters, recipes and lost-cat notices to the desk on the second floor of "
        "the old library.",
    ],
    "harborlight.example": [
        "Harbor Light Review covers boats, weather and the people of the north coast.",
        "Readers like you pay for every ferry timetable and tide table we print.",
        "Printed on recycled paper in Port Calder since 1987 by a crew of seven.",
        "Got a tip about the harbour? Leave a note with the harbourmaster and we will find you.",
    ],
}
ALL_CHROME = {text for texts in CHROME.values() for text in texts}
QUOTE = "\u201cWe will keep the ferry running as long as there are people on the island"
HEADING = "What residents should know"


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    return list(iter_pages(SITES))


@pytest.fixture(scope="module")
def profile(pages: list[Page]) -> SiteProfile:
    return learn_profile(pages)


def _paragraphs(cleaner: Cleaner, page: Page) -> list[str]:
    return cleaner.clean(page.source, kind=page.kind).text.split("\n\n")


def test_the_corpus(pages: list[Page]) -> None:
    assert len(pages) == 32
    for host in CHROME:
        assert sum(Path(p.id).parent.name == host for p in pages) >= 15


def test_learns_the_chrome_of_each_site(profile: SiteProfile) -> None:
    assert set(profile.sites) == set(CHROME)
    for host, chrome in CHROME.items():
        learned = {b.text for b in profile.sites[host]} - {HEADING}
        assert learned == set(chrome)
        assert profile.pages[host] == 16
    counts = {b.text: b.pages for b in profile.sites["harborlight.example"]}
    assert counts[CHROME["harborlight.example"][1]] == 12 and counts[HEADING] == 8


def test_chrome_goes_only_with_the_profile_and_no_paragraph_with_it(
        pages: list[Page], profile: SiteProfile) -> None:
    plain, profiled = Cleaner(), Cleaner(profile=profile)
    quoted = headed = 0
    for page in pages:
        before = _paragraphs(plain, page)
        after = _paragraphs(profiled, page)
        chrome = [p for p in before if p in ALL_CHROME]
        assert len(chrome) >= 3, page.id  # no built-in rule removes them
        assert after == [p for p in before if p not in ALL_CHROME], page.id
        quoted += any(p.startswith(QUOTE) for p in after)
        headed += HEADING in after
    assert quoted == 2  # a sentence two stories quote is not chrome
    assert headed == 8  # nor a section heading above the article's own text


def test_removals_name_the_rule(pages: list[Page], profile: SiteProfile) -> None:
    result = Cleaner(profile=profile).clean(pages[0].source, kind="html")
    removed = [r for r in result.removed if r.rule == "site-repeated-block"]
    assert {r.text for r in removed} <= ALL_CHROME and len(removed) >= 3


def _page(host: str, paragraphs: list[str], path: str = "story") -> Page:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"<html><body><article>{body}</article></body></html>"
    return Page("x", html, f"https://www.{host}/{path}", "html")


STORY = ("The council met on a wet evening to talk about the bridge, and nobody left before "
         "the vote was taken.")
BLURB = "Our readers fund the reporting you see on this page every single day."


def _profile(host: str, *texts: str) -> SiteProfile:
    return SiteProfile({host: [SiteBlock(t, 10) for t in texts]}, {host: 10})


def test_rule_needs_a_profile_and_the_page_site() -> None:
    page = _page("river.example", [STORY, BLURB])
    assert BLURB in Cleaner().clean(page.source, url=page.url).text
    other = Cleaner(profile=_profile("other.example", BLURB))
    assert BLURB in other.clean(page.source, url=page.url).text
    same = Cleaner(profile=_profile("river.example", BLURB))
    text = same.clean(page.source, url=page.url).text
    assert BLURB not in text and STORY in text
    assert BLURB in same.clean(page.source).text  # no address: no site


def test_rule_matches_despite_case_spacing_and_digits() -> None:
    page = _page("river.example", [STORY, "Printed  in Port Calder since 2024."])
    cleaner = Cleaner(profile=_profile("river.example", "printed in port calder since 1987."))
    assert cleaner.clean(page.source, url=page.url).text == STORY
    assert block_key("Since 1987") == block_key("since  2024")


def test_rule_site_from_the_canonical_link() -> None:
    html = ("<html><head><link rel='canonical' href='https://river.example/a'></head><body>"
            f"<article><p>{STORY}</p><p>{BLURB}</p></article></body></html>")
    cleaner = Cleaner(profile=_profile("river.example", BLURB))
    assert cleaner.clean(html).text == STORY


def test_a_heading_goes_only_with_the_chrome_it_heads() -> None:
    heading = "About the Riverside Ledger"
    cleaner = Cleaner(profile=_profile("river.example", heading, BLURB))
    story = STORY.replace("bridge", "ferry")
    page = ("<html><body><article><h1>Bridge vote</h1><p>{}</p><h2>{}</h2><p>{}</p>"
            "</article></body></html>")
    above_story = page.format(STORY, heading, story)
    assert cleaner.clean(above_story, url="https://river.example/a").text == (
        f"{STORY}\n\n{heading}\n\n{story}")
    above_blurb = page.format(STORY, heading, BLURB)
    assert cleaner.clean(above_blurb, url="https://river.example/b").text == STORY


def _sample_pages(host: str, count: int, shared: str, start: int = 0) -> list[Page]:
    def word(n: int) -> str:  # a different word for each number, without digits
        return "".join(chr(97 + int(d)) for d in str(n))

    return [_page(host, [f"{STORY} Page {word(start + i)} of {host}.", shared],
                  path=f"story-{start + i}") for i in range(count)]


def test_a_block_must_stand_on_enough_pages() -> None:
    settings = LearnSettings(min_pages=5, min_share=0.5)
    few = learn_profile(_sample_pages("small.example", 4, BLURB), settings=settings)
    assert few.sites == {}  # fewer pages than min_pages
    # 10 of 30 pages: enough pages, too small a share
    pages = _sample_pages("big.example", 10, BLURB) + _sample_pages(
        "big.example", 20, "A different line that stands on the other pages.", start=10)
    learned = learn_profile(pages, settings=settings)
    assert [b.text for b in learned.sites["big.example"]] == [
        "A different line that stands on the other pages."]


def test_copies_of_a_page_count_once() -> None:
    story = _page("copies.example", [STORY, BLURB])
    copies = [Page(str(i), story.source, f"https://copies.example/story?utm={i}", "html")
              for i in range(8)]
    assert learn_profile(copies).sites == {}


def test_counting_in_bounded_memory_keeps_what_recurs() -> None:
    settings = LearnSettings(capacity=40, min_pages=5, min_share=0.5)
    counter = SiteCounter(settings)
    for page in _sample_pages("busy.example", 60, BLURB):
        sample = sample_page(page, settings)
        assert sample is not None
        counter.add(sample)
        assert len(counter.entries) <= settings.capacity
    assert counter.discount > 0  # it did prune
    assert [b.text for b in counter.profile().sites["busy.example"]] == [BLURB]


def test_profile_file_round_trip(tmp_path: Path, profile: SiteProfile) -> None:
    path = tmp_path / "sites.json"
    profile.save(path)
    loaded = SiteProfile.load(path)
    assert loaded.to_dict() == profile.to_dict() and loaded.digest == profile.digest
    page = _page("harborlight.example", [STORY, CHROME["harborlight.example"][0]])
    assert Cleaner(profile=str(path)).clean(page.source, url=page.url).text == STORY
    (tmp_path / "bad.json").write_text('{"sites": {}}', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a cleanpress site profile"):
        Cleaner(profile=tmp_path / "bad.json")


def _cli_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_learn_then_batch_equals_batch_learn(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    sites, saved = tmp_path / "sites.json", tmp_path / "saved.json"
    assert main(["learn", str(SITES), "-o", str(sites)]) == 0
    assert "for 2 sites" in capsys.readouterr().err
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(SITES), "--profile", str(sites), "-o", str(one), "-q"]) == 0
    assert main(["batch", str(SITES), "--learn", "--save-profile", str(saved),
                 "-o", str(two), "-q"]) == 0
    assert _cli_rows(one) == _cli_rows(two)
    assert json.loads(saved.read_text()) == json.loads(sites.read_text())
    assert not any(chrome in row["text"] for row in _cli_rows(one) for chrome in ALL_CHROME)


def test_cli_learn_from_stdin_warms_up_on_the_first_pages(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        pages: list[Page]) -> None:
    lines = "".join(json.dumps({"id": p.id, "html": p.source.decode()}) + "\n"  # type: ignore[union-attr]
                    for p in pages)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert main(["batch", "-", "--learn", "--warmup", "20"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 32
    # learned from the first 20 pages: the 16 of one site, 4 of the other (too few)
    texts = [row["text"] for row in rows]
    assert not any(CHROME["harborlight.example"][0] in t for t in texts[:16])
    assert all(CHROME["millbrook-courier.example"][0] in t for t in texts[16:])


def test_learning_on_two_processes_learns_the_same(pages: list[Page],
                                                   profile: SiteProfile) -> None:
    assert learn_profile(pages, jobs=2).to_dict() == profile.to_dict()
