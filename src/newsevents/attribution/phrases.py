"""Reporting frames of nouns, multiword phrases and headlines: "made allegations that ...",
"her calls for a recount", "according to X", "is said to", "Speaker: content".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsevents.attribution.assembly import UNNAMED, Context, make_frame
from newsevents.attribution.content import host_clause, is_inverted
from newsevents.attribution.lexicon import Cue, CueLexicon
from newsevents.attribution.spans import ASKING_MARKS, span_chars, trim
from newsevents.attribution.speakers import DASHES, is_name_phrase, verb_speaker
from newsevents.attribution.verbs import verb_group
from newsevents.records import Frame

COLON_REACH = 9  # tokens: a speaker named before a colon is short
# What a headline's speaker speaks on or to, after the name ("Ann Lee on the budget: ...").
HEADLINE_TOPIC_PREPS = ("on", "to", "at", "about")
COPULAS = ("be", "seem", "remain", "become", "appear", "sound", "grow", "feel")
ADJECTIVE_CLAUSES = ("ccomp", "xcomp")
HEADLINE_WORDS = 3  # words longer than three letters: a headline says something
HEADLINE_SHARE = 0.75  # of them capitalised
IMPERSONAL = ("it", "this", "that")  # subjects that hold no stance
NOUN_MODIFIERS = ("amod", "compound")  # "most explosive claim", "campaign message"
AGENT_PREPS = ("by", "from")  # who makes the statement a cue noun names: "a claim by X"


def phrase_matches(
    sent: Span, cues: CueLexicon, lowers: list[int]
) -> Iterator[tuple[Span, Cue]]:
    """Yield (tokens, cue) for every multiword cue written in the sentence (`lowers`: the
    document's lowercase string ids, so that only a word that opens a phrase is read)."""
    strings = sent.doc.vocab.strings
    for start in range(sent.start, sent.end):
        if lowers[start] not in cues.phrase_ids:
            continue
        for words, cue in cues.phrase_starts.get(strings[lowers[start]], ()):
            found = tuple(strings[n] for n in lowers[start : min(start + len(words), sent.end)])
            if found == words:
                yield sent.doc[start : start + len(words)], cue
                break


def noun_frame(context: Context, noun: Token, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of a cue noun with a content clause ("made allegations that ...")."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _is_that(c)), None)
    if clause is None and noun.dep_ == "dobj":
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    cue_tokens = [noun]
    if clause is None and (copula := _copula_clause(noun)) is not None:
        # "her main argument was that ...": the noun, its modifiers and its copula are the cue
        clause = copula[1]
        first = min([noun.i] + [c.left_edge.i for c in noun.lefts if c.dep_ in NOUN_MODIFIERS])
        cue_tokens = list(context.doc[first : copula[0].i + 1])
    if clause is None:
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    speaker = speaker or _subject_of_misread_verb(noun) or _agent_of_noun(noun)
    if speaker is None and noun.dep_ == "dobj":
        speaker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    content = span_chars(context.doc, clause.left_edge.i, clause.right_edge.i)
    return make_frame(context, cue_tokens, cue, speaker, content, sent_i)


def _subject_of_misread_verb(noun: Token) -> Token | None:
    """Return the subject of a cue verb the tagger took for a plural noun ("But Lee claims that
    ..."): one the parser gave it, or, where the noun heads the sentence, the name it read as
    the noun's modifier ("Lee" in "Lee claims" as a compound)."""
    subject = next((c for c in noun.lefts if c.dep_ == "nsubj"), None)
    if subject is not None or noun.dep_ != "ROOT" or noun.tag_ != "NNS":
        return subject
    lefts = [c for c in noun.lefts if c.dep_ != "cc"]
    if len(lefts) == 1 and lefts[0].dep_ == "compound" and lefts[0].pos_ == "PROPN":
        return lefts[0]
    return None


def _agent_of_noun(noun: Token) -> Token | None:
    """Return who a cue noun's "by" or "from" phrase names ("claims by the agency that ...",
    "advice from aides that ..."), or None."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in AGENT_PREPS:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _copula_clause(noun: Token) -> tuple[Token, Token] | None:
    """Return the copula and the "that" clause it takes when the cue noun is its subject ("his
    claim is that ..."), or None."""
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lemma_ != "be" or copula.i < noun.i:
        return None
    clause = next((c for c in copula.rights if c.dep_ == "ccomp" and _is_that(c)), None)
    return None if clause is None else (copula, clause)


def noun_prep_frame(
    context: Context, noun: Token, cue: Cue, prep: Token, sent_i: int
) -> Frame | None:
    """Build the frame of a noun-prep cue ("her support for the plan", "calls for a recount")."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    speaker = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    content = span_chars(context.doc, objects[0].left_edge.i, objects[-1].right_edge.i)
    return make_frame(context, [noun, prep], cue, speaker, content, sent_i)


def adjective_frame(context: Context, adjective: Token, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of a predicate adjective of attitude ("has been critical of the police",
    "is confident that the bridge will open"): the copula and what it takes along are the cue."""
    if adjective.tag_ == "VBN":  # "were frustrated with": the tagger reads a passive
        if not any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in adjective.children):
            return None
        copula = adjective
        speaker = next((c for c in adjective.children if c.dep_ == "nsubjpass"), None)
    else:
        copula = adjective.head
        if adjective.dep_ != "acomp" or copula.lemma_ not in COPULAS:
            return None
        speaker = verb_speaker(copula)
    if speaker is None or speaker.lower_ == "it":  # "it is clear that": nobody holds it
        return None
    last, bounds = adjective, None
    for child in adjective.rights:
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if child.dep_ in ADJECTIVE_CLAUSES:
            bounds = child.left_edge.i, child.right_edge.i
        elif child.dep_ == "prep" and child.i == adjective.i + 1 and objects:
            last, bounds = child, (objects[0].left_edge.i, objects[-1].right_edge.i)
        if bounds is not None:
            break
    if bounds is None:
        return None
    group = verb_group(copula, context.cues)
    cue_tokens = list(context.doc[group[0].i : last.i + 1])
    return make_frame(context, cue_tokens, cue, speaker, span_chars(context.doc, *bounds), sent_i)


def _is_headline(words: Span) -> bool:
    """Tell a title-cased headline ("Senator: Budget Talks Near Collapse"), whose verbs the
    tagger often takes for names, from a label's value ("Time: 10 a.m.")."""
    if sum(1 for t in words if t.text == ",") > 1:
        return False  # "Ohio: Ann Lee, Tom Baker, ...": a list of names
    content = [t for t in words if t.is_alpha and len(t) > 3]
    capitals = sum(1 for t in content if t.is_title or t.is_upper)
    return len(content) >= HEADLINE_WORDS and capitals >= HEADLINE_SHARE * len(content)


def _turn_end(doc, first: int, last: int) -> int:
    """Return the last token of what a speaker says after a colon: a turn that opens its
    paragraph ("A: I went home. Nobody was there.") runs to the paragraph's end, as in an
    interview transcript; one inside a paragraph ends with its sentence. A transcript quoted
    whole opens each turn with a quote mark ("\"JONES: ..."): the turn still opens it."""
    while first > 0 and doc[first - 1].is_quote and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    if first > 0 and "\n" not in doc[first - 1].text_with_ws:
        return last
    end = last
    while end + 1 < len(doc) and "\n" not in doc[end].text_with_ws:
        end += 1
    return end


def _is_that(clause: Token) -> bool:
    """Tell a content clause ("that they were planning") from a relative one."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def phrase_frame(context: Context, matched: Span, cue: Cue, sent_i: int) -> Frame | None:
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
            if _ends_sentence(context.doc, cue_last):
                first = trim(context.doc, anchor.sent.start, last)[0]
        first = _inside_own_quote(context, matched, first)
        cue_tokens = list(matched)
        # "That's according to X": the copula before the phrase joins the cue, and the subject
        # it links to the phrase is the content, as PolNeAR train marks it.
        if first < last == cue_first - 1 and _is_copula(context.doc[last]):
            cue_tokens.insert(0, context.doc[last])
            last -= 1
        if first > last or last >= len(context.doc):  # "according to X" with nothing reported
            return None
        content = span_chars(context.doc, first, last)
        return make_frame(context, cue_tokens, cue, obj, content, sent_i)
    active = anchor.lemma_ == "be" or any(c.dep_ == "nsubj" for c in anchor.children)
    if active and (objects := _prep_objects(matched[-1])):
        # "is against the plan", "came out in support of it", "took issue with it": a phrase
        # of stance that ends in a preposition reports what that preposition takes
        speaker = verb_speaker(anchor)
        if speaker is None or speaker.lower_ in IMPERSONAL:  # "that is against the law"
            return None
        content = span_chars(context.doc, objects[0].left_edge.i, objects[-1].right_edge.i)
        first = min(verb_group(anchor, context.cues)[0].i, matched.start)  # "has come out ..."
        cue_tokens = list(context.doc[first : matched.end])
        return make_frame(context, cue_tokens, cue, speaker, content, sent_i)
    if cue.kind == "prep-stance":
        return _prep_stance_frame(context, matched, cue, sent_i)
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
    # "The vote, it was reported, will be held ...": a phrase set off in another clause
    # reports that clause, not its own words.
    if clause is None and is_inverted(context, anchor):
        content = host_clause(context, anchor, None) or content
    # "sources said": the cue is the verb, the nameless sources are the speaker's words.
    subject = next((t for t in matched if t.dep_ == "nsubj" and t.head == anchor), None)
    cue_tokens = [t for t in matched if t != subject]
    # "is expected to run": the infinitive marker opens the content, as in PolNeAR train.
    if len(cue_tokens) > 1 and cue_tokens[-1].lower_ == "to":
        cue_tokens = cue_tokens[:-1]
    if subject is None and anchor.pos_ == "VERB" and (speaker := verb_speaker(anchor)):
        return make_frame(context, cue_tokens, cue, speaker, content, sent_i)  # "X made clear ..."
    return make_frame(context, cue_tokens, cue, subject, content, sent_i, name=UNNAMED)


def _is_copula(token: Token) -> bool:
    """Tell a form of "be", with the tagger's misreadings of a curly "’s" ("That’s")."""
    return token.lemma_ == "be" or token.norm_ == "'s"


def poll_frame(context: Context, poll: Token, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of a poll as the source of the clause its "in" hangs on ("she led by
    four points in a new poll"): the clause without the phrase is the content."""
    prep = poll.head
    if poll.dep_ != "pobj" or prep.lower_ != "in":
        return None
    host = prep.head
    if host.dep_ in ("dobj", "attr") and host.pos_ == "NOUN":  # "has a lead in the polls"
        host = host.head
    if host.pos_ not in ("VERB", "AUX"):
        return None  # "her gains in the polls" names no finding
    if prep.i < host.i:  # "In the survey, most voters ...": the content follows the phrase
        first, last = trim(context.doc, prep.right_edge.i + 1, host.right_edge.i)
    else:
        first, last = trim(context.doc, host.left_edge.i, prep.i - 1)
    if first >= last:
        return None
    content = span_chars(context.doc, first, last)
    return make_frame(context, [prep], cue, poll, content, sent_i)


def _prep_stance_frame(context: Context, matched: Span, cue: Cue, sent_i: int) -> Frame | None:
    """Build the frame of "in response to X, she said ...": X is what the host's subject
    responds to, as PolNeAR train marks it."""
    objects = _prep_objects(matched[-1])
    host = matched.root.head
    if not objects or host.pos_ not in ("VERB", "AUX"):
        return None
    speaker = verb_speaker(host)
    if speaker is None:
        return None
    content = span_chars(context.doc, objects[0].left_edge.i, objects[-1].right_edge.i)
    return make_frame(context, list(matched), cue, speaker, content, sent_i)


def _ends_sentence(doc, last: int) -> bool:
    """Tell a phrase that closes its sentence ("..., according to X."): set off at the end, it
    sources the whole sentence, whichever verb the parser hung it on."""
    sent = doc[last].sent
    return all(t.is_punct or t.is_space for t in doc[last + 1 : sent.end])


def _prep_objects(word: Token) -> list[Token]:
    """Return the objects of a preposition ("against | the plan"), none for another word."""
    if word.dep_ != "prep":
        return []
    return [c for c in word.children if c.dep_ in ("pobj", "pcomp")]


def _inside_own_quote(context: Context, matched: Span, first: int) -> int:
    """Start a phrase cue's content no earlier than the quotation the phrase stands in ('the
    report says the firm "keeps 40 accounts abroad, according to its filings."'): the quoted
    words are what the quotation's speaker says, not the writer's sentence."""
    start = matched[0].idx
    quote = next((q for q in context.quotes if q[0] < start < q[1]), None)
    doc = context.doc
    while quote is not None and first < matched.start and doc[first].idx <= quote[0]:
        first += 1
    return first


def headline_frame(context: Context, sent: Span, sent_i: int, colon: Token) -> Frame | None:
    """Build the frame of "Speaker: content" (headlines, interview transcripts, quoted experts)
    when the words before the sentence's first colon, early on, are a name and what follows
    says something."""
    doc, cue = context.doc, context.cues.word("punct", ":")
    if cue is None or colon.i + 1 >= len(doc):
        return None
    # A heading the parser joined to the sentence ends at a line break.
    # So does a heading set off by a dash ("Poll results - Ann Lee: ...").
    first = max(
        [sent.start]
        + [t.i + 1 for t in sent if t.i < colon.i and ("\n" in t.text or t.text in DASHES)]
    )
    # A transcript quoted whole opens each turn with a quote mark before the speaker ("JONES:").
    while first < colon.i and doc[first].is_quote:
        first += 1
    # "12:25 p.m.:" or "UPDATE:" on a line of its own heads a section; nobody speaks.
    if colon.i - first > COLON_REACH or "\n" in doc[colon.i : colon.i + 2].text:
        return None
    before = _named_before_colon(context, doc[first : colon.i])
    if before is None:
        return None
    if context.cues.word("label", before.root.lemma_):  # "Update:", "Photo:" head a section
        return None
    # The parser may end the sentence at the colon ("MAYOR:") or inside a quote it opens.
    last = doc[colon.i + 1].sent.end - 1
    after = doc[colon.i + 1 : last + 1]
    says = any(t.pos_ in ("VERB", "AUX") for t in after) or after[0].is_quote
    if not says and not _is_headline(after):
        return None
    content = span_chars(doc, colon.i + 1, _turn_end(doc, first, last))
    if context.text[content[1] : content[1] + 1] in ASKING_MARKS:
        content = content[0], content[1] + 1  # "Q: Why not debate here?" asks, with its mark
    speaker = before.root
    within = (before.start, before.end - 1)
    return make_frame(context, [colon], cue, speaker, content, sent_i, within=within)


def _named_before_colon(context: Context, before: Span) -> Span | None:
    """Return the name of who speaks in the words before a colon, or None: all of them ("Ann
    Lee:"), the name before what the headline says it is on or to ("Ann Lee on the budget:",
    "Ann Lee to farmers:"), or the name after "from" ("A warning from Ann Lee:")."""
    if not before:
        return None
    if is_name_phrase(before, context.mentions):
        return before
    prep = next((t for t in before if t.pos_ == "ADP"), None)
    if prep is None or prep.i == before.start:
        return None
    doc = before.doc
    if prep.lower_ == "from":
        name = doc[prep.i + 1 : before.end]
    elif prep.lower_ in HEADLINE_TOPIC_PREPS:
        name = doc[before.start : prep.i]
    else:
        return None
    # a proper name, not any capitalised word ("Focus on women:", "Success at last:")
    named = any(t.pos_ == "PROPN" or t.i in context.mentions for t in name)
    return name if named and is_name_phrase(name, context.mentions) else None
