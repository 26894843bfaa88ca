"""Readers: dated text, JSON Lines, HTML, WARC and folders; bad input becomes a clear Reject."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsevents.ids import article_id
from newsevents.ingest import article_from_text, normalise_date, read_inputs
from newsevents.records import Article, Reject
from newsevents.settings import Settings

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kyiv-independent-2024-04-03.txt"
BODY = ("The foreign ministers of Norway and Finland met in Oslo on Thursday to discuss "
        "fishing quotas and Arctic security, officials said.")
HTML = (
    "<html><head><title>Ministers meet in Oslo</title>"
    '<meta name="author" content="Kari Nordmann">'
    '<meta property="article:published_time" content="2024-02-08T09:30:00Z">'
    '<meta property="og:site_name" content="The Northern Example"></head>'
    "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
    f"<h1>Ministers meet in Oslo</h1><p>{BODY}</p>"
    "<p>They agreed to meet again in Helsinki in the spring, a statement said.</p>"
    "</article></body></html>"
)
SETTINGS = Settings()


def _read(*paths) -> list[Article | Reject]:
    return list(read_inputs([str(p) for p in paths], SETTINGS))


def _warc_record(uri: str, html: bytes, number: int, content_type: str = "text/html") -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode()
            + b"\r\nContent-Length: %d\r\n\r\n" % len(html) + html)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:rec-{number}>\r\n"
            f"WARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def test_example_article_is_read_with_its_date():
    [article] = _read(EXAMPLE)
    assert isinstance(article, Article)
    assert article.source == str(EXAMPLE) and article.published == "2024-04-03"
    assert article.text.startswith("Skip to content\nRussian, French defense ministers")
    assert article.article_id == article_id(article.text, "2024-04-03")


def test_source_is_the_path_as_given(tmp_path, monkeypatch):
    (tmp_path / "story.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [article] = _read("./story.txt")
    assert article.source == "./story.txt" and article.published is None


@pytest.mark.parametrize(
    ("first_line", "published", "text"),
    [
        ("date 2024-01-02", "2024-01-02", BODY),
        ("   date 2024-01-02 Breaking", "2024-01-02", f"Breaking\n{BODY}"),
        ("DATE 2024-01-02", "2024-01-02", BODY),
        ("date 2024-13-45", None, f"date 2024-13-45\n{BODY}"),
        ("dated reports say", None, f"dated reports say\n{BODY}"),
    ],
)
def test_dated_first_line(tmp_path, first_line, published, text):
    path = tmp_path / "page"  # no extension: read as dated text
    path.write_text(f"{first_line}\n{BODY}", encoding="utf-8")
    [article] = _read(path)
    assert (article.published, article.text) == (published, text)


def test_jsonl_reads_lines_and_rejects_bad_ones_without_stopping(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    lines = [
        json.dumps({"id": "x1", "text": BODY, "published": "2024-02-08T09:30:00+01:00",
                    "url": "https://example.org/1", "outlet": "Example", "title": "Talks"}),
        "{not json",
        json.dumps({"id": "x3", "title": "no text"}),
        "",
        json.dumps({"text": BODY + " Again.", "published": "Thu, 08 Feb 2024 10:00:00 GMT"}),
    ]
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    items = _read(path)
    assert [type(item).__name__ for item in items] == ["Article", "Reject", "Reject", "Article"]
    first, bad, empty, last = items
    assert first.source == f"{path}:1" and first.published == "2024-02-08"
    assert (first.url, first.outlet, first.title) == ("https://example.org/1", "Example", "Talks")
    assert first.external_id == "x1" and last.external_id is None
    assert bad.source == f"{path}:2" and "malformed JSON" in bad.reason
    assert empty.source == f"{path}:3" and "no text" in empty.reason
    assert last.source == f"{path}:5" and last.published == "2024-02-08"


def test_truncated_jsonl_gzip_keeps_what_was_read(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress("\n".join(json.dumps({"text": f"{BODY} {i}"}) for i in range(200))
                         .encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])
    items = _read(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Reject) and "truncated or corrupt gzip" in items[-1].reason


def test_html_page_gives_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article), article
    assert (article.title, article.byline, article.published, article.outlet) == (
        "Ministers meet in Oslo", "Kari Nordmann", "2024-02-08", "The Northern Example")
    assert BODY in article.text and "\n\nThey agreed" in article.text
    assert "Home" not in article.text


def test_html_without_article_text_is_rejected(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>x</title></head><body></body></html>",
                    encoding="utf-8")
    [reject] = _read(path)
    assert reject.reason == "no article text found in HTML"


@pytest.mark.parametrize("compress", [False, True])
def test_warc_response_records_go_through_html(tmp_path, compress):
    records = [_warc_record("https://example.org/a", HTML.encode(), 1),
               _warc_record("https://example.org/b.jpg", b"\xff\xd8jpeg", 2, "image/jpeg")]
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if compress
                     else b"".join(records))
    article, image = _read(path)
    assert article.source == f"{path}#urn:uuid:rec-1"
    assert article.fetched == "2024-03-01T12:00:00Z" and article.published == "2024-02-08"
    assert article.url == "https://example.org/a"
    assert isinstance(image, Reject) and "not HTML" in image.reason


def test_truncated_warc_gives_a_reject(tmp_path):
    data = b"".join(gzip.compress(_warc_record(f"https://example.org/{i}", HTML.encode(), i))
                    for i in range(3))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-200])
    items = _read(path)
    assert [type(item).__name__ for item in items] == ["Article", "Article", "Reject"]
    assert "truncated" in items[-1].reason


def test_a_folder_is_walked_sorted_and_recursively(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY + " First.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = _read(tmp_path)
    assert [item.source for item in items] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt"), str(tmp_path / "notes.pdf")]
    assert "not a known input type" in items[-1].reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00" * 20, "binary"),
        (BODY.encode() + b" \xff\xfe\x00", "binary"),
        (b"Too short.", "too short"),
        ("Der Außenminister traf am Dienstag seinen Kollegen in Berlin, um über die Lage "
         "in der Region und die Zusammenarbeit zu sprechen.".encode(), "language is de, not en"),
    ],
)
def test_bad_files_become_rejects_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [reject] = _read(path)
    assert isinstance(reject, Reject) and reason in reject.reason
    assert reject.source == str(path) and len(reject.content_hash) == 16


def test_missing_path_is_a_reject(tmp_path):
    [reject] = _read(tmp_path / "nowhere.txt")
    assert reject.reason == "no such file or directory"


def test_latin1_text_is_decoded_by_charset_detection(tmp_path):
    path = tmp_path / "latin.txt"
    text = f"{BODY} The café owner in Tromsø said the talks were très important to him."
    path.write_bytes(text.encode("latin-1"))
    [article] = _read(path)
    assert isinstance(article, Article) and "café" in article.text


def test_size_limits_come_from_settings(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(BODY * 10, encoding="utf-8")
    small = Settings(max_bytes=100)
    [reject] = list(read_inputs([str(path)], small))
    assert reject.reason.startswith("too large") and "max_bytes 100" in reject.reason
    [reject] = list(read_inputs([str(path)], Settings(max_chars=200)))
    assert reject.reason.startswith("text too long")


def test_reject_sample_shows_the_start_of_the_input(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Tiny text.", encoding="utf-8")
    [reject] = _read(path)
    assert reject.sample == "Tiny text."


def test_article_from_text_reads_the_date_line_or_the_argument():
    dated = article_from_text(f"date 2024-04-03 {BODY}")
    assert (dated.published, dated.text, dated.source) == ("2024-04-03", BODY, "<text>")
    given = article_from_text(BODY, published="2024-04-05T10:00:00Z", outlet="Example")
    assert (given.published, given.outlet) == ("2024-04-05", "Example")
    assert given.article_id == article_id(BODY, "2024-04-05")
    with pytest.raises(TypeError, match="colour"):
        article_from_text(BODY, colour="red")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-04-03", "2024-04-03"), ("2024-04-03T23:59:00Z", "2024-04-03"),
     ("Wed, 03 Apr 2024 10:00:00 +0000", "2024-04-03"), ("yesterday", None), (None, None),
     (20240403, None)],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected
