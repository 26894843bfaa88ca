"""Where a reporting frame's content begins and ends: the clause a cue governs or hangs on,
quotes before, after and around the cue, quotes that run on over later sentences, and the ends
set by a second report in the same clause.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.annotate import table_of
from newsevents.attribution.assembly import Context
from newsevents.attribution.spans import Chars, inside, opening_sentence, overlaps, span_chars, trim
from newsevents.attribution.speakers import (
    DASHES,
    RELATIVE_TAGS,
    is_conjoined_report,
    is_conjoined_to_report,
    stranded_conjunct_host,
    verb_speaker,
)
from newsevents.records import Frame

INVERTED_DEPS = ("parataxis", "ccomp", "advcl")
CONTINUING_DEPS = ("advcl",)
SECOND_REPORT_DEPS = ("advcl", "relcl")
CONCESSIVE_MARKS = ("though", "although", "while", "whereas")
QUOTE_MARKS = "\"'“”‘’«»`"
SENTENCE_ENDS = (".", "!", "?")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def is_inverted(context: Context, verb: Token) -> bool:
    """Tell a trailing or parenthetical cue ("..., he said") from a verb inside reported content.

    A verb that is the content clause of another cue verb ("X said it feels like ...") is what
    is reported, not a second cue around it.
    """
    if verb.dep_ not in INVERTED_DEPS or _host_verb(verb) is None:
        return False
    # "As the movement continues to battle ...": a cue with an infinitive of its own is acting;
    # "When asked about X, she said ...": a question put to the speaker frames no host clause.
    if any(c.dep_ == "xcomp" or c.tag_ == "WRB" for c in verb.children):
        return False
    # "Asked about X, he said ...", "..., calling him a liar": a participle adjunct is a report
    # of its own, never the trailing "he said" of the clause it hangs on; but "as" makes it
    # the source of that clause ("As reported by X, ...", "..., as investigators have said").
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not _is_as_clause(verb):
        return False
    # "..., many prefer the plan": a trailing cue takes no object, bar whom it addresses
    # ("..., she told reporters") and the "it" that stands for the host ("as he put it").
    cues = context.cues
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.lower_ != "it"]
    if objects and not cues.addresses(verb):
        return False
    return not (verb.dep_ == "ccomp" and cues.verb(verb.head.lemma_))


def _is_as_clause(verb: Token) -> bool:
    """Tell "as X has said", "as reported by X" on a clause with a subject of its own: "as"
    and someone named who says it. With no one named ("as might be expected") it is the
    writer's aside; on a phrase with no subject ("in advocating X, as shown by Y") it tells
    how an act is known, not who states a clause."""
    deps = [(c.dep_, c.lower_) for c in verb.children]
    if ("mark", "as") not in deps or not any(dep in ("nsubj", "agent") for dep, _ in deps):
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)


def _host_verb(verb: Token) -> Token | None:
    """Return the verb of the clause a trailing or parenthetical cue hangs on, or None: its
    head, or the verb whose subject the parser hung a parenthesis on ("The vote, it was
    reported, will be held ...", with "reported" on "vote")."""
    head = verb.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if verb.dep_ == "parataxis" and head.dep_ in SUBJECT_DEPS and head.i < verb.i:
        return head.head if head.head.pos_ in ("VERB", "AUX") else None
    return None


def resume_quote(context: Context, verb: Token, content: Chars) -> Chars:
    """Join what stands before "X said," and the quote it interrupts ("“A,” X said after the
    vote, “B.”", "It was, he said, “B.”"), from whichever side the content was found on."""
    before = [q for q in context.quotes if q[1] <= verb.idx]
    after = [q for q in context.quotes if q[0] >= verb.idx + len(verb)]
    if after and content[1] <= verb.idx and _set_off_cue(context, verb, content, after[0]):
        return content[0], after[0][1]
    resumed = next((q for q in after if q[0] <= content[0] < q[1]), None)
    if before and resumed and _set_off_cue(context, verb, before[-1], resumed):
        return before[-1][0], content[1]
    return content


def _set_off_cue(context: Context, verb: Token, first: Chars, second: Chars) -> bool:
    """Tell whether the words between two parts of one statement are the cue's own phrase set
    off by commas: the first part ends mid-sentence, and between them stand the speaker, the
    verb and what hangs on it, with no other cue ("“A,” X said, adding, “B.”")."""
    text = context.text
    if text[first[0] : first[1]].rstrip(QUOTE_MARKS + " ").endswith(SENTENCE_ENDS):
        return False
    if not text[first[1] : second[0]].rstrip().endswith((",", ":")):
        return False
    words = context.doc.char_span(first[1], second[0], alignment_mode="contract")
    if words is None or verb not in words:
        return False
    # "“A,” she said, adding, “B.”": a cue whose speaker stands elsewhere adds B alone; A
    # is what the cue before it reports.
    speaker = verb_speaker(verb)
    if speaker is None or speaker not in words:
        return False
    return all(
        t == verb or t.is_punct or (verb in t.ancestors and not _is_cue_verb(context, t))
        for t in words
    )


def clause_content(context: Context, verb: Token, clauses: list[Token]) -> Chars:
    """Return the span of the verb's content clauses on one side, or both around a quote."""
    before = [c for c in clauses if c.i < verb.i]
    after = [c for c in clauses if c.i > verb.i]
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        after.append(verb.head)
    # "“A,” she said, “B.”": a quote resumed after the cue belongs to the same content.
    if before and after and after[0].left_edge.is_quote:
        return span_chars(context.doc, before[0].left_edge.i, after[-1].right_edge.i)
    # The parser sometimes splits one content clause into two ccomps on the same side.
    side = before or after
    first, last = side[0].left_edge.i, side[-1].right_edge.i
    if not before:
        first = _subject_taken_for_object(context, verb, side[0]) or first
        # "X said he would run but ...": a clause the parser hung on the cue verb instead of
        # the content clause continues what was said, up to the end of the cue's own phrase.
        # One that is a cue itself (", suggesting that ...") reports something else.
        rest = [
            c
            for c in verb.rights
            if c.i > last and (
                (c.dep_ in CONTINUING_DEPS and not _is_cue_verb(context, c))
                or _is_second_that_clause(c)
            )
        ]
        last = max([last] + [c.right_edge.i for c in rest])
        last = before_second_report(context, side[0].left_edge.i, last)
        last = _before_conjoined_report(context, side, last)
        last = _before_semicolon(context, side[0].left_edge.i, last)
    return span_chars(context.doc, first, last)


def _is_second_that_clause(conjunct: Token) -> bool:
    """Tell a second "that" clause conjoined to the cue verb ("argued that A, and that B"):
    the "that" marks it as reported like the first, whatever verb it has."""
    return conjunct.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in conjunct.lefts
    )


def from_gap_pronoun(context: Context, verb: Token, content: Chars) -> Chars:
    """Start a content after the cue at the relative or question pronoun that is the cue's
    object ("what Ann called “a fair trade”", "which critics consider illegal"): the pronoun
    is the thing reported on, and PolNeAR's content runs from it over the speaker and cue."""
    if content[0] < verb.idx:
        return content
    pronoun = next(
        (c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS), None
    )
    return content if pronoun is None else (pronoun.idx, content[1])


def _subject_taken_for_object(context: Context, verb: Token, clause: Token) -> int | None:
    """Return where a clause's subject starts when the parser took it for the cue's object
    ("promised her whole plan would be paid for", "rebutted X's claim that ..."): a subjectless
    clause right after the object of a cue that takes no addressee. None otherwise."""
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    cues = context.cues
    if cues.addresses(verb):
        return None  # "told reporters | would win": whom it was told is no part of it
    for child in verb.rights:
        if child.dep_ == "dobj" and child.right_edge.i + 1 == clause.left_edge.i:
            return child.left_edge.i
    return None


def _before_semicolon(context: Context, first: int, last: int) -> int:
    """End a reported clause at a semicolon outside quotation marks ("X said A; B"): what
    follows is a clause of its own, the writer's, as PolNeAR marks it."""
    for token in context.doc[first + 1 : last + 1]:
        if token.text == ";" and not any(q[0] < token.idx < q[1] for q in context.quotes):
            return token.i - 1
    return last


def before_second_report(
    context: Context, first: int, last: int, deps: tuple[str, ...] = SECOND_REPORT_DEPS
) -> int:
    """End a content clause before a second report set off by a comma (", suggesting that ...",
    ", which he called ..."): it reports something else, whichever verb the parser hung it on.

    A conjoined cue ("... and called him ...") is left alone: cut off, it would take the
    subject of the reported clause as its speaker. So is a relative clause inside the
    reported clause's subject ("the plan, which critics called illegal, would pass"): the
    clause goes on after it. `deps` are the kinds of clause that may be a second report; an
    object leaves out relative clauses, which describe its noun.
    """
    doc = context.doc
    for token in doc[first + 1 : last + 1]:
        if token.dep_ not in deps or not _is_cue_verb(context, token):
            continue
        if token.dep_ == "relcl" and _goes_on_after(context, token, last):
            continue
        if token.dep_ == "advcl" and token.tag_ != "VBG" and not _is_concession(token):
            continue  # "because he said ...": a reason inside what was said
        boundary = _linked_start(doc, token, first)
        if boundary < token.left_edge.i:
            return boundary - 1
    return last


def before_stranded_report(context: Context, verb: Token, first: int, last: int) -> int:
    """End an object content before a second cue of the verb's own that the parser hung inside
    it ("urged X to hold a vote and said ..."): see `stranded_conjunct_host`."""
    doc = context.doc
    for token in doc[first + 1 : last + 1]:
        if token.dep_ != "conj" or not _is_cue_verb(context, token):
            continue
        if stranded_conjunct_host(token) == verb:
            return _linked_start(doc, token, first) - 1
    return last


def _linked_start(doc: Doc, report: Token, first: int) -> int:
    """Return where a second report starts with the words that link it to the content before
    it (", and", "; but"), no earlier than just after `first`."""
    boundary = report.left_edge.i
    while boundary > first + 1 and _is_link(doc[boundary - 1]):
        boundary -= 1
    return boundary


def _goes_on_after(context: Context, clause: Token, last: int) -> bool:
    """Tell a relative clause that the reported clause goes on after ("the plan, which critics
    called illegal, would pass"): words follow it that are no part of a later cue's own
    phrase ("..., which he said were ..., the footage showed")."""
    end = clause.right_edge.i
    later_cues = [t for t in context.doc[end + 1 : last + 1] if _is_cue_verb(context, t)]
    return any(
        not (t.is_punct or t.is_space) and not any(t in c.subtree for c in later_cues)
        for t in context.doc[end + 1 : last + 1]
    )


def _before_conjoined_report(context: Context, clauses: list[Token], last: int) -> int:
    """End a content clause before a second cue of the same speaker that the parser conjoined
    to it ("X said A and urged B"): that cue is a frame of its own with X as its speaker; and
    before a clause of the writer's conjoined to it ("X said A, and Y praised B")."""
    doc = context.doc
    for clause in clauses:
        for conj in clause.rights:
            same_speaker = is_conjoined_report(conj) and _is_cue_verb(context, conj)
            if same_speaker or _is_own_report(conj):
                boundary = conj.left_edge.i
                while boundary > clause.i + 1 and _is_link(doc[boundary - 1]):
                    boundary -= 1
                return min(last, boundary - 1)
    return last


def _is_own_report(conj: Token) -> bool:
    """Tell a clause with a subject of its own that the parser conjoined to the reported clause
    after a comma or a dash, in the tense of the cue: "X said A, and the captain praised B" is
    the writer's next clause (often a report of its own), not part of what X said, as PolNeAR
    marks it. A "that" shows the clause is still reported ("..., and that B")."""
    if not is_conjoined_to_report(conj) or conj.tag_ != conj.head.head.tag_:
        return False
    if not any(c.dep_ == "nsubj" for c in conj.lefts):
        return False
    if any(c.dep_ == "mark" for c in conj.lefts):
        return False
    before = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i else conj
    if before.dep_ == "cc":
        before = conj.doc[before.i - 1]
    return before.text in (",", ";") or before.text in DASHES


def _is_concession(clause: Token) -> bool:
    """Tell a report the speaker concedes after a comma (", though she noted that ..."): a
    second statement of its own, not a reason or a condition inside the first."""
    return any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children)


def _is_link(token: Token) -> bool:
    return token.is_punct or token.dep_ == "cc"


def _is_cue_verb(context: Context, token: Token) -> bool:
    cues = context.cues
    return token.pos_ == "VERB" and cues.verb(cues.lemma(token.lemma_, token.text)) is not None


def host_clause(context: Context, verb: Token, speaker: Token | None) -> Chars | None:
    """Return the clause a trailing or parenthetical cue attaches to ("..., X said")."""
    host = _host_verb(verb) or verb.head
    # a clause fronted before the speaker ("If talks fail, he argues, ...") is what is argued
    left = min([verb.i] + [c.left_edge.i for c in verb.lefts if c.dep_ != "advcl"])
    left = min(left, speaker.left_edge.i) if speaker is not None else left
    right = verb.right_edge.i
    first, last = trim(context.doc, _past_conjunction(host), host.right_edge.i)
    if first < left and last > right:  # parenthetical: "the rebels, he said, had ..."
        # "On Tuesday, he said, “...”": a quote opening after the cue is all that was said;
        # what stands before the speaker only sets the scene.
        if _opens_quote(context.doc, right + 1) and not _has_quote(context.doc, first, left):
            return span_chars(context.doc, right + 1, last)
        return span_chars(context.doc, first, last)
    if first < left:  # trailing: "..., Le Monde reported on April 3."
        return span_chars(context.doc, first, left - 1)
    if last > right:  # leading without "that": "He said, the rebels had ..."
        return span_chars(context.doc, right + 1, last)
    return None


def _opens_quote(doc: Doc, i: int) -> bool:
    """Tell whether the words from i on open with a quotation mark, past commas and colons."""
    while i < len(doc) and doc[i].is_punct and not doc[i].is_quote:
        i += 1
    return i < len(doc) and doc[i].is_quote


def _has_quote(doc: Doc, first: int, end: int) -> bool:
    return any(t.is_quote for t in doc[first:end])


def fronted_report(context: Context, verb: Token, speaker: Token | None) -> Chars | None:
    """Return what stands before a sentence-final "..., X says." that the parser made the
    sentence's root, as in headlines ("Budget Will Pass, Mayor Says."), or before a final
    "..., says X, a Y." whose content it took for a subject: the words before the comma are
    what is said. A quote there is left to `adjacent_quote`, which finds where it opens."""
    if verb.dep_ != "ROOT" or speaker is None:
        return None
    doc = context.doc
    sent_start, sent_end = table_of(doc).sentence(verb.i)
    if speaker.i < verb.i:
        rest, comma = doc[verb.i + 1 : sent_end], speaker.left_edge.i - 1
    elif speaker.left_edge.i == verb.i + 1 and not doc[verb.i - 1].is_quote:
        rest, comma = doc[speaker.right_edge.i + 1 : sent_end], verb.i - 1
    else:
        return None
    if any(not (t.is_punct or t.is_space) for t in rest):
        return None
    if comma <= sent_start or doc[comma].text != ",":
        return None
    first, last = trim(doc, sent_start, comma - 1)
    return span_chars(doc, first, last) if first <= last else None


def _past_conjunction(host: Token) -> int:
    """Return where a host clause's content starts: after a conjunction that opens it ("But
    the plan, he said, ..."), which links the sentence to the story, not to what was said."""
    first = host.left_edge.i
    if host.doc[first].dep_ == "cc" and host.doc[first].head == host and first < host.i:
        first += 1
    return first


def adjacent_quote(context: Context, verb: Token, speaker: Token | None) -> Chars | None:
    """Return a quote that ends just before the speaker or opens just after the cue.

    "After the cue" is after what hangs on the verb, or right after the verb itself: the parser
    may hang the quote's own clause on the verb ("X said, “When we ...”") with no clause label.
    A quote before the speaker stands in the same paragraph: one closing the paragraph before
    ("“...” ¶ The ministry did not reply.") is someone else's, and the quote after the cue may
    open the next one ("X said: ¶ “...”").
    """
    text = context.text
    left = min(verb.i, speaker.left_edge.i if speaker is not None else verb.i)
    before = context.doc[left].idx
    last = context.doc[verb.right_edge.i]
    while last.is_space and last.i > verb.i:
        last = context.doc[last.i - 1]
    afters = (last.idx + len(last), verb.idx + len(verb))
    # "X announced a plan. ¶ “...”": a quote after the cue's sentence has ended is no part of it
    closed = last.idx if last.text in SENTENCE_ENDS else len(text)
    # "“...” He did not say when.": what a denied cue did not say is not the quote before it
    negated = any(c.dep_ == "neg" and left <= c.i < verb.i for c in verb.children)
    for start, end in context.quotes:
        if end <= before and not negated and not text[end:before].strip(" ,—-"):
            return start, end
        if start < closed and any(
            start >= after and not text[after:start].strip(" ,:\n—-") for after in afters
        ):
            return start, end
    return None


def continued_quotes(context: Context, frames: list[Frame]) -> list[Frame]:
    """Give a quote that opens a sentence with no cue the speaker of the sentence before.

    The quote joins the earlier frame's content where that frame quotes ("“A,” X said. “B.”" is
    one statement, in one paragraph or over two, as PolNeAR train marks it), or where it stands
    in the same paragraph; a quote paragraph after a report in indirect speech becomes a frame
    of its own with the same speaker.
    """
    text = context.text
    sentences = table_of(context.doc).sentence_chars
    frames = list(frames)
    for quote in context.quotes:
        # A frame whose cue sits inside the quote ("I think") is nested in it, not its speaker.
        if any(overlaps(quote, f.content_span) and not inside(f.cue_span, quote) for f in frames):
            continue
        sent_i = opening_sentence(text, sentences, quote)
        if sent_i is None or _runs_on(context.doc, quote):
            continue
        earlier = [f for f in frames if f.sentence_index == sent_i - 1]
        if not earlier:
            continue
        last = _quoting_frame(context, earlier)
        quoting = any(overlaps(q, last.content_span) for q in context.quotes)
        if not quoting and "\n" in text[last.cue_span[1] : quote[0]]:
            frames.append(replace(last, content_span=quote, sentence_index=sent_i))
        else:
            joined = (min(last.content_span[0], quote[0]), max(last.content_span[1], quote[1]))
            frames[frames.index(last)] = replace(last, content_span=joined)
    return frames


def _runs_on(doc: Doc, quote: Chars) -> bool:
    """Tell a quoted phrase that opens the writer's sentence ("“A big truck” drove through the
    gate"): with no verb of its own it states nothing; a quoted clause the writer goes on from
    ("“I would not call it reform,” for one") may still be the speaker's."""
    words = doc.char_span(*quote, alignment_mode="expand")
    if words is None or words.end >= len(doc):
        return False
    after = doc[words.end]
    if after.is_punct or after.is_space or after.is_sent_start:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in words)


def _quoting_frame(context: Context, frames: list[Frame]) -> Frame:
    """Return the frame a quote in the next sentence continues: the last that quotes, not a
    report the writer adds after it ("“A,” she said, explaining why. “B.”"); else the last."""
    quoting = [f for f in frames if any(overlaps(q, f.content_span) for q in context.quotes)]
    # "“A,” X told reporters after hinting that “changes” could come. “B.”": B goes on from the
    # frame that quotes at an edge of its content, not from one with a quoted word inside.
    edged = [f for f in quoting if any(_at_edge(q, f.content_span) for q in context.quotes)]
    return max(edged or quoting or frames, key=lambda f: f.cue_span)


def _at_edge(quote: Chars, content: Chars) -> bool:
    return quote[0] == content[0] or quote[1] == content[1]
