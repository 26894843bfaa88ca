"""Attaching timexes to events: give each event the date its clause carries (basis "text"), else
the date of the report that carries it ("report"), else its sentence's one date ("sentence"),
else the date its passage carries ("context", passage.py), else the publication date.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from newsevents.annotate import sentence_start, span_of, table_of
from newsevents.dates.lexicon import Lexicon, load_lexicon
from newsevents.dates.passage import (
    bounds,
    find_passages,
    find_periods,
    find_sessions,
    inherit,
    is_past,
    quotes_price,
    reports_figure,
    session_before,
    still_to_end,
    tells,
    tells_as_done,
    to_come,
)
from newsevents.dates.timexes import Timex, find_timexes, reporting_verb_before
from newsevents.records import Article, Event, amend

EVENT_PRECISIONS = {"day", "week", "month", "quarter", "year", "season", "decade"}
NOUN_MODIFIERS = {"poss", "amod", "compound", "nmod", "nummod"}
COMPARING = {"from", "than", "versus", "vs.", "against"}  # before the figure compared with
FIGURES = {"%", "$"}
NOUN_ROLES = {"dobj", "pobj", "nsubj", "nsubjpass", "attr"}


def _anchor(span: Span, lexicon: Lexicon) -> Token:
    """Return the word a timex modifies, preferring an event noun just before it."""
    root = span.root
    reporter = reporting_verb_before(span, lexicon)
    if reporter is not None and root.dep_ not in NOUN_MODIFIERS:
        # "said on Friday they had arrested three men": the saying's date, wherever the
        # parser hangs it ("said Friday's strike ...", "reported third-quarter profit" date
        # the noun)
        return reporter
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
    if token.dep_ == "acl" and token.lemma_.lower() in lexicon.anchors["dating_verb"]:
        return False  # "the letter, dated Monday": the letter's date, and what is said in it
    if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass", "amod"}:
        return True
    return token.i in triggers or (
        token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.anchors["event_noun"]
    )


def _clause_verb(trigger: Token) -> Token:
    """Return the verb whose clause a nominal trigger sits in ("held a call" -> held), or an
    -ing word used as an adjective ("had a falling out", "read to rallying crowds")."""
    token = trigger
    while (token.pos_ not in {"VERB", "AUX"} or _describes(token)) and token.head != token:
        token = token.head
    return token


def _describes(token: Token) -> bool:
    """Tell whether an -ing form is a noun's word: one describing a noun as going on ("the
    rallying crowd") or a noun itself ("had a falling out"), of its clause's time as nouns are.
    A past participle ("the shelled city") tells of a time before it."""
    if token.tag_ != "VBG":
        return False
    return token.dep_ == "amod" or (token.dep_ in NOUN_ROLES
                                    and any(child.dep_ == "det" for child in token.children))


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


def _compared(span: Span) -> Token | None:
    """Return the word that opens the comparison a timex dates a figure of ("rose to 7% from 6%
    in March", "fell to $85 million from $93 million a year earlier", "compared with a year
    ago"), if any: the timex dates that figure, not the happening its verb tells."""
    return _compared_above(span) or _follows_compared_figure(span)


def _takes_figure(preposition: Token, span: Span) -> bool:
    """Tell whether a preposition takes a figure other than the timex ("from 6%", "than $5")."""
    return any(child.dep_ == "pobj" and child not in span and (
        child.like_num or child.text in FIGURES or any(grand.like_num for grand in child.children))
        for child in preposition.children)


def _follows_compared_figure(span: Span) -> Token | None:
    """Return the "from" of a figure just before `span` when the parser hung the timex on the
    verb: "rose from 3 million in 2005 to 9 million in 2012" dates the rise by its end, 2012;
    2005 dates the figure it started from. A "to" between them puts the timex in the end."""
    doc = span.doc
    for token in reversed(doc[max(span.start - 8, 0) : span.start]):
        if token.pos_ in {"VERB", "AUX"} or token.lower_ == "to":
            return None
        if token.lower_ in COMPARING and _takes_figure(token, span):
            return token
    return None


def _compared_above(span: Span) -> Token | None:
    token = span.root
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return token if token.lemma_ == "compare" else None
        if token.lower_ in COMPARING and _takes_figure(token, span):
            return token
        token = token.head
    return None


def _same_time(trigger: Token, lexicon: Lexicon) -> list[Token]:
    """Return the trigger with the verbs whose date is its date too: the verb a participle
    adjunct hangs on ("shelled the city on Monday, killing six": the killing is the shelling's
    outcome; "was rescued on Nov. 25 while clinging to a raft") and the complement of an
    aspectual verb ("will begin withdrawing troops on Friday": the beginning is the
    withdrawing's start)."""
    shared = [trigger]
    # a subject makes a clause of its own time, and so does a marker, bar one of simultaneity
    own = {child.dep_ for child in trigger.children}
    marks = {child.lower_ for child in trigger.children if child.dep_ == "mark"}
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not own & {"nsubj", "nsubjpass"} \
            and marks <= lexicon.anchors["simultaneity_word"]:
        shared.append(trigger.head)
    if trigger.lemma_.lower() in lexicon.anchors["aspectual_verb"]:
        shared += [child for child in trigger.children if child.dep_ == "xcomp"]
    return shared


def _dates_clause(anchor: Token, lexicon: Lexicon) -> bool:
    """Tell whether a timex on `anchor` dates a clause: it hangs on a verb, or on an event noun
    that frames the clause ("were killed in the blast on Friday", "during the raid on May 2"),
    not on one the clause only mentions ("the victims of the bombing on May 4")."""
    if anchor.pos_ in {"VERB", "AUX"}:
        return True
    return (anchor.dep_ == "pobj" and anchor.head.lower_ in lexicon.anchors["temporal_prep"]
            and anchor.lemma_.lower() in lexicon.anchors["event_noun"])


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(*event.trigger_span, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _time_of_when_clause(trigger: Token, timexes: list[Timex]) -> Timex | None:
    """Return the timex a "when" clause holding the trigger describes ("since November, when he
    was found", "unlike Thursday, when 133 people were arrested"): the clause tells what
    happened at that time, wherever the parser hangs it. A noun in the clause may have a time
    of its own ("gatherings since the revolution in 1959")."""
    verb = trigger
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for _ in range(4):
        when = next((child for child in verb.children
                     if child.dep_ == "advmod" and child.lower_ == "when" and child.i < verb.i),
                    None)
        if when is not None:
            before = when.i - 1 if when.i and when.nbor(-1).text == "," else when.i
            return next((timex for timex in timexes if timex.token_end == before), None)
        if verb.dep_ not in {"conj", "xcomp"}:
            return None
        verb = verb.head
    return None


def _pick(timexes, trigger, doc, triggers, lexicon, published) -> tuple[Timex, str] | None:
    """Return the timex attached to the trigger's clause, else a reporting verb's, else the
    sentence's, with basis."""
    described = _time_of_when_clause(trigger, timexes)
    if described is not None and described.precision in EVENT_PRECISIONS:
        return described, "text"
    reported, loose = None, []
    anchored = [(timex, _anchor(doc[timex.token_start : timex.token_end], lexicon))
                for timex in timexes if timex.precision in EVENT_PRECISIONS]
    # a date on the event word itself ("the Aug. 7 bombings", "Friday's close") is its own,
    # whatever date its clause carries
    anchored.sort(key=lambda pair: pair[1].i != trigger.i)
    sharing = _same_time(trigger, lexicon)
    for timex, anchor in anchored:
        compared = _compared(doc[timex.token_start : timex.token_end])
        if compared is not None and not compared.is_ancestor(trigger):
            continue
        if _dates_clause(anchor, lexicon):
            loose.append(timex)
        # a date fronted before the first conjunct ("On Monday X met Y and signed ...") also
        # dates the conjuncts that follow it
        conj_head = trigger.dep_ == "conj" and trigger.head.i == anchor.i
        fronted = conj_head and timex.token_end <= anchor.i
        # a date before a noun is that noun's ("the 2015 law"): what the noun does now ("bans
        # such sales") does not take it
        of_noun = anchor.pos_ in {"NOUN", "PROPN"} and timex.token_end <= anchor.i
        if of_noun and anchor.i != trigger.i and trigger.tag_ in {"VBZ", "VBP"}:
            continue
        # ... and a participle on that noun tells what made it so ("the Feb. 23 accord signed
        # by both leaders")
        described = of_noun and trigger.dep_ == "acl" and trigger.tag_ == "VBN" \
            and trigger.head.i == anchor.i
        if fronted or described or any(attaches(anchor, verb, triggers, lexicon)
                                       for verb in sharing):
            return timex, "text"
        if anchor.lemma_.lower() in lexicon.anchors["reporting_verb"] and anchor.i != trigger.i:
            reported = reported or (timex, "report")
    # the parse did not tie the event to the sentence's one date, but nothing else claims it:
    # a past happening in that sentence most likely took place then (so does one told in the
    # present perfect when the date is over)
    if reported is not None or len({timex.value for timex in loose}) != 1:
        return reported
    anchor = next(anchor for timex, anchor in anchored if timex is loose[0])
    told = triggers | {i for timex in timexes for i in range(timex.token_start, timex.token_end)}
    return _sentence_date(loose[0], anchor, trigger, told, lexicon, published)


def _sentence_date(timex: Timex, anchor: Token, trigger: Token, told: set[int],
                   lexicon: Lexicon, published: dt.date | None) -> tuple[Timex, str] | None:
    """Return the sentence's one date, hanging on `anchor`, for a past happening (or one still
    to come, for a date still to come) the parse did not tie to it, unless the text keeps the
    two apart; `told` holds the indices of event words and timexes."""
    verb = _clause_verb(trigger)
    # "has since fortified", "later fled": after the date, not on it
    if any(child.dep_ == "advmod" and child.lower_ in lexicon.anchors["after_word"]
           for child in verb.children):
        return None
    # a date on a verb stays in that verb's clause when one of the two clauses is set apart
    # ("Russia, which annexed Crimea in 2014, launched strikes": not in 2014); an event noun
    # framing a clause frames the sentence ("killed and a driver hurt in an attack on Tuesday")
    if anchor.pos_ in {"VERB", "AUX"} and (_set_apart(anchor, told, lexicon)
                                          != _set_apart(verb, told, lexicon)):
        return None
    # a happening still to come takes the sentence's period still to come ("the firm is
    # expected to break even in the fourth quarter"); a noun's clause may be another's ("under
    # the agreement, holders will receive $5 at closing, expected in December")
    if verb.i == trigger.i and to_come(verb, lexicon):
        return (timex, "sentence") if still_to_end(timex, published) else None
    # ... and a past happening is not dated by a period still to come ("agreed to meet next
    # month")
    if _lies_ahead(timex, published):
        return None
    # a past state an adjective tells held on the date ("weren't available for comment late
    # yesterday", "was due to expire on Friday")
    held = trigger.pos_ == "ADJ" and is_past(verb)
    if held or tells(verb, lexicon) or tells_as_done(verb, timex, published, lexicon):
        return timex, "sentence"
    return None


def _lies_ahead(timex: Timex, published: dt.date | None) -> bool:
    """Tell whether a day, month or year timex begins after the publication date."""
    period = bounds(timex)
    return period is not None and published is not None and period[0] > published


def _set_apart(token: Token, told: set[int], lexicon: Lexicon) -> Token | None:
    """Return the head of the clause that dates `token` apart from the rest of its sentence,
    if any: a clause on a noun ("which annexed Crimea in 2014", "elected in 2019") or one put
    before or after the main one ("after protesters stormed the parliament").

    A clause on an event or a time tells of that event or time ("an explosion that took place
    on Friday", "the six months ended Aug. 12", "since November, when he was found"): `told`
    holds the indices of event words and timexes. A participle on a conjunct is a clause with
    its auxiliary left out ("were killed and 40 others wounded on Friday").
    """
    for _ in range(40):
        noun = token.head
        if token.dep_ in {"relcl", "acl"} and not (
                noun.i in told or noun.lemma_.lower() in lexicon.anchors["event_noun"]
                or noun.dep_ == "conj"):
            return token
        sequence = token.head if token.dep_ == "pcomp" else next(
            (child for child in token.children if child.dep_ == "mark"), None)
        if (token.dep_ in {"pcomp", "advcl"} and sequence is not None
                and sequence.lower_ in lexicon.anchors["sequence_word"]
                and not _close_in_time(sequence, lexicon)):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _close_in_time(sequence: Token, lexicon: Lexicon) -> bool:
    """Tell whether a sequence word is narrowed to the same day ("hours after", "shortly
    before"), so that its clause's date dates the main one too."""
    return sequence.i > 0 and sequence.doc[sequence.i - 1].lower_ in lexicon.anchors[
        "close_in_time"]


def _published(article: Article) -> dt.date | None:
    try:
        # tolerate a timestamp where the contract says a date ("2024-04-03T10:59:00")
        return dt.date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def _doc_text(doc: Doc, article: Article, starts: list[int]) -> str | None:
    """Return the article's text when `doc` is its parse (as in the pipeline), else None.

    spaCy keeps the text it parsed, so the doc's tokens lie where they were in it; the length
    and each sentence's first word are checked, not every token, which Doc.text would join.
    """
    text = article.text
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if len(text) != end or not all(text.startswith(doc[i].text, doc[i].idx) for i in starts):
        return None
    return text


def date_events(
    events: tuple[Event, ...], doc: Doc, article: Article, lexicon: Lexicon | None = None
) -> tuple[Event, ...]:
    """Give each event the date its clause carries, else the report's, the passage's or the
    publication date."""
    lexicon = lexicon or load_lexicon()
    published = _published(article)
    tokens = [_trigger_token(doc, event) for event in events]
    triggers = {token.i for token in tokens if token is not None}
    by_sentence: dict[int, list[Timex]] = {}  # sentence start -> its timexes
    # where each sentence starts, from the doc's table: Token.sent builds the sentence anew
    starts = table_of(doc).sentence_starts if triggers else []
    # the whole text in one pass, so a timex can be read against those before it
    for timex in find_timexes(doc, published, lexicon, _doc_text(doc, article, starts)) \
            if triggers else ():
        by_sentence.setdefault(sentence_start(starts, timex.token_start), []).append(timex)
    passages = (find_passages(doc, by_sentence, published, EVENT_PRECISIONS, lexicon)
                if triggers else {})
    periods = find_periods(starts, {
        start: [t for t in found if _compared(span_of(doc, t.token_start, t.token_end)) is None]
        for start, found in by_sentence.items()})
    sessions = find_sessions([timex for found in by_sentence.values() for timex in found],
                             published)
    dated = []
    for event, trigger in zip(events, tokens, strict=True):
        found = None
        if trigger is not None:
            start = sentence_start(starts, trigger.i)
            found = _pick(by_sentence.get(start, []), trigger, doc, triggers, lexicon, published)
            if found is None:
                inherited = inherit(trigger, _clause_verb(trigger), passages.get(start), lexicon)
                if inherited is None and start in periods and reports_figure(trigger, lexicon):
                    inherited = periods[start]
                if inherited is None and quotes_price(trigger, lexicon):
                    inherited = session_before(trigger, sessions)
                found = inherited and (inherited, "context")
        if found:
            timex, basis = found
            # an event is dated to the day; the time of day stays with the timex, and so does
            # the unknown day of "that January day" (2011-01-XX: the event's month is 2011-01)
            date = timex.value.split("T")[0] if timex.precision == "day" else timex.value
            date = date.removesuffix("-XX")
            dated.append(amend(event, date=date, date_precision=timex.precision,
                               date_basis=basis))
        elif published is not None:
            dated.append(amend(event, date=published.isoformat(), date_precision="day",
                               date_basis="publication"))
        else:
            dated.append(amend(event, date=None, date_precision="none", date_basis="none"))
    return tuple(dated)
