"""Dates stage: find temporal expressions, resolve them against the publication date (TimeML-style
values) and give each event the date its clause carries, else the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from newsevents.datafiles import read_rows
from newsevents.records import Article, Event

DATA = Path(__file__).resolve().parent / "data" / "dates"
PAST, NEAREST, FUTURE = -1, 0, 1
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
YEAR_ENTITY = re.compile(r"(?:(?:fiscal|calendar)\s+)?(?P<y>(?:1[89]|20)\d\d)")
NUMBER = re.compile(r"\d+")
CALENDAR_KINDS = {  # kind -> the form of its value
    "month": NUMBER, "weekday": NUMBER, "number": NUMBER, "ordinal": re.compile(r"[1-4]"),
    "season": re.compile(r"SP|SU|FA|WI"), "unit": re.compile(r"\d+(?:S|MIN|H|D|W|M|Q|Y|C)"),
    "vague": re.compile(r"X"), "reference": re.compile(r"(?:PAST|PRESENT|FUTURE)_REF"),
    "set": re.compile(r"PT?1[A-Z]"),
}
EVENT_PRECISIONS = {"day", "week", "month", "quarter", "year", "season", "decade"}
TIME_OF_DAY_UNITS = {"H", "MIN", "S"}  # TimeML writes these after a T: PT5H


@dataclass(frozen=True)
class Timex:
    """A temporal expression in the text with its resolved TimeML-style value."""

    start_char: int
    end_char: int
    text: str
    value: str
    precision: str  # day, week, month, season, year, decade, duration, present
    token_start: int
    token_end: int


@dataclass(frozen=True)
class Lexicon:
    """Calendar words and attachment words, read from data/dates/*.csv."""

    words: dict[str, dict[str, str]]  # kind -> word -> value
    anchors: dict[str, frozenset[str]]  # kind -> words

    @cached_property
    def patterns(self) -> list[tuple[re.Pattern, Callable]]:
        return _build_patterns(self)

    @cached_property
    def bare_patterns(self) -> list[tuple[re.Pattern, Callable]]:
        """Patterns for a lone month or year, safe only where the span is known to be a date."""
        month = rf"(?P<mon>{_alternation(self.words['month'])})\.?"
        return [(re.compile(month), _Resolve(self.words).month),
                (re.compile(r"(?P<y>(?:1[89]|20)\d\d)"), _year)]


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Load the calendar words and attachment words, failing on a malformed row."""
    folder = directory or DATA
    words: dict[str, dict[str, str]] = {}
    path = folder / "calendar.csv"
    for number, row in read_rows(path, ("word", "kind", "value")):
        if row["kind"] not in CALENDAR_KINDS or not row["word"]:
            raise ValueError(f"{path}:{number}: need a word and a known kind")
        form = CALENDAR_KINDS[row["kind"]]
        if not form.fullmatch(row["value"]):
            what = "a number" if form is NUMBER else f"a {row['kind']} code ({form.pattern})"
            raise ValueError(f"{path}:{number}: value must be {what}")
        words.setdefault(row["kind"], {})[row["word"]] = row["value"]
    anchors: dict[str, set[str]] = {}
    kinds = {"event_noun", "temporal_prep", "reporting_verb", "future_verb"}
    path = folder / "anchors.csv"
    for number, row in read_rows(path, ("word", "kind")):
        if row["kind"] not in kinds or not row["word"]:
            raise ValueError(f"{path}:{number}: need a word and a known kind")
        anchors.setdefault(row["kind"], set()).add(row["word"].lower())
    return Lexicon(words, {kind: frozenset(anchors.get(kind, ())) for kind in kinds})


# --- calendar arithmetic -------------------------------------------------------------------


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(day: dt.date, months: int) -> str:
    index = day.year * 12 + day.month - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def _nearest(candidates: list[dt.date], pub: dt.date, way: int) -> dt.date | None:
    """Pick the candidate nearest `pub` on the side the tense says (either side for NEAREST)."""
    if way == PAST:
        candidates = [d for d in candidates if d <= pub]
    elif way == FUTURE:
        candidates = [d for d in candidates if d >= pub]
    # ties go to the past: news mostly reports what has happened
    return min(candidates, key=lambda d: (abs((d - pub).days), d > pub), default=None)


def _month_day(year: int | None, month: int, day: int, pub: dt.date | None, way: int):
    """Return the date; without a year, the one nearest `pub` on the side the tense says."""
    years = (year,) if year else (pub.year - 1, pub.year, pub.year + 1) if pub else ()
    dates = [dt.date(y, month, day) for y in years if day <= calendar.monthrange(y, month)[1]]
    found = dates[0] if year and dates else _nearest(dates, pub, way) if pub else None
    return (found.isoformat(), "day") if found else None


def _weekday(weekday: int, pub: dt.date | None, way: int, strict: bool) -> tuple | None:
    if pub is None:
        return None
    days = [pub + dt.timedelta(days=n) for n in range(-7, 8) if n or not strict]
    if way == FUTURE:  # "will meet on Wednesday" on a Wednesday means next week
        days = [d for d in days if d != pub]
    found = _nearest([d for d in days if d.weekday() == weekday], pub, way)
    return (found.isoformat(), "day") if found else None


def _month(month: int, pub: dt.date | None, way: int) -> tuple | None:
    if pub is None:
        return None
    firsts = [dt.date(pub.year + shift, month, 1) for shift in (-1, 0, 1)]
    # compare months, not days: "in April" published on April 20 is this April
    found = _nearest(firsts, pub.replace(day=1), way)
    return (f"{found.year}-{month:02d}", "month") if found else None


def _season(code: str, rel: str, year: str | None, pub: dt.date | None):
    if year:
        return f"{year}-{code}", "season"
    if pub is None:
        return None
    shift = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    return f"{pub.year + shift}-{code}", "season"


def _quarter(quarter: int, year: str | None, pub: dt.date | None, way: int):
    """Return the quarter of the year given, else the one nearest `pub` on the tense's side."""
    if year:
        return f"{year}-Q{quarter}", "quarter"
    if pub is None:
        return None
    starts = [dt.date(pub.year + shift, 3 * quarter - 2, 1) for shift in (-1, 0, 1)]
    found = _nearest(starts, dt.date(pub.year, (pub.month - 1) // 3 * 3 + 1, 1), way)
    return (f"{found.year}-Q{quarter}", "quarter") if found else None


def _duration(count: int | None, code: str) -> tuple[str, str]:
    """Return a TimeML duration: `count` units of `code` ("10Y" a decade), X when vague."""
    size, letter = int(code.rstrip("SMINHDWQYC")), code.lstrip("0123456789")
    amount = "X" if count is None else str(count * size)
    time = "T" if letter in TIME_OF_DAY_UNITS else ""
    return f"P{time}{amount}{letter[0] if letter == 'MIN' else letter}", "duration"


def _relative_unit(rel: str, unit: str, pub: dt.date | None):
    if pub is None:
        return None
    shift = -1 if rel in {"last", "past", "previous", "late last"} else 0
    shift = 1 if rel in {"next", "coming"} else shift
    if unit == "quarter":
        index = pub.year * 4 + (pub.month - 1) // 3 + shift
        return f"{index // 4}-Q{index % 4 + 1}", "quarter"
    if unit in {"week", "weekend"}:
        value = _week(pub + dt.timedelta(days=7 * shift))
        return (value + "-WE" if unit == "weekend" else value), "week"
    if unit == "month":
        return _add_months(pub, shift), "month"
    return str(pub.year + shift), "year"


def _ago(count: int, unit: str, pub: dt.date | None):
    if pub is None:
        return None
    if unit == "day":
        return (pub - dt.timedelta(days=count)).isoformat(), "day"
    if unit == "week":
        return _week(pub - dt.timedelta(days=7 * count)), "week"
    if unit == "month":
        return _add_months(pub, -count), "month"
    return str(pub.year - count * (10 if unit == "decade" else 1)), "year"


# --- patterns: each regex comes with a function from its match to (value, precision) --------


def _year(m: re.Match, pub: dt.date | None, way: int) -> tuple[str, str]:
    return m["y"], "year"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Resolve:
    """Turn a pattern's match into (value, precision), given the publication date and tense."""

    words: dict[str, dict[str, str]]

    def count(self, m: re.Match) -> int:
        return int(m["n"]) if m["n"].isdigit() else int(self.words["number"][m["n"].lower()])

    def month_day(self, m: re.Match, pub: dt.date | None, way: int):
        groups = m.groupdict()
        month = int(groups["mm"]) if groups.get("mm") else int(self.words["month"][m["mon"]])
        return _month_day(int(m["y"]) if m["y"] else None, month, int(m["d"]), pub, way)

    def month(self, m: re.Match, pub: dt.date | None, way: int):
        month, groups = int(self.words["month"][m["mon"]]), m.groupdict()
        if groups.get("y"):
            return f"{groups['y']}-{month:02d}", "month"
        cue = (groups.get("cue") or "").lower()
        way = PAST if cue == "last" else FUTURE if cue == "next" else way
        return _month(month, pub, way)

    def weekday(self, m: re.Match, pub: dt.date | None, way: int):
        rel = (m["rel"] or "").lower()
        way = PAST if rel == "last" else FUTURE if rel in {"next", "coming"} else way
        return _weekday(int(self.words["weekday"][m["wd"]]), pub, way, strict=bool(rel))

    def day(self, m: re.Match, pub: dt.date | None, way: int):
        text = m[0].lower()
        offset = -1 if text.startswith(("yesterday", "last night")) else 0
        offset = 1 if text.startswith("tomorrow") else offset
        return ((pub + dt.timedelta(days=offset)).isoformat(), "day") if pub else None

    def season(self, m: re.Match, pub: dt.date | None, way: int):
        rel = (m.groupdict().get("rel") or "").lower()
        return _season(self.words["season"][m["s"].lower()], rel, m.groupdict().get("y"), pub)

    def unit(self, m: re.Match, pub: dt.date | None, way: int):
        return _relative_unit(m["rel"].lower(), m["unit"].lower(), pub)

    def ago(self, m: re.Match, pub: dt.date | None, way: int):
        return _ago(self.count(m), m["unit"].lower(), pub)

    def duration(self, m: re.Match, pub: dt.date | None, way: int):
        count = self.count(m) if m.groupdict().get("n") else None  # no number: vague
        return _duration(count, self.words["unit"][m["unit"].lower()])

    def quarter(self, m: re.Match, pub: dt.date | None, way: int):
        return _quarter(int(self.words["ordinal"][m["ord"].lower()]), m["y"], pub, way)

    def word(self, kind: str, precision: str) -> Callable:
        """Resolve a word whose value the lexicon gives ("recently" PAST_REF, "daily" P1D)."""
        return lambda m, pub, way: (self.words[kind][m["w"].lower()], precision)

    def every(self, m: re.Match, pub: dt.date | None, way: int):
        if m.groupdict().get("wd"):  # "every Thursday": TimeML's weekday counts from 1
            return f"XXXX-WXX-{int(self.words['weekday'][m['wd']]) + 1}", "set"
        return _duration(1, self.words["unit"][m["unit"].lower()])[0], "set"


def _build_patterns(lexicon: Lexicon) -> list[tuple[re.Pattern, Callable]]:
    """Compile the timex patterns, most specific first, each with its resolver."""
    words, resolve = lexicon.words, _Resolve(lexicon.words)
    mon = rf"(?P<mon>{_alternation(words['month'])})"
    dot = r"(?:\.(?=\s+\d))?"  # "Jan. 5", but not a full stop after a month name
    wday = rf"(?:(?P<wd>{_alternation(words['weekday'])}),?\s+)?"
    year = r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
    num = rf"(?P<n>\d+|(?i:{_alternation(words['number'])}))"
    season = rf"(?P<s>(?i:{_alternation(words['season'])}))"
    rel = r"(?P<rel>(?i:last|this|next|past))"
    unit = rf"(?P<unit>{_alternation(words['unit'])})"
    vague = rf"(?:{_alternation(words['vague'])})"
    wdays = _alternation(words["weekday"])
    table = [
        (r"\b(?P<y>\d{4})-(?P<mm>\d\d)-(?P<d>\d\d)\b", resolve.month_day),
        (rf"\b{wday}{mon}{dot}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b{year}", resolve.month_day),
        (rf"\b{wday}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}{dot}(?!\w){year}",
         resolve.month_day),
        (rf"\b(?:(?i:early|mid-?|late)\s*)?{mon}{dot},?\s+(?P<y>(?:1[89]|20)\d\d)\b",
         resolve.month),
        (rf"\b(?i:in|since|until|till|by|during|early|late|through|from|before|after)\s+"
         rf"(?P<t>{mon})(?![\w-])(?!\s+\d)",
         resolve.month),
        (rf"\b(?P<cue>(?i:last|next|this))\s+{mon}(?![\w-])(?!\s+\d)", resolve.month),
        (r"\b(?P<dec>(?:1[89]|20)\d)0'?s\b", lambda m, pub, way: (m["dec"], "decade")),
        (rf"\b(?:{rel}\s+)?{season}\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)\b", resolve.season),
        (rf"\b{rel}\s+{season}\b", resolve.season),
        (r"\b(?i:in|since|until|by|from|during|before|after|early|late|through|mid|between"
         r"|and|of)[\s-](?P<t>(?P<y>(?:1[89]|20)\d\d))\b(?![-/]|\s*%)", _year),
        (r"(?i)\b(?:(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|today|tonight"
         r"|yesterday|tomorrow|last night)\b", resolve.day),
        (rf"\b(?:(?P<rel>(?i:last|this|next|coming))\s+)?(?P<wd>{_alternation(words['weekday'])})"
         r"(?:\s+(?i:morning|afternoon|evening|night))?\b", resolve.weekday),
        (r"(?i)\b(?P<rel>earlier this|later this|early this|late last|last|this|next|past"
         r"|previous|coming|current)\s+(?P<unit>week|weekend|month|quarter|year)\b",
         resolve.unit),
        (rf"(?i)\b(?:the\s+)?(?P<ord>{_alternation(words['ordinal'])})\s+quarter"
         r"(?:\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d))?\b", resolve.quarter),
        (rf"(?i)\b{num}\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", resolve.ago),
        # durations, as TimeML spans them: "the past three years", "a 30-year-old", "five hours"
        (rf"(?i)\b(?:the\s+(?:past|last|next|previous|first|coming)\s+)?{num}"
         rf"(?:\s+(?:more|additional|full))?[\s-]+{unit}s?\b", resolve.duration),
        (rf"(?i)\b(?:the\s+)?(?:(?:past|last|next|coming)\s+)?{vague}\s+{unit}s\b",
         resolve.duration),
        (rf"(?i)\b(?:for|over)\s+(?P<t>{unit}s)\b", resolve.duration),  # "for years"
        (rf"(?i)\b(?:every|each|per)\s+(?:{unit}|(?P<wd>{wdays}))\b", resolve.every),
        (rf"(?i)\b(?P<w>{_alternation(words['set'])})\b", resolve.word("set", "set")),
        (rf"(?i)\b(?P<w>{_alternation(words['reference'])})\b",
         resolve.word("reference", "present")),
    ]
    return [(re.compile(pattern), resolver) for pattern, resolver in table]


# --- finding timexes ----------------------------------------------------------------------


def _direction(span: Span, lexicon: Lexicon) -> int:
    """Tell which side of the publication date the verb governing `span` speaks of."""
    token = span.root
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            break
        token = token.head
    for verb in (token, token.head):
        children = {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}
        if children & FUTURE_AUX or verb.lemma_.lower() in lexicon.anchors["future_verb"]:
            return FUTURE
        if verb.tag_ == "VBG" and {"is", "are", "'s", "'re", "am"} & children:
            return FUTURE  # "is meeting on Friday": the present progressive of plans
        if verb.tag_ in {"VBZ", "VBP"} or {"is", "are", "am", "to"} & children:
            return NEAREST  # "the summit is on Friday", "a plan to run through June"
        if verb.dep_ not in {"xcomp", "ccomp"}:
            break
    return PAST


def find_timexes(
    doc_or_span: Doc | Span, published: dt.date | None, lexicon: Lexicon | None = None
) -> list[Timex]:
    """Find the temporal expressions of a doc or span and resolve them against `published`."""
    lexicon = lexicon or load_lexicon()
    is_span = isinstance(doc_or_span, Span)
    text, offset = doc_or_span.text, (doc_or_span.start_char if is_span else 0)
    doc = doc_or_span.doc if is_span else doc_or_span
    matches = []
    for rank, (pattern, resolve) in enumerate(lexicon.patterns):
        for match in pattern.finditer(text):
            start, end = match.span("t" if "t" in pattern.groupindex else 0)
            matches.append((start, -(end - start), rank, end, match, resolve))
    # a bare year is too ambiguous for a pattern ("2010 votes"), but the tagger's DATE entity
    # tells years used as dates ("a 2010 raid") from counts
    for ent in doc_or_span.ents:
        match = YEAR_ENTITY.fullmatch(ent.text)
        if ent.label_ == "DATE" and match:
            start = ent.start_char - offset + match.start("y")
            matches.append((start, -4, len(lexicon.patterns), start + 4, match, _year))
    found: list[Timex] = []
    taken_until = -1
    for start, _, _, end, match, resolve in sorted(matches, key=lambda item: item[:3]):
        if start < taken_until:
            continue
        span = doc.char_span(offset + start, offset + end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        resolved = resolve(match, published, _direction(span, lexicon))
        if resolved is None:
            continue
        taken_until = end
        found.append(Timex(offset + start, offset + end, text[start:end], resolved[0],
                           resolved[1], span.start, span.end))
    return found


def resolve_span(span: Span, published: dt.date | None, lexicon: Lexicon | None = None):
    """Normalise a span known to be a temporal expression (a gold annotation, a model's DATE).

    The span's sentence is read first, so tense and the words around it count; a lone month or
    year, which running text needs a preposition to trust, is read as one here.
    """
    lexicon = lexicon or load_lexicon()

    def overlap(timex: Timex) -> int:
        return min(timex.end_char, span.end_char) - max(timex.start_char, span.start_char)

    found = [t for t in find_timexes(span.sent, published, lexicon) if overlap(t) > 0]
    if found:
        return max(found, key=overlap)
    text = span.text.strip()
    for pattern, resolve in lexicon.bare_patterns:
        match = pattern.fullmatch(text)
        resolved = match and resolve(match, published, _direction(span, lexicon))
        if resolved:
            return Timex(span.start_char, span.end_char, span.text, resolved[0], resolved[1],
                         span.start, span.end)
    return None


# --- attaching timexes to events ----------------------------------------------------------


def _anchor(span: Span, lexicon: Lexicon) -> Token:
    """Return the word a timex modifies, preferring an event noun just before it."""
    root = span.root
    prep = root.head if root.dep_ == "pobj" else root
    head = prep.head
    if head.pos_ not in {"VERB", "AUX"} or prep.i == 0:
        return head
    # The parser often hangs "... the attack at the hotel on March 22" on the verb; a date
    # right after an event noun's phrase belongs to that noun (low attachment).
    for token in reversed(span.doc[head.i + 1 : prep.i]):
        if token.pos_ in {"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ"}:
            break
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.anchors["event_noun"]:
            return token
    return head


def _is_predicate(token: Token, lexicon: Lexicon, triggers: set[int]) -> bool:
    if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass", "amod"}:
        return True
    return token.i in triggers or (
        token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.anchors["event_noun"]
    )


def _clause_verb(trigger: Token) -> Token:
    """Return the verb whose clause a nominal trigger sits in ("held a call" -> held)."""
    token = trigger
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def attaches(anchor: Token, trigger: Token, triggers: set[int], lexicon: Lexicon) -> bool:
    """Tell whether a modifier hanging on `anchor` belongs to the event of `trigger`."""
    targets = {trigger.i, _clause_verb(trigger).i}
    token = anchor
    for _ in range(40):
        if token.i in targets:
            return True
        if token.head == token:
            return False
        light = token.head.i == trigger.i and token.dep_ in {"dobj", "attr", "nsubj", "pobj"}
        inherited = token.dep_ == "pobj" and token.head.lower_ in lexicon.anchors["temporal_prep"]
        if _is_predicate(token, lexicon, triggers) and not (light or inherited):
            return False
        token = token.head
    return False


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(*event.trigger_span, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _pick(timexes, trigger, doc, triggers, lexicon) -> tuple[Timex, str] | None:
    """Return the timex attached to the trigger's clause, else a reporting verb's, with basis."""
    reported = None
    for timex in timexes:
        if timex.precision not in EVENT_PRECISIONS:
            continue
        anchor = _anchor(doc[timex.token_start : timex.token_end], lexicon)
        # a date fronted before the first conjunct ("On Monday X met Y and signed ...") also
        # dates the conjuncts that follow it
        conj_head = trigger.dep_ == "conj" and trigger.head.i == anchor.i
        fronted = conj_head and timex.token_end <= anchor.i
        if fronted or attaches(anchor, trigger, triggers, lexicon):
            return timex, "text"
        if anchor.lemma_.lower() in lexicon.anchors["reporting_verb"] and anchor.i != trigger.i:
            reported = reported or (timex, "report")
    return reported


def _published(article: Article) -> dt.date | None:
    try:
        # tolerate a timestamp where the contract says a date ("2024-04-03T10:59:00")
        return dt.date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def date_events(
    events: tuple[Event, ...], doc: Doc, article: Article, lexicon: Lexicon | None = None
) -> tuple[Event, ...]:
    """Give each event the date its clause carries, else the report or publication date."""
    lexicon = lexicon or load_lexicon()
    published = _published(article)
    tokens = [_trigger_token(doc, event) for event in events]
    triggers = {token.i for token in tokens if token is not None}
    by_sentence: dict[int, list[Timex]] = {}  # sentence start -> its timexes, found once
    dated = []
    for event, trigger in zip(events, tokens, strict=True):
        found = None
        if trigger is not None:
            sentence = trigger.sent
            if sentence.start not in by_sentence:
                by_sentence[sentence.start] = find_timexes(sentence, published, lexicon)
            found = _pick(by_sentence[sentence.start], trigger, doc, triggers, lexicon)
        if found is not None:
            timex, basis = found
            dated.append(replace(event, date=timex.value, date_precision=timex.precision,
                                 date_basis=basis))
        elif published is not None:
            dated.append(replace(event, date=published.isoformat(), date_precision="day",
                                 date_basis="publication"))
        else:
            dated.append(replace(event, date=None, date_precision="none", date_basis="none"))
    return tuple(dated)
