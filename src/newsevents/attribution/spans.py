"""Character spans for the attribution stage: quotations in the text, span containment and
token ranges trimmed to what a speaker, cue or content covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from spacy.tokens import Doc, Token

from newsevents.annotate import DASHES, dateline_dash

OPEN_QUOTES, CLOSE_QUOTES, STRAIGHT_QUOTE = "“«", "”»", '"'
Chars = tuple[int, int]
MARKS_AND_BREAKS = re.compile(r"''|``|[" + OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTE + r"\n]")


def find_quotes(text: str) -> list[Chars]:
    """Return character spans of quotations, marks included, joining multi-paragraph quotes."""
    spans, opened, i = [], None, 0
    # only quotation marks and line breaks matter: jump from one to the next
    while (found := MARKS_AND_BREAKS.search(text, i)) is not None:
        i = found.start()
        width = _quote_mark(text, i)
        if opened is None:
            if width:
                opened = i
        elif width and (text[i] not in OPEN_QUOTES and text[i : i + 2] != "``"):
            spans.append((opened, i + width))
            opened = None
        elif text[i] == "\n":
            # A quote paragraph without a closing mark continues when the next one opens a quote.
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j < len(text) and _quote_mark(text, j) and _same_kind(text, opened, j):
                i = j + _quote_mark(text, j) - 1
            else:
                spans.append((opened, i))
                opened = None
        i += max(width, 1)
    if opened is not None:
        spans.append((opened, len(text.rstrip())))
    return spans


def _same_kind(text: str, first: int, second: int) -> bool:
    """Tell quotation marks of one kind (straight, curly, typewriter): a writer who runs a quote
    over paragraphs opens each with the mark that opened it."""
    return _kind(text[first]) == _kind(text[second])


def _kind(mark: str) -> str:
    return "straight" if mark == STRAIGHT_QUOTE else "curly" if mark in "“”‘’" else mark


def _quote_mark(text: str, i: int) -> int:
    """Return the width of the quotation mark at i (two for '' and ``), or 0."""
    if text[i : i + 2] in ("''", "``"):
        return 2
    return 1 if text[i] in OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTE else 0


def inside(inner: Chars, outer: Chars) -> bool:
    """Tell whether one character span lies within another."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def overlaps(one: Chars, other: Chars) -> bool:
    """Tell whether two character spans share a character."""
    return one[0] < other[1] and other[0] < one[1]


def span_chars(doc: Doc, first: int, last: int) -> Chars:
    """Return the character span of tokens first..last, trimmed of edge punctuation."""
    first, last = trim(doc, first, last)
    return doc[first].idx, doc[last].idx + len(doc[last])


def trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Move token bounds inwards past punctuation and spaces, keeping quotation marks."""
    while first < last and is_edge_noise(doc[first]):
        first += 1
    while last > first and is_edge_noise(doc[last]):
        last -= 1
    return first, last


def is_edge_noise(token: Token) -> bool:
    """Tell punctuation and spaces that do not belong at the edge of a span."""
    return token.is_space or (token.is_punct and not token.is_quote)


def clip_to_paragraph(text: str, content: Chars, cue: Chars) -> Chars:
    """Keep a parsed content span within the cue's paragraph; the parser may run past it."""
    start = text.rfind("\n", 0, cue[0]) + 1
    end = text.find("\n", cue[1])
    end = len(text) if end < 0 else end
    clipped = max(content[0], start), min(content[1], end)
    return clipped if clipped[0] < clipped[1] else content


def drop_leading_link(doc: Doc, content: Chars) -> Chars:
    """Start a content that opens its sentence after a word linking that sentence to the story
    ("But", "And", "However,", "Still,"): the writer's, not the speaker's, as PolNeAR train
    marks it two times in three or more."""
    span = doc.char_span(content[0], content[1], alignment_mode="contract")
    if span is None or len(span) < 3 or not span[0].is_sent_start:
        return content
    if span[0].lower_ not in LEADING_LINKS:
        return content
    first = span.start + 1
    while first < span.end - 1 and is_edge_noise(doc[first]):
        first += 1
    return doc[first].idx, content[1]


def after_dateline(doc: Doc, text: str, content: Chars) -> Chars:
    """Start a content that opens a paragraph after its dateline ("ROME — The talks ..."):
    where the story was filed is the writer's, not what anyone said."""
    if content[0] and text[content[0] - 1] != "\n":
        return content  # most contents open mid-paragraph: no span is built for them
    span = doc.char_span(content[0], content[1], alignment_mode="contract")
    if span is None or len(span) < 3:
        return content
    dash = dateline_dash(doc, span.start)
    if dash is None or dash + 1 >= span.end - 1:
        return content
    first, _ = trim(doc, dash + 1, span.end - 1)
    return doc[first].idx, content[1]


def widen_to_quotes(quotes: tuple[Chars, ...], content: Chars, cue: Chars) -> Chars:
    """Widen a content span over every quote it overlaps that does not hold the cue."""
    start, end = content
    for quote in quotes:
        if overlaps(quote, (start, end)) and not inside(cue, quote):
            start, end = min(start, quote[0]), max(end, quote[1])
    return start, end


def through_colon_quote(text: str, quotes: tuple[Chars, ...], content: Chars, cue: Chars) -> Chars:
    """Run a content after its cue on over a quotation that a colon opens right after it ("said
    the city has what it needs: “patience”"): the quoted words spell out what was said."""
    if content[0] < cue[1]:
        return content
    colon = text.find(":", content[1])
    if colon < 0 or text[content[1] : colon].strip(" "):
        return content
    for start, end in quotes:
        if start > colon and not text[colon + 1 : start].strip(" "):
            return content[0], end
    return content


def from_set_off_quote(text: str, quotes: tuple[Chars, ...], content: Chars, cue: Chars) -> Chars:
    """Start a content before its cue at the quotation that closes it when a colon or a dash
    sets that quotation off from the writer's words before it ("The mayor had one answer:
    “We will rebuild,” she said"): the words before the mark introduce the quote."""
    if content[1] > cue[0]:
        return content
    for start, end in quotes:
        if content[0] < start < content[1] <= end:
            before = text[content[0] : start].rstrip(" ")
            if before.endswith(":") or (before.endswith(DASHES) and text[start - 1] == " "):
                return start, content[1]
    return content


def opening_sentence(text: str, sentences: list[Chars], quote: Chars) -> int | None:
    """Return the index of the sentence a quote opens, or None when it starts mid-sentence.

    The parser often hangs the opening mark on the sentence before, so the sentence may start
    just after the mark.
    """
    for sent_i, (start, _end) in enumerate(sentences):
        if sent_i and quote[0] <= start < quote[1] and not text[quote[0] : start].strip("'\"“` "):
            return sent_i
        if start > quote[0]:
            return None
    return None


TIME_ENTITIES = ("DATE", "TIME")
ASKING_MARKS = ("?", "!")  # the end of a turn keeps them, as it does not a full stop
LEADING_LINKS = ("and", "but", "however", "still", "meanwhile", "moreover", "indeed", "also")
ADJUNCT_DEPS = ("prep", "npadvmod", "advmod")
MEDIUM_PREPS = ("in", "on", "via", "during", "through")
RELATIVE_TAGS = ("WDT", "WP", "WP$", "WRB")


def drop_trailing(doc: Doc, content: Chars, mediums: Set[str] = frozenset()) -> Chars:
    """Trim what ends a content span without being reported, as PolNeAR marks it: a dangling
    conjunction (", and"), a time adjunct that dates the report, not the reported ("endorsed
    her on Thursday"), the medium it was said through ("praised the ruling on Twitter", "in a
    video"; `mediums` are the medium nouns' lemmas), and a relative clause set off by a comma
    (", who ...") that the writer adds about a name in the content. An apposition stays: the
    parser takes list items for one as often. A participle clause (", forcing ...") or a
    concession (", although ...") stays too: PolNeAR keeps them about as often as it drops
    them (dropping them lowers train content F1 by 0.001)."""
    span = doc.char_span(content[0], content[1], alignment_mode="contract")
    if span is None or len(span) < 2:
        return content
    first, last = span.start, span.end - 1
    if doc[last].text in ASKING_MARKS:
        return content  # a question kept whole ("Q: Why not here?") ends at its mark
    while last > first:
        token = doc[last]
        if token.dep_ == "cc" or is_edge_noise(token):
            last -= 1
            continue
        phrase = _trailing_phrase(token, first, last, mediums)
        if phrase is None:
            break
        last = phrase.left_edge.i - 1
    if last < first or (first, last) == (span.start, span.end - 1):
        return content
    first, last = trim(doc, first, last)
    return content[0], doc[last].idx + len(doc[last])


def _trailing_phrase(token: Token, first: int, last: int, mediums: Set[str]) -> Token | None:
    """Return the time or medium adjunct or comma relative clause that ends at the token."""
    doc = token.doc
    for phrase in [token, *token.ancestors]:
        left = phrase.left_edge.i
        if phrase.right_edge.i != last or left <= first:
            return None
        if phrase.head.i > phrase.i:
            continue
        if phrase.dep_ == "relcl" and doc[left - 1].text == "," and first <= phrase.head.i:
            if doc[left].tag_ in RELATIVE_TAGS:
                return phrase
        elif phrase.dep_ in ADJUNCT_DEPS and (
            is_time_phrase(phrase) or is_medium_phrase(phrase, mediums)
        ):
            # a clause keeps its own date and medium: only one on the cue or a verbless object
            # goes
            outside = not first <= phrase.head.i <= last
            if outside or not any(t.pos_ in ("VERB", "AUX") for t in doc[first : last + 1]):
                return phrase
    return None


def is_medium_phrase(
    phrase: Token, mediums: Set[str], preps: Sequence[str] = MEDIUM_PREPS
) -> bool:
    """Tell a phrase naming the medium of a statement ("in a video", "on Twitter"), one of
    `preps` with a noun of `mediums` as its object."""
    if phrase.dep_ != "prep" or phrase.lower_ not in preps:
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in mediums for c in phrase.children)


def is_time_phrase(phrase: Token) -> bool:
    """Tell a word whose phrase names only a date or time ("on Thursday", "last week")."""
    # a preposition is no time word itself: "on Thursday" is a time phrase
    return all(t.ent_type_ in TIME_ENTITIES for t in phrase.subtree if t is not phrase
               or phrase.dep_ != "prep")
