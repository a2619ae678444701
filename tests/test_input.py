"""Bad and unusual input: a clear error or a documented fallback, never a crash or lost text."""

from __future__ import annotations

import codecs
import importlib
import json

import pytest

import cleanpress
from cleanpress import InputError
from cleanpress.readers import looks_like_html
from cleanpress.readers.decode import decode_bytes

ARTICLE = (
    "Council approves new budget\n\n"
    "The city council approved the budget on Tuesday after a long debate about café prices.\n\n"
    "Members said the plan would take effect in March."
)


def test_empty_input_gives_empty_result() -> None:
    for source in ("", "   \n\n  ", b""):
        result = cleanpress.clean(source)
        assert result.text == ""
        assert result.removed == []


def test_bytes_utf8_and_str_agree() -> None:
    assert cleanpress.clean(ARTICLE.encode()).text == cleanpress.clean(ARTICLE).text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks(encoding: str) -> None:
    assert cleanpress.clean(ARTICLE.encode(encoding)).text == cleanpress.clean(ARTICLE).text


def test_utf16_without_bom() -> None:
    assert cleanpress.clean(ARTICLE.encode("utf-16-le")).text == cleanpress.clean(ARTICLE).text


def test_legacy_encoding_is_detected_with_a_note() -> None:
    text = ARTICLE.replace("café", "café crème à la française, où l'été était déjà là")
    result = cleanpress.clean(text.encode("cp1252"))
    assert "déjà" in result.text
    assert any("not UTF-8" in w for w in result.warnings)


def test_explicit_encoding_wins() -> None:
    result = cleanpress.clean(ARTICLE.encode("latin-1"), encoding="latin-1")
    assert "café" in result.text


def test_mojibake_is_repaired() -> None:
    broken = ARTICLE.encode("utf-8").decode("cp1252")  # "café" -> "cafÃ©"
    assert "cafÃ©" in broken
    assert "café" in cleanpress.clean(broken).text


def test_no_break_space_read_as_latin1_is_mended_where_the_rest_is_clean() -> None:
    # "cats.\u00a0" saved as UTF-8 and read back as Windows-1252 ends in "Â\u00a0".
    broken = ARTICLE.replace("budget on", "budget\u00c2\u00a0on")
    assert "budget on" in cleanpress.clean(broken, kind="text").text
    assert "\u00c2" not in cleanpress.clean(broken, kind="text").text
    html = f"<html><body><article><p>{ARTICLE}</p><p>Its end.\u00c2\u00a0</p></article></body>"
    assert "Its end." in cleanpress.clean(html.replace("budget on", "budget\u00c2\u00a0on")).text
    assert "\u00c2" not in cleanpress.clean(html).text


def test_a_capital_a_circumflex_inside_a_word_stays() -> None:
    text = ARTICLE.replace("budget on", "budget of ROM\u00c2NIA\u00a0on")
    assert "budget of ROM\u00c2NIA on" in cleanpress.clean(text, kind="text").text


def test_invalid_utf8_bytes_are_replaced_not_fatal() -> None:
    data = ARTICLE.encode() + b"\n\nTail paragraph with a bad byte \xff\xfe here, still text."
    result = cleanpress.clean(data)
    assert "Tail paragraph" in result.text


def test_binary_input_is_an_input_error() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    with pytest.raises(InputError, match="binary"):
        cleanpress.clean(png)


def test_control_character_soup_is_an_input_error() -> None:
    with pytest.raises(InputError, match="binary"):
        cleanpress.clean("\x01\x02\x03\x04" * 1000, kind="text")


def test_stray_control_characters_are_dropped() -> None:
    result = cleanpress.clean(ARTICLE.replace("budget on", "budget\x07 on"), kind="text")
    assert "\x07" not in result.text and "budget on" in result.text


def test_too_large_input_is_an_input_error() -> None:
    cleaner = cleanpress.Cleaner(max_bytes=1000)
    with pytest.raises(InputError, match="over the limit"):
        cleaner.clean("x" * 1001)


def test_wrong_type_and_kind_are_input_errors() -> None:
    with pytest.raises(InputError, match="str or bytes"):
        cleanpress.clean(12345)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="kind"):
        cleanpress.clean(ARTICLE, kind="pdf")


def test_url_goes_to_metadata_and_result_is_json_serialisable() -> None:
    result = cleanpress.clean(ARTICLE, url="https://example.org/a")
    assert result.metadata.url == "https://example.org/a"
    data = json.loads(json.dumps(result.to_dict()))
    assert data["text"] == result.text
    assert set(data["metadata"]) >= {"title", "authors", "site_name", "published", "updated",
                                     "tags", "image_credits", "language", "url"}


def test_html_is_told_from_text() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("  <html lang='en'><p>x</p>")
    assert not looks_like_html(ARTICLE)
    assert not looks_like_html("Use the <p> tag for paragraphs, said the teacher.")
    assert looks_like_html("<!-- built by a CMS -->\n<!-- cache: hit -->\n<!doctype html><p>x")


def test_many_leading_comments_are_told_quickly() -> None:
    # A pattern that skips comments by backtracking takes exponential time here.
    assert not looks_like_html("<!-- a -->" * 400 + "plain words after them")
    assert not looks_like_html("<!-- never closed " * 1000)


@pytest.mark.parametrize(
    "hostile",
    [
        "a" * 2_000_000,
        ("word " * 200_000),
        "By " + "Name " * 100_000,
        "© " * 200_000,
        "Update " + "1/" * 100_000,
        "\n".join(["* Home"] * 50_000),
        ("Photo: " + "A/" * 50_000),
        "(" * 100_000 + ")" * 100_000,
    ],
    ids=["one-long-token", "one-long-line", "byline", "copyright", "update", "menu",
         "credits", "parens"],
)
def test_hostile_input_finishes_and_keeps_text(hostile: str) -> None:
    result = cleanpress.clean(hostile, kind="text")
    total = len(result.text) + sum(len(r.text) for r in result.removed)
    assert total >= 0.9 * len("".join(hostile.split()))


@pytest.mark.parametrize(
    "text",
    [
        "plain ASCII\nonly",
        "Caf\u00c3\u00a9 menu\nand more \u00e2\u20ac\u201c here\n\u00c3\n",
        "\u201cQuoted\u201d line\nASCII line\n\u00e9\u00e8 two\r\nend \u0152",
        "\n\u00c3\u00a9\n\n\u0301x\n",
        "a\u0301\nb",
        ("\u0421\u043b\u043e\u0432\u043e \u0438 \u0435\u0449\u0451 \u0441\u043b\u043e\u0432\u043e\n"
         "ASCII line between\n") * 30,
    ],
)
def test_repair_reads_non_ascii_lines_as_it_read_the_whole_text(text: str) -> None:
    import unicodedata

    decode = importlib.import_module("cleanpress.readers.decode")
    lines = decode._non_ascii_lines(text)
    assert all(not text[a:b].isascii() and "\n" not in text[a:b] for a, b in lines)
    assert decode._suspect_context(text, lines=lines) == decode._suspect_context(text)
    for limit in (5, 20, 300):
        assert decode._suspect_context(text, limit, lines) == decode._suspect_context(text, limit)
    joined = "\n".join(text[a:b] for a, b in lines)
    assert unicodedata.is_normalized("NFC", joined) == unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("char", [chr(c) for c in range(0x80)])
def test_control_characters_are_the_ones_the_pattern_names(char: str) -> None:
    decode = importlib.import_module("cleanpress.readers.decode")
    assert (char in decode._CONTROL_CHARS) == bool(decode._CONTROL.match(char))


def test_odd_spaces_and_breaks_are_folded_on_every_line() -> None:
    decode = importlib.import_module("cleanpress.readers.decode")
    text = "tab\there\r\nfeed\x0cline\nno\u00a0break\u2028next \u201cq\u201d\nzero\u200bwidth"
    assert decode.repair(text) == (
        "tab    here\nfeed\nline\nno break\nnext \u201cq\u201d\nzerowidth"
    )
    assert decode.repair("plain ASCII\tline") == "plain ASCII    line"
    assert decode.repair("caf\u00e9 au lait") == "caf\u00e9 au lait"


def test_every_branch_of_the_mojibake_test_needs_a_listed_character() -> None:
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    decode = importlib.import_module("cleanpress.readers.decode")

    def chars(op, arg) -> list[str] | None:  # the characters an item matches, if listed
        if op is c.LITERAL:
            return [chr(arg)]
        if op is not c.IN:
            return None
        out = []
        for kind, value in arg:
            if kind is c.LITERAL:
                out.append(chr(value))
            elif kind is c.RANGE:
                out.extend(map(chr, range(value[0], value[1] + 1)))
            else:  # a category or a negated set: anything may match
                return None
        return out

    (op, (_, branches)), = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert op is c.BRANCH and len(branches) > 30
    for branch in branches:
        needed = [chars(o, a) for o, a in branch]
        assert any(
            cs and all(decode._MOJIBAKE_CHARS.match(ch) for ch in cs) for cs in needed
        ), branch


@pytest.mark.parametrize(
    "text",
    [
        "\u0421\u043b\u043e\u0432\u043e \u00ab\u043a\u0430\u0432\u044b\u0447\u043a\u0438\u00bb "
        "\u0438 \u0442\u0435\u043a\u0441\u0442 " * 40 + "Caf\u00c3\u00a9",
        "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac "
        "\u03ba\u03b5\u03af\u03bc\u03b5\u03bd\u03bf " * 60 + "\u00e2\u20ac\u201cdash",
        "plain \u201cquotes\u201d and caf\u00e9 " * 50,
    ],
)
def test_mojibake_test_on_fewer_excerpts_answers_the_same(text: str) -> None:
    from ftfy.badness import is_bad

    decode = importlib.import_module("cleanpress.readers.decode")
    for limit in (40, 3000, 100_000):
        spans = decode._suspect_spans(text, limit)
        expected = is_bad(decode._excerpts(text, spans, limit))
        assert decode._looks_bad(text, spans, limit) == expected


@pytest.mark.parametrize(
    ("data", "same"),
    [
        ("<p>Café crème</p>".encode(), True),  # valid UTF-8: the bytes are the text
        ('<meta charset="utf-8"><p>Café</p>'.encode(), True),
        ('<meta charset="iso-8859-1"><p>Café</p>'.encode("cp1252"), False),  # one byte a letter
        ('<meta charset="iso-8859-1"><p>Cafe</p>'.encode("ascii"), True),
        (codecs.BOM_UTF8 + "<p>Café</p>".encode(), False),  # the mark is no part of the text
        ("<p>Café</p>".encode("cp1252"), False),  # not UTF-8: detected
    ],
)
def test_decode_bytes_says_when_the_bytes_are_the_text_in_utf8(data: bytes, same: bool) -> None:
    text, _, exact = decode_bytes(data)
    assert exact is same
    assert not exact or text.encode("utf-8") == data


def test_html_bytes_and_text_clean_alike() -> None:
    page = (
        "<html><head><title>Fête du village</title></head><body><article>"
        "<h1>Fête du village</h1><p>La fête a réuni des centaines d'habitants samedi, "
        "malgré la pluie qui est tombée toute la matinée sur la place de l'église.</p>"
        "</article></body></html>"
    )
    from_text = cleanpress.clean(page, kind="html")
    from_bytes = cleanpress.clean(page.encode(), kind="html")
    assert from_bytes.text == from_text.text and "réuni" in from_bytes.text
    assert from_bytes.metadata.title == from_text.metadata.title == "Fête du village"
