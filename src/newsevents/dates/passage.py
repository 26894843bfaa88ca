"""Inherited dates: an event in a sentence with no date of its own takes an earlier sentence's
date when the text ties it to that date (date_basis "context"); otherwise the publication date
stays. Reads the timexes found by `timexes` and the parse; writes nothing.

Precision comes first, so a date is carried only
- within one paragraph, from a date that ended before publication ("in October 2022", not "this
  year"), to an event told in the past tense (no state: "was", "had"; no report: "said") in a
  sentence that names no date of its own and is no report; and
- either through a narrative a scene-setting date opens ("In October 2022, troops crossed the
  river. They shelled the town.") that no present-tense sentence or report has broken, or where
  the event's sentence points back to the dated one with a demonstrative event noun ("during
  that call"). "Then" and "later" say the event came after the date, not on it, so they carry
  nothing.

Business news names its reporting period once ("third-quarter net fell 20%") and gives the rest
of the results without it ("Revenue rose 13% to $77 million from $68 million."): such a figure
takes the period last named in the article (`find_periods`), across paragraphs, since these
stories set each sentence apart. Market reports quote a stock, an index or a bond issue at the
level it reached ("Intel eased 1/8 to 31 7/8") in the trading session the story named ("in
composite trading yesterday"): such a quote takes the day of the week up to publication that
the article has named most often before it (`find_sessions`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.dates.lexicon import Lexicon
from newsevents.dates.timexes import Timex

DATED = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?")
CARRIED_PRECISIONS = {"day", "month", "year"}
PAST_TAGS = {"VBD"}
PAST_AUX = {"was", "were", "had", "did"}
PERFECT_AUX = {"has", "have", "'ve"}
POINTING_DET = {"that", "those"}  # "this agreement" may well be today's
STATES = {"be", "have"}  # "It was the same clinic": a description, not a happening
# a reporting period whose figures later sentences give; a year or a longer stretch ("the nine
# months") named after it puts another period in view, which no figure is told to belong to
PERIOD_PRECISIONS = {"quarter"}
ENDS_PERIOD = {"year", "half", "duration"}
FIGURE_WORDS = {"%", "$", "#"}  # "#" is the pound sign in older wire text
FIGURE_ARGUMENTS = {"dobj", "attr", "npadvmod", "prep", "acomp", "advmod"}
LEVEL_PREPS = {"to", "at"}  # the level a quoted price reached: "to $37.75", "closed at 448.80"
SESSION_WEEK = dt.timedelta(days=6)  # a market report quotes the sessions of the week it ends


@dataclass(frozen=True)
class Passage:
    """The date a sentence's passage carries, and whether a fronted date opened the passage."""

    timex: Timex
    sentence: Span  # the sentence that named the date
    narrative: bool
    # the date goes back before one the article has told ("Missiles struck Kyiv on Tuesday. In
    # 2014, Russia annexed Crimea."): background, which only a sentence going on with its
    # subject ("It then ...", "They ...") continues
    flashback: bool = False


def bounds(timex: Timex) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day of the period a day, month or year timex names."""
    match = DATED.fullmatch(timex.value.split("T")[0])
    if match is None or timex.precision not in CARRIED_PRECISIONS:
        return None
    year = int(match["year"])
    first_month, last_month = int(match["month"] or 1), int(match["month"] or 12)
    try:
        return (dt.date(year, first_month, int(match["day"] or 1)),
                dt.date(year, last_month,
                        int(match["day"] or calendar.monthrange(year, last_month)[1])))
    except ValueError:
        return None


# the last month of each part of a year a TimeML value names (a winter ends in next February)
PART_END_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12, "SP": 5, "SU": 8,
                  "FA": 11, "WI": 14}
PART_OF_YEAR = re.compile(r"(?P<year>\d{4})-(?P<part>Q[1-4]|H[12]|SP|SU|FA|WI)")
WEEK = re.compile(r"(?P<year>\d{4})-W(?P<week>\d\d)")
COMING_AUX = {"will", "shall", "'ll", "wo", "would", "'d", "might", "may", "should", "must"}


def still_to_end(timex: Timex, published: dt.date | None) -> bool:
    """Tell whether the period a dated timex names ends on or after the publication date: a
    day, month, year, week, quarter, half or season still under way or to come."""
    if published is None:
        return False
    value = _day_of(timex)
    part, week = PART_OF_YEAR.fullmatch(value), WEEK.fullmatch(value)
    if part:
        year, month = int(part["year"]), PART_END_MONTH[part["part"]]
        return (year, month) >= (published.year, published.month)
    if week:
        return (int(week["year"]), int(week["week"])) >= published.isocalendar()[:2]
    period = bounds(timex)
    return period is not None and period[1] >= published


def to_come(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb tells of a happening still to come: a future or a modal ("will
    resign", "may be resolved"), or the infinitive of a plan made now ("is expected to break
    even"); the planning itself is now."""
    for step in range(3):
        auxiliaries = {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}
        if auxiliaries & COMING_AUX and "have" not in auxiliaries:
            return True
        planning = verb.lemma_.lower() in lexicon.anchors["future_verb"]
        if step and planning and not is_past(verb) and verb.tag_ != "VBD":
            return True
        if verb.dep_ not in {"xcomp", "conj"} or verb.head == verb:
            return False
        verb = verb.head
    return False


def ended_before(timex: Timex, published: dt.date | None) -> bool:
    """Tell whether the whole period a timex names lies before the publication date."""
    period = bounds(timex)
    return period is not None and published is not None and period[1] < published


def is_past(verb: Token) -> bool:
    """Tell whether a verb is in a past tense ("met", "was seized", "had met", "did not meet")."""
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}
    if auxiliaries:
        return bool(auxiliaries & PAST_AUX) and not auxiliaries & {"will", "would", "'ll"}
    return verb.tag_ in PAST_TAGS


def _edge_word(sentence: Span, last: bool = False) -> Token | None:
    """Return the first (or last) token of a sentence that is no space: a look at its ends,
    not at every token, which the stage would otherwise do for each sentence."""
    indices = range(sentence.end - 1, sentence.start - 1, -1) if last else range(
        sentence.start, sentence.end)
    doc = sentence.doc
    return next((doc[i] for i in indices if not doc[i].is_space), None)


def _opens_scene(timex: Timex, sentence: Span) -> bool:
    """Tell whether a date sets the scene of its sentence: "In July 2023, ...", "On May 2, ...",
    "But in June, ..." (a conjunction only links it to the sentence before)."""
    doc = sentence.doc
    first = _edge_word(sentence)
    if first.pos_ == "CCONJ" and first.i + 1 < sentence.end:
        first = doc[first.i + 1]
    lead = timex.token_start - first.i
    after = doc[timex.token_end] if timex.token_end < len(doc) else None
    span = doc[timex.token_start : timex.token_end]
    return (lead == 0 or (lead == 1 and first.pos_ == "ADP")) and after is not None \
        and after.text == "," and span.root.dep_ != "poss" and is_past(sentence.root)


def find_passages(doc: Doc, by_sentence: dict[int, list[Timex]], published: dt.date | None,
                  event_precisions: set[str], lexicon: Lexicon) -> dict[int, Passage]:
    """Map each sentence start to the earlier date its passage carries, if any."""
    passages: dict[int, Passage] = {}
    carried: Passage | None = None
    after_last_word = 0
    latest: dt.date | None = None  # the first day of the latest period told so far
    for sentence in doc.sents:
        first, last = _edge_word(sentence), _edge_word(sentence, last=True)
        if first is None:
            continue
        # spaCy makes a line break a token of its own, hung on either sentence: look at the
        # tokens between the words (Doc.text would be rebuilt from every token)
        if any("\n" in doc[i].text for i in range(after_last_word, first.i)):
            carried = None  # a new paragraph starts afresh
        after_last_word = last.i + 1
        own = [t for t in by_sentence.get(sentence.start, []) if t.precision in event_precisions]
        if own:
            opening, period = own[0], bounds(own[0])
            flashback = period is not None and latest is not None and period[1] < latest
            carried = (Passage(opening, sentence, _opens_scene(opening, sentence), flashback)
                       if ended_before(opening, published) else None)
            starts = [found[0] for found in map(bounds, own) if found is not None]
            latest = max([*starts, latest] if latest else starts, default=None)
            continue
        if carried is not None:
            passages[sentence.start] = carried
            if carried.narrative and not tells(sentence.root, lexicon):
                # a present-tense sentence or a report ends the story the date set
                carried = Passage(carried.timex, carried.sentence, False, carried.flashback)
    return passages


def tells(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb tells of a past happening: past tense, no state and no report."""
    lemma = verb.lemma_.lower()
    return (is_past(verb) and lemma not in STATES
            and lemma not in lexicon.anchors["reporting_verb"])


def tells_as_done(verb: Token, timex: Timex, published: dt.date | None,
                  lexicon: Lexicon) -> bool:
    """Tell whether a present perfect tells of a happening on a past date: "have been killed
    in the blast on Friday" (but not "has agreed to meet on Friday")."""
    lemma = verb.lemma_.lower()
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
    return (bool(auxiliaries & PERFECT_AUX) and lemma not in STATES
            and lemma not in lexicon.anchors["reporting_verb"] and ended_before(timex, published))


def _points_back(sentence: Span, lexicon: Lexicon) -> bool:
    """Tell whether a sentence points back to an event told before it: "during that call"."""
    for token in sentence:
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.anchors["event_noun"]:
            if any(child.dep_ == "det" and child.lower_ in POINTING_DET
                   for child in token.children):
                return True
    return False


def inherit(trigger: Token, clause_verb: Token, passage: Passage | None,
            lexicon: Lexicon) -> Timex | None:
    """Return the passage's date for an undated event the text ties to it, else None."""
    if passage is None or not tells(clause_verb, lexicon):
        return None
    if not tells(trigger.sent.root, lexicon) and trigger.sent.root.i != clause_verb.i:
        return None  # an event inside a report or a present-tense frame
    if _points_back(trigger.sent, lexicon):
        return passage.timex
    if passage.narrative and (not passage.flashback or _goes_on(trigger.sent.root)):
        return passage.timex
    return None


def _goes_on(root: Token) -> bool:
    """Tell whether a sentence goes on with the subject told before it: a pronoun ("They
    shelled the town")."""
    return any(child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ == "PRON"
               for child in root.children)


def find_periods(starts: list[int], by_sentence: dict[int, list[Timex]]) -> dict[int, Timex]:
    """Map each sentence start naming no timex to the reporting period named last before it.

    `by_sentence` leaves out the dates of figures compared with ("from $68 million a year
    earlier"); a quarter before the one in view is such a comparison too ("the year-ago
    quarter"), not a new period.
    """
    periods: dict[int, Timex] = {}
    period: Timex | None = None
    for start in starts:
        own = by_sentence.get(start)
        if not own:
            if period is not None:
                periods[start] = period
            continue
        for timex in own:
            if timex.precision in PERIOD_PRECISIONS:
                if period is None or timex.value >= period.value:
                    period = timex
            elif timex.precision in ENDS_PERIOD:
                period = None
    return periods


def reports_figure(trigger: Token, lexicon: Lexicon) -> bool:
    """Tell whether an event gives a figure of a measure reported by period: its subject is a
    period measure and it takes an amount ("Net fell 16% to $123 million", "Sales were $3
    million"), not a stock's move ("Intel eased 1/8") nor a count of people."""
    if trigger.pos_ not in {"VERB", "AUX"} or not _measures_a_period(trigger, lexicon):
        return False
    return any(token.like_num or token.text in FIGURE_WORDS
               for child in trigger.children if child.dep_ in FIGURE_ARGUMENTS
               for token in child.subtree)


def _measures_a_period(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb's subject is a measure reported by period ("revenue", "sales")."""
    measures = lexicon.anchors["period_measure"]  # as written or lemmatised ("sales": "sale")
    return any(child.dep_ in {"nsubj", "nsubjpass"}
               and (child.lower_ in measures or child.lemma_.lower() in measures)
               for child in verb.children)


def find_sessions(timexes: list[Timex], published: dt.date | None) -> list[Timex]:
    """Return the days of the week up to publication the article names, in text order: the
    trading sessions whose prices a market report may go on to quote without naming them."""
    if published is None:
        return []
    days = [(timex, bounds(timex)) for timex in timexes if timex.precision == "day"]
    return [timex for timex, period in days
            if period is not None and published - SESSION_WEEK <= period[0] <= published]


def session_before(trigger: Token, sessions: list[Timex]) -> Timex | None:
    """Return the trading session the article is about by the time of the trigger: the day
    named most often before it, the first named of those named as often."""
    named = [timex for timex in sessions if timex.token_end <= trigger.i]
    times = Counter(_day_of(timex) for timex in named)
    return max(named, key=lambda timex: times[_day_of(timex)], default=None)


def _day_of(timex: Timex) -> str:
    return timex.value.split("T")[0]  # "yesterday evening" names the session of "yesterday"


def quotes_price(trigger: Token, lexicon: Lexicon) -> bool:
    """Tell whether an event quotes a traded price at the level it reached: a verb of price
    move, told as done ("closed at $23.25", "was priced at 84.90", "fell 50 cents to close at
    $36.125"), whose subject is no period measure (a result takes its quarter: `reports_figure`).
    """
    if (trigger.lemma_.lower() not in lexicon.anchors["price_move"]
            or trigger.tag_ not in {"VBD", "VBN"} or to_come(trigger, lexicon)
            or _measures_a_period(trigger, lexicon)):
        return False
    verbs = [trigger, *(child for child in trigger.children if child.dep_ == "xcomp")]
    return any(child.dep_ == "prep" and child.lower_ in LEVEL_PREPS and any(
        token.like_num or token.text in FIGURE_WORDS for token in child.subtree)
        for verb in verbs for child in verb.children)
