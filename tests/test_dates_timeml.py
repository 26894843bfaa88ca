"""Tests of TimeML readings of the dates stage: spans known to be timexes (as a gold annotation
or a model's DATE gives them) and running text, valued as the TimeML guidelines say."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents import dates
from newsevents.records import Article, Event

PUBLISHED = dt.date(2025, 6, 18)  # a Wednesday


@pytest.fixture(scope="module")
def lexicon():
    return dates.load_lexicon()


def span_value(nlp, lexicon, sentence: str, text: str, published: dt.date = PUBLISHED):
    """Return the value `resolve_span` gives the first `text` of `sentence`."""
    doc = nlp(sentence)
    start = sentence.index(text)
    span = doc.char_span(start, start + len(text), alignment_mode="expand")
    found = dates.resolve_span(span, published, lexicon)
    return found.value if found else None


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a span that is only the count of "a month earlier" is a duration; the whole is a date
    ("The plant had closed a month earlier.", "a month", "P1M"),
    ("The plant had closed a month earlier.", "a month earlier", "2025-05"),
    ("Rebels returned three days later.", "three days", "P3D"),
    ("The talks collapsed on Monday night.", "Monday", "2025-06-16"),
    # "a year earlier" names the period compared with, however much of it is marked
    ("Sales rose to $5 million from $4 million a year earlier.", "a year", "2024"),
])
def test_a_span_inside_a_wider_timex_is_valued_as_given(nlp, lexicon, sentence, text, value):
    assert span_value(nlp, lexicon, sentence, text) == value


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a length or a time back the text leaves unsaid, as "a few years ago" is
    ("The museum has been closed for some time.", "some time", "PXX"),
    ("The city was founded centuries ago.", "centuries ago", "PAST_REF"),
    ("He retired months ago.", "months ago", "PAST_REF"),
    # the century or decade publication falls in, written as a named one is
    ("Europe has changed a great deal this century.", "this century", "20"),
    ("Prices will keep rising for the rest of this decade.", "this decade", "202"),
    # "for the foreseeable future" is a timex as "the near future" is, where a span says so
    ("Troops will stay for the foreseeable future.", "the foreseeable future", "FUTURE_REF"),
    # a span that takes in the comma after it
    ("Over this century, the coast has receded.", "this century,", "20"),
])
def test_a_known_span_running_text_leaves_alone_gets_a_value(nlp, lexicon, sentence, text,
                                                             value):
    assert span_value(nlp, lexicon, sentence, text) == value


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # sets: TimeML writes the recurring part and leaves the rest unknown
    ("Floods return to the valley each winter.", "each winter", "XXXX-WI"),
    ("Fishermen set out every morning.", "every morning", "XXXX-XX-XXTMO"),
    ("The club meets every Thursday evening.", "every Thursday evening", "XXXX-WXX-4TEV"),
    ("The market opens on Mondays.", "Mondays", "XXXX-WXX-1"),
    ("Flights leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("Traders rest every weekend.", "every weekend", "XXXX-WXX-WE"),
    # every second one: the period is two units; a weekday stays the weekday that recurs
    ("The newsletter goes out every other week.", "every other week", "P2W"),
    ("Inspectors call every second month.", "every second month", "P2M"),
    ("Veterans march every other Sunday.", "every other Sunday", "XXXX-WXX-7"),
    # "the year to February": the twelve months up to it, a length (as "the year ended ...")
    ("Rents rose 4% in the year to April.", "the year", "P1Y"),
    ("Riots have broken out for the past three summers.", "the past three summers", "XXXX-SU"),
    # "now" is PRESENT_REF whatever period follows it; "the past year" is a period
    ("It has now been three years since the war.", "now", "PRESENT_REF"),
    ("The minister said at the time that he would resign.", "the time", "PAST_REF"),
])
def test_sets_and_references(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a run of quarters; a year after a bound ("until at least 2030") is still the year
    ("The bank has lost money for six straight quarters.", "six straight quarters", "P6Q"),
    ("The base will stay open until at least 2030.", "2030", "2030"),
    ("Rates may stay low until as late as 2027.", "2027", "2027"),
])
def test_runs_of_quarters_and_bounded_years(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # TIMEX3 takes in the words that only blur a timex's edge; the value stays
    ("Output should recover over the next two years or so.", "the next two years or so", "P2Y"),
    ("Rates may stay low until 2027 or later.", "2027 or later", "2027"),
    ("The plan runs to 2030 and beyond.", "2030 and beyond", "2030"),
    ("Traders expect swings in the days ahead.", "the days ahead", "PXD"),
    ("The road ahead is long.", None, None),
])
def test_timex_extents_take_blurring_tails(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert [(t.text, t.value) for t in found] == ([(text, value)] if text else [])


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Repairs need two to three weeks.", "two to three weeks", "P2W"),
    ("The work will take between 12 and 18 months.", "12 and 18 months", "P12M"),
])
def test_a_known_span_holding_a_range_is_valued_by_its_start(nlp, lexicon, sentence, text,
                                                             value):
    assert span_value(nlp, lexicon, sentence, text) == value


@pytest.mark.parametrize(("sentence", "found"), [
    # the day next to a day named is one timex, without its article
    ("Shops reopened the day after Christmas.", [("day after Christmas", "2024-12-26")]),
    ("The day before Monday's hearing, he flew in.", [("day before Monday", "2025-06-15")]),
    # "a day after" counts a length, and leaves the day named alone
    ("The attack came a day after Monday's vote.", [("a day", "P1D"), ("Monday", "2025-06-16")]),
    # "the next morning" counts from the day named, not from the day before it
    ("The day before Monday's hearing, he flew in. He appeared in court the next morning.",
     [("day before Monday", "2025-06-15"), ("the next morning", "2025-06-17")]),
])
def test_the_day_before_or_after_a_day_named(nlp, lexicon, sentence, found):
    timexes = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert [(t.text, t.value) for t in timexes] == found


def found_values(nlp, lexicon, sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)]


@pytest.mark.parametrize(("sentence", "found"), [
    # half of one unit, in a smaller one where it has no whole half
    ("The dam has stood for half a century.", [("half a century", "P50Y")]),
    ("The firm grew for half a decade.", [("half a decade", "P5Y")]),
    ("The hearing took half a year.", [("half a year", "P6M")]),
    ("The truce held for half a day.", [("half a day", "PT12H")]),
    ("He waited half an hour for the bus.", [("half an hour", "PT30M")]),
    ("She spoke for a half-hour.", [("a half-hour", "PT30M")]),
    # a count and a half is still read as one
    ("The siege lasted a year and a half.", [("a year and a half", "P1Y6M")]),
])
def test_half_a_unit_is_half_its_length(nlp, lexicon, sentence, found):
    assert found_values(nlp, lexicon, sentence) == found


@pytest.mark.parametrize(("sentence", "found"), [
    # "prior" counts back as "previous" does
    ("Exports fell 3% from the prior year.", [("the prior year", "2024")]),
    ("Wages rose faster than in the prior month.", [("the prior month", "2025-05")]),
    ("Orders grew from the prior quarter.", [("prior quarter", "2025-Q1")]),
])
def test_prior_counts_back_as_previous_does(nlp, lexicon, sentence, found):
    assert found_values(nlp, lexicon, sentence) == found


@pytest.mark.parametrize(("sentence", "found"), [
    # a date named no finer than a month or a year has no day to count days or weeks from
    ("The mine opened in 1998 and flooded three days later.", [("1998", "1998")]),
    ("The strike began in March 2012; two weeks later it spread.", [("March 2012", "2012-03")]),
    # but a year counted from it is one
    ("The mine opened in 1998 and flooded two years later.",
     [("1998", "1998"), ("two years later", "2000")]),
])
def test_no_day_is_counted_from_a_date_named_by_month_or_year(nlp, lexicon, sentence, found):
    assert found_values(nlp, lexicon, sentence) == found


@pytest.mark.parametrize(("sentence", "found"), [
    # "the week before", "the month after" count from the date last named, as "the day
    # before" does
    ("The ferry sank on May 6, 2019; its owner had been warned the week before.",
     [("May 6, 2019", "2019-05-06"), ("the week before", "2019-W18")]),
    ("The port fell on May 2, 2011, and was retaken the month after.",
     [("May 2, 2011", "2011-05-02"), ("the month after", "2011-06")]),
    # not from a date named no finer than a month
    ("The strike began in March 2012 and spread the week after.", [("March 2012", "2012-03")]),
])
def test_a_week_or_month_counted_from_the_date_last_named(nlp, lexicon, sentence, found):
    assert found_values(nlp, lexicon, sentence) == found


@pytest.mark.parametrize(("sentence", "found"), [
    # the day a month names without telling which: TimeML writes its day unknown
    ("The dam broke in April 2016; that same day the valley flooded.",
     [("April 2016", "2016-04"), ("that same day", "2016-04-XX")]),
    ("The dam broke on April 9, 2016; that same day the valley flooded.",
     [("April 9, 2016", "2016-04-09"), ("that same day", "2016-04-09")]),
])
def test_that_day_after_a_month_is_a_day_of_it(nlp, lexicon, sentence, found):
    assert found_values(nlp, lexicon, sentence) == found


def test_that_day_after_a_month_dates_an_event_to_the_month(nlp, lexicon):
    text = "The dam broke in April 2016. That same day the valley flooded."
    doc = nlp(text)
    start = text.index("flooded")
    event = Event(event_id="e1", article_id="a1", sentence_index=1, sentence="", trigger="flooded",
                  trigger_span=(start, start + len("flooded")), cameo="010", cameo_root="01",
                  cameo_name="", quad_class=1, goldstein=0.0, plover_type="", plover_mode="")
    article = Article(article_id="a1", text=text, source="test", published=PUBLISHED.isoformat())
    [dated] = dates.date_events((event,), doc, article, lexicon)
    assert (dated.date, dated.date_precision) == ("2016-04", "month")


def test_a_day_named_inside_the_day_before_it_is_read_as_named(nlp, lexicon):
    sentence = "The day before Monday's hearing, he flew in."
    assert span_value(nlp, lexicon, sentence, "Monday") == "2025-06-16"


def test_tail_words_come_from_the_lexicon(nlp, tmp_path):
    """A user extends the blurring tails in calendar.csv, with no change to the code."""
    shipped = dates.lexicon.DATA
    (tmp_path / "anchors.csv").write_text((shipped / "anchors.csv").read_text())
    (tmp_path / "calendar.csv").write_text(
        (shipped / "calendar.csv").read_text() + "or thereabouts,tail,any\n")
    sentence = "The mine should stay open until 2040 or thereabouts."
    found = dates.find_timexes(nlp(sentence), PUBLISHED, dates.load_lexicon(tmp_path))
    assert [(t.text, t.value) for t in found] == [("2040 or thereabouts", "2040")]


def test_the_time_of_an_event_is_no_timex(nlp, lexicon):
    found = dates.find_timexes(nlp("At the time of the vote, he was abroad."), PUBLISHED, lexicon)
    assert found == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a count before "and 18 months" takes the unit the two counts share
    ("The work will take between 12 and 18 months.", "12", "P12M"),
    ("The work will take between 12 and 18 months.", "18 months", "P18M"),
    ("Repairs need two to three weeks.", "two", "P2W"),
    # a race time is a span of time, read off the clock
    ("The winner finished in 2:07:35 on Sunday.", "2:07:35", "PT2H7M35S"),
    ("The stage took 4:00:12.", "4:00:12", "PT4H12S"),
    # a second year written with two digits is in the first one's century
    ("The drought of 1957-58 ruined farms.", "1957", "1957"),
    ("The drought of 1957-58 ruined farms.", "58", "1958"),
    ("The 1999-00 season was poor.", "00", "2000"),
])
def test_counts_clock_durations_and_year_ranges(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]
    assert span_value(nlp, lexicon, sentence, text) == value


def test_an_iso_date_is_no_year_range(nlp, lexicon):
    found = dates.find_timexes(nlp("The filing is dated 2021-09-14."), PUBLISHED, lexicon)
    assert [t.value for t in found] == ["2021-09-14"]


@pytest.mark.parametrize(("published", "sentence", "value"), [
    # a verb of putting off sends its new date ahead, whatever its tense (published Wednesday)
    (PUBLISHED, "The vote was postponed until Monday.", "2025-06-23"),
    (PUBLISHED, "The court adjourned the hearing to Tuesday.", "2025-06-24"),
    (PUBLISHED, "The launch was delayed on Monday.", "2025-06-16"),  # the day it was put off
    # "would": ahead of the report, so a Friday published on a Friday is that day
    (dt.date(2025, 6, 20), "He said the bank would announce the figures on Friday.",
     "2025-06-20"),
    (dt.date(2025, 6, 20), "He said the bank would announce the figures on Monday.",
     "2025-06-23"),
    (dt.date(2025, 6, 20), "The bank will announce the figures on Friday.", "2025-06-27"),
    # a day between a verb of saying and its clause dates the saying, not what was said
    (PUBLISHED, "The company said on Monday it would cut 2,000 jobs.", "2025-06-16"),
    (PUBLISHED, "Officials told reporters Monday the talks would resume.", "2025-06-16"),
    (PUBLISHED, "The union said Thursday's strike would go ahead.", "2025-06-19"),
    # a past verb the tagger takes for a participle (subject, no auxiliary) still dates its own
    # happening, so a day-month date is behind, not just ahead
    (PUBLISHED, "The summit opened on Aug. 4.", "2024-08-04"),
    # "must" looks ahead, unless perfect
    (PUBLISHED, "The deal must be approved by Monday.", "2025-06-23"),
    (PUBLISHED, "He must have left on Monday.", "2025-06-16"),
])
def test_tense_of_putting_off_and_of_reported_plans(nlp, lexicon, published, sentence, value):
    assert [t.value for t in dates.find_timexes(nlp(sentence), published, lexicon)] == [value]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a day of a month, which day unsaid: the month's days left unknown
    ("She still remembers that January day in 2011.", "that January day", "2011-01-XX"),
    ("One March morning the rebels came.", "One March morning", "2025-03-XX"),
    ("Crowds marched on May Day.", "May Day", "2025-05-01"),  # a holiday, not a day of May
    # a second day joined to a month's day is in that month
    ("The summit will be held on July 24 and 25 in Rome.", "25", "2025-07-25"),
    ("Voting is set for July 9 or 10.", "10", "2025-07-10"),
])
def test_a_day_of_a_month(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]



@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a month that modifies a noun, or that "for" or "into" governs
    ("Police blamed him for the October killing.", "October", "2024-10"),
    ("The figures for October were weak.", "October", "2024-10"),
    # years listed after a year
    ("Doctors were killed in 1994, 1995 and 1997.", "1995", "1995"),
    ("He drove drunk from 1991 to 1997.", "1997", "1997"),
    ("Profits fell in both 2019 and 2020.", "2019", "2019"),
    # a season after more prepositions, but not "the fall of" a city
    ("Sales will stay weak well into the summer.", "the summer", "2025-SU"),
    ("Orders rose from the low levels of the early summer.", "the early summer", "2025-SU"),
])
def test_months_years_and_seasons_in_more_frames(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


@pytest.mark.parametrize("sentence", [
    "She voted for May in the race.",
    "Crowds marked the anniversary of the fall of the Wall.",
])
def test_a_name_or_a_fall_is_no_month_or_season(nlp, lexicon, sentence):
    assert dates.find_timexes(nlp(sentence), PUBLISHED, lexicon) == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # feasts counted from Easter (2025-04-20), and the US Election Day, a Tuesday in November
    ("Talks will resume after Easter.", "Easter", "2026-04-05"),
    ("Pilgrims gathered on Palm Sunday.", "Palm Sunday", "2025-04-13"),
    ("Shops closed for Good Friday.", "Good Friday", "2025-04-18"),
    ("Protesters prayed as Holy Week began.", "Holy Week", "2025-W16"),
    ("Voters will go to the polls on Election Day.", "Election Day", "2025-11-04"),
    # days fixed in the calendar or by a weekday of their month
    ("Tanks rolled through Moscow on Victory Day.", "Victory Day", "2025-05-09"),
    ("Believers lit candles for Orthodox Christmas.", "Orthodox Christmas", "2025-01-07"),
    ("Veterans will march on Remembrance Sunday.", "Remembrance Sunday", "2025-11-09"),
    # the rest of a unit is the unit under way; overnight, under a past verb, the night before
    ("Banks will stay shut for the rest of the week.", "the rest of the week", "2025-W25"),
    ("The storm hit the coast overnight.", "overnight", "2025-06-17TNI"),
    # after a named day, the night before it, which leaves that day the one counted from
    ("Shares fell on Monday. Overnight, futures slid.", "Overnight", "2025-06-15TNI"),
    ("Shares fell on Monday. Overnight, futures slid. The previous day was calm.",
     "The previous day", "2025-06-15"),
])
def test_feasts_rests_of_units_and_overnight(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


def test_a_change_that_will_not_come_overnight_names_no_night(nlp, lexicon):
    found = dates.find_timexes(nlp("Change will not come overnight."), PUBLISHED, lexicon)
    assert found == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a wire service's clock, and a two-digit hour after "at" on the 24-hour clock
    ("The attack began at 0600 GMT on Tuesday.", "0600 GMT on Tuesday", "2025-06-17T06:00"),
    ("Talks will resume at 14:00 GMT on Monday.", "14:00 GMT on Monday", "2025-06-23T14:00"),
    ("The final kicks off at 19:45.", "19:45", "2025-06-18T19:45"),
    # a time zone between the clock and its day keeps the day the clock's
    ("Stocks were up 1% at 3:30 p.m. ET on Monday.", "3:30 p.m. ET on Monday",
     "2025-06-16T15:30"),
    ("The blast came at 10:15 a.m. local time Tuesday.", "10:15 a.m. local time Tuesday",
     "2025-06-17T10:15"),
    ("Polls close at 8 p.m. CEST on Sunday.", "8 p.m. CEST on Sunday", "2025-06-22T20:00"),
    # "the 1800s" is a century, "the 1990s" and "the 2000s" decades
    ("The mill was built in the 1800s.", "1800s", "18"),
    ("The law dates from the early 1900s.", "the early 1900s", "19"),  # TIMEX3 takes the mod in
    ("Prices soared in the 2000s.", "2000s", "200"),
])
def test_wire_clock_times_and_hundreds(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a day of the month alone: the nearest such day on the tense's side
    ("The plan was announced on the 15th.", "the 15th", "2025-06-15"),
    ("The firm went bust on the 30th.", "the 30th", "2025-05-30"),
    # a week counted from the day last named
    ("The strike began on Jan. 5 and ended the following week.", "the following week",
     "2025-W02"),
])
def test_a_lone_day_of_the_month_and_the_following_week(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


def test_a_score_is_no_clock_time(nlp, lexicon):
    assert dates.find_timexes(nlp("The home side led 10:12 at the break."), PUBLISHED,
                              lexicon) == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a count of units in a row is a length of time
    ("Shares fell for three consecutive days.", "three consecutive days", "P3D"),
    ("The river rose for five straight weeks.", "five straight weeks", "P5W"),
    # "this past weekend" is the one just gone
    ("Crowds marched this past weekend.", "this past weekend", "2025-W24-WE"),
    # "the then-current price": the present of a time gone by
    ("Holders could buy shares at the then-current price.", "then-current", "PAST_REF"),
])
def test_counted_runs_the_weekend_just_gone_and_a_past_present(nlp, lexicon, sentence, text,
                                                               value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # TIMEX3 extents: a definite count of units takes its article, a hyphenated one before a
    # noun does not; "the end of" is a mod, and so is "mid-" joined to its date, each with the
    # article before it; "the past year", "the current quarter" take theirs; a fiscal year
    ("Profit rose in the nine months to May.", "the nine months", "P9M"),
    ("The 14-day strike ended.", "14-day", "P14D"),
    ("The plant will close by the end of 2026.", "the end of 2026", "2026"),
    ("Home prices soared in the mid-1990s.", "the mid-1990s", "199"),
    ("The band toured widely in the late 1970s.", "the late 1970s", "197"),
    ("Sales should recover in the current quarter.", "the current quarter", "2025-Q2"),
    ("In fiscal 2024, the firm earned $5 million.", "fiscal 2024", "2024"),
    ("The firm lost money in the fiscal first quarter of 2024.",
     "the fiscal first quarter of 2024", "2024-Q1"),
    # ... but an article before a date used as an adjective is its noun's
    ("The firm released the first-quarter figures.", "first-quarter", "2025-Q1"),
    ("Profit fell from the year-ago $4 million.", "year-ago", "2024"),
    ("Profit fell from the year-ago quarter.", "the year-ago quarter", "2024"),
])
def test_timex_extents_take_articles_mods_and_fiscal(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


def test_a_conjoined_verb_shares_the_future_of_its_head(nlp, lexicon):
    found = dates.find_timexes(nlp("The plant will close in May and reopen in April."),
                               PUBLISHED, lexicon)
    assert [t.value for t in found] == ["2026-05", "2026-04"]


def test_an_ordinal_before_a_noun_is_no_day(nlp, lexicon):
    assert dates.find_timexes(nlp("The lift stopped on the 15th floor."), PUBLISHED, lexicon) == []

def test_a_count_after_a_day_of_a_month_is_no_day(nlp, lexicon):
    found = dates.find_timexes(nlp("Three died on May 3 and 40 were hurt."), PUBLISHED, lexicon)
    assert [t.text for t in found] == ["May 3"]


def test_an_event_on_a_day_of_a_month_is_dated_to_the_month(nlp):
    text = "The two leaders met on that January day in 2011."
    doc = nlp(text)
    token = next(t for t in doc if t.text == "met")
    event = Event(event_id="e1", article_id="a1", sentence_index=0, sentence=text,
                  trigger="met", trigger_span=(token.idx, token.idx + 3), cameo="040",
                  cameo_root="04", cameo_name="consult", quad_class=1, goldstein=1.0,
                  plover_type="CONSULT", plover_mode="")
    article = Article(article_id="a1", text=text, source="test", published="2025-06-18")
    [dated] = dates.date_events((event,), doc, article)
    assert (dated.date, dated.date_precision) == ("2011-01", "month")


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # "one day" ahead is some time to come; behind, or counted, a day's length
    ("The country will one day join the union.", "one day", "FUTURE_REF"),
    ("The strike lasted one day.", "one day", "P1D"),
    ("They will live without power for a while.", "a while", "PXX"),
    ("The envoy left a while ago.", "a while ago", "PAST_REF"),
    ("It will seek more funds at a later date.", "a later date", "FUTURE_REF"),
    ("The firm will sell the unit as soon as possible.", "as soon as possible", "FUTURE_REF"),
    # "past" or "future" before a plural unit, with no article or count, is the past or the
    # future at large; "the past two years" is a period
    ("Floods were rarer in past decades.", "past decades", "PAST_REF"),
    ("The cuts will lower costs in future years.", "future years", "FUTURE_REF"),
    ("Prices rose over the past two years.", "the past two years", "P2Y"),
])
def test_times_of_no_stated_place_or_length(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert [(t.text, t.value) for t in found] == [(text, value)]


def test_a_vaguely_counted_unit_is_of_unknown_length(nlp, lexicon):
    sentence = "He ended a several-year tenure as editor."
    assert span_value(nlp, lexicon, sentence, "several-year") == "PXY"


def test_a_year_later_counts_from_the_date_last_named(nlp, lexicon):
    doc = nlp("The dam was finished in 2019. A year later, the valley flooded.")
    assert [t.value for t in dates.find_timexes(doc, PUBLISHED, lexicon)] == ["2019", "2020"]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The pope was chosen on Wednesday of last week.", "Wednesday of last week", "2025-06-11"),
    ("The mill was built a century ago.", "a century ago", "1925"),
    ("Repairs will take a few more weeks.", "a few more weeks", "PXW"),
])
def test_weekdays_of_named_weeks_centuries_ago_and_more_weeks(nlp, lexicon, sentence, text,
                                                              value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert [(t.text, t.value) for t in found] == [(text, value)]


def test_a_weekday_marked_apart_from_its_week_keeps_that_week(nlp, lexicon):
    sentence = "The pope was chosen on Wednesday of last week."
    assert span_value(nlp, lexicon, sentence, "Wednesday") == "2025-06-11"


@pytest.mark.parametrize(("sentence", "values"), [
    # the end of a range never falls before its start (published June 2025)
    ("The festival runs from September through April.", ["2025-09", "2026-04"]),
    ("The exhibition will run from November to February.", ["2025-11", "2026-02"]),
    ("Talks were held between November and March.", ["2024-11", "2025-03"]),
    # an end whose year is unsaid takes it from the other end
    ("The festival runs from Dec. 20 to Jan. 5, 2026.", ["2025-12-20", "2026-01-05"]),
    ("The plant ran from March 2020 to May.", ["2020-03", "2020-05"]),
    # "between May and" a name is no range of months
    ("Talks between May and Macron failed.", []),
])
def test_the_ends_of_a_range_read_as_one_stretch(nlp, lexicon, sentence, values):
    assert [t.value for t in dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)] == values


@pytest.mark.parametrize(("sentence", "texts"), [
    # words running text writes lower-case, capitalised inside a sentence, name a show or a film
    ("The minister spoke on ABC's This Week about the talks.", []),
    ("He told 60 Minutes that he would run.", []),
    ("The poster showed the film ``High Noon.''", []),
    # ... but a sentence's first word and the names of days are times
    ("``Today, we act,'' she said.", ["Today"]),
    ("Pilgrims gathered in Holy Week and on Good Friday.", ["Holy Week", "Good Friday"]),
])
def test_a_title_is_no_time(nlp, lexicon, sentence, texts):
    assert [t.text for t in dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)] == texts


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # "the Nth day" of something that the present says today is: publication's day
    ("In the capital, today is the fifth day of the blockade.", "the fifth day", "2025-06-18"),
    ("It's the 12th straight day of protests.", "the 12th straight day", "2025-06-18"),
])
def test_the_nth_day_that_today_is_is_publication_day(nlp, lexicon, sentence, text, value):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert (text, value) in [(t.text, t.value) for t in found]


@pytest.mark.parametrize("sentence", [
    "It is the first day of the month.",  # a day of the calendar, no count of days
    "Monday was the third day of the strike.",  # a past one is its subject's day, unsaid here
])
def test_the_nth_day_without_a_present_today_is_no_timex(nlp, lexicon, sentence):
    found = dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
    assert not [t.text for t in found if t.text.endswith(" day")]


@pytest.mark.parametrize(("text", "values"), [
    # a part of the day after a preposition is that part of the day last named, else of
    # publication's; the night is left out, being as often the night before
    ("Shares fell on Friday. Dealers sold heavily in the morning.",
     ["2025-06-13", "2025-06-13TMO"]),
    ("By mid-afternoon, officials said the raid was over.", ["2025-06-18TAF"]),
    ("The rebels attacked during the night.", []),
    ("The jury will decide in the morning.", []),  # as often the next morning
])
def test_a_part_of_the_day_is_of_the_day_last_named(nlp, lexicon, text, values):
    assert [t.value for t in dates.find_timexes(nlp(text), PUBLISHED, lexicon)] == values


# An audit of the dates stage against the TimeML 1.2.1 TIMEX3 guidelines: one sentence of our own
# for each form they describe, published on a Wednesday (2025-06-18, ISO week 25, the second
# quarter). Where TimeBank's annotators settle a choice the guidelines leave open ("the past
# year" a year, "every quarter" P1Q, "centuries" PXC), the value is theirs.
TIMEML_FORMS = [
    # calendar dates
    ('The ministers met on March 22.', 'March 22', '2025-03-22'),
    ('The plant opened in March 1990.', 'March 1990', '1990-03'),
    ('The treaty was signed in 1990.', '1990', '1990'),
    ('The vote will be held on Dec. 5.', 'Dec. 5', '2025-12-05'),
    ('Talks resumed Monday.', 'Monday', '2025-06-16'),
    ('The envoy will arrive Friday.', 'Friday', '2025-06-20'),
    ('The law took effect on June 2, 2019.', 'June 2, 2019', '2019-06-02'),
    ('The strike began yesterday.', 'yesterday', '2025-06-17'),
    ('The court rules today.', 'today', '2025-06-18'),
    ('The summit opens tomorrow.', 'tomorrow', '2025-06-19'),
    # weeks, months, years relative
    ('Prices fell this week.', 'this week', '2025-W25'),
    ('Prices fell last week.', 'last week', '2025-W24'),
    ('The panel meets next week.', 'next week', '2025-W26'),
    ('Exports slumped last month.', 'last month', '2025-05'),
    ('The mine will reopen next month.', 'next month', '2025-07'),
    ('Output grew last year.', 'last year', '2024'),
    ('Output will grow this year.', 'this year', '2025'),
    ('Rates will rise next year.', 'next year', '2026'),
    ('The army withdrew two weeks ago.', 'two weeks ago', '2025-W23'),
    ('The army withdrew three months ago.', 'three months ago', '2025-03'),
    ('The army withdrew two years ago.', 'two years ago', '2023'),
    ('The army withdrew five days ago.', 'five days ago', '2025-06-13'),
    ('The bank raised rates earlier this year.', 'earlier this year', '2025'),
    ('The bank raised rates earlier this month.', 'earlier this month', '2025-06'),
    ('A vote is expected later this year.', 'later this year', '2025'),
    ('The port will reopen early next year.', 'early next year', '2026'),
    ('The port closed late last year.', 'late last year', '2024'),
    ("Next year's budget was approved.", "Next year's", '2026'),
    ('The deal will close by the end of the year.', 'the end of the year', '2025'),
    # a company's year counted from publication as the calendar's is; the latest is the last
    # one over
    ('The brewer cut 300 jobs last fiscal year.', 'last fiscal year', '2024'),
    ('The brewer plans to open two plants next fiscal year.', 'next fiscal year', '2026'),
    ('Exports made up a third of sales in the latest fiscal year.', 'the latest fiscal year',
     '2024'),
    ('The deal will close by year-end.', 'year-end', '2025'),
    # ... and under a past verb the year-end already gone by
    ('The index has risen 12% since year-end.', 'year-end', '2024'),
    ('The miner held $40 million in cash at year-end.', 'year-end', '2024'),
    ('The deal will close by the end of the month.', 'the end of the month', '2025-06'),
    ('The deal closed at the end of March.', 'the end of March', '2025-03'),
    ('The deal closed at the start of 2024.', 'the start of 2024', '2024'),
    ('Flooding began in mid-March.', 'mid-March', '2025-03'),
    ('Flooding began in early May.', 'early May', '2025-05'),
    # seasons
    ('The drought began in the summer of 1999.', 'the summer of 1999', '1999-SU'),
    ('The drought ended last winter.', 'last winter', '2024-WI'),
    ('Crops will be planted next spring.', 'next spring', '2026-SP'),
    ('Fuel will be rationed this winter.', 'this winter', '2025-WI'),
    ('The election was held last fall.', 'last fall', '2024-FA'),
    # quarters and halves
    ('Profit rose in the first quarter.', 'the first quarter', '2025-Q1'),
    ('Profit fell in the fourth quarter of 1989.', 'the fourth quarter of 1989', '1989-Q4'),
    ('Profit rose in the first quarter, up from the year-ago quarter.',
     'the year-ago quarter', '2024-Q1'),
    ('Profit rose in the first quarter, against $4 million a year earlier.',
     'a year earlier', '2024-Q1'),
    ('Sales rose in the second quarter of 2024.', 'the second quarter of 2024', '2024-Q2'),
    ('Sales will rise in the third quarter.', 'the third quarter', '2025-Q3'),
    ('Sales rose in the first half of 1990.', 'the first half of 1990', '1990-H1'),
    ('Sales rose 5% in fiscal 2024.', 'fiscal 2024', '2024'),
    ('Earnings rose in the current quarter.', 'the current quarter', '2025-Q2'),
    ("Earnings will rise in next year's first quarter.", "next year's first quarter", '2026-Q1'),
    # decades and centuries
    ('The firm grew fast in the 1990s.', 'the 1990s', '199'),
    ('The firm grew fast in the late 1990s.', 'the late 1990s', '199'),
    ('The firm grew fast in the early 1980s.', 'the early 1980s', '198'),
    ('The firm was founded in the mid-1960s.', 'the mid-1960s', '196'),
    ('The bridge was built in the 19th century.', 'the 19th century', '18'),
    ('The bridge was built in the 20th century.', 'the 20th century', '19'),
    ("The firm grew fast in the '80s.", "the '80s", '198'),
    # times of day
    ('Rockets hit the city tonight.', 'tonight', '2025-06-18TNI'),
    ('Rockets hit the city this morning.', 'this morning', '2025-06-18TMO'),
    ('Rockets hit the city this afternoon.', 'this afternoon', '2025-06-18TAF'),
    ('The minister will speak this evening.', 'this evening', '2025-06-18TEV'),
    ('Rockets hit the city last night.', 'last night', '2025-06-17TNI'),
    ('Rockets hit the city yesterday morning.', 'yesterday morning', '2025-06-17TMO'),
    ('Rockets hit the city Tuesday afternoon.', 'Tuesday afternoon', '2025-06-17TAF'),
    ('Rockets hit the city at 3 p.m.', '3 p.m.', '2025-06-18T15:00'),
    ('Rockets hit the city at 10:30 a.m. Tuesday.', '10:30 a.m. Tuesday', '2025-06-17T10:30'),
    ('The truce takes effect at midnight.', 'midnight', '2025-06-18T24:00'),
    ('The ministers met at noon Tuesday.', 'noon Tuesday', '2025-06-17T12:00'),
    ('Rebels attacked the base overnight.', 'overnight', '2025-06-17TNI'),
    # references
    ('Tensions have risen recently.', 'recently', 'PAST_REF'),
    ('The company is now profitable.', 'now', 'PRESENT_REF'),
    ('The company is currently profitable.', 'currently', 'PRESENT_REF'),
    ('The minister was in Paris at the time.', 'the time', 'PAST_REF'),
    ('The party hopes to win in the future.', 'the future', 'FUTURE_REF'),
    ('The town was rebuilt a few years ago.', 'a few years ago', 'PAST_REF'),
    ('Such raids were common in the past.', 'the past', 'PAST_REF'),
    ('Such raids are rare at present.', 'present', 'PRESENT_REF'),
    # durations
    ('The siege lasted nine months.', 'nine months', 'P9M'),
    ('Prices doubled in the last two years.', 'the last two years', 'P2Y'),
    ('Prices doubled in the past 24 hours.', 'the past 24 hours', 'PT24H'),
    ('The ceasefire will start in two weeks.', 'two weeks', 'P2W'),
    ('A decision is due within a month.', 'a month', 'P1M'),
    ('The talks lasted for years.', 'years', 'PXY'),
    ('The valley has been fought over for centuries.', 'centuries', 'PXC'),
    ('The talks lasted several months.', 'several months', 'PXM'),
    ('The talks lasted a few days.', 'a few days', 'PXD'),
    ('The talks lasted three hours.', 'three hours', 'PT3H'),
    ('The talks lasted 90 minutes.', '90 minutes', 'PT90M'),
    ('The talks lasted two decades.', 'two decades', 'P20Y'),
    ('The talks lasted a week.', 'a week', 'P1W'),
    ('The talks lasted 10 days.', '10 days', 'P10D'),
    ('Prices rose over the past decade.', 'the past decade', 'P10Y'),
    ('Prices rose over the past few weeks.', 'the past few weeks', 'PXW'),
    ('Prices will rise over the next few years.', 'the next few years', 'PXY'),
    ('Prices rose over the past six months.', 'the past six months', 'P6M'),
    # sets
    ('The board meets every week.', 'every week', 'P1W'),
    ('The paper is printed daily.', 'daily', 'P1D'),
    ('The club meets each Tuesday.', 'each Tuesday', 'XXXX-WXX-2'),
    ('Figures are released monthly.', 'monthly', 'P1M'),
    ('Figures are released weekly.', 'weekly', 'P1W'),
    ('The festival is held every year.', 'every year', 'P1Y'),
    # anaphora
    ('The ministers met on Tuesday. The day before, rebels shelled the town.',
     'The day before', '2025-06-16'),
    ('Rebels shelled the town the day before.', 'the day before', '2025-06-17'),
    ('Output rose 5% from the same period last year.', 'the same period last year', '2024'),
    ('The ministers met on May 3. The next day, rebels shelled the town.',
     'The next day', '2025-05-04'),
    ('Talks stalled over the weekend.', 'the weekend', '2025-W24-WE'),
    ('Talks will resume over the weekend.', 'the weekend', '2025-W25-WE'),
    ('The ministers will meet this weekend.', 'this weekend', '2025-W25-WE'),
    # more of each kind: halves, lengths, sets, days named, counted and anchored, times of day,
    # fiscal and financial periods
    ('Sales rose in the second half of 2024.', 'the second half of 2024', '2024-H2'),
    ('Sales rose in the last half of 1989.', 'the last half of 1989', '1989-H2'),
    ('Prices rose over the past 12 months.', 'the past 12 months', 'P12M'),
    ('The envoy left a week earlier.', 'a week earlier', '2025-W24'),
    ('The envoy left a day earlier.', 'a day earlier', '2025-06-17'),
    ('The envoy will leave the day after tomorrow.', 'the day after tomorrow', '2025-06-20'),
    ('The envoy left the day before yesterday.', 'the day before yesterday', '2025-06-16'),
    ('Rockets hit the city Tuesday night.', 'Tuesday night', '2025-06-17TNI'),
    ('Rockets hit the city Tuesday evening.', 'Tuesday evening', '2025-06-17TEV'),
    ('Prices will rise over the next 10 years.', 'the next 10 years', 'P10Y'),
    ('The siege lasted more than a year.', 'more than a year', 'P1Y'),
    ('The siege lasted about three weeks.', 'about three weeks', 'P3W'),
    ('The siege lasted half an hour.', 'half an hour', 'PT30M'),
    ('The siege lasted an hour and a half.', 'an hour and a half', 'PT1H30M'),
    ('The siege lasted 48 hours.', '48 hours', 'PT48H'),
    ('The siege lasted six weeks.', 'six weeks', 'P6W'),
    ('The siege lasted 20 years.', '20 years', 'P20Y'),
    ('The order lasted a century.', 'a century', 'P100Y'),
    ('Prices soared in the 2020s.', 'the 2020s', '202'),
    ('Prices soared in the 2010s.', 'the 2010s', '201'),
    ('Prices soared in the sixties.', 'the sixties', '196'),
    ('The bridge was built in the late 19th century.', 'the late 19th century', '18'),
    ('The board meets twice a year.', 'twice a year', 'P1Y'),
    ('The board meets once a week.', 'once a week', 'P1W'),
    ('Elections are held every two years.', 'every two years', 'P2Y'),
    ('The market opens on Sundays.', 'Sundays', 'XXXX-WXX-7'),
    ('Guards patrol each morning.', 'each morning', 'XXXX-XX-XXTMO'),
    ('The bulletin is updated hourly.', 'hourly', 'PT1H'),
    ('Reports are filed yearly.', 'yearly', 'P1Y'),
    ('The mine closed a month ago.', 'a month ago', '2025-05'),
    ('The mine closed a week ago.', 'a week ago', '2025-W24'),
    ('The mine closed a year ago.', 'a year ago', '2024'),
    ('The mine closed last Tuesday.', 'last Tuesday', '2025-06-17'),
    ('The mine will reopen next Tuesday.', 'next Tuesday', '2025-06-24'),
    ('The mine will reopen this Friday.', 'this Friday', '2025-06-20'),
    ('The mine closed on Tuesday, June 17.', 'Tuesday, June 17', '2025-06-17'),
    ('The mine closed on the 17th.', 'the 17th', '2025-06-17'),
    ('The fair opens in the summer.', 'the summer', '2025-SU'),
    ('The fair opened in spring 2024.', 'spring 2024', '2024-SP'),
    ('The vote will be held in the middle of next week.', 'the middle of next week', '2025-W26'),
    ('The vote will be held at the end of next month.', 'the end of next month', '2025-07'),
    ('The games began in the year 2000.', 'the year 2000', '2000'),
    ('The law takes effect Jan. 1, 2026.', 'Jan. 1, 2026', '2026-01-01'),
    ('The law took effect on 2024-05-03.', '2024-05-03', '2024-05-03'),
    ('The law took effect on May 3rd.', 'May 3rd', '2025-05-03'),
    ('The law took effect on 3 May.', '3 May', '2025-05-03'),
    ('The law took effect on the third of May.', 'the third of May', '2025-05-03'),
    ('The quake struck at 6:45 a.m. EDT.', '6:45 a.m. EDT', '2025-06-18T06:45'),
    ('The quake struck at 1400 GMT.', '1400 GMT', '2025-06-18T14:00'),
    ('The quake struck early Tuesday.', 'early Tuesday', '2025-06-17'),
    ('The quake struck late Tuesday.', 'late Tuesday', '2025-06-17'),
    ('The talks ended the previous month.', 'the previous month', '2025-05'),
    ('The talks ended the previous week.', 'the previous week', '2025-W24'),
    ('Such deals are common these days.', 'these days', 'PRESENT_REF'),
    ('Such deals are common nowadays.', 'nowadays', 'PRESENT_REF'),
    ('Prices rose 5% in Q1.', 'Q1', '2025-Q1'),
    ('Sales rose in the 1989 fiscal year.', 'the 1989 fiscal year', '1989'),
    ('Output fell from the year-earlier period.', 'the year-earlier period', '2024'),
    ('The summit will be held in the fall.', 'the fall', '2025-FA'),
    ('The plant will close in 2027.', '2027', '2027'),
    ('The plant closed in the 1980s and 1990s.', 'the 1980s', '198'),
    ('Rebels have held the town since last summer.', 'last summer', '2024-SU'),
    ('The pact expires at the end of the decade.', 'the end of the decade', '202'),
    ('Sales rose 4% in the year through March.', 'the year', 'P1Y'),
    ('The firm was founded 50 years ago.', '50 years ago', '1975'),
    ('The lake froze for the first time in a decade.', 'a decade', 'P10Y'),
    ('Over the weekend, rebels shelled the town.', 'the weekend', '2025-W24-WE'),
    ('Last weekend, rebels shelled the town.', 'Last weekend', '2025-W24-WE'),
    ('Prices rose this month.', 'this month', '2025-06'),
    ('Prices rose this quarter.', 'this quarter', '2025-Q2'),
    ('Prices rose last quarter.', 'last quarter', '2025-Q1'),
    ('Prices will rise next quarter.', 'next quarter', '2025-Q3'),
    ('Prices rose in the second quarter from the first quarter.', 'the first quarter', '2025-Q1'),
    ("The tally for 2024's third quarter was revised.", "2024's third quarter", '2024-Q3'),
    ('The mine closed in January.', 'January', '2025-01'),
    ('The mine will reopen in September.', 'September', '2025-09'),
    ('The mine closed last September.', 'last September', '2024-09'),
    ('The mine will reopen next January.', 'next January', '2026-01'),
    ('The mine closed in January last year.', 'January last year', '2024-01'),
    ('The mine will reopen in January next year.', 'January next year', '2026-01'),
    ('Profit rose in the first nine months.', 'the first nine months', 'P9M'),
    ('Profit rose in the nine months ended March 31.', 'the nine months', 'P9M'),
    ('Profit rose in its fiscal second quarter.', 'fiscal second quarter', '2025-Q2'),
    ('Profit rose in the second quarter ended March 31.', 'the second quarter', '2025-Q2'),
    ('Profit rose in the prior year.', 'the prior year', '2024'),
    ('Profit rose from the previous quarter.', 'the previous quarter', '2025-Q1'),
    ('Shops were busy at Christmas.', 'Christmas', '2024-12-25'),
    ('Shops will be busy at Christmas.', 'Christmas', '2025-12-25'),
    ('The ministers met on May 3. That night, rebels shelled the town.',
     'That night', '2025-05-03TNI'),
    ('Rockets hit the city early this morning.', 'early this morning', '2025-06-18TMO'),
    ('Rockets hit the city late Tuesday night.', 'late Tuesday night', '2025-06-17TNI'),
    ('Rockets hit the city Monday morning.', 'Monday morning', '2025-06-16TMO'),
    ('The board will meet next Monday morning.', 'next Monday morning', '2025-06-23TMO'),
    ('The firm was listed in mid-2024.', 'mid-2024', '2024'),
    ('The firm was listed in early 2024.', 'early 2024', '2024'),
    ('The firm was listed in late 2023.', 'late 2023', '2023'),
    ('The firm was listed in the spring of 2024.', 'the spring of 2024', '2024-SP'),
    ("The firm grew fast in the '90s.", "the '90s", '199'),
    ('The firm has grown for the past two decades.', 'the past two decades', 'P20Y'),
    ('Rain fell for the last 10 days.', 'the last 10 days', 'P10D'),
    ('A deal is expected in the next 48 hours.', 'the next 48 hours', 'PT48H'),
    ('The ministers met on May 3. Two weeks later, the truce collapsed.',
     'Two weeks later', '2025-W20'),
    ("Last year's harvest was poor.", "Last year's", '2024'),
    ("This year's harvest was poor.", "This year's", '2025'),
    ("Tuesday's vote was close.", "Tuesday's", '2025-06-17'),
    ("Last week's vote was close.", "Last week's", '2025-W24'),
    ("Yesterday's vote was close.", "Yesterday's", '2025-06-17'),
    ("The firm's 1998 results were poor.", '1998', '1998'),
    ('The firm was listed in May 2024.', 'May 2024', '2024-05'),
    ('The towers fell on Sept. 11, 2001.', 'Sept. 11, 2001', '2001-09-11'),
    ('The polls close at 5:30 p.m. local time.', '5:30 p.m.', '2025-06-18T17:30'),
    ('The polls closed at noon.', 'noon', '2025-06-18T12:00'),
    ('The polls closed at 11 p.m. Tuesday.', '11 p.m. Tuesday', '2025-06-17T23:00'),
    ('The debt will be repaid by the end of 2026.', 'the end of 2026', '2026'),
    ('The debt was repaid at the beginning of March.', 'the beginning of March', '2025-03'),
    ('The debt will be repaid by the end of this week.', 'the end of this week', '2025-W25'),
    ('The debt was repaid at the end of last year.', 'the end of last year', '2024'),
    ('The firm has grown in the past several years.', 'the past several years', 'PXY'),
    ('The firm has grown in the last few months.', 'the last few months', 'PXM'),
    ('The siege lasted several hours.', 'several hours', 'PTXH'),
    ('The siege lasted a few weeks.', 'a few weeks', 'PXW'),
    ('Prices fell in the past two weeks.', 'the past two weeks', 'P2W'),
    ('Prices fell in the previous two years.', 'the previous two years', 'P2Y'),
    ('Prices fell in the first six months of the year.', 'the first six months', 'P6M'),
    ('The firm expects growth in coming years.', 'coming years', 'PXY'),
    ('The firm expects growth in the years ahead.', 'the years ahead', 'PXY'),
    ('The envoy left on the previous Friday.', 'the previous Friday', '2025-06-13'),
    ('The strike ended Sunday, the 15th.', 'Sunday', '2025-06-15'),
    ('The vote will take place sometime next year.', 'sometime next year', '2026'),
    ('The vote will take place in 2026 or later.', '2026', '2026'),
    ('The firm will hire staff within 18 months.', '18 months', 'P18M'),
    ('The law passed in the autumn of 2023.', 'the autumn of 2023', '2023-FA'),
    ('Sales fell in the year-ago period.', 'the year-ago period', '2024'),
    ('The mine closed at least 10 years ago.', 'at least 10 years ago', '2015'),
    ('The mine closed nearly two weeks ago.', 'nearly two weeks ago', '2025-W23'),
    ('The mine closed 40 years ago.', '40 years ago', '1985'),
    ('The pact lapsed a decade ago.', 'a decade ago', '2015'),
    ('The siege lasted 10 minutes.', '10 minutes', 'PT10M'),
    ('The siege lasted 30 seconds.', '30 seconds', 'PT30S'),
    ('Late on Tuesday, rebels shelled the town.', 'Late on Tuesday', '2025-06-17'),
    ('Prices rose 2% this past week.', 'this past week', '2025-W24'),
    ('Sales rose in the 52 weeks to March.', 'the 52 weeks', 'P52W'),
    ('The firm will report its results on Thursday.', 'Thursday', '2025-06-19'),
    ('The truce expired on Sunday.', 'Sunday', '2025-06-15'),
    ('The truce expires on Sunday.', 'Sunday', '2025-06-22'),
    ('The ministers met on Wednesday.', 'Wednesday', '2025-06-18'),
    ('Talks resume in September, officials said.', 'September', '2025-09'),
    ('Prices fell in May.', 'May', '2025-05'),
    ('The summit opens on July 4.', 'July 4', '2025-07-04'),
    # a second round: ranges and lists, holidays, possessives, centuries, lengths that describe
    # a noun, quarters of a year named, clock times with zones, the week or month named again
    ('The season began on Friday, March 21, 2025.', 'Friday, March 21, 2025', '2025-03-21'),
    ('The talks ran on March 21-22.', 'March 21', '2025-03-21'),
    ('Output rose between 2010 and 2015.', '2010', '2010'),
    ('Output rose from 1990 to 1995.', '1995', '1995'),
    ('Output has risen since 2001.', '2001', '2001'),
    ('The curfew lasts until Friday.', 'Friday', '2025-06-20'),
    ('Prices rose in the 12 months to March.', 'the 12 months', 'P12M'),
    ('Crops will be planted this spring.', 'this spring', '2025-SP'),
    ('The ministers met on May 3. The same day, rebels shelled the town.',
     'The same day', '2025-05-03'),
    ('The truce collapsed two days after the vote.', 'two days', 'P2D'),
    ('The ministers met on May 3. The previous evening, rebels shelled the town.',
     'The previous evening', '2025-05-02'),
    ("Saturday's rally was peaceful.", "Saturday's", '2025-06-14'),
    ('The parade is held on the 4th of July.', 'the 4th of July', '2025-07-04'),
    ('The church was full at Easter.', 'Easter', '2025-04-20'),
    ('Shops will close on Thanksgiving.', 'Thanksgiving', '2025-11-27'),
    ('The rally was held this past Sunday.', 'this past Sunday', '2025-06-15'),
    ('A deal is expected in a week.', 'a week', 'P1W'),
    ('Emissions must fall by 2030.', '2030', '2030'),
    ("Last summer's drought was severe.", "Last summer's", '2024-SU'),
    ("1999's crash hurt many firms.", "1999's", '1999'),
    ('Prices soared in the early 2000s.', 'the early 2000s', '200'),
    ('The church was built in the 18th century.', 'the 18th century', '17'),
    ('The church was built in the late 1800s.', 'the late 1800s', '18'),
    ('The siege lasted ten years.', 'ten years', 'P10Y'),
    ('The siege lasted a fortnight.', 'a fortnight', 'P2W'),
    ('The feud lasted a quarter century.', 'a quarter century', 'P25Y'),
    ('The feud lasted a half century.', 'a half century', 'P50Y'),
    ('Prices rose over the past quarter century.', 'the past quarter century', 'P25Y'),
    ('Rain fell in the last 24 hours.', 'the last 24 hours', 'PT24H'),
    ('He won a two-year term.', 'two-year', 'P2Y'),
    ('The strike lasted a month-long stretch.', 'month-long', 'P1M'),
    ('The ban runs through the 90-day period.', '90-day', 'P90D'),
    ('The debt was valued as of March 31.', 'March 31', '2025-03-31'),
    ('The debt was repaid in late March.', 'late March', '2025-03'),
    ('The debt was repaid at the end of the first quarter.',
     'the end of the first quarter', '2025-Q1'),
    ('The plant will open in the third quarter of next year.',
     'the third quarter of next year', '2026-Q3'),
    ('Sales rose in the three months to March.', 'the three months', 'P3M'),
    ('The polls closed at 1530 GMT.', '1530 GMT', '2025-06-18T15:30'),
    ('The polls closed at 10 p.m. EST Monday.', '10 p.m. EST Monday', '2025-06-16T22:00'),
    ('The polls closed around 8 p.m.', '8 p.m.', '2025-06-18T20:00'),
    ('The firm expects growth in the coming year.', 'the coming year', '2026'),
    ('The firm expects growth in the current year.', 'the current year', '2025'),
    ('The vote will be held later in the week.', 'later in the week', '2025-W25'),
    ('The vote was held earlier in the week.', 'earlier in the week', '2025-W25'),
    ('The vote will be held later in the month.', 'later in the month', '2025-06'),
    ('The vote was held last Saturday.', 'last Saturday', '2025-06-14'),
    ('The vote will be held next month, on July 9.', 'July 9', '2025-07-09'),
    ('The plant closed in 2019 and reopened in 2021.', '2021', '2021'),
    ('Sales in 2024 rose 5%.', '2024', '2024'),
    ('Profit for fiscal 2025 rose.', 'fiscal 2025', '2025'),
    ('The Group of Seven met in Rome in October.', 'October', '2024-10'),
    ('The Group of Seven will meet in Rome in October.', 'October', '2025-10'),
    ('The firm reported its results in February.', 'February', '2025-02'),
    ('The ministers meet twice a month.', 'twice a month', 'P1M'),
    ('The ministers met late last week.', 'late last week', '2025-W24'),
    ('The ministers met early last month.', 'early last month', '2025-05'),
    ('The ministers will meet early next week.', 'early next week', '2025-W26'),
    ('Prices have fallen this year and last.', 'this year', '2025'),
    ('The ministers met in the spring.', 'the spring', '2025-SP'),
    ('Inflation fell to 2% in May from 3% in April.', 'April', '2025-04'),
    ('The price rose to $5 in the second quarter from $4 in the first quarter.',
     'the first quarter', '2025-Q1'),
    ('Output for the quarter ended March 31 rose.', 'the quarter', '2025-Q1'),
    ('The accord takes effect on January 1.', 'January 1', '2026-01-01'),
    ('The accord took effect on January 1.', 'January 1', '2025-01-01'),
    # a third round: news-wire lengths and counts, holidays by tense, clock times, the days,
    # months and years of a market report
    ('It was the first win in 20 years.', '20 years', 'P20Y'),
    ('The 2012 election was close.', '2012', '2012'),
    ('Prices fell over the past two days.', 'the past two days', 'P2D'),
    ('A reply is due within 24 hours.', '24 hours', 'PT24H'),
    ('Prices fell over the past several weeks.', 'the past several weeks', 'PXW'),
    ('The feud lasted nearly 30 years.', 'nearly 30 years', 'P30Y'),
    ('The feud lasted more than a decade.', 'more than a decade', 'P10Y'),
    ('Talks will go on in the days ahead.', 'the days ahead', 'PXD'),
    ('Rockets hit the city on Friday afternoon.', 'Friday afternoon', '2025-06-13TAF'),
    ('Sales rose in the first half of the year.', 'the first half of the year', '2025-H1'),
    ('Output has fallen since the 1970s.', 'the 1970s', '197'),
    ('The plant will close by the end of next year.', 'the end of next year', '2026'),
    ('A deal is due in the next two weeks.', 'the next two weeks', 'P2W'),
    ('Elections are held every four years.', 'every four years', 'P4Y'),
    ('Banks failed in the 2008 financial crisis.', '2008', '2008'),
    ('Troops arrived on March 20th.', 'March 20th', '2025-03-20'),
    ('Troops arrived on 20 March 2013.', '20 March 2013', '2013-03-20'),
    ('Troops arrived at midday Tuesday.', 'midday Tuesday', '2025-06-17T12:00'),
    ('Troops arrived just after midnight.', 'midnight', '2025-06-18T24:00'),
    ('Troops arrived at about 2 a.m.', '2 a.m.', '2025-06-18T02:00'),
    ('Troops arrived two hours later.', 'two hours later', 'PT2H'),
    ('The ministers met on May 3. The previous day, rebels shelled the town.',
     'The previous day', '2025-05-02'),
    ('The clan has ruled for decades.', 'decades', 'PXY'),
    ('The clan has ruled for the past decade.', 'the past decade', 'P10Y'),
    ('Prices have risen in recent weeks.', 'recent weeks', 'PXW'),
    ('Prices have risen 5% so far this year.', 'this year', '2025'),
    ('The ministers met on May 3, 2020. The previous year, rebels shelled the town.',
     'The previous year', '2019'),
    ('It was the first win since 1990.', '1990', '1990'),
    ('The feud lasted 2 1/2 years.', '2 1/2 years', 'P2Y6M'),
    ('Voters go to the polls on Election Day.', 'Election Day', '2025-11-04'),
    ('Shops closed early on Christmas Eve.', 'Christmas Eve', '2024-12-24'),
    ('The parade will be held on Memorial Day.', 'Memorial Day', '2026-05-25'),
    ('The parade was held on Memorial Day.', 'Memorial Day', '2025-05-26'),
    ("The law took effect on New Year's Day.", "New Year's Day", '2025-01-01'),
    ('The ministers met in the early hours of Sunday.', 'Sunday', '2025-06-15'),
    ('Prices rose 3% in the 2024 fiscal year.', 'the 2024 fiscal year', '2024'),
    ('Inflation hit a 40-year high.', '40-year', 'P40Y'),
    ('The ministers will meet in late July.', 'late July', '2025-07'),
    ('The ministers met in early June.', 'early June', '2025-06'),
    ('The ministers will meet in mid-July.', 'mid-July', '2025-07'),
    ('The ministers met on the 12th.', 'the 12th', '2025-06-12'),
    ('Shares rose 9% for the year.', 'the year', '2025'),
    ('The rebels have fought since the war ended in 1995.', '1995', '1995'),
    ('The firm posted losses in 2023, 2024 and 2025.', '2024', '2024'),
    ('The talks were held on March 3 and 4.', 'March 3', '2025-03-03'),
    ('The dispute dates to the early 20th century.', 'the early 20th century', '19'),
]


@pytest.mark.parametrize(("sentence", "text", "value"), TIMEML_FORMS)
def test_timeml_forms_given_their_span(nlp, lexicon, sentence, text, value):
    assert span_value(nlp, lexicon, sentence, text) == value


@pytest.mark.parametrize(("sentence", "text", "value"), TIMEML_FORMS)
def test_timeml_forms_in_running_text(nlp, lexicon, sentence, text, value):
    start = sentence.index(text)
    found = [t.value for t in dates.find_timexes(nlp(sentence), PUBLISHED, lexicon)
             if t.start_char < start + len(text) and t.end_char > start]
    assert found[:1] == [value]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # a half with no year: in running text as often a match's half as a year's
    ('Sales rose in the first half.', 'the first half', '2025-H1'),
    # words running text reads as timexes only in some frames ("annual", "quarterly results")
    ('The fee is paid annually.', 'annually', 'P1Y'),
    ('Sales will rise in the second half.', 'the second half', '2025-H2'),
    ('The drought is the worst this century.', 'this century', '20'),
    ('The truce collapsed hours after the vote.', 'hours', 'PTXH'),
    ('The polls closed at mid-morning.', 'mid-morning', '2025-06-18TMO'),
    ('The firm was founded decades ago.', 'decades ago', 'PAST_REF'),
    ('Prices fell 3% in the week to Friday.', 'the week', 'P1W'),
])
def test_timeml_forms_valued_only_as_known_spans(nlp, lexicon, sentence, text, value):
    assert span_value(nlp, lexicon, sentence, text) == value


@pytest.mark.parametrize(("published", "sentence", "text", "value"), [
    # early January (a Wednesday, ISO week 2): the quarter, month and year just ended
    (dt.date(2025, 1, 8), "Profit fell in the fourth quarter.", "the fourth quarter", "2024-Q4"),
    (dt.date(2025, 1, 8), "Profit fell last quarter.", "last quarter", "2024-Q4"),
    (dt.date(2025, 1, 8), "Sales rose in December.", "December", "2024-12"),
    (dt.date(2025, 1, 8), "Sales rose last month.", "last month", "2024-12"),
    (dt.date(2025, 1, 8), "Prices rose on Dec. 30.", "Dec. 30", "2024-12-30"),
    # the last Monday of December 2025 opens ISO week 1 of 2026
    (dt.date(2025, 12, 29), "Talks will resume next week.", "next week", "2026-W02"),
    (dt.date(2025, 12, 29), "Talks stalled this week.", "this week", "2026-W01"),
    (dt.date(2025, 12, 29), "Talks stalled last week.", "last week", "2025-W52"),
    (dt.date(2025, 12, 29), "Talks will resume on Jan. 5.", "Jan. 5", "2026-01-05"),
    (dt.date(2025, 12, 29), "Talks stalled over the weekend.", "the weekend", "2025-W52-WE"),
    # published on a weekend
    (dt.date(2025, 6, 22), "Talks stalled this weekend.", "this weekend", "2025-W25-WE"),
    (dt.date(2025, 6, 21), "Talks resume on Monday.", "Monday", "2025-06-23"),
])
def test_timeml_forms_at_the_turn_of_a_year_or_week(nlp, lexicon, published, sentence, text,
                                                    value):
    assert span_value(nlp, lexicon, sentence, text, published) == value
