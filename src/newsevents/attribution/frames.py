"""Reporting frames: speaker, cue and content spans found over the dependency parse (indirect
speech, "according to", trailing and parenthetical cues, quotes, headlines, hedges).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import DEP, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from newsevents.attribution.assembly import UNNAMED, Context, make_frame
from newsevents.attribution.content import (
    adjacent_quote,
    before_second_report,
    before_stranded_report,
    clause_content,
    continued_quotes,
    from_gap_pronoun,
    fronted_report,
    host_clause,
    is_inverted,
    resume_quote,
)
from newsevents.attribution.detector import CANDIDATE_POS, content_heads, is_candidate
from newsevents.attribution.lexicon import Cue, CueLexicon
from newsevents.attribution.phrases import (
    adjective_frame,
    headline_frame,
    noun_frame,
    noun_prep_frame,
    phrase_frame,
    phrase_matches,
    poll_frame,
)
from newsevents.attribution.signoff import with_signoffs
from newsevents.attribution.spans import (
    Chars,
    find_quotes,
    inside,
    span_chars,
)
from newsevents.attribution.speakers import DASHES, FINITE_TAGS, verb_speaker
from newsevents.attribution.verbs import (
    catenative_head,
    is_addressed,
    is_attributive_participle,
    is_clause,
    is_medium_of_cue,
    issuing_verb,
    light_object,
    light_pair_cue,
    medium_clause,
    noun_prep_cue,
    object_content,
    passive_subject,
    prep_content,
    prep_cue,
    pro_form,
    question_word,
    verb_group,
)
from newsevents.records import Frame, Mention

__all__ = ["UNNAMED", "find_frames"]

OBJECT_KINDS = ("verb-object", "verb-naming")
HEDGE_COMPLEMENTS = ("xcomp", "ccomp", "acomp", "attr", "oprd")
NOMINAL_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
# What a cue verb the detector judges may report when it has no clause: an unknown verb its
# object, a verb the lexicon knows its infinitive too (see _learned_frame).
OBJECT_DEPS_OF_UNKNOWN = ("dobj",)
OBJECT_DEPS_OF_KNOWN = ("dobj", "xcomp")
# As spaCy's ids, which are the strings' hashes in every vocabulary: built once, at import.
FRAME_POS_IDS = frozenset(POS_IDS[pos] for pos in CANDIDATE_POS)
FRAME_DEP_IDS = frozenset(get_string_id(dep) for dep in (*NOMINAL_DEPS, "advmod"))
COLON = get_string_id(":")
SET_APART = (":", ";", *DASHES)  # marks that close a sentence of its own before a cue
QUESTION_MARKS = ("if", "whether")  # words that open an indirect yes-or-no question
QUOTED_PERSONS = ("i", "we", "you")  # who speaks in a quotation's own voice
# Prepositions that take the topic or target of a verb of speaking ("spoke about", "railed
# against", "weighed in on"); "to" and "with" take whom one speaks to, "at" and "in" a place,
# "for" as often a goal ("filed for", "vied for") as a side taken.
STANCE_PREPS = ("about", "on", "against", "over", "of")


def find_frames(
    doc: Doc, mentions: tuple[Mention, ...], cues: CueLexicon, text: str | None = None
) -> tuple[Frame, ...]:
    """Find the reporting frames of a parsed article, with nesting depth set.

    `text` is the doc's text where the caller holds it: spaCy joins it again from every word.
    """
    index = {i: m for m in mentions for i in range(m.start, m.end)}
    text = doc.text if text is None else text
    context = Context(doc, cues, index, tuple(find_quotes(text)), text, content_heads(doc))
    # The words are read from spaCy once, as numbers: building a Token for each word of each
    # sentence three times (phrases, words, colons) cost more than the frames themselves.
    lowers, orths, heads, poses, deps = _columns(doc)
    dep_names = doc.vocab.strings
    colons = [i for i, orth in enumerate(orths) if orth == COLON]
    frames: list[Frame] = []
    sentences = []
    for sent_i, sent in enumerate(doc.sents):
        sentences.append((sent.start_char, sent.end_char))
        used: set[int] = set()
        for matched, cue in phrase_matches(sent, cues, lowers):
            if not used.intersection(t.i for t in matched):
                frame = phrase_frame(context, matched, cue, sent_i)
                if frame is not None:
                    frames.append(frame)
                    used.update(t.i for t in matched)
        for i in range(sent.start, sent.end):
            if i in used or not heads[i]:
                continue
            frame = _word_frame(context, doc[i], sent_i, POS_NAMES[poses[i]], dep_names[deps[i]])
            if frame is not None:
                frames.append(frame)
        # The first colon that heads a frame: the parser may join a line ending in a colon
        # ("as follows:") to the transcript turn after it ("JONES: ...").
        sent_colons = (doc[i] for i in colons if sent.start <= i < sent.end)
        headed = (headline_frame(context, sent, sent_i, colon) for colon in sent_colons)
        frame = next((f for f in headed if f is not None), None)
        if frame is not None:
            frames.append(frame)
    frames = _without_contained_cues(frames)
    frames = with_signoffs(context, frames, sentences)
    frames = continued_quotes(context, frames)
    if cues.content_model is not None:
        frames = [cues.content_model.refine(doc, frame) for frame in frames]
    frames.sort(key=lambda f: (f.cue_span, f.content_span))
    return tuple(
        replace(f, depth=max(_depth(f, frames, context), 2 if _in_own_quote(context, f) else 1))
        for f in frames
    )


def _columns(doc: Doc) -> tuple[list[int], list[int], list[bool], list[int], list[int]]:
    """Return each word's lowercase and verbatim string ids, whether it may head a word frame
    (a verb, noun or adjective cue, a nominal the tagger took for something else, a cue
    adverb): the rest of an article's words are passed over at once; and its part of speech
    and dependency ids, which the frame finders read many times over for each word."""
    if not len(doc):
        return [], [], [], [], []
    lowers, orths, poses, deps = doc.to_array([LOWER, ORTH, POS, DEP]).T.tolist()
    heads = [
        pos in FRAME_POS_IDS or dep in FRAME_DEP_IDS for pos, dep in zip(poses, deps, strict=True)
    ]
    return lowers, orths, heads, poses, deps


def _without_contained_cues(frames: list[Frame]) -> list[Frame]:
    """Drop a frame whose cue is part of a longer one: "refused" alone reports "to disclose X"
    where "refused to disclose" is the cue of X."""
    return [
        f for f in frames
        if not any(o.cue_span != f.cue_span and inside(f.cue_span, o.cue_span) for o in frames)
    ]


def _depth(frame: Frame, frames: list[Frame], context: Context | None = None) -> int:
    """Count the frames whose content holds this frame's cue, plus one.

    Two frames may hold each other's cue ("Even if the plan proves costly, X said, it ..."
    parsed with "proves" over the whole sentence): the one with the wider content is outer.
    With the parsed text, a report the writer adds between a statement's cue and the quote
    that resumes it is not held by that statement.
    """
    return 1 + sum(
        1 for other in frames
        if other is not frame and _holds(other, frame)
        and (context is None or not _in_gap(context, other, frame))
    )


def _in_own_quote(context: Context, frame: Frame) -> bool:
    """Tell a cue in a quoted speaker's own words ("“I think we will win,” she said"): with a
    first- or second-person speaker inside a quotation, it is nested in the report of that
    quotation even where that report was not found (PolNeAR marks only the outer one)."""
    span = frame.speaker_span
    if span is None or context.text[span[0] : span[1]].lower() not in QUOTED_PERSONS:
        return False
    return any(q[0] < frame.cue_span[0] and frame.cue_span[1] < q[1] for q in context.quotes)


def _holds(outer: Frame, inner: Frame) -> bool:
    if not inside(inner.cue_span, outer.content_span):
        return False
    if not inside(outer.cue_span, inner.content_span):
        return True
    return _width(outer.content_span) > _width(inner.content_span)


def _in_gap(context: Context, outer: Frame, inner: Frame) -> bool:
    """Tell a cue that hangs on a statement's cue, between it and the quote that resumes the
    statement ("“A,” X said, adding that B. “C.”"): the statement's content runs over it only
    because its two quotes are joined, so the added report is not nested in it but beside it,
    as PolNeAR train marks it."""
    quotes = context.quotes
    closing = next((q for q in quotes if q[1] == outer.content_span[1]), None)
    return (
        closing is not None
        and outer.content_span[0] < outer.cue_span[0]
        and outer.cue_span[1] <= inner.cue_span[0]
        and inner.cue_span[1] <= closing[0]
        and not any(inside(inner.cue_span, q) for q in quotes)
        and _hangs_on(context.doc, inner.cue_span, outer.cue_span)
    )


def _hangs_on(doc: Doc, inner: Chars, outer: Chars) -> bool:
    """Tell whether the head word of one cue depends on a word of another ("said, | adding")."""
    words = doc.char_span(*inner, alignment_mode="expand")
    if words is None:
        return False
    return any(inside((t.idx, t.idx + len(t)), outer) for t in words.root.ancestors)


def _width(span: tuple[int, int]) -> int:
    return span[1] - span[0]


def _word_frame(context: Context, token: Token, sent_i: int, pos: str, dep: str) -> Frame | None:
    """Build the frame a single cue word heads (verb, noun, adverb), if it heads one.

    `pos` and `dep` are the word's part of speech and dependency, read by the caller from the
    doc's arrays: a Token reads them anew on each call, and most words head no frame."""
    cues = context.cues
    if pos == "VERB" and is_attributive_participle(token):
        return None  # an adjective in all but its tag: "40 pledged delegates" report nothing
    frame = _verbal_frame(context, token, sent_i) if pos == "VERB" else None
    if frame is None:
        frame = _nominal_frame(context, token, sent_i, pos, dep)
    if frame is None and (cue := _adjective_cue(cues, token, pos)):
        frame = adjective_frame(context, token, cue, sent_i)
    if frame is None and dep == "advmod" and (cue := cues.word("adverb", token.lemma_)):
        head = token.head
        content = span_chars(context.doc, head.left_edge.i, head.right_edge.i)
        frame = make_frame(context, [token], cue, None, content, sent_i)
    if frame is None and cues.detector is not None:
        frame = _learned_frame(context, token, sent_i, pos, dep)
    return frame


def _adjective_cue(cues: CueLexicon, token: Token, pos: str) -> Cue | None:
    """Return the adjective cue of an adjective or of a participle read as one ("convinced")."""
    if pos == "ADJ":
        return cues.word("adjective", token.lemma_)
    return cues.word("adjective", token.lower_) if token.tag_ == "VBN" else None


def _learned_frame(
    context: Context, token: Token, sent_i: int, pos: str, dep: str
) -> Frame | None:
    """Build the frame of a cue the lexicon lacks but the detector finds, with the rules.

    The model adds lemmas the lexicon does not know, with a neutral stance: it says that
    something is reported, not how. A verb's clause or quote is reported ("model"); failing
    that its object is taken as the content ("model-object"), as PolNeAR does, but chains do
    not source events by it: the object may well be an act, not a claim. A cue verb of the
    lexicon whose rules built no frame is judged on its object, infinitive or topic alone,
    with the lexicon's stance; other lemmas the lexicon knows were judged by its rules.
    """
    if pos not in CANDIDATE_POS:
        return None
    cues = context.cues
    lemma = cues.lemma(token.lemma_, token.text)
    # A cue verb whose rules built no frame: one taken only with a clause that has an object
    # instead ("announced a review"), a naming cue whose label the parser hid in the object
    # ("called her son her hero"), a cue verb on its topic ("warned against a hasty exit").
    known = cues.verb(lemma) if pos == "VERB" else None
    if known is None and lemma in cues.word_lemmas:
        return None
    if known is not None and not _has_object_or_topic(token, cues):
        return None  # most cue verbs without a frame have neither: passed over before scoring
    # the cheap checks first: most words have no complement and no speaker to report with
    if not is_candidate(token, context.text, context.with_content):
        return None
    if not _may_report(token, pos, dep):
        return None
    if not cues.detector.scores_as_cue(token, context.text, context.quotes):
        return None
    frame, basis = None, "model"
    stance = "neutral" if known is None else known.stance
    if pos == "VERB":
        if known is None:
            frame = _verb_frame(context, token, Cue(lemma, "verb", "neutral", basis), sent_i)
        # "voted to close the market": an infinitive of an unknown verb is what is done; one of
        # a cue verb is what it reports ("decided not to appeal", "didn't know what to do").
        # "made allegations that ...": an object noun that is a cue itself carries the report.
        object_deps = OBJECT_DEPS_OF_UNKNOWN if known is None else OBJECT_DEPS_OF_KNOWN
        objects = [c for c in token.rights if c.dep_ in object_deps]
        if frame is None and objects and not any(_is_cue_noun(cues, o) for o in objects):
            basis = "model-object"
            frame = _verb_frame(context, token, Cue(lemma, "verb-object", stance, basis), sent_i)
        # "spoke out against the plan", "weighed in on the ruling", "warned against a hasty
        # exit": with neither clause nor object, what the preposition takes is reported, as
        # PolNeAR train marks it, the preposition closing the cue; like an object, it may be
        # an act, not a claim.
        if frame is None and (prep := _stance_prep(token, cues)) is not None:
            basis = "model-object"
            cue = Cue(f"{lemma} {prep.lower_}", "verb-prep", stance, basis)
            frame = _prep_frame(context, token, cue, prep, sent_i)
    elif pos == "NOUN":
        frame = noun_frame(context, token, Cue(lemma, "noun", "neutral", basis), sent_i)
    elif pos == "ADJ":
        frame = adjective_frame(context, token, Cue(lemma, "adjective", "neutral", basis), sent_i)
    if frame is None or _across_lines(context.text, frame):
        return None  # a parse run across lines (a byline before a sign-up line) reports nothing
    return replace(frame, basis=basis)


def _has_object_or_topic(verb: Token, cues: CueLexicon) -> bool:
    """Tell a verb with what a cue verb of the lexicon may report when its rules found no
    frame: an object or infinitive, or a topic after a preposition."""
    has_object = any(c.dep_ in OBJECT_DEPS_OF_KNOWN for c in verb.rights)
    return has_object or _stance_prep(verb, cues) is not None


def _stance_prep(verb: Token, cues: CueLexicon) -> Token | None:
    """Return the preposition right after a verb that takes what is spoken of or against
    ("about", "on", "against"), when the verb has no object or agent, or None. A first
    preposition of place or addressee ("spoke at the forum on ...") tells a scene, not a
    topic; a date or duration ("on Tuesday", "for an hour") is when, not what, and a medium
    ("on Twitter", "on television") is where."""
    if any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return None
    prep = next((c for c in verb.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in STANCE_PREPS:
        return None
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects or objects[0].ent_type_ in ("DATE", "TIME") or cues.medium(objects[0].lemma_):
        return None
    return prep


def _may_report(token: Token, pos: str, dep: str) -> bool:
    """Tell a word the frame finders could build a frame on, before the model is asked: a verb
    needs a speaker, a noun a content clause, an adjective a copula (most words have none)."""
    if pos == "NOUN":
        if dep == "dobj" and any(c.dep_ == "ccomp" for c in token.head.children):
            return True
        return any(c.dep_ in ("acl", "ccomp") for c in token.children)
    if pos == "VERB":  # a verb's frame needs someone who speaks
        return verb_speaker(token) is not None or _is_passive_it(token)
    return dep == "acomp"


def _is_cue_noun(cues: CueLexicon, noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return cues.word("noun", lemma) is not None or noun_prep_cue(noun, cues) is not None


def _across_lines(text: str, frame: Frame) -> bool:
    """Tell a frame whose content or speaker stands on another line than its cue."""
    for span in (frame.content_span, frame.speaker_span):
        first, last = sorted((frame.cue_span, span or frame.cue_span))
        if "\n" in text[first[1] : last[0]]:
            return True
    return False


def _verbal_frame(context: Context, verb: Token, sent_i: int) -> Frame | None:
    """Build the frame a cue verb heads: reporting, hedging, or with its preposition."""
    cues = context.cues
    lemma = cues.lemma(verb.lemma_, verb.text)
    frame = None
    if cue := cues.word("verb-light", lemma):
        frame = _light_frame(context, verb, cue, sent_i)
        cue = None if frame is not None else replace(cue, kind="verb-object")
    elif cue := light_pair_cue(verb, lemma, cues):
        frame = _light_frame(context, verb, cue, sent_i)
        cue = None
    else:
        cue = cues.verb(lemma)
    if cue is not None:
        frame = _verb_frame(context, verb, _under_hedge(cues, verb, cue), sent_i)
    if frame is None and (cue := cues.word("verb-hedge", lemma)):
        frame = _hedge_frame(context, verb, cue, sent_i)
    if frame is None and (cue := cues.word("verb-passive-hedge", lemma)) and _is_raised(verb):
        frame = _hedge_frame(context, verb, cue, sent_i)
    if frame is None and (found := prep_cue(verb, cues)):
        frame = _prep_frame(context, verb, *found, sent_i)
    return frame


def _under_hedge(cues: CueLexicon, verb: Token, cue: Cue) -> Cue:
    """Return the cue of a verb whose infinitive follows the writer's hedge ("seemed to
    confirm") as hedged: the writer infers the confirming, nobody reports it."""
    carrier = catenative_head(verb, cues)
    if carrier is None or not cues.word("verb-hedge", cues.lemma(carrier.lemma_, carrier.text)):
        return cue
    return replace(cue, stance="hedged")


def _nominal_frame(
    context: Context, noun: Token, sent_i: int, pos: str, dep: str
) -> Frame | None:
    """Build the frame a cue noun heads: with a content clause or with its preposition."""
    cues = context.cues
    if pos == "NOUN" and is_medium_of_cue(noun, cues):
        return None
    frame = None
    if pos == "NOUN" and (cue := cues.word("noun", noun.lemma_)):
        frame = noun_frame(context, noun, cue, sent_i)
    # The tagger takes a plural noun subject for a verb ("Her calls for a truce went ...").
    nominal = pos == "NOUN" or dep in NOMINAL_DEPS
    if frame is None and nominal and (found := noun_prep_cue(noun, cues)):
        frame = noun_prep_frame(context, noun, *found, sent_i)
    if frame is None and dep == "pobj" and (cue := cues.word("poll", noun.lemma_)):
        frame = poll_frame(context, noun, cue, sent_i)
    return frame


def _verb_frame(context: Context, verb: Token, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of a reporting verb: indirect speech, inverted, parenthetical or quote."""
    # "X was asked whether ...": X is who was asked; whoever asked goes unnamed.
    unnamed = is_addressed(verb, context.cues)
    # "issued a statement saying ...": whoever issued the statement speaks through it.
    issuer = issuing_verb(verb, context.cues)
    speaker = None if unnamed else verb_speaker(issuer or verb)
    # a clause that holds the speaker is no part of what is said (see subject_taken_for_clause)
    clauses = [
        c for c in verb.children
        if _is_content_clause(context, verb, c) and not _spans(c, speaker)
    ]
    clauses = clauses or [c for c in [medium_clause(verb, context.cues)] if c is not None]
    stand_in = None
    # An object-taking cue with its own object reports that object ("described the plan"), not
    # a quotation that happens to stand next to it.
    named = speaker is not None or unnamed
    bounds = object_content(verb, cue) if cue.kind in OBJECT_KINDS and named else None
    if bounds is not None:
        # "rejected the idea that A, saying B": the participle is a second report, not part
        # of the object; a relative clause is ("a prosecutor who reports to ...")
        bounds = bounds[0], before_second_report(context, *bounds, deps=("advcl",))
        bounds = bounds[0], before_stranded_report(context, verb, *bounds)
    if cue.kind == "verb-naming" and bounds is None:
        return None  # "we will see whether ...", "“...,” she saw": no label given
    if clauses:
        content = clause_content(context, verb, clauses)
    elif bounds is not None and _holds_object(verb):
        content = span_chars(context.doc, *bounds)
    elif is_inverted(context, verb):
        content = host_clause(context, verb, speaker)
        stand_in = _host_pronoun(verb)
    elif (fronted := fronted_report(context, verb, speaker)) is not None:
        content = fronted
    elif bounds is not None:
        content = span_chars(context.doc, *bounds)
    elif cue.note != "model" and (passive := passive_subject(verb, speaker)):
        return _passive_frame(context, verb, cue, speaker, passive[0], sent_i)
    elif (word := pro_form(verb, context.cues)) is not None:
        content = span_chars(context.doc, word.left_edge.i, word.i)  # "as much", not what follows
    elif (word := question_word(verb)) is not None:
        content = span_chars(context.doc, word.left_edge.i, word.i)  # "did not say why"
    else:
        content = adjacent_quote(context, verb, speaker)
    if content is None or (
        speaker is None and not unnamed and not _is_passive_it(verb)
        and not _lost_subject(verb, clauses)
    ):
        return None
    content = from_gap_pronoun(context, verb, resume_quote(context, verb, content))
    group = verb_group(verb, context.cues)
    if issuer is not None:
        group = list(context.doc[verb_group(issuer, context.cues)[0].i : group[-1].i + 1])
    if stand_in is not None and stand_in.i == group[-1].i + 1:
        group.append(stand_in)  # "as the mayor put it": "it" is the host clause, in the cue
    return make_frame(context, group, cue, speaker, content, sent_i)


def _is_content_clause(context: Context, verb: Token, child: Token) -> bool:
    """Tell a clause a cue verb reports: its clausal complement, or a clause after it the
    parser took for an adverbial one: a "that" clause ("tweeted in the morning that the plan
    was dead"), or the question put to whom a cue addresses ("asked the mayor if she would
    run"; after another verb, "if" sets a condition).
    Never one in another paragraph: the parser may run a sentence over a paragraph break."""
    if child.dep_ == "advcl":
        reported = child.i > verb.i and is_clause(child) and (
            child.left_edge.lower_ == "that" or _is_question_put(context.cues, verb, child)
        )
    else:
        reported = child.dep_ == "ccomp" and is_clause(child)
    if not reported or _set_apart_before(verb, child):
        return False
    # The words between are read as the doc's `text`: between words stands a space or nothing,
    # so a line break lies in a word's text, and no Token is built for each word.
    first, last = sorted((verb.i, child.left_edge.i if child.i > verb.i else child.right_edge.i))
    between = verb.doc[first:last]
    return first == last or "\n" not in context.text[between.start_char : between.end_char]


def _is_question_put(cues: CueLexicon, verb: Token, clause: Token) -> bool:
    """Tell an "if" or "whether" clause after whom a cue verb addresses ("asked voters whether
    they trusted her"): the question put to them, which the parser hung on the verb."""
    if clause.left_edge.lower_ not in QUESTION_MARKS or not cues.addresses(verb):
        return False
    return any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children)


def _set_apart_before(verb: Token, clause: Token) -> bool:
    """Tell a clause before the cue that a colon, semicolon or dash sets apart when the cue
    reports something after it ("The race is close: he says the polls undercount his voters";
    "Most said A; a third said B"): a sentence of its own, which the parser hung on the cue."""
    after = clause.right_edge.i + 1
    if clause.i > verb.i or after >= verb.i or verb.doc[after].text not in SET_APART:
        return False
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children)


def _host_pronoun(verb: Token) -> Token | None:
    """Return the object "it" of a trailing cue, which stands for the clause it hangs on."""
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ == "it"), None)


def _passive_frame(
    context: Context, verb: Token, cue: Cue, speaker: Token, subject: Token, sent_i: int
) -> Frame | None:
    """Build the frame of a passive cue with its agent ("the plan is backed by the union"): the
    agent holds the subject. "by" stays out of the cue, as PolNeAR train marks it three times
    in four (dev has it the other way round, on six cases). Only for the lexicon's cues: "was
    appointed by", "was targeted by" are acts, and the detector's cues (PolNeAR dev) are more
    often acts than reports in the passive."""
    content = span_chars(context.doc, subject.left_edge.i, subject.right_edge.i)
    return make_frame(context, verb_group(verb, context.cues), cue, speaker, content, sent_i)


def _light_frame(context: Context, verb: Token, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of a light verb whose object noun says what kind of statement it is."""
    speaker, found = verb_speaker(verb), light_object(verb)
    if speaker is None or found is None:
        return None
    last, bounds = found
    group = verb_group(verb, context.cues)
    cue_tokens = list(verb.doc[group[0].i : last.i + 1])
    if any(token.is_quote for token in cue_tokens):
        return None  # 'expressed "solidarity with ...': the quoted words are content, not cue
    return make_frame(context, cue_tokens, cue, speaker, span_chars(context.doc, *bounds), sent_i)


def _hedge_frame(context: Context, verb: Token, cue: Cue, sent_i: int) -> Frame | None:
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
    return make_frame(context, verb_group(verb, context.cues), cue, None, content, sent_i)


def _is_raised(verb: Token) -> bool:
    """Tell a passive with an infinitive and no agent ("the vote is widely expected to
    pass"): its subject is raised from the infinitive, and whoever expects goes unnamed."""
    deps = {c.dep_ for c in verb.children}
    if not {"auxpass", "nsubjpass"} <= deps or "agent" in deps:
        return False
    return any(
        c.dep_ == "xcomp" and c.i > verb.i and any(a.lower_ == "to" for a in c.lefts)
        for c in verb.children
    )


def _prep_frame(context: Context, verb: Token, cue: Cue, prep: Token, sent_i: int) -> Frame | None:
    """Build the frame of a verb-prep cue ("called for an inquiry", "pointed out that ...")."""
    unnamed = is_addressed(verb, context.cues)
    speaker = None if unnamed else verb_speaker(verb)
    if speaker is None and not unnamed:
        return None
    bounds = prep_content(verb, prep)
    if bounds is not None:
        bounds = bounds[0], before_stranded_report(context, verb, *bounds)
        content = span_chars(context.doc, *bounds)
    elif prep.dep_ == "prt" and is_inverted(context, verb):
        # "as critics point out, ...", "the bridge, she pointed out, is old": a phrasal cue
        # with nothing after its particle reports the clause it is set in, as a bare cue does
        content = host_clause(context, verb, speaker)
    else:
        content = None
    if content is None:
        return None
    cue_tokens = verb_group(verb, context.cues)
    cue_tokens = list(verb.doc[cue_tokens[0].i : max(cue_tokens[-1].i, prep.i) + 1])
    return make_frame(context, cue_tokens, cue, speaker, content, sent_i)

def _spans(head: Token, word: Token | None) -> bool:
    return word is not None and head.is_ancestor(word)


def _holds_object(verb: Token) -> bool:
    """Tell a cue with a direct object of its own ("condemned the claims"), which reports that
    object even where the parser hangs the cue on a later clause, from a trailing cue."""
    return any(c.dep_ == "dobj" for c in verb.rights)

def _is_passive_it(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def _lost_subject(verb: Token, clauses: list[Token]) -> bool:
    """Tell a finite cue whose subject the parser lost, with the clause it reports after it
    ("Among those polled, about a third, 34 percent, say they ...", a speaker's name parsed
    as a clause of its own): the report stands without a speaker rather than being lost. A
    clause before the cue is no sign of one: it is as often the writer's, misattached."""
    return verb.tag_ in FINITE_TAGS and bool(clauses) and all(c.i > verb.i for c in clauses)
