"""Finding timexes: match the lexicon's patterns over a doc or span, resolve each match against
the publication date and the tense of its verb, then read anaphoric ones against the timexes
before them (context.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from newsevents.dates.arithmetic import (
    AHEAD,
    FUTURE,
    NEAREST,
    ONWARD,
    OWN_PAST,
    PAST,
    add_quarters,
)
from newsevents.dates.context import DAY, read_in_context, resolve_anaphor
from newsevents.dates.extents import take_mod, take_tail
from newsevents.dates.lexicon import Lexicon, load_lexicon
from newsevents.dates.resolvers import ANAPHOR, REFERENCE_QUARTER, year_match
from newsevents.dates.timex import Timex

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# a modal looks ahead ("might come on Tuesday", "must be approved by Monday") unless it is
# perfect ("may have met"); "could" is as often the past of "can" ("could not be reached
# Wednesday")
MODAL_AUX = {"would", "'d", "might", "may", "should", "must"}
REPORTED_AUX = {"would", "'d"}  # the future of a past report: ahead of it, not of publication
PRESENT_AUX = {"is", "are", "am", "'s", "'re", "has", "have", "'ve"} | FUTURE_AUX | MODAL_AUX
PAST_AUX = {"was", "were", "had"}
YEAR_ENTITY = re.compile(r"(?:(?:fiscal|calendar)\s+)?(?P<y>(?:1[89]|20)\d\d)")
YEAR_BEFORE_PHRASE = re.compile(r"(?i)(?:a|one)\s+year\s+(?:ago|earlier)")
TITLE_WORD = re.compile(r"[A-Za-z]{2,}")
SENTENCE_END = {".", "!", "?", ":", ";"}
# a range's ends: "from May to June", "between 3 and 5 March", "May 28-June 3"
RANGE_START = re.compile(r"(?i)\b(?:from|between)\s+$")
RANGE_JOIN = re.compile(r"(?i)\s*(?:to|and|through|until|till|[-–])\s*")
WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
# "the day before last Tuesday": a day counted from the one named right after it, and the
# timex that makes of them (TIMEX3 leaves out the article)
DAY_BESIDE = re.compile(r"(?i)\bthe\s+(?P<day>day\s+(?P<side>before|after))\s+$")
DAY_COUNTED = re.compile(r"(?i)day\s+(?:before|after)\s")
QUARTER_END = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:ended|ending)\s+")


def _looks_ahead(verb, lexicon: Lexicon) -> bool:
    """Tell whether a verb puts its infinitive ahead: a verb of planning or of intent ("hopes to
    reach a deal by Monday", "is going to vote on Friday"), or "be" ("is to")."""
    lemma = verb.lemma_.lower()
    return (lemma in lexicon.anchors["future_verb"] or lemma in lexicon.anchors["intent_verb"]
            or verb.lemma_ == "be")


def _direction(span: Span, lexicon: Lexicon) -> int:
    """Tell which side of the publication date the verb governing `span` speaks of.

    A deadline word before the span ("until Tuesday", "effective June 1") leans it ahead: under a
    past verb it is read on the nearer side ("extended the offer until Tuesday").
    """
    way = _verb_direction(span, lexicon)
    if _deferred(span, lexicon):
        return FUTURE  # "postponed the vote until Monday": the new date lies ahead
    before = span.doc[max(span.start - 3, 0) : span.start]
    if before.text.lower() in lexicon.anchors["future_cue"]:
        return FUTURE  # "as early as Tuesday": the earliest of days still to come
    if way == PAST and len(before) and before[-1].lower_ in lexicon.anchors["deadline_word"]:
        return NEAREST
    if way == PAST and _dates_past_verb(span):
        return OWN_PAST
    return way


def _dates_past_verb(span: Span) -> bool:
    """Tell whether `span` hangs straight on a verb in a past tense ("protested in July", "the
    quarter ended Oct. 31"), so that it dates that verb's happening, not a noun's ("announced cuts
    in July") nor an infinitive's ("had been set to expire Nov. 6")."""
    head = span.root.head
    if span.root.dep_ == "pobj":
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    if head.tag_ == "VBN":  # "had opened"; a participle with a subject and no auxiliary is a
        # past tense the tagger took for one ("The summit opened on Aug. 4")
        auxiliaries = _auxiliaries(head)
        return bool(auxiliaries & PAST_AUX) or (
            not auxiliaries and any(child.dep_ == "nsubj" for child in head.children))
    return head.tag_ == "VBD"


def _deferred(span: Span, lexicon: Lexicon) -> bool:
    """Tell whether `span` is the new date of a verb of putting off ("postponed until Monday",
    "delayed the launch to Friday"), not the day the putting off happened ("delayed on Monday").
    """
    prep = span.root.head
    return (span.root.dep_ == "pobj" and prep.lower_ in lexicon.anchors["deferral_prep"]
            and prep.head.lemma_.lower() in lexicon.anchors["deferral_verb"])


def _auxiliaries(verb) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}


def _plans(verb, span: Span, children: set[str], lexicon: Lexicon) -> bool:
    """Tell whether a verb of planning dates what is planned ("scheduled for Friday", "planned a
    rally on Saturday"), not a bare participle's own day ("the record set on Aug. 6")."""
    if verb.lemma_.lower() not in lexicon.anchors["future_verb"] or "had" in children:
        return False
    if verb.tag_ == "VBD" and span.end <= verb.i:
        return False  # "On Friday, the firm planned a sale": a date before a past verb is its own
    own_day = verb.tag_ == "VBN" and not children and span.start > 0
    return not (own_day and span.doc[span.start - 1].lower_ == "on")


def _is_scheduled(verb, lexicon: Lexicon) -> bool:
    """Tell whether a copula says a date was set for its subject ("the verdict was due on
    March 28"): the date is the one set, not the copula's own."""
    return verb.lemma_ == "be" and any(
        child.dep_ == "acomp" and child.lemma_.lower() in lexicon.anchors["future_verb"]
        for child in verb.children)


def _plan_direction(verb, children: set[str]) -> int:
    """A plan made now looks ahead; one told in the past ("planned a rally for Saturday", "a
    service planned for Saturday was cancelled") may have fallen due since: the nearer side."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not children & PRESENT_AUX)
    return NEAREST if past else FUTURE


def _schedules(verb, children: set[str], lexicon: Lexicon) -> bool:
    """Tell whether a verb is a simple present of happening ("the ministers meet on Friday",
    "the law takes effect in May"), which with a date tells what is timetabled, not what
    happened; a state ("the summit is on Friday") or a report is read either way."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_ in {"be", "have"} or children & {
            "do", "does"} or verb.lemma_.lower() in lexicon.anchors["reporting_verb"]:
        return False
    # a bare form after a singular subject is a past that looks like a present ("weakness hurt
    # stocks on Friday", "the firm cut jobs in May")
    return verb.tag_ == "VBZ" or not any(
        child.dep_ == "nsubj" and child.tag_ in {"NN", "NNP"} for child in verb.children)


def reporting_verb_before(span: Span, lexicon: Lexicon):
    """Return the verb of saying just before `span` ("said on Wednesday", "told reporters
    Monday"), or None. A date between a verb of saying and its clause dates the saying, whatever
    the parser attaches it to ("said on Wednesday it would cut jobs")."""
    at = span.start - 1
    if at >= 0 and span.doc[at].lower_ == "on":
        at -= 1
    if at >= 0 and span.doc[at].dep_ == "dobj":  # "told reporters"
        at -= 1
    before = span.doc[at] if at >= 0 else None
    if before is not None and before.lemma_.lower() in lexicon.anchors["reporting_verb"]:
        return before
    return None


def _clause_verb(verb):
    """Return the verb whose tense a bare participle clause shares: "will fly to Cairo,
    arriving on Tuesday", "would leave Bombay, with the third departing from August 6"."""
    for _ in range(3):
        if verb.tag_ != "VBG" or _auxiliaries(verb):
            break
        if verb.dep_ == "advcl":
            above = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "with the third departing"
            above = verb.head.head
        else:
            break
        if above.pos_ not in {"VERB", "AUX"}:
            break
        verb = above
    return verb


def _verb_direction(span: Span, lexicon: Lexicon) -> int:
    token = span.root
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            break
        token = token.head
    reporter = reporting_verb_before(span, lexicon)
    # ... but "said Thursday's strike would go ahead" dates the strike
    if reporter is not None and token.i >= span.end and span.root.dep_ != "poss":
        token = reporter
    way, clause = _tense_direction(token, span, lexicon), _clause_verb(token)
    if way == PAST and clause is not token:
        # a bare participle has no tense of its own: on a verb that looks ahead it looks
        # ahead too ("will fly to Cairo, arriving on Tuesday"); on a present it stays read
        # as a past ("are convertible at $25, a premium over Thursday's closing price")
        ahead = _tense_direction(clause, span, lexicon)
        return ahead if ahead in AHEAD else way
    return way


def _tense_direction(token, span: Span, lexicon: Lexicon) -> int:
    """Tell which side of publication the tense of `token`, or of the verb it shares its
    auxiliaries with, speaks of."""
    for verb in (token, token.head):
        children = _auxiliaries(verb)
        if children & FUTURE_AUX:
            return FUTURE
        if _plans(verb, span, children, lexicon) or _is_scheduled(verb, lexicon):
            return _plan_direction(verb, children)
        if children & MODAL_AUX and "have" not in children:
            return ONWARD if children & REPORTED_AUX else FUTURE
        if verb.tag_ == "VBG" and {"is", "are", "'s", "'re", "am"} & children:
            return FUTURE  # "is meeting on Friday": the present progressive of plans
        # the tense of "was due to expire" is the copula's, not the adjective's
        planner = verb.head.head if verb.head.dep_ == "acomp" else verb.head
        if verb.dep_ == "xcomp" and "had" in _auxiliaries(planner):
            return PAST  # "had been scheduled to expire Friday": a plan seen from after it
        if "to" in children and verb.dep_ == "xcomp" and _looks_ahead(verb.head, lexicon):
            # "is scheduled to close Monday", "is to resume Tuesday"
            return _plan_direction(planner, _auxiliaries(planner))
        if span.root.dep_ != "poss" and _schedules(verb, children, lexicon):
            return ONWARD  # "the ministers meet on Friday": the present of a timetable
        if verb.tag_ in {"VBZ", "VBP"} or {"is", "are", "am", "to"} & children:
            return NEAREST  # "the summit is on Friday", "a plan to run through June"
        if verb.dep_ not in {"xcomp", "ccomp", "conj"}:  # a conjunct shares its auxiliaries
            break
    return PAST


def find_timexes(
    doc_or_span: Doc | Span, published: dt.date | None, lexicon: Lexicon | None = None,
    text: str | None = None,
) -> list[Timex]:
    """Find the temporal expressions of a doc or span and resolve them against `published`.

    `text` is the doc's or span's text when the caller holds it: spaCy rebuilds it from the
    tokens on each call.
    """
    lexicon = lexicon or load_lexicon()
    text = doc_or_span.text if text is None else text
    found = read_in_context(_match(doc_or_span, published, lexicon, text), published)
    # counted after the reading in context, so that the day named stays the one that "the next
    # morning" counts from
    return _count_a_day_from(found, text, doc_or_span)


def _match(doc_or_span: Doc | Span, published: dt.date | None, lexicon: Lexicon,
           text: str | None) -> list[Timex]:
    """Return the timexes the patterns match, anaphoric ones not yet read in context."""
    is_span = isinstance(doc_or_span, Span)
    offset = doc_or_span.start_char if is_span else 0
    text = doc_or_span.text if text is None else text
    doc = doc_or_span.doc if is_span else doc_or_span
    matches = [(start, -(end - start), rank, end, match, resolve)
               for start, end, rank, match, resolve in lexicon.scanner.matches(text)]
    # a bare year is too ambiguous for a pattern ("2010 votes"), but the tagger's DATE entity
    # tells years used as dates ("a 2010 raid") from counts
    for ent in doc_or_span.ents:
        # the label first: most entities are no date, and spaCy joins an entity's text anew
        match = YEAR_ENTITY.fullmatch(ent.text) if ent.label_ == "DATE" else None
        if match:
            start = ent.start_char - offset + match.start("y")
            matches.append((start, -4, len(lexicon.patterns), start + 4, match, year_match))
    found: list[Timex] = []
    taken_until = -1
    for start, _, _, end, match, resolve in sorted(matches, key=lambda item: item[:3]):
        if start < taken_until:
            continue
        span = doc.char_span(offset + start, offset + end, alignment_mode="expand")
        if span is None or not len(span) or _is_title(span, text[start:end], lexicon):
            continue
        resolved = resolve(match, published, _direction(span, lexicon))
        if resolved is None:
            continue
        timex = Timex(offset + start, offset + end, text[start:end], resolved[0], resolved[1],
                      span.start, span.end)
        timex = take_tail(take_mod(timex, text, offset, doc, lexicon, max(taken_until, 0)),
                          text, offset, doc, lexicon)
        found.append(timex)
        taken_until = timex.end_char - offset
    return _date_quarters_by_end(_order_ranges(found, text, offset), text, offset)


def _is_title(span: Span, text: str, lexicon: Lexicon) -> bool:
    """Tell whether a match is part of a title, not a time: words written lower-case in running
    text, capitalised inside a sentence ("ABC's This Week", "60 Minutes", "High Noon")."""
    words = TITLE_WORD.findall(text)
    names = lexicon.name_words
    if not words or not all(word[0].isupper() and word[1:].islower() and word not in names
                            and word.removesuffix("s") not in names for word in words):
        return False
    # a sentence's first word is capitalised anyway, behind quotes too ("``Today, I ...")
    doc, before = span.doc, span.start - 1
    while before >= span.sent.start and not any(char.isalnum() for char in doc[before].text):
        if doc[before].text in SENTENCE_END or "\n" in doc[before].text:
            return False
        before -= 1
    return before >= span.sent.start


def _date_quarters_by_end(found: list[Timex], text: str, offset: int) -> list[Timex]:
    """Date a quarter named by its end from that end.

    A quarter with no number of its own ("the quarter ended Sept. 30", "the latest quarter,
    which ended July 31") is the quarter last named (read_in_context), a company's own, else
    the calendar quarter that holds most of the three months up to its end: its middle
    month's. A numbered one ("the second quarter ended Oct. 31") keeps its
    number, a company's fiscal one, and takes the year of its end when that is earlier than the
    one publication gave it; a later year is left, being most often a fiscal year named for the
    year it began in ("the fourth quarter ended Jan. 31").
    """
    dated = list(found)
    for at in range(len(dated) - 1):
        quarter, end = dated[at], dated[at + 1]
        between = text[quarter.end_char - offset : end.start_char - offset]
        if not (QUARTER_VALUE.fullmatch(quarter.value) and end.precision == "day"
                and QUARTER_END.fullmatch(between)):
            continue
        if quarter.precision == REFERENCE_QUARTER:
            middle = dt.date.fromisoformat(end.value[:7] + "-01") - dt.timedelta(days=1)
            dated[at] = replace(quarter, value=add_quarters(middle, 0))
        elif end.value[:4] < quarter.value[:4]:
            dated[at] = replace(quarter, value=end.value[:4] + quarter.value[4:])
    return dated


def _count_a_day_from(found: list[Timex], text: str, doc_or_span: Doc | Span) -> list[Timex]:
    """Read "the day before last Tuesday", "the day after Christmas" as one timex, the day
    next to the one named, which was read alone."""
    offset = doc_or_span.start_char if isinstance(doc_or_span, Span) else 0
    doc = doc_or_span.doc
    counted: list[Timex] = []
    for timex in found:
        start = timex.start_char - offset
        free_from = counted[-1].end_char - offset if counted else 0
        side = DAY_BESIDE.search(text, max(start - 24, free_from, 0), start)
        span = side and doc.char_span(offset + side.start("day"), timex.end_char,
                                      alignment_mode="expand")
        if span is None or not DAY.fullmatch(timex.value[:10]) or timex.precision != "day":
            counted.append(timex)
            continue
        shift = 1 if side["side"].lower() == "after" else -1
        day = dt.date.fromisoformat(timex.value[:10]) + dt.timedelta(days=shift)
        counted.append(replace(timex, start_char=span.start_char, token_start=span.start,
                               text=text[side.start("day") : timex.end_char - offset],
                               value=day.isoformat()))
    return counted


def _order_ranges(found: list[Timex], text: str, offset: int) -> list[Timex]:
    """Read the ends of a range ("from September through April", "from Dec. 20 to Jan. 5,
    2026") as one stretch of time: an end whose year the text leaves unsaid takes it from the
    other end, else follows the start; each end alone was read against publication."""
    ordered = list(found)
    for at in range(len(ordered) - 1):
        first, last = ordered[at], ordered[at + 1]
        before = text[max(first.start_char - offset - 12, 0) : first.start_char - offset]
        between = text[first.end_char - offset : last.start_char - offset]
        if not (RANGE_START.search(before) and RANGE_JOIN.fullmatch(between)
                and {first.precision, last.precision} <= {"day", "month"}):
            continue
        # the month (and day) of each end, compared over what both of them give
        length = min(len(first.value), len(last.value)) - 4
        wraps = last.value[4:][:length] < first.value[4:][:length]  # "from Dec. 20 to Jan. 5"
        if WRITTEN_YEAR.search(first.text) or not WRITTEN_YEAR.search(last.text):
            year = int(first.value[:4]) + wraps
            ordered[at + 1] = replace(last, value=f"{year}{last.value[4:]}")
        else:
            year = int(last.value[:4]) - wraps
            ordered[at] = replace(first, value=f"{year}{first.value[4:]}")
    return ordered


def _read_alone(span: Span, wider: Timex, before: list[Timex], published: dt.date | None,
                lexicon: Lexicon) -> Timex | None:
    """Read a span that is part of a wider match as TimeML spans it: on its own ("a month" of
    "a month earlier" is P1M, "Friday" of "Friday night" the day), against the timexes before it.

    Words the span leaves out that only frame it ("the") change nothing, nor do those that
    place it ("Wednesday" of "Wednesday of last week"), and "a year" of "a year earlier" stays
    the period compared with, as business news and TimeBank read it.
    """
    doc_text = span.doc.text
    left_out = (doc_text[wider.start_char : span.start_char]
                + doc_text[span.end_char : wider.end_char]).strip(" ,.;:").lower()
    if left_out in {"", "the"} or YEAR_BEFORE_PHRASE.fullmatch(wider.text):
        return None
    text = span.text.rstrip(" ,.;:")
    own = [t for t in _match(span, published, lexicon, span.text)
           if t.start_char == span.start_char and t.text == text]
    if not own:
        return None
    earlier = [t for t in before if t.end_char <= span.start_char]
    alone = read_in_context(earlier + own, published)[-1]
    # only a count ("a month"), the day without its time of day, or the day another is counted
    # from ("Tuesday" of "the day before Tuesday") reads apart from its match: "Wednesday" of
    # "Wednesday of last week" is still last week's
    counted_from = DAY_COUNTED.match(wider.text) and span.start_char > wider.start_char
    if alone.precision == "duration" or wider.value.startswith(alone.value) or counted_from:
        return alone
    return None


def resolve_span(span: Span, published: dt.date | None, lexicon: Lexicon | None = None):
    """Normalise a span known to be a temporal expression (a gold annotation, a model's DATE).

    The span's sentence is read first, so tense and the words around it count; a lone month or
    year, which running text needs a preposition to trust, is read as one here.
    """
    lexicon = lexicon or load_lexicon()

    def overlap(timex: Timex) -> int:
        return min(timex.end_char, span.end_char) - max(timex.start_char, span.start_char)

    # read from the top of the document, so "a year earlier" knows the quarter named before it
    context = span.doc[0 : span.sent.end]
    before = find_timexes(context, published, lexicon)
    found = [t for t in before if overlap(t) > 0]
    if found:
        inside = [t for t in found if overlap(t) == len(t.text)]
        # a span that holds several timexes is read as its first: a range ("two to three
        # weeks", "12 to 18 months") as TIMEX3 values one, by its start
        best = inside[0] if len(inside) > 1 else max(found, key=overlap)
        return _read_alone(span, best, before, published, lexicon) or best
    text = span.text.strip().rstrip(",;:.")  # a gold span may take in the punctuation after it
    for pattern, resolve in lexicon.bare_patterns:
        match = pattern.fullmatch(text)
        resolved = match and resolve(match, published, _direction(span, lexicon))
        if resolved and resolved[1] == ANAPHOR:  # "the day": the date last named before it
            named = [t.value for t in before if t.end_char <= span.start_char
                     and t.precision in {"day", "month", "year"}]
            resolved = resolve_anaphor(resolved[0], named[-1] if named else None, published)
        if resolved:
            return Timex(span.start_char, span.end_char, span.text, resolved[0], resolved[1],
                         span.start, span.end)
    return None

