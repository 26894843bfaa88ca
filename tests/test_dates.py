"""Tests of the dates stage: timex values against a fixed publication date, and attachment."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from newsevents import dates
from newsevents.records import Article, Event

PUBLISHED = dt.date(2025, 6, 18)  # a Wednesday


@pytest.fixture(scope="module")
def lexicon():
    return dates.load_lexicon()


def make_event(doc, word: str, number: int = 0) -> Event:
    token = [t for t in doc if t.text == word][number]
    return Event(
        event_id=f"e{token.i}", article_id="a1", sentence_index=0, sentence=doc.text,
        trigger=token.text, trigger_span=(token.idx, token.idx + len(token)), cameo="010",
        cameo_root="01", cameo_name="make statement", quad_class=1, goldstein=0.0,
        plover_type="CONSULT", plover_mode="",
    )


def article(published: str | None = "2025-06-18") -> Article:
    return Article(article_id="a1", text="", source="test", published=published)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "precision"),
    [
        ("The mayor opened the bridge on May 30.", "May 30", "2025-05-30", "day"),
        ("The mayor opened the bridge on 30 May 2023.", "30 May 2023", "2023-05-30", "day"),
        ("Voting ended on Nov. 5, 2024, after a long night.", "Nov. 5, 2024", "2024-11-05", "day"),
        ("The filing is dated 2021-09-14 in the registry.", "2021-09-14", "2021-09-14", "day"),
        # dates in figures: month first as American news writes them, unless the first number
        # is no month; with dots, day first
        ("The memo is dated 9/14/2021.", "9/14/2021", "2021-09-14", "day"),
        ("The memo is dated 14/9/2021.", "14/9/2021", "2021-09-14", "day"),
        ("The memo is dated 14.09.2021.", "14.09.2021", "2021-09-14", "day"),
        # a day spelled out, as broadcast transcripts write it
        ("The ferry sailed on May twenty-first.", "May twenty-first", "2025-05-21", "day"),
        ("The fair opens on the third of July.", "the third of July", "2025-07-03", "day"),
        ("The dam burst in August 2019.", "August 2019", "2019-08", "month"),
        ("The firm was sold in 2017.", "2017", "2017", "year"),
        ("Prices have risen since 2020.", "2020", "2020", "year"),
        ("The ferry sank yesterday.", "yesterday", "2025-06-17", "day"),
        ("The court rules today.", "today", "2025-06-18", "day"),
        ("The strike starts tomorrow.", "tomorrow", "2025-06-19", "day"),
        ("Exports fell last week.", "last week", "2025-W24", "week"),
        ("The council met this week.", "this week", "2025-W25", "week"),
        ("Rents rose earlier this month.", "earlier this month", "2025-06", "month"),
        ("The mill closed last month.", "last month", "2025-05", "month"),
        ("The law passed last year.", "last year", "2024", "year"),
        ("A new port will open next month.", "next month", "2025-07", "month"),
        ("The fire started two days ago.", "two days ago", "2025-06-16", "day"),
        ("The crew left three weeks ago.", "three weeks ago", "2025-W22", "week"),
        ("The town grew fast in the 1980s.", "1980s", "198", "decade"),
        ("The town grew fast in the late '80s.", "the late '80s", "198", "decade"),
        ("The post-2008 slump hit farms.", "2008", "2008", "year"),
        ("The shelling went on yesterday evening.", "yesterday evening", "2025-06-17TEV", "day"),
        ("Floods hit the valley last winter.", "last winter", "2024-WI", "season"),
        ("The siege lasted for four days.", "four days", "P4D", "duration"),
        ("Inflation is now falling.", "now", "PRESENT_REF", "present"),
        ("Farmers protested in March.", "March", "2025-03", "month"),
        ("Farmers will protest in September.", "September", "2025-09", "month"),
        ("Farmers protested in September.", "September", "2024-09", "month"),
        ("Troops returned in the summer of 2022.", "summer of 2022", "2022-SU", "season"),
        ("Shops were looted last weekend.", "last weekend", "2025-W24-WE", "week"),
        ("The vote was on the 3rd of February 2020.", "3rd of February 2020", "2020-02-03", "day"),
        # a mod word is part of the timex, as TIMEX3 spans it; the value stays the period's
        ("The plant will open early next year.", "early next year", "2026", "year"),
        ("Talks stalled nearly two weeks ago.", "nearly two weeks ago", "2025-W23", "week"),
        ("The war lasted more than a decade.", "more than a decade", "P10Y", "duration"),
        # ... but not a preposition that may be one ("over the past decade")
        ("Prices rose over the past two years.", "the past two years", "P2Y", "duration"),
        # the year under way, or that of the date last named
        ("For the year, sales were flat.", "the year", "2025", "year"),
        # a month that owns a noun
        ("Officials revised December's figures.", "December", "2024-12", "month"),
        ("October's floods cut the harvest.", "October", "2024-10", "month"),
        ("Shares hit a high for the year.", "the year", "2025", "year"),
    ],
)
def test_timex_values(nlp, lexicon, sentence, text, value, precision):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert [(t.text, t.value, t.precision) for t in found] == [(text, value, precision)]


@pytest.mark.parametrize(
    "sentence",
    ["The talks on Oct. 0 were cancelled.", "The vote was held on February 30.",
     "The vote was held on 31 April.", "The report is dated 0/0."],
)
def test_a_day_no_calendar_has_gives_no_date_and_no_error(nlp, lexicon, sentence):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert all(t.precision != "day" for t in found)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The envoy arrived on Monday.", "2025-06-16"),  # most recent Monday before
        ("The envoy will arrive on Monday.", "2025-06-23"),  # the next one
        ("The envoy is expected to arrive on Friday.", "2025-06-20"),
        ("The envoy arrived last Wednesday.", "2025-06-11"),
        ("The envoy arrives next Wednesday.", "2025-06-25"),
        ("The envoy is meeting them on Saturday.", "2025-06-21"),
        ("The summit is on Friday.", "2025-06-20"),  # present tense: the nearer Friday
        ("The offer runs until July.", "2025-07"),
        ("The envoy arrived on Wednesday.", "2025-06-18"),  # the day of publication
        ("The talks resumed on Oct. 2.", "2024-10-02"),  # past tense: the year before
        # ... unless the date is just ahead: a past verb often sets a deadline
        ("The bank extended its offer to July 2.", "2025-07-02"),
        # a date set for something "was due" on lies on either side: the nearer one
        ("The jury's verdict was due on June 24.", "2025-06-24"),
        ("The rent was due on June 1.", "2025-06-01"),
        ("The editorial ran on Monday, June 23.", "2025-06-23"),  # the weekday fixes the year
        ("The talks will resume on July 2.", "2025-07-02"),
        # the month after publication's, too: news names last year's month as "last July"
        ("The ministry announced cuts to the supply in July.", "2025-07"),
        ("The ministry announced cuts to the supply in August.", "2024-08"),
        # ... but a date on the past verb itself dates its happening, which is behind
        ("Farmers protested in July.", "2024-07"),
        ("The strike ended July 31.", "2024-07-31"),
        # a verb of extending, like one of putting off, sends its new date ahead
        ("The bid was extended to July 16.", "2025-07-16"),
        # "last" and "next" name a month other than this one and the one just gone
        ("The ministry announced cuts last July.", "2024-07"),
        ("The ministry announced cuts last May.", "2024-05"),
        ("The ministry announced cuts last April.", "2025-04"),
        ("The ministry announced cuts last June.", "2024-06"),
        ("The ministry will announce cuts next June.", "2026-06"),
        ("The ministry will announce cuts next July.", "2025-07"),
        # a deadline word puts the date on the nearer side even under a past verb
        ("The court gave the firm until August to reply.", "2025-08"),
        ("The union postponed the walkout until Thursday.", "2025-06-19"),
        ("The rain lasted until Monday.", "2025-06-16"),
        # a verb of planning looks ahead, but not a participle's own day nor a pluperfect plan
        ("Organisers planned a rally on Saturday.", "2025-06-21"),
        ("Stocks closed near the record high set on Oct. 6.", "2024-10-06"),
        ("The offer had been scheduled to expire on Friday.", "2025-06-13"),
        # ... nor a date before a past verb of planning, which dates the planning itself
        ("On Saturday, the organisers planned a rally.", "2025-06-14"),
        # a bare participle clause takes the tense of a verb that looks ahead ...
        ("The envoy will fly to Cairo, arriving in Amman on Tuesday.", "2025-06-24"),
        ("The minister plans to tour the region, starting in Lagos on Monday.", "2025-06-23"),
        ("New ferries would sail from Dover, with the third one leaving from August 6.",
         "2025-08-06"),
        # ... but stays behind under a past or a present
        ("The team held talks in Paris, starting on Monday.", "2025-06-16"),
        ("The bonds are convertible at $25, a premium over Thursday's closing price.",
         "2025-06-12"),
    ],
)
def test_tense_steers_weekdays_months_and_dates_without_year(nlp, lexicon, sentence, value):
    assert [t.value for t in dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)] == [value]


def test_month_name_may_needs_a_date_context(nlp, lexicon):
    found = dates.find_timexes(nlp("Officials may resign, she said."), PUBLISHED, lexicon)
    assert found == []


def test_relative_expressions_need_a_publication_date(nlp, lexicon):
    doc = nlp("The plant closed yesterday and reopened on 4 March 2022.")
    assert [t.value for t in dates.find_timexes(doc, None, lexicon)] == ["2022-03-04"]


def test_timex_offsets_and_tokens_point_into_the_doc(nlp, lexicon):
    doc = nlp("Aid arrived. The port reopened on 9 June 2025.")
    (timex,) = dates.find_timexes(list(doc.sents)[1], PUBLISHED, lexicon)
    assert doc.text[timex.start_char : timex.end_char] == "9 June 2025"
    assert doc[timex.token_start : timex.token_end].text == "9 June 2025"


def dated(nlp, sentence, words, published="2025-06-18"):
    doc = nlp(sentence)
    events = tuple(make_event(doc, word) for word in words)
    found = dates.date_events(events, doc, article(published))
    return {e.trigger: (e.date, e.date_precision, e.date_basis) for e in found}


def test_date_of_a_nominal_modifier_does_not_date_the_main_verb(nlp):
    sentence = (
        "The envoy held a call with the governor and voiced sympathy for the victims "
        "of the bombing at a hotel outside Lyon on May 4."
    )
    result = dated(nlp, sentence, ["call", "voiced", "bombing"])
    assert result["bombing"] == ("2025-05-04", "day", "text")
    assert result["call"] == ("2025-06-18", "day", "publication")
    assert result["voiced"] == ("2025-06-18", "day", "publication")


def test_date_in_the_clause_dates_the_event(nlp):
    result = dated(nlp, "The two envoys last met in June 2019.", ["met"])
    assert result["met"] == ("2019-06", "month", "text")


def test_date_inherited_through_a_during_phrase(nlp):
    sentence = (
        "During the last meeting between the two envoys in June 2019, "
        "Brown made threats against the rebels."
    )
    result = dated(nlp, sentence, ["made", "meeting"])
    assert result["made"] == ("2019-06", "month", "text")
    assert result["meeting"] == ("2019-06", "month", "text")


def test_fronted_date_dates_both_conjuncts(nlp):
    result = dated(nlp, "On Monday, the president met the envoy and signed a deal.",
                   ["met", "signed"])
    assert result == {
        "met": ("2025-06-16", "day", "text"),
        "signed": ("2025-06-16", "day", "text"),
    }


def test_reporting_date_is_the_report_basis(nlp):
    result = dated(nlp, "The president said on Monday that rebels attacked a convoy.",
                   ["attacked", "said"])
    assert result["attacked"] == ("2025-06-16", "day", "report")
    assert result["said"] == ("2025-06-16", "day", "text")


@pytest.mark.parametrize("sentence", [
    "The union said in a letter dated Monday that its members would strike.",
    "The union said in its letter, dated Monday, that its members would strike.",
])
def test_a_documents_date_dates_what_is_said_in_it(nlp, sentence):
    result = dated(nlp, sentence, ["said", "dated"])
    assert result["said"] == ("2025-06-16", "day", "text")
    assert result["dated"] == ("2025-06-16", "day", "text")


def test_publication_fallback_and_no_date(nlp):
    sentence = "Rebels attacked a convoy, officials said."
    assert dated(nlp, sentence, ["attacked"])["attacked"] == ("2025-06-18", "day", "publication")
    assert dated(nlp, sentence, ["attacked"], None)["attacked"] == (None, "none", "none")
    stamped = dated(nlp, sentence, ["attacked"], "2025-06-18T09:30:00")
    assert stamped["attacked"] == ("2025-06-18", "day", "publication")


def test_text_date_without_publication_date(nlp):
    result = dated(nlp, "Rebels attacked a convoy on 4 March 2022.", ["attacked"], None)
    assert result["attacked"] == ("2022-03-04", "day", "text")


def test_lexicon_loader_names_the_bad_line(tmp_path):
    (tmp_path / "calendar.csv").write_text("# test\nword,kind,value\nJanuary,month,one\n")
    (tmp_path / "anchors.csv").write_text("word,kind\nattack,event_noun\n")
    with pytest.raises(ValueError, match="calendar.csv:3: value must be a number"):
        dates.load_lexicon(tmp_path)


def test_shipped_lexicon_loads(lexicon):
    assert lexicon.words["month"]["October"] == "10"
    assert "during" in lexicon.anchors["temporal_prep"]


def test_attachment_ends_at_a_verbless_root():
    """A headline fragment has a noun as its root; walking up to it must stop there."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Talks", "in", "Geneva", "on", "Monday"]
    doc = Doc(
        Vocab(), words=words, heads=[0, 0, 1, 0, 3],
        deps=["ROOT", "prep", "pobj", "prep", "pobj"],
        pos=["NOUN", "ADP", "PROPN", "ADP", "PROPN"],
    )
    lexicon = dates.load_lexicon()
    # "Geneva" has no verb above it: its clause is the root noun, which the date hangs on.
    assert dates.attaches(doc[4], doc[2], set(), lexicon) is True
    assert dates.attaches(doc[4], doc[0], {0}, lexicon) is True


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The strike lasted five hours.", "five hours", "PT5H"),
        ("Prices rose over the past three years.", "the past three years", "P3Y"),
        ("Refugees lived in the camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("Talks dragged on for several weeks.", "several weeks", "PXW"),
        ("The feud has simmered for decades.", "decades", "PXY"),
        ("Profits fell in the second quarter of 2023.", "the second quarter of 2023", "2023-Q2"),
        ("Sales will recover next quarter.", "next quarter", "2025-Q3"),
        ("The ferry sails daily.", "daily", "P1D"),
        ("The council meets every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
        ("Relations were tense in the past.", "the past", "PAST_REF"),
        ("Nobody knows what the future holds.", "the future", "FUTURE_REF"),
        # a length that describes its noun: one unit unless counted or plural; the article is
        # the noun's
        ("The envoy began a three-day-long visit.", "three-day-long", "P3D"),
        ("A decade-long feud split the party.", "decade-long", "P10Y"),
        ("Auditors ended a year-long inquiry.", "year-long", "P1Y"),
        ("Miners held a month-long strike.", "month-long", "P1M"),
        ("Miners held a weeklong strike.", "weeklong", "P1W"),
        ("The treaty ended a decades-long feud.", "decades-long", "PXY"),
        ("The chief ended a several-year tenure.", "several-year", "PXY"),
        ("The project faced a many-month delay.", "many-month", "PXM"),
    ],
)
def test_durations_quarters_sets_and_references(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert [(t.text, t.value) for t in found] == [(text, value)]


def test_a_quarter_without_a_year_is_the_nearest_past_one(nlp, lexicon):
    doc = nlp("Exports grew in the fourth quarter.")
    assert [t.value for t in dates.find_timexes(doc, PUBLISHED, lexicon)] == ["2024-Q4"]


@pytest.mark.parametrize(("sentence", "start", "end", "value"), [
    ("Rain fell in March.", 13, 18, "2025-03"),  # found in running text
    ("Its March figures were weak.", 4, 9, "2025-03"),  # a lone month, known to be a date
    ("The 1998 figures were weak.", 4, 8, "1998"),
    # "earlier in the year": the year of the date last named
    ("Prices fell on May 4, 2023. Earlier in the year they rose.", 28, 47, "2023"),
    # "the morning" known to be a timex: that part of the day last named
    ("The raid began on Friday, June 13. By the morning, troops had left.", 38, 49,
     "2025-06-13TMO"),
])
def test_resolve_span_reads_a_known_timex(nlp, lexicon, sentence, start, end, value):
    doc = nlp(sentence)
    assert dates.resolve_span(doc.char_span(start, end), PUBLISHED, lexicon).value == value


# --- times of day, anaphora, quarters in context, holidays and other TimeML readings --------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "precision"),
    [
        ("Gunmen struck on Monday morning.", "Monday morning", "2025-06-16TMO", "day"),
        ("Protesters gathered again tonight.", "tonight", "2025-06-18TNI", "day"),
        ("The fire broke out last night.", "last night", "2025-06-17TNI", "day"),
        ("He was seized at 10 p.m. Monday, police said.", "10 p.m. Monday", "2025-06-16T22:00",
         "day"),
        ("The offer expires at 5 p.m. EDT July 9.", "5 p.m. EDT July 9", "2025-07-09T17:00",
         "day"),
        ("The shots were heard at 6:15 a.m.", "6:15 a.m.", "2025-06-18T06:15", "time"),
        ("The blast came at 4 in the morning.", "4 in the morning", "2025-06-18T04:00", "time"),
        ("Curfew begins at 10 at night.", "10 at night", "2025-06-18T22:00", "time"),
        ("The shooting started at 3:30 in the afternoon on Friday.",
         "3:30 in the afternoon on Friday", "2025-06-13T15:30", "day"),
        ("The bridge was shut over the weekend.", "the weekend", "2025-W24-WE", "week"),
        ("Traders sold shares ahead of the weekend.", "the weekend", "2025-W24-WE", "week"),
        ("The vote is due this September.", "this September", "2025-09", "month"),
        ("The mine closed in June last year.", "June last year", "2024-06", "month"),
        ("Rebels took the town a few years ago.", "a few years ago", "PAST_REF", "present"),
        ("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28", "day"),
        ("Shops will close on Christmas Day.", "Christmas Day", "2025-12-25", "day"),
        ("Output fell in the first half of 2023.", "the first half of 2023", "2023-H1", "half"),
        ("The cathedral dates from the 12th century.", "the 12th century", "11", "century"),
        ("Keating was convicted in nineteen ninety-one.", "nineteen ninety-one", "1991", "year"),
        ("The road was impassable in the winter.", "the winter", "2024-WI", "season"),
        ("The port has been closed for years.", "years", "PXY", "duration"),
        ("Crime fell over the past decade.", "the past decade", "P10Y", "duration"),
        # "the past" is PAST_REF alone, but a period when a unit follows
        ("Rents rose over the past year.", "the past year", "2024", "year"),
        ("Ties were cut in the past.", "the past", "PAST_REF", "present"),
        ("The shelling went on for twenty-four hours.", "twenty-four hours", "PT24H", "duration"),
        ("The storm raged for thirty five days.", "thirty five days", "P35D", "duration"),
        ("The roof leaked this past winter.", "this past winter", "2024-WI", "season"),
        ("The band peaked in the nineties.", "the nineties", "199", "decade"),
        ("Hearings open the week of July 7.", "the week of July 7", "2025-W28", "week"),
        ("Oil boomed in the 'seventies.", "the 'seventies", "197", "decade"),
        ("The roof leaked this past spring.", "this past spring", "2025-SP", "season"),
        # a month or season before a spoken year, as broadcast transcripts write it
        ("The plant shut in March nineteen eighty-six.", "March nineteen eighty-six", "1986-03",
         "month"),
        ("Snow fell in the winter of nineteen seventy-eight.",
         "winter of nineteen seventy-eight", "1978-WI", "season"),
        # an "early" or "late" before the day word does not hide which day it is
        ("The blast came early yesterday morning.", "early yesterday morning", "2025-06-17TMO",
         "day"),
        ("Talks end late tomorrow evening.", "late tomorrow evening", "2025-06-19TEV", "day"),
        ("Shots rang out mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-06-17TAF",
         "day"),
        ("The index fell for eight trading days.", "eight trading days", "P8D", "duration"),
        ("Rates will rise over the next couple of years.", "the next couple of years", "P2Y",
         "duration"),
        ("Troops will leave by the end of the month.", "the end of the month", "2025-06",
         "month"),
        ("A deal is due by the end of the week.", "the end of the week", "2025-W25", "week"),
        ("The meeting lasted an hour and a half.", "an hour and a half", "PT1H30M", "duration"),
        ("The clip runs a minute and a half.", "a minute and a half", "PT1M30S", "duration"),
        ("The search went on for two and a half days.", "two and a half days", "P2DT12H",
         "duration"),
        ("Losses grew in the past two quarters.", "the past two quarters", "P2Q", "duration"),
        ("It lost money for several quarters.", "several quarters", "PXQ", "duration"),
        ("Unity matters at this difficult moment.", "this difficult moment", "PRESENT_REF",
         "present"),
    ],
)
def test_timeml_readings(nlp, lexicon, sentence, text, value, precision):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert [(t.text, t.value, t.precision) for t in found] == [(text, value, precision)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Troops withdrew from the pass last winter.", "2023-WI"),
    ("The offensive stalled this winter.", "2024-WI"),
    ("Shelling eased this past winter.", "2024-WI"),
    ("The offensive will resume next winter.", "2025-WI"),
    ("The offensive stalled in the winter.", "2024-WI"),
    ("The offensive will resume in the winter.", "2025-WI"),
])
def test_a_winter_is_named_for_the_year_it_opens_in(nlp, lexicon, sentence, value):
    # published in January 2025, this winter is the one that opened in December 2024, and the
    # coming one opens in December 2025
    found = dates.find_timexes(nlp(sentence), dt.date(2025, 1, 15), lexicon)
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("sentence", [
    "A 12-year-old boy was hurt.",  # an age is no temporal expression in TimeML
    "Mr. Lund, 52 years old, resigned.",
    "Future talks were ruled out.",  # "future", "recent": timexes only as a known span
    "Recent floods hit the valley.",
    "Each may vote.",  # a month name needs its capital
    "The pilot was in his forties.",  # an age, not a decade
    "Three quarters of the voters agreed.",  # a quarter counted is a share, not a period
    "The plan drew criticism from some quarters.",
    "The striker scored twice in the first half.",  # a half with no year is a match's
    "Applicants for an H1B visa waited.",
    "May's speech drew cheers.",  # "May's" is as often a name's
])
def test_no_timex(nlp, lexicon, sentence):
    assert dates.find_timexes(nlp(sentence), PUBLISHED, lexicon) == []


@pytest.mark.parametrize(("text", "value"), [
    ("The fund invests in Japan with an eye to the future.", "FUTURE_REF"),
    ("The firm had to change its plans after recent losses.", "PAST_REF"),
])
def test_weak_reference_words_read_as_a_known_span(nlp, lexicon, text, value):
    doc = nlp(text)
    word = "future" if value == "FUTURE_REF" else "recent"
    start = text.index(word)
    span = doc.char_span(start, start + len(word))
    assert dates.resolve_span(span, PUBLISHED, lexicon).value == value


@pytest.mark.parametrize(("text", "values"), [
    # the quarter named sets the reference for "a year earlier" and "the quarter"
    ("First-quarter profit rose to $5 million from $4 million a year earlier. "
     "Sales in the quarter grew.", ["2025-Q1", "2024-Q1", "2025-Q1"]),
    ("The latest quarter was strong. The year-ago quarter was weak.", ["2025-Q1", "2024-Q1"]),
    # ... but not a quarter named as still to come: "the latest" is one reported on
    ("A third-quarter charge is expected. Profit fell in the latest quarter.",
     ["2025-Q3", "2025-Q1"]),
    # ... while a fiscal quarter named in the quarter of publication may be over already
    ("The brewer reported a 20% drop in fiscal second-quarter profit on Tuesday. Sales in the "
     "latest period fell 3% from a year earlier.", ["2025-Q2", "2025-06-17", "2025-Q2", "2024-Q2"]),
    ("Profit in the fourth quarter was flat. In the 2023 quarter it fell.",
     ["2024-Q4", "2023-Q4"]),
    # "last year's" figure is compared with the quarter a year before, as "a year earlier" is
    ("First-quarter sales at the brewer were $90 million, up from last year's $85 million. "
     "Last year's results included a tax gain.", ["2025-Q1", "2024-Q1", "2024-Q1"]),
    # with no quarter in view, "a year earlier" and "last year's" are the year before publication
    ("Prices rose 5% from a year earlier.", ["2024"]),
    ("Last year's floods drove thousands from their homes.", ["2024"]),
    # "that day", "the next day", "three days later" count from the date last named
    ("Troops entered on May 4. The next day, rebels fled. Three days later, talks began.",
     ["2025-05-04", "2025-05-05", "2025-05-08"]),
    ("The dam was built in 1998. Later that year, the valley flooded.", ["1998", "1998"]),
    # "the following Monday", "the previous Friday": the weekday after or before that date
    ("He was arrested on March 3, 2025, and charged the following Monday.",
     ["2025-03-03", "2025-03-10"]),
    ("Talks began on May 14. The previous Friday, rebels had shelled the port.",
     ["2025-05-14", "2025-05-09"]),
    # a clock time without its day falls on the day last named, not on publication
    ("The ferry left port on May 4. It sank at 6:15 a.m.", ["2025-05-04", "2025-05-04T06:15"]),
    # a quarter still to come is a forecast, and "a two-year slump" no period in view: the
    # year-ago quarter is the year before the one reported on
    ("Third-quarter profit fell after a two-year slump. Losses may go on through the third "
     "quarter of next year. In the year-ago quarter, profit rose.",
     ["2024-Q3", "P2Y", "2026-Q3", "2023-Q3"]),
    # "for the year": the year of the date last named
    ("Results for 2023 were mixed. For the year, sales were flat.", ["2023", "2023"]),
    # "until then", "by then", "before then": the date last named, as precise as it was
    ("The court rules on July 9. Until then, the ban stays.", ["2025-07-09", "2025-07-09"]),
    ("The talks opened in May 2019. By then, the war had ended.", ["2019-05", "2019-05"]),
    ("The dam was built in 2010. Before then, the valley flooded.", ["2010", "2010"]),
    # ... and with no date before it, no timex
    ("Until then, the ban stays.", []),
])
def test_timexes_read_against_the_ones_before_them(nlp, lexicon, text, values):
    assert [t.value for t in dates.find_timexes(nlp(text), PUBLISHED, lexicon)] == values


@pytest.mark.parametrize(("text", "values"), [
    # a season or month after "that", "the following", "the previous" counts from the date
    # last named, not from publication
    ("The dam burst in 2004. That winter, the valley froze.", ["2004", "2004-WI"]),
    ("The regime fell in April 2011; the following autumn, elections were held.",
     ["2011-04", "2011-FA"]),
    ("The strike ended in November 2016. The previous spring had been calm.",
     ["2016-11", "2016-SP"]),
    ("The reactor was built in 1977 and went online the following March.", ["1977", "1978-03"]),
    # ... a month or season "of that year" lies in the year counted
    ("The fund was set up in 2003. In June of the following year, it closed.",
     ["2003", "2004-06"]),
    ("The coup came in 1999, and the summer of that year was tense.", ["1999", "1999-SU"]),
    # "that May" is as often the name of a person
    ("Aides said that May would stay on.", []),
    # two days from publication
    ("The ballots were counted the day before yesterday.", ["2025-06-16"]),
    ("The envoys meet the day after tomorrow.", ["2025-06-20"]),
])
def test_a_season_or_month_counted_from_the_date_last_named(nlp, lexicon, text, values):
    assert [t.value for t in dates.find_timexes(nlp(text), PUBLISHED, lexicon)] == values


@pytest.mark.parametrize(("text", "values"), [
    # "the next year" told in the past follows the date last named ...
    ("The mine closed in 2016. The next year, the town emptied.", ["2016", "2017"]),
    ("The bridge opened in March 2019. The next month, it was shut.", ["2019-03", "2019-04"]),
    # ... but ahead of a present or future verb it is the one after publication's
    ("The mine closed in 2016. It will reopen over the next year.", ["2016", "2026"]),
])
def test_the_next_unit_follows_the_date_last_named_in_the_past(nlp, lexicon, text, values):
    assert [t.value for t in dates.find_timexes(nlp(text), PUBLISHED, lexicon)] == values


@pytest.mark.parametrize(("text", "values"), [
    # an earlier quarter of the year named along the way is a comparison: the year-ago period
    # is still that of the quarter reported on
    ("Third-quarter profit rose 20% after a flat second quarter. In the year-ago period, "
     "profit fell.", ["2025-Q3", "2025-Q2", "2024-Q3"]),
    # ... but a fiscal quarter is a company's own, named in a year that runs behind
    ("Third-quarter profit rose. A retailer posted a fiscal second-quarter loss, against a "
     "profit a year earlier.", ["2025-Q3", "2025-Q2", "2024-Q2"]),
])
def test_an_earlier_quarter_named_in_passing_leaves_the_reported_one_in_view(nlp, lexicon, text,
                                                                              values):
    found = dates.find_timexes(nlp(text), dt.date(2025, 10, 28), lexicon)
    assert [t.value for t in found] == values


@pytest.mark.parametrize(("text", "values"), [
    # a quarter named by its end takes that end's year when it is earlier ...
    ("The chain lost money in its second quarter, which ended Oct. 31. Results for that "
     "quarter included a charge.", ["2024-Q2", "2024-10-31", "2024-Q2"]),
    # ... but not a later one: a fiscal year is most often named for the year it began in
    ("Sales in the fourth quarter ended Jan. 31 rose.", ["2025-Q4", "2026-01-31"]),
])
def test_a_quarter_named_by_its_end_is_of_that_ends_year(nlp, lexicon, text, values):
    found = dates.find_timexes(nlp(text), dt.date(2025, 10, 27) if "Oct" in text
                               else dt.date(2026, 3, 3), lexicon)
    assert [t.value for t in found] == values


@pytest.mark.parametrize(("text", "values"), [
    # a quarter with no number, named by its end, holds most of the three months up to it
    ("The grocer earned $4 million in the quarter ended July 31.", ["2025-Q2", "2025-07-31"]),
    ("The mill lost money in the latest quarter, which ended May 31.",
     ["2025-Q2", "2025-05-31"]),
    # ... unless a quarter named before it is the company's own
    ("The brewer's fiscal first quarter was weak: in the quarter ended Sept. 30, sales fell.",
     ["2025-Q1", "2025-Q1", "2025-09-30"]),
])
def test_an_unnumbered_quarter_is_dated_by_its_end(nlp, lexicon, text, values):
    found = dates.find_timexes(nlp(text), dt.date(2025, 10, 27), lexicon)
    assert [t.value for t in found] == values


@pytest.mark.parametrize(("sentence", "value"), [
    ("First-quarter earnings will be restated.", "2025-Q1"),  # results come after the quarter
    ("The envoy could arrive as soon as Monday.", "2025-06-23"),  # a modal looks ahead
    ("The merger is scheduled to close Monday.", "2025-06-23"),
    # "could" is as often the past of "can"; "as early as" looks ahead whatever the verb
    ("The minister could not be reached on Monday.", "2025-06-16"),
    ("Trading could resume as early as Friday.", "2025-06-20"),
    ("The unit will be sold in next year's first quarter.", "2026-Q1"),
    # what one hopes, vows or is going to do lies ahead; the day of the vow is its own
    ("Officials hope to reach a deal by Monday.", "2025-06-23"),
    ("The president is going to visit Berlin on Monday.", "2025-06-23"),
    ("The rebels vowed on Monday to fight on.", "2025-06-16"),
    # a simple present of happening tells a timetable, today included; a state either way
    ("Talks resume on Monday.", "2025-06-23"),
    ("The law takes effect in February.", "2026-02"),
    ("The ministers meet in Brussels on Wednesday.", "2025-06-18"),
    ("The summit was on Monday.", "2025-06-16"),
])
def test_tense_of_quarters_modals_and_plans(nlp, lexicon, sentence, value):
    assert [t.value for t in dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)] == [value]


@pytest.mark.parametrize(("sentence", "value"), [
    # a plan told in the past may have fallen due since: the nearer side (published Sunday)
    ("A memorial service planned for Saturday was cancelled.", "2025-06-21"),
    ("The agency ruled against him and set Friday as the deadline.", "2025-06-20"),
    # a plan made now looks ahead
    ("A memorial service is planned for Saturday.", "2025-06-28"),
    ("The firm is scheduled to report on Friday.", "2025-06-27"),
    # "due to": the tense is the copula's
    ("The offer is due to expire on Friday.", "2025-06-27"),
    ("The offer had been due to expire on Friday.", "2025-06-20"),
])
def test_a_plan_told_in_the_past_reads_the_nearer_side(nlp, lexicon, sentence, value):
    found = dates.find_timexes(nlp(sentence), dt.date(2025, 6, 22), lexicon)
    assert [t.value for t in found] == [value]


def test_resolve_span_keeps_to_the_span_given(nlp, lexicon):
    doc = nlp("The talks collapsed on Monday night.")
    start = doc.text.index("Monday")
    span = doc.char_span(start, start + len("Monday"))
    assert dates.resolve_span(span, PUBLISHED, lexicon).value == "2025-06-16"


def test_an_event_takes_the_day_of_a_time_of_day(nlp):
    result = dated(nlp, "Gunmen attacked a convoy on Monday night.", ["attacked"])
    assert result["attacked"] == ("2025-06-16", "day", "text")


def test_lexicon_loader_checks_holiday_rules(tmp_path):
    (tmp_path / "calendar.csv").write_text("word,kind,value\nFounders Day,holiday,13-01\n")
    (tmp_path / "anchors.csv").write_text("word,kind\nattack,event_noun\n")
    with pytest.raises(ValueError, match="calendar.csv:2: value must be a holiday code"):
        dates.load_lexicon(tmp_path)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("A 6-week-old calf was found.", "6-week-old", "P6W"),
    ("The day-long strike shut the port.", "day-long", "P1D"),
    ("The decades-long feud ended.", "decades-long", "PXY"),
    ("Churches stood there for centuries.", "centuries", "PXC"),
    ("The dispute is already settled.", "already", "PRESENT_REF"),
    ("Earlier, the minister resigned.", "Earlier", "PAST_REF"),
    ("Harvests failed in the early summer.", "the early summer", "2025-SU"),
    ("The mine opened in 2019, and output rose for the year.", "the year", "2019"),
    ("Sales rose for the year.", "the year", "2025"),
    # a stretch at one end of a period, of units it does not count; a length left unsaid
    ("The siege tightened in the final days of the war.", "the final days", "PXD"),
    ("Ticket sales were slow in the opening weeks.", "the opening weeks", "PXW"),
    ("Talks stalled for a rather short spell.", "a rather short spell", "PXX"),
    ("The dam held for a long stretch of time.", "a long stretch of time", "PXX"),
    ("He spent the first day in Berlin.", "the first day", None),  # one day, but which
    # a quarter named in the plural comes back every year
    ("Toy sellers earn most in the third and fourth quarters.", "fourth quarters", "XXXX-Q4"),
])
def test_resolve_span_reads_known_spans_running_text_leaves_alone(nlp, lexicon, sentence, text,
                                                                   value):
    doc = nlp(sentence)
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text), alignment_mode="expand")
    found = dates.resolve_span(span, PUBLISHED, lexicon)
    assert (found and found.value) == value


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Growth slowed in the last half of 2023.", "the last half of 2023", "2023-H2"),
    ("Prices should ease in the first two quarters of 2026.",
     "the first two quarters of 2026", "2026-H1"),
    ("The fund pays out every quarter.", "every quarter", "P1Q"),
    # business news's short and fiscal forms (published 2025-06-18)
    ("Revenue rose 4% in Q3 2024.", "Q3 2024", "2024-Q3"),
    ("Margins narrowed in 3Q24.", "3Q24", "2024-Q3"),
    ("The chain expects growth in Q1 FY26.", "Q1 FY26", "2026-Q1"),
    ("Profit fell in the third quarter of fiscal 2023.", "the third quarter of fiscal 2023",
     "2023-Q3"),
    ("Output will rise in the first quarter of next year.", "the first quarter of next year",
     "2026-Q1"),
    ("Sales grew 8% in FY2023.", "FY2023", "2023"),
    ("Sales grew 8% in fiscal year 2022.", "fiscal year 2022", "2022"),
    ("Costs climbed in H2 2024.", "H2 2024", "2024-H2"),
    ("The deal closed in the second half of last year.", "the second half of last year",
     "2024-H2"),
    ("Hiring slowed in the first half of the year.", "the first half of the year", "2025-H1"),
])
def test_halves_and_quarterly_sets(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert [(t.text, t.value) for t in found] == [(text, value)]


def test_the_next_morning_is_the_day_after_the_date_last_named(nlp, lexicon):
    doc = nlp("The raid began on June 3. The next morning, troops withdrew.")
    assert [t.value for t in dates.find_timexes(doc, PUBLISHED, lexicon)] == [
        "2025-06-03", "2025-06-04"]


# --- dates a passage carries -----------------------------------------------------------------


def dated_text(nlp, text, words):
    doc = nlp(text)
    events = tuple(make_event(doc, word) for word in words)
    return {e.trigger: (e.date, e.date_basis) for e in dates.date_events(events, doc, article())}


def test_a_fronted_past_date_carries_through_its_narrative(nlp):
    result = dated_text(nlp, "In March 2024, rebels crossed the river. They shelled the town and "
                        "seized the bridge. The army says it will retake the bridge.",
                        ["crossed", "shelled", "seized", "says", "retake"])
    assert result == {
        "crossed": ("2024-03", "text"), "shelled": ("2024-03", "context"),
        "seized": ("2024-03", "context"), "says": ("2025-06-18", "publication"),
        "retake": ("2025-06-18", "publication"),
    }


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a date at the end of its sentence opens no passage: the next one may be today's news
    ("The envoys last met in March 2024. Brown condemned the blockade.", "condemned",
     ("2025-06-18", "publication")),
    # ... unless the next sentence points back to it
    ("The envoys last met in March 2024. During that meeting, Brown condemned the blockade.",
     "condemned", ("2024-03", "context")),
    ("Militants staged a raid on May 2. Four guards died in that raid.", "died",
     ("2025-05-02", "context")),
    # "then" says the event came after the date, not on it
    ("Troops stormed the port on May 2. Then they burned the depot.", "burned",
     ("2025-06-18", "publication")),
    ("On May 2, a bomb struck the market. Dozens were injured.", "injured",
     ("2025-05-02", "context")),
    # a state is no happening, and a possessive date sets no scene
    ("On May 2, a bomb struck the market. It was a busy day.", "was",
     ("2025-06-18", "publication")),
    ("In Monday's debate, the mayor attacked his rival. He proposed a new tax.", "proposed",
     ("2025-06-18", "publication")),
    # a paragraph break, a present-tense break, a report or a period not yet over stop it
    ("In March 2024, rebels crossed the river.\n\nThey shelled the town.", "shelled",
     ("2025-06-18", "publication")),
    ("In March 2024, rebels crossed the river. The army is retreating. They shelled the town.",
     "shelled", ("2025-06-18", "publication")),
    ("In March 2024, rebels crossed the river. Officials said that.", "said",
     ("2025-06-18", "publication")),
    ("In June 2025, rebels crossed the river. They shelled the town.", "shelled",
     ("2025-06-18", "publication")),
    # a date going back before one already told is background: only a sentence going on
    # with its subject continues it
    ("Missiles struck the capital on Tuesday. In 2014, the army seized the port. The foreign "
     "minister condemned the strikes.", "condemned", ("2025-06-18", "publication")),
    ("Missiles struck the capital on Tuesday. In 2014, the army seized the port. It shelled "
     "the town.", "shelled", ("2014", "context")),
])
def test_a_passage_date_needs_a_clear_tie(nlp, text, word, expected):
    assert dated_text(nlp, text, [word])[word] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a conjunction before a fronted date only links it to the sentence before
    ("But in March 2024, the rebels had a falling out. Their commanders fled the capital.",
     "fled", ("2024-03", "context")),
    # an -ing word describing a noun as going on is of its clause's time
    ("But in March 2024, the rebels had a falling out. Their commanders fled the capital.",
     "falling", ("2024-03", "text")),
    ("A statement was read on Tuesday to thousands of rallying students.", "rallying",
     ("2025-06-17", "text")),
])
def test_a_fronted_date_reaches_past_a_conjunction_and_a_describing_verb(nlp, text, word,
                                                                         expected):
    assert dated_text(nlp, text, [word])[word] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the parse ties the date to the first conjunct only; the sentence's one date dates the
    # second, a past happening, too
    ("Troops stormed the port on May 2 and the guards fled.", "fled", ("2025-05-02", "sentence")),
    ("Troops stormed the port on May 2 and the guards are fleeing.", "fleeing",
     ("2025-06-18", "publication")),
    # two dates in the sentence: neither is the sentence's
    ("Troops stormed the port on May 2, took the depot on May 4 and the guards fled.", "fled",
     ("2025-06-18", "publication")),
    # a date in a clause set apart stays there: a clause on an actor, or one put before or
    # after the main one
    ("Russia, which annexed Crimea in 2014, launched new strikes on Kyiv.", "launched",
     ("2025-06-18", "publication")),
    ("The president, elected in 2019, signed the decree.", "signed",
     ("2025-06-18", "publication")),
    ("The minister resigned after protesters stormed the parliament on Monday.", "resigned",
     ("2025-06-18", "publication")),
    ("Since the war began in 2022, the city has lost half its people.", "lost",
     ("2025-06-18", "publication")),
    # ... unless it is narrowed to the same day
    ("Hours after the ceasefire took effect on Friday, militants fired rockets at the town.",
     "fired", ("2025-06-13", "sentence")),
    ("The minister resigned days after protesters stormed the parliament on Monday.",
     "resigned", ("2025-06-18", "publication")),
    # ... but a clause on an event tells of that event
    ("Four people died in a blast that hit the market on Friday.", "died",
     ("2025-06-13", "sentence")),
    # a happening still to come takes a date still to come; a happening told as done does
    # not, and a plan is made now
    ("The feud may finally be settled in a court hearing the week of July 7.", "settled",
     ("2025-W28", "sentence")),
    ("The feud was settled in a court hearing the week of June 2.", "settled",
     ("2025-W23", "sentence")),
    ("Analysts expect sales to slow in the third quarter.", "expect",
     ("2025-06-18", "publication")),
])
def test_a_past_event_takes_its_sentences_one_date(nlp, text, word, expected):
    assert dated_text(nlp, text, [word])[word] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a happening "in" an event takes the event's date, as it does "during" one
    ("Two guards were wounded in a rocket attack on the depot on Tuesday.", "wounded",
     ("2025-06-17", "text")),
    ("Police detained four men in a raid on a warehouse on 3 May.", "detained",
     ("2025-05-03", "text")),
    # the framing event's date is the sentence's one date, so it dates the first conjunct too
    ("Two guards were killed and a driver hurt in a rocket attack on Tuesday.", "killed",
     ("2025-06-17", "sentence")),
    # an event the clause only mentions keeps its date to itself
    ("The minister praised the victims of the attack on Tuesday.", "praised",
     ("2025-06-18", "publication")),
    ("The minister spoke in a debate about the attack on Tuesday.", "spoke",
     ("2025-06-18", "publication")),
])
def test_an_event_framing_the_clause_dates_it(nlp, text, word, expected):
    assert dated_text(nlp, text, [word])[word] == expected


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The ministry on Sunday issued a travel warning in the wake of the May 4 bombing.",
     ["bombing", "issued"], {"bombing": ("2025-05-04", "text"), "issued": ("2025-06-15", "text")}),
    ("Negotiators on Tuesday rejected the outcome of Monday's talks.", ["talks", "rejected"],
     {"talks": ("2025-06-16", "text"), "rejected": ("2025-06-17", "text")}),
    ("The board on Tuesday reviewed the 2019 agreement with the union.",
     ["agreement", "reviewed"],
     {"agreement": ("2019", "text"), "reviewed": ("2025-06-17", "text")}),
    # a date before a noun is the noun's, not that of what the noun does now
    ("The 2015 law bans such sales.", ["bans"], {"bans": ("2025-06-18", "publication")}),
    ("The 2015 law banned such sales.", ["banned"], {"banned": ("2015", "text")}),
])
def test_a_date_on_the_event_word_beats_its_clauses_date(nlp, text, words, expected):
    assert dated_text(nlp, text, words) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Troops have stormed the port on May 2 and the guards have fled.", "fled",
     ("2025-05-02", "sentence")),
    ("Two guards have been killed and a driver hurt in a rocket attack on Tuesday.", "killed",
     ("2025-06-17", "sentence")),
    # the sentence's date is still ahead: it is not when the agreeing happened
    ("The rebels have agreed and will hold talks with the envoy on Friday.", "agreed",
     ("2025-06-18", "publication")),
])
def test_a_present_perfect_takes_its_sentences_past_date(nlp, text, word, expected):
    assert dated_text(nlp, text, [word])[word] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a past state an adjective tells held on its sentence's date, wherever the date hangs
    ("The ministry's spokesman was not available to comment late on Monday.", "available",
     ("2025-06-16", "sentence")),
    ("The ceasefire was due to expire on Monday.", "due", ("2025-06-16", "sentence")),
    # ... but a state still to hold is not dated by a day gone by
    ("The spokesman will be available to comment on the talks held on Monday.", "available",
     ("2025-06-18", "publication")),
])
def test_a_past_state_takes_its_sentences_date(nlp, text, word, expected):
    assert dated_text(nlp, text, [word])[word] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a participle adjunct tells the outcome of the dated verb it hangs on
    ("Rebels shelled the city on Monday, killing six people.", "killing",
     ("2025-06-16", "text")),
    # ... and one opened by a word of simultaneity goes on at its time
    ("The sailor was rescued on June 2 while clinging to a plank.", "clinging",
     ("2025-06-02", "text")),
    # ... but not one put after it
    ("The sailor was rescued on June 2 after clinging to a plank for a week.", "clinging",
     ("2025-06-18", "publication")),
    # an aspectual verb begins (or ends) its complement on the complement's date
    ("The army will begin withdrawing troops from the border on Friday.", "begin",
     ("2025-06-20", "text")),
    # a participle on a dated noun tells what made it so
    ("Both sides broke the Feb. 23 accord signed by the two leaders.", "signed",
     ("2025-02-23", "text")),
    # ... but a plan is not made on the planned day
    ("The army plans to withdraw troops from the border on Friday.", "plans",
     ("2025-06-18", "publication")),
])
def test_an_event_sharing_a_dated_verbs_time_takes_its_date(nlp, text, word, expected):
    assert dated_text(nlp, text, [word])[word] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a date right after a verb of saying dates the saying, though the parser may hang it on
    # the reported clause
    ("Police said on Friday they had arrested three men over the attack.", "said",
     ("2025-06-13", "text")),
    # ... but not when it modifies a noun of the report
    ("The firm reported third-quarter profit of $5 million.", "profit", ("2024-Q3", "text")),
    # "since" puts a conjunct after the date its sentence names
    ("Russia annexed Crimea in 2014 and has since fortified the peninsula.", "fortified",
     ("2025-06-18", "publication")),
    # a past happening does not take a date still to come
    ("The leaders agreed to meet again next month.", "agreed", ("2025-06-18", "publication")),
    ("He thanked his supporters and vowed to run in next year's election.", "thanked",
     ("2025-06-18", "publication")),
    # a date of the figure compared with is not the date of the change
    ("Unemployment rose to 7.1% from 6.4% in March.", "rose", ("2025-06-18", "publication")),
    ("Exports fell 3% compared with a year ago.", "fell", ("2025-06-18", "publication")),
    ("The activist was freed from prison in 2019.", "freed", ("2019", "text")),
    # a change from one figure to another is dated by its end, though the parser hangs the
    # starting figure's date on the verb
    ("Grain exports rose from 3 million tonnes in 2005 to 9 million tonnes in 2012.", "rose",
     ("2012", "text")),
    ("Membership fell from more than 4,000 in 2010 to fewer than 900 last year.", "fell",
     ("2024", "text")),
])
def test_a_sentences_date_goes_to_the_right_verb(nlp, text, word, expected):
    assert dated_text(nlp, text, [word])[word] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a "when" clause on a time tells what happened then, though the parser may hang it on the
    # main verb, whose own date is another
    ("Unlike Thursday, when police arrested 40 people and closed the square, the marchers were "
     "calm on Friday.", "arrested", ("2025-06-12", "text")),
    ("Unlike Thursday, when police arrested 40 people and closed the square, the marchers were "
     "calm on Friday.", "closed", ("2025-06-12", "text")),
    ("Relatives have cared for the boy since November, when he was found clinging to a raft.",
     "clinging", ("2024-11", "text")),
    # ... but a noun in it may have a time of its own
    ("Crowds returned to the square in early May, when thousands rallied in the largest "
     "gathering since the uprising in 1989.", "uprising", ("1989", "text")),
])
def test_an_event_in_a_when_clause_takes_the_time_it_describes(nlp, text, word, expected):
    assert dated_text(nlp, text, [word])[word] == expected


SCANNED = (
    "Talks resumed on Monday, Oct. 26, 1998. Nothing was said in the hall for a long while, then "
    "the previous twenty-four additional business days of delay were blamed.\n\n"
    "By midJanuary 2020 the firm's Q3 2024 and fiscal 1990 results, due at "
    "5 p.m. EST Wednesday, were late. The nineties, the past two long years and the near future "
    "were discussed, CITY TODAY.</p> reported, right now as on Mother's Day and New Year's Eve "
    "last year. In the winter of nineteen ninety-four, the past three summers, every Thursday, "
    "three days later, the day before, at the time, on Mondays, for a while, the last two winters, "
    "prices fell overnight before Easter and Good Friday, on April 24 and 25, in 1994, 1995, "
    "at 0600 GMT, at this very moment, a weeklong and a decades-long strike, by then. "
    "The minister spoke to reporters at length about nothing in particular, and afterwards "
    "about the weather in general, and left. The year ended Sept. 30. It's the 12th straight "
    "day of talks, as in past years, by mid-afternoon. The following spring and the summer of "
    "the previous year came the day after tomorrow, at 3 p.m. local time on Friday, or on the "
    "twenty-first of May, or March eighth."
)


@pytest.mark.parametrize("text", [SCANNED, SCANNED.lower(), SCANNED.upper()])
def test_scanning_near_calendar_words_finds_what_a_full_scan_finds(lexicon, text):
    full = sorted(
        (*match.span("t" if "t" in pattern.groupindex else 0), rank, match.groups())
        for rank, (pattern, _) in enumerate(lexicon.patterns) for match in pattern.finditer(text))
    found = sorted((start, end, rank, match.groups())
                   for start, end, rank, match, _ in lexicon.scanner.matches(text))
    assert found == full
    assert len(lexicon.scanner.stretches(text)) > 1  # the dateless sentence is left out


def test_text_without_digits_or_calendar_words_is_not_scanned(lexicon):
    assert lexicon.scanner.stretches("The minister spoke to reporters, and left.") == []


@pytest.mark.parametrize(("source", "digits"), [
    (r"\b(?i:in)\s+(?P<mon>March)(?![\w-])(?!\s+\d)", False),  # digits only looked at
    (r"(?i)\bthe\s+day\s+(?:before|after)(?=\s*[,.;:]|\s*$)", False),
    (r"\b(?P<y>\d{4})\b", True),
    (r"\b(?i:the)\s+[\w-]+\s+year\b", True),  # a word of any letters may be a number
    (r"\b(?:1st|2nd)\s+quarter\b", True),
    (r"(?i)\bfor\s+(?:\w+\s+){0,2}years\b", True),
    (r"(?i)\bthe\s+(?:past|next)\s+decades?\b(?!\s+(?:[\w-]+\s+){0,2}old)", False),
])
def test_patterns_that_read_no_digit_are_told_from_their_source(source, digits):
    assert dates.scan.reads_digits(regex.compile(source)) is digits


def test_a_pattern_reading_no_digit_skips_the_stretches_around_numbers_alone():
    # "people" stands in for the calendar words: a pattern reading no digit holds one of them
    text = "Sales rose 4% on Monday. " + "Nothing else happened there. " * 5 + "Many people."
    patterns = [(regex.compile(r"\brose\b"), None), (regex.compile(r"\brose\s+\d"), None),
                (regex.compile(r"\bpeople\b"), None)]
    scanner = dates.scan.Scanner(patterns, frozenset({"people"}), ())
    assert [m[1:3] for m in scanner.matches(text)] == [(12, 1), (len(text) - 1, 2)]


@pytest.mark.parametrize(("source", "clauses"), [
    (r"(?i)\bthe\s+weekend\b", [{"weekend"}, {"the"}]),
    (r"\b(?:last|next)\s+(?P<u>week|month)s?\b", [{"last", "next"}, {"week", "month"}]),
    (r"\b(?:the\s+)?year-end\b", [{"year-end"}]),  # an optional word is no clause
    (r"\b(?P<y>\d{4})(?=\s+budget)", None),  # a lookahead holds no text of the match
    (r"\bweek.\d", None),  # any character may be the join between stretches
    (r"\b[^\d]+\s+days\b", None),
])
def test_the_words_every_match_of_a_pattern_holds_are_read_from_its_source(source, clauses):
    found = dates.literals.required_words(regex.compile(source), dates.scan.JOIN)
    assert (None if found is None else [set(clause) for clause in found]) == clauses


def test_a_pattern_scans_only_the_stretches_that_hold_its_words():
    text = "Sales rose 4% on Monday. " + "Nothing else happened there. " * 5 + "Talks on Friday."
    scan = dates.scan.Scan(text, dates.scan.merged([11, 17, text.index("Friday")], len(text)))
    (begin, end), = scan.regions((frozenset({"friday"}),))
    assert "Friday" in scan.text[begin:end] and "Monday" not in scan.text[begin:end]
    assert scan.regions((frozenset({"friday"}), frozenset({"sales"}))) == []
    assert scan.regions(None) == [(0, len(scan.text))]


def test_a_text_with_a_letter_that_folds_into_ascii_is_scanned_whole():
    # "\u212a" (the Kelvin sign) matches "k" ignoring case; lower-casing the text misses that
    text = "Talks on Friday, a wee\u212a later."
    scan = dates.scan.Scan(text, [(0, len(text))])
    assert scan.regions((frozenset({"week"}),)) == [(0, len(text))]


def test_every_character_that_folds_into_an_ascii_letter_is_listed():
    letter = regex.compile(r"(?i)[a-z]")
    folding = [chr(code) for code in range(0x80, 0x110000) if letter.match(chr(code))]
    assert all(dates.literals.ASCII_FOLDS.match(char) for char in folding)


def test_event_dates_are_the_same_whether_the_article_text_is_given_or_rebuilt(nlp):
    text = ("On Tuesday the council met in the capital. It voted on a budget.\n\n"
            "Protesters marched on March 3, 2025, and police arrested two of them.")
    doc = nlp(text)
    events = tuple(make_event(doc, word) for word in ("met", "voted", "marched", "arrested"))
    given = Article(article_id="a1", text=text, source="test", published="2025-06-18")
    assert dates.date_events(events, doc, given) == dates.date_events(events, doc, article())
    assert dates.attach._doc_text(doc, given, [s.start for s in doc.sents]) == text
    assert dates.attach._doc_text(doc, article(), [s.start for s in doc.sents]) is None


def test_a_bare_year_the_tagger_reads_as_a_date_is_a_timex(nlp, lexicon):
    doc = nlp("Police recalled the 2010 raid on the camp.")
    found = dates.find_timexes(doc, PUBLISHED, lexicon)
    assert [(t.text, t.value) for t in found] == [("2010", "2010")]


# --- the reporting period business news names once --------------------------------------------


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a figure of a measure the story reports by period belongs to the quarter named before it,
    # across paragraphs
    ("Acme said first-quarter profit fell 20% to $40 million.\n\nRevenue rose 5% to $310 "
     "million from $295 million.", "rose", ("2025-Q1", "context")),
    # the year-ago quarter is what the figures are compared with, not the period in view
    ("Acme said its first-quarter net fell to $40 million from $50 million in the year-ago "
     "quarter. Sales slipped 2% to $300 million.", "slipped", ("2025-Q1", "context")),
    # a stock's move is the day's, not the quarter's
    ("Acme said first-quarter profit fell 20% to $40 million. Its shares fell 50 cents to $12.",
     "fell", ("2025-06-18", "publication")),
    # a longer stretch named after the quarter leaves no single period in view
    ("Acme said first-quarter profit fell 20%. In the past nine months, net rose 4% to $120 "
     "million. Revenue rose 2% to $900 million.", "rose", ("2025-06-18", "publication")),
])
def test_a_reported_figure_takes_the_period_the_story_named(nlp, text, word, expected):
    doc = nlp(text)
    event = make_event(doc, word, number=-1)
    (result,) = dates.date_events((event,), doc, article())
    assert (result.date, result.date_basis) == expected


# --- the trading session a market report quotes ----------------------------------------------


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a price quoted at the level it reached is the session's the story named (publication is
    # Wednesday 2025-06-18)
    ("Stocks slid in heavy trading yesterday as oil prices jumped.\n\nAcme closed at $41.50, "
     "down 75 cents.", "closed", ("2025-06-17", "context")),
    ("Bank shares fell on Monday. Acme fell 1/4 to 30 3/4 on Monday and Boreal gained a "
     "point. Tuesday's volume was light. Cobalt Mining dropped 2 to 18.", "dropped",
     ("2025-06-16", "context")),
    # a figure with no level reached, or a period's result, is no price quote
    ("Stocks slid in heavy trading yesterday.\n\nAcme lost 300 workers to rivals.", "lost",
     ("2025-06-18", "publication")),
    ("Stocks slid in heavy trading yesterday.\n\nAcme's profit fell to $40 million.", "fell",
     ("2025-06-18", "publication")),
    # a session more than a week old is no market report's latest
    ("Stocks slid on June 2.\n\nAcme closed at $41.50.", "closed",
     ("2025-06-18", "publication")),
])
def test_a_quoted_price_takes_the_trading_session_the_story_named(nlp, text, word, expected):
    doc = nlp(text)
    event = make_event(doc, word, number=-1)
    (result,) = dates.date_events((event,), doc, article())
    assert (result.date, result.date_basis) == expected
