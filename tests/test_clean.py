"""Cleaning page furniture: what is dropped, what is kept, and the header fields read."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.clean import FURNITURE, clean_article, load_furniture, parse_header_date
from newsevents.ingest import read_inputs
from newsevents.records import Article
from newsevents.settings import Settings

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kyiv-independent-2024-04-03.txt"

BODY = "The finance ministers of Chile and Peru signed a trade accord in Lima on Monday."


def _article(text: str, **meta) -> Article:
    return Article(article_id="a1", text=text, source="test.txt", **meta)


@pytest.fixture(scope="module")
def example() -> Article:
    [article] = list(read_inputs([str(EXAMPLE)], Settings()))
    return clean_article(article)


def test_example_body_starts_with_the_story(example):
    assert example.text.startswith("French Defense Minister Sebastien Lecornu held a call")


@pytest.mark.parametrize(
    "furniture", ["Skip to content", "(Photo by", "Thank you for signing up", "Authors:",
                  "2 min read", "by Elsa Court"],
)
def test_example_furniture_is_gone(example, furniture):
    assert furniture not in example.text


def test_example_header_fields(example):
    assert example.title == "Russian, French defense ministers call for first time since 2022"
    assert example.byline == "Elsa Court and The Kyiv Independent news desk"
    assert example.published == "2024-04-03"
    assert {d.reason for d in example.dropped} >= {"title", "byline", "photo credit",
                                                   "newsletter", "skip link", "author footer"}


def test_paragraph_spans_cover_the_text_joined_by_one_blank_line(example):
    spans = example.paragraphs
    assert len(spans) == 9
    assert [example.text[start:end] for start, end in spans] == example.text.split("\n\n")
    assert example.text[spans[-1][0]:].startswith("Mykhailo Podolyak")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "skip link"),
        ("Home | World | Business | Sport", "menu"),
        ("Menu", "menu"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Subscribe", "newsletter"),
        ("We've sent you a confirmation email.", "newsletter"),
        ("A harbour at dawn. (Photo: Jane Roe/Example Agency)", "photo credit"),
        ("Photo: Example Agency", "photo credit"),
        ("Fishing boats in the bay (John Doe via Getty Images)", "photo credit"),
        ("Image credit: Example Press", "photo credit"),
        ("4 min read", "read time"),
        ("Share this article", "share"),
        ("Follow us on Telegram", "share"),
        ("Author: Sam Example", "author footer"),
        ("© 2024 Example Media. All rights reserved.", "copyright"),
        ("Advertisement", "advertisement"),
        ("Read more: Ministers meet in Lima", "related"),
        ("Related: Trade talks stall", "related"),
        ("We use cookies to improve your experience on our site.", "cookie notice"),
    ],
)
def test_furniture_lines_are_dropped_with_their_reason(line, reason):
    cleaned = clean_article(_article(f"{BODY}\n\n{line}\n\n{BODY}"))
    assert line not in cleaned.text
    assert reason in {d.reason for d in cleaned.dropped}
    assert cleaned.text == f"{BODY}\n\n{BODY}"


@pytest.mark.parametrize(
    "sentence",
    [
        "The photo by a local journalist showed soldiers crossing the river near the town.",
        "The government said it would subscribe to the new treaty on fishing rights next year.",
        "Officials urged residents to sign up for the newsletter warning of air raids, he said.",
        "Protesters said a cookie factory in the north had been closed by the police on Friday.",
        "By Tuesday, rebel forces had taken control of the airport, the army said.",
        "Share prices fell sharply after the central bank raised interest rates on Monday.",
        "Subscribers to the state broadcaster complained about the coverage of the election.",
    ],
)
def test_news_sentences_that_mention_furniture_words_are_kept(sentence):
    cleaned = clean_article(_article(f"{BODY}\n\n{sentence}"))
    assert cleaned.text == f"{BODY}\n\n{sentence}"
    assert cleaned.dropped == ()


def test_skip_link_prefix_keeps_the_rest_of_the_line():
    cleaned = clean_article(_article(f"Skip to content {BODY}"))
    assert cleaned.text == BODY
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("Skip to content", "skip link")]


def test_inline_photo_credit_is_cut_from_a_long_line():
    long = " ".join([BODY] * 4)
    cleaned = clean_article(_article(f"{long} (Photo: Example Agency) {BODY}"))
    assert "(Photo:" not in cleaned.text and cleaned.text.endswith(BODY)


@pytest.mark.parametrize(
    ("header", "byline", "published"),
    [
        ("By Ana Lima | March 5, 2024", "Ana Lima", "2024-03-05"),
        ("By Ana Lima and Joe Bloggs 5 March 2024, 09:10 5 min read", "Ana Lima and Joe Bloggs",
         "2024-03-05"),
        ("BY ANA LIMA", "ANA LIMA", None),
    ],
)
def test_bylines_fill_byline_and_date(header, byline, published):
    cleaned = clean_article(_article(f"Chile and Peru sign accord\n{header}\n{BODY}"))
    assert cleaned.title == "Chile and Peru sign accord"
    assert (cleaned.byline, cleaned.published) == (byline, published)
    assert cleaned.text == BODY


def test_reader_fields_win_over_header_lines():
    text = f"Chile and Peru sign accord\nBy Ana Lima | March 5, 2024\n{BODY}"
    cleaned = clean_article(_article(text, title="Chile and Peru sign accord",
                                     byline="Desk", published="2024-03-06"))
    assert (cleaned.title, cleaned.byline, cleaned.published) == (
        "Chile and Peru sign accord", "Desk", "2024-03-06")
    assert cleaned.text == BODY
    assert "title repeated" in {d.reason for d in cleaned.dropped}


@pytest.mark.parametrize(
    "text",
    [BODY, f"{BODY}\n{BODY}", "Ceasefire holds in the north"],
)
def test_no_title_is_invented(text):
    cleaned = clean_article(_article(text))
    assert cleaned.title is None
    assert cleaned.text.replace("\n\n", "\n") == text


def test_hard_wrapped_paragraphs_are_joined_but_not_across_blank_lines():
    text = (
        "The finance ministers of Chile and Peru signed a trade accord in\n"
        "Lima on Monday, ending two years of talks over tariffs on copper\n"
        "and fish, officials said.\n"
        "\n"
        "Both governments said the accord would take effect in January.\n"
    )
    cleaned = clean_article(_article(text))
    paragraphs = [cleaned.text[start:end] for start, end in cleaned.paragraphs]
    assert paragraphs == [
        "The finance ministers of Chile and Peru signed a trade accord in Lima on Monday, "
        "ending two years of talks over tariffs on copper and fish, officials said.",
        "Both governments said the accord would take effect in January.",
    ]


def test_scraped_lines_stay_separate_paragraphs():
    lines = [BODY, "Both governments said the accord would take effect in January next year.",
             "Critics in both countries said the deal favoured large exporters."]
    cleaned = clean_article(_article("\n".join(lines)))
    assert cleaned.text == "\n\n".join(lines)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("April 3, 2024", "2024-04-03"), ("3 Apr. 2024", "2024-04-03"),
     ("Sept 9, 2023", "2023-09-09"), ("2024-04-03", "2024-04-03"), ("Someday", None)],
)
def test_parse_header_date(value, expected):
    assert parse_header_date(value) == expected


def test_shipped_furniture_file_loads():
    assert len(load_furniture(FURNITURE).rules) > 20


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("menu,sideways,0,^Home$", "scope 'sideways'"),
        ("menu,line,many,^Home$", "max_words 'many'"),
        ("menu,line,0,(unclosed", "bad regex"),
        ("menu,line,0,(?P<author>x)", "unknown named group"),
        (",line,0,^Home$", "reason is empty"),
        ("menu,line,^Home$", "expected 4 columns"),
    ],
)
def test_a_bad_furniture_row_names_file_and_line(tmp_path, row, message):
    path = tmp_path / "furniture.csv"
    path.write_text(f"# test rules\nreason,scope,max_words,regex\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as error:
        load_furniture(path)
    assert f"{path}:3" in str(error.value)
