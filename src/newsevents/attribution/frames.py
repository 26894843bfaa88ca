"""Reporting frames: speaker, cue and content spans found over the dependency parse (indirect
speech, "according to", trailing and parenthetical cues, quotes, headlines, hedges).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsevents.attribution.lexicon import Cue, CueLexicon
from newsevents.attribution.spans import (
    Chars,
    clip_to_paragraph,
    find_quotes,
    inside,
    opening_sentence,
    overlaps,
    span_chars,
    trim,
    widen_to_quotes,
)
from newsevents.attribution.speakers import (
    is_name_phrase,
    speaker_chars,
    speaker_text,
    verb_speaker,
)
from newsevents.attribution.verbs import (
    is_clause,
    is_medium_of_cue,
    medium_clause,
    noun_prep_cue,
    object_content,
    prep_content,
    prep_cue,
    verb_group,
)
from newsevents.records import Frame, Mention

UNNAMED = "unnamed sources"
INVERTED_DEPS = ("parataxis", "ccomp", "advcl")
OBJECT_KINDS = ("verb-object", "verb-naming")
CONTINUING_DEPS = ("advcl",)
HEDGE_COMPLEMENTS = ("xcomp", "ccomp", "acomp", "attr", "oprd")
COLON_REACH = 9  # tokens: a speaker named before a colon is short


@dataclass(frozen=True)
class _Context:
    """What the frame finders share for one document."""

    doc: Doc
    cues: CueLexicon
    mentions: dict[int, Mention]  # token index -> mention covering it
    quotes: tuple[Chars, ...]
    text: str  # doc.text, joined once: spaCy rebuilds it from every token on each access


def find_frames(doc: Doc, mentions: tuple[Mention, ...], cues: CueLexicon) -> tuple[Frame, ...]:
    """Find the reporting frames of a parsed article, with nesting depth set."""
    index = {i: m for m in mentions for i in range(m.start, m.end)}
    text = doc.text
    context = _Context(doc, cues, index, tuple(find_quotes(text)), text)
    frames: list[Frame] = []
    for sent_i, sent in enumerate(doc.sents):
        used: set[int] = set()
        for matched, cue in _phrase_matches(sent, cues):
            if not used.intersection(t.i for t in matched):
                frame = _phrase_frame(context, matched, cue, sent_i)
                if frame is not None:
                    frames.append(frame)
                    used.update(t.i for t in matched)
        for token in sent:
            frame = None if token.i in used else _word_frame(context, token, sent_i)
            if frame is not None:
                frames.append(frame)
        frame = _headline_frame(context, sent, sent_i)
        if frame is not None:
            frames.append(frame)
    frames = _continued_quotes(context, frames)
    frames.sort(key=lambda f: (f.cue_span, f.content_span))
    return tuple(replace(f, depth=_depth(f, frames)) for f in frames)


def _depth(frame: Frame, frames: list[Frame]) -> int:
    """Count the frames whose content holds this frame's cue, plus one."""
    return 1 + sum(
        1 for other in frames if other is not frame and inside(frame.cue_span, other.content_span)
    )


def _phrase_matches(sent: Span, cues: CueLexicon) -> Iterator[tuple[Span, Cue]]:
    """Yield (tokens, cue) for every multiword cue written in the sentence."""
    lowered = [t.lower_ for t in sent]
    for start in range(len(lowered)):
        for words, cue in cues.phrases:
            if tuple(lowered[start : start + len(words)]) == words:
                yield sent[start : start + len(words)], cue
                break


def _word_frame(context: _Context, token: Token, sent_i: int) -> Frame | None:
    """Build the frame a single cue word heads (verb, noun, adverb), if it heads one."""
    cues = context.cues
    lemma = cues.lemma(token.lemma_, token.text) if token.pos_ == "VERB" else ""
    if token.pos_ == "VERB" and (cue := cues.verb(lemma)):
        frame = _verb_frame(context, token, cue, sent_i)
        if frame is not None:
            return frame
    if token.pos_ == "VERB" and (cue := cues.word("verb-hedge", lemma)):
        return _hedge_frame(context, token, cue, sent_i)
    if token.pos_ == "VERB" and (found := prep_cue(token, cues)):
        return _prep_frame(context, token, *found, sent_i)
    if token.pos_ == "NOUN" and is_medium_of_cue(token, cues):
        return None
    if token.pos_ == "NOUN" and (cue := cues.word("noun", token.lemma_)):
        frame = _noun_frame(context, token, cue, sent_i)
        if frame is not None:
            return frame
    # The tagger takes a plural noun subject for a verb ("Her calls for a truce went ...").
    nominal = token.pos_ == "NOUN" or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if nominal and (found := noun_prep_cue(token, cues)):
        return _noun_prep_frame(context, token, *found, sent_i)
    if token.dep_ == "advmod" and (cue := cues.word("adverb", token.lemma_)):
        head = token.head
        content = span_chars(context.doc, head.left_edge.i, head.right_edge.i)
        return _make(context, [token], cue, None, content, sent_i)
    return None


def _verb_frame(context: _Context, verb: Token, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of a reporting verb: indirect speech, inverted, parenthetical or quote."""
    speaker = verb_speaker(verb)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and is_clause(c)]
    clauses = clauses or [c for c in [medium_clause(verb, context.cues)] if c is not None]
    # An object-taking cue with its own object reports that object ("described the plan"), not
    # a quotation that happens to stand next to it.
    bounds = object_content(verb, cue) if cue.kind in OBJECT_KINDS and speaker else None
    if clauses:
        content = _clause_content(context, verb, clauses)
    elif bounds is not None and _holds_object(verb):
        content = span_chars(context.doc, *bounds)
    elif _is_inverted(context, verb):
        content = _host_clause(context, verb, speaker)
    elif bounds is not None:
        content = span_chars(context.doc, *bounds)
    else:
        content = _adjacent_quote(context, verb, speaker)
    if content is None or (speaker is None and not _is_passive_it(verb)):
        return None
    content = _resume_quote(context, verb, content)
    return _make(context, verb_group(verb, context.cues), cue, speaker, content, sent_i)


def _hedge_frame(context: _Context, verb: Token, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of the writer's hedge ("the plan appears to have failed"): the clause
    the raising verb heads is the content, and nobody is named."""
    parts = [c for c in verb.rights if c.dep_ in HEDGE_COMPLEMENTS or c.lower_ == "like"]
    if not parts:
        return None  # "appeared on television" is an act, not an inference
    # The subject and complement are what is inferred, not a framing adverbial or a concession
    # after a comma; after an expletive ("it appears that ...") only the clause is.
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    first = subjects[0].left_edge.i if subjects else verb.i
    if any(c.dep_ == "expl" for c in verb.lefts) or (subjects and subjects[0].lower_ == "it"):
        first = parts[0].left_edge.i
    content = span_chars(context.doc, first, parts[-1].right_edge.i)
    return _make(context, verb_group(verb, context.cues), cue, None, content, sent_i)


def _prep_frame(context: _Context, verb: Token, cue: Cue, prep: Token, sent_i: int) -> Frame | None:
    """Build the frame of a verb-prep cue ("called for an inquiry", "pointed out that ...")."""
    speaker = verb_speaker(verb)
    bounds = prep_content(verb, prep)
    if speaker is None or bounds is None:
        return None
    cue_tokens = verb_group(verb, context.cues)
    cue_tokens = list(verb.doc[cue_tokens[0].i : max(cue_tokens[-1].i, prep.i) + 1])
    content = span_chars(context.doc, *bounds)
    return _make(context, cue_tokens, cue, speaker, content, sent_i)


def _is_inverted(context: _Context, verb: Token) -> bool:
    """Tell a trailing or parenthetical cue ("..., he said") from a verb inside reported content.

    A verb that is the content clause of another cue verb ("X said it feels like ...") is what
    is reported, not a second cue around it.
    """
    if verb.dep_ not in INVERTED_DEPS or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    # "As the movement continues to battle ...": a cue with an infinitive of its own is acting;
    # "When asked about X, she said ...": a question put to the speaker frames no host clause.
    if any(c.dep_ == "xcomp" or c.tag_ == "WRB" for c in verb.children):
        return False
    return not (verb.dep_ == "ccomp" and context.cues.verb(verb.head.lemma_))


def _resume_quote(context: _Context, verb: Token, content: Chars) -> Chars:
    """Extend a quote that stops before "X said," over the quote that resumes after it."""
    if content[1] > verb.idx:
        return content
    ends = [c.right_edge.idx + len(c.right_edge) for c in verb.children if c.dep_ == "nsubj"]
    end = max([verb.idx + len(verb), *ends])
    text = context.text
    for start, stop in context.quotes:
        if start >= end and not text[end:start].strip(" ,"):
            return content[0], stop
    return content


def _clause_content(context: _Context, verb: Token, clauses: list[Token]) -> Chars:
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
    last = side[-1].right_edge.i
    if not before:
        # "X said he would run but ...": a conjunct the parser hung on the cue verb instead of
        # the clause continues what was said, up to the end of the cue's own phrase.
        rest = [c for c in verb.rights if c.i > last and c.dep_ in CONTINUING_DEPS]
        last = max([last] + [c.right_edge.i for c in rest])
    return span_chars(context.doc, side[0].left_edge.i, last)


def _holds_object(verb: Token) -> bool:
    """Tell a cue with a direct object of its own ("condemned the claims"), which reports that
    object even where the parser hangs the cue on a later clause, from a trailing cue."""
    return any(c.dep_ == "dobj" for c in verb.rights)


def _is_passive_it(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def _host_clause(context: _Context, verb: Token, speaker: Token | None) -> Chars | None:
    """Return the clause a trailing or parenthetical cue attaches to ("..., X said")."""
    host = verb.head
    left = min(verb.left_edge.i, speaker.left_edge.i if speaker is not None else verb.i)
    right = verb.right_edge.i
    first, last = trim(context.doc, host.left_edge.i, host.right_edge.i)
    if first < left and last > right:  # parenthetical: "the rebels, he said, had ..."
        return span_chars(context.doc, first, last)
    if first < left:  # trailing: "..., Le Monde reported on April 3."
        return span_chars(context.doc, first, left - 1)
    if last > right:  # leading without "that": "He said, the rebels had ..."
        return span_chars(context.doc, right + 1, last)
    return None


def _adjacent_quote(context: _Context, verb: Token, speaker: Token | None) -> Chars | None:
    """Return a quote that ends just before the speaker or opens just after the cue."""
    text = context.text
    left = min(verb.i, speaker.left_edge.i if speaker is not None else verb.i)
    before = context.doc[left].idx
    after = context.doc[verb.right_edge.i].idx + len(context.doc[verb.right_edge.i])
    for start, end in context.quotes:
        if end <= before and not text[end:before].strip(" ,\n—-"):
            return start, end
        if start >= after and not text[after:start].strip(" ,:\n—-"):
            return start, end
    return None


def _noun_frame(context: _Context, noun: Token, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of a cue noun with a content clause ("made allegations that ...")."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _is_that(c)), None)
    if clause is None and noun.dep_ == "dobj":
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    if clause is None:
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None and noun.dep_ == "dobj":
        speaker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    content = span_chars(context.doc, clause.left_edge.i, clause.right_edge.i)
    return _make(context, [noun], cue, speaker, content, sent_i)


def _noun_prep_frame(
    context: _Context, noun: Token, cue: Cue, prep: Token, sent_i: int
) -> Frame | None:
    """Build the frame of a noun-prep cue ("her support for the plan", "calls for a recount")."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    speaker = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    content = span_chars(context.doc, objects[0].left_edge.i, objects[-1].right_edge.i)
    return _make(context, [noun, prep], cue, speaker, content, sent_i)


def _is_that(clause: Token) -> bool:
    """Tell a content clause ("that they were planning") from a relative one."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _phrase_frame(context: _Context, matched: Span, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of a multiword cue: "according to X", "is said to", "sources said"."""
    anchor = matched.root
    if cue.kind == "prep-phrase":
        obj = next((t for t in matched[-1].children if t.dep_ == "pobj"), None)
        if obj is None:
            return None
        host = anchor.head if anchor.head != anchor else anchor
        first, last = trim(context.doc, host.left_edge.i, host.right_edge.i)
        cue_first, cue_last = matched.start, obj.right_edge.i
        if first >= cue_first:  # "According to X, content": the content follows
            first = cue_last + 1
        elif last <= cue_last:  # "content, according to X": the content precedes
            last = cue_first - 1
        if first > last or last >= len(context.doc):  # "according to X" with nothing reported
            return None
        content = span_chars(context.doc, first, last)
        return _make(context, list(matched), cue, obj, content, sent_i)
    # "made it clear that ...": the clause may hang on any word of the phrase, as an adverbial
    # clause when the parser misreads its "that".
    clause = next(
        (
            c
            for t in matched
            for c in t.children
            if c not in matched and (c.dep_ == "ccomp" or (c.dep_ == "advcl" and _is_that(c)))
        ),
        None,
    )
    host = clause if clause is not None else anchor
    if anchor.dep_ in ("xcomp", "advmod") and clause is None:
        host = anchor.head
    content = span_chars(context.doc, host.left_edge.i, host.right_edge.i)
    # "sources said": the cue is the verb, the nameless sources are the speaker's words.
    subject = next((t for t in matched if t.dep_ == "nsubj" and t.head == anchor), None)
    cue_tokens = [t for t in matched if t != subject]
    # "is expected to run": the infinitive marker opens the content, as in PolNeAR train.
    if len(cue_tokens) > 1 and cue_tokens[-1].lower_ == "to":
        cue_tokens = cue_tokens[:-1]
    if subject is None and anchor.pos_ == "VERB" and (speaker := verb_speaker(anchor)):
        return _make(context, cue_tokens, cue, speaker, content, sent_i)  # "X made clear ..."
    return _make(context, cue_tokens, cue, subject, content, sent_i, name=UNNAMED)


def _headline_frame(context: _Context, sent: Span, sent_i: int) -> Frame | None:
    """Build the frame of "Speaker: content" (headlines, interview transcripts, quoted experts)
    when the words before an early colon are a name and what follows says something."""
    doc, cue = context.doc, context.cues.word("punct", ":")
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or cue is None or colon.i + 1 >= len(doc):
        return None
    # A heading the parser joined to the sentence ends at a line break.
    first = max([sent.start] + [t.i + 1 for t in sent if t.i < colon.i and "\n" in t.text])
    before = doc[first : colon.i]
    # "12:25 p.m.:" or "UPDATE:" on a line of its own heads a section; nobody speaks.
    if colon.i - first > COLON_REACH or "\n" in doc[colon.i : colon.i + 2].text:
        return None
    if not before or not is_name_phrase(before, context.mentions):
        return None
    # The parser may end the sentence at the colon ("MAYOR:") or inside a quote it opens.
    last = doc[colon.i + 1].sent.end - 1
    after = doc[colon.i + 1 : last + 1]
    if not any(t.pos_ in ("VERB", "AUX") for t in after) and not after[0].is_quote:
        return None
    content = span_chars(doc, colon.i + 1, last)
    speaker = before.root
    return _make(context, [colon], cue, speaker, content, sent_i, within=(first, colon.i - 1))


def _continued_quotes(context: _Context, frames: list[Frame]) -> list[Frame]:
    """Give a quote that opens a sentence with no cue the speaker of the sentence before.

    Within a paragraph the quote joins the earlier frame's content ("“A,” X said. “B.”" is one
    statement); a quote paragraph of its own becomes a frame of its own with the same speaker.
    """
    text = context.text
    sentences = [(s.start_char, s.end_char) for s in context.doc.sents]
    frames = list(frames)
    for quote in context.quotes:
        # A frame whose cue sits inside the quote ("I think") is nested in it, not its speaker.
        if any(overlaps(quote, f.content_span) and not inside(f.cue_span, quote) for f in frames):
            continue
        sent_i = opening_sentence(text, sentences, quote)
        if sent_i is None:
            continue
        earlier = [f for f in frames if f.sentence_index == sent_i - 1]
        if not earlier:
            continue
        last = max(earlier, key=lambda f: f.cue_span)
        if "\n" in text[last.cue_span[1] : quote[0]]:
            frames.append(replace(last, content_span=quote, sentence_index=sent_i))
        else:
            joined = (min(last.content_span[0], quote[0]), max(last.content_span[1], quote[1]))
            frames[frames.index(last)] = replace(last, content_span=joined)
    return frames


def _make(
    context: _Context,
    cue_tokens: list[Token],
    cue: Cue,
    speaker: Token | None,
    content: Chars,
    sent_i: int,
    name: str | None = None,
    within: tuple[int, int] | None = None,
) -> Frame | None:
    """Assemble a frame, naming the speaker from the mention that covers it when there is one."""
    cue_span = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
    content = widen_to_quotes(
        context.quotes, clip_to_paragraph(context.text, content, cue_span), cue_span
    )
    if content[1] <= content[0]:
        return None
    speaker_span, country = None, None
    if speaker is None:
        name = name or UNNAMED
    else:
        speaker_span = speaker_chars(context.doc, speaker, within)
        mention = _speaker_mention(context, speaker)
        if mention is not None:
            speaker_name, country = mention.actor.name or mention.text, mention.actor.country
        else:
            speaker_name = speaker_text(speaker)
        name = name or speaker_name
    return Frame(
        cue=context.text[cue_span[0] : cue_span[1]],
        cue_lemma=cue.cue,
        stance=cue.stance,
        cue_span=cue_span,
        speaker=name,
        speaker_span=speaker_span,
        content_span=content,
        sentence_index=sent_i,
        speaker_country=country,
    )


def _speaker_mention(context: _Context, head: Token) -> Mention | None:
    """Return the mention naming the speaker: on its head, an apposition or a compound."""
    named = [head] + [c for c in head.children if c.dep_ in ("appos", "compound")]
    return next((context.mentions[t.i] for t in named if t.i in context.mentions), None)
