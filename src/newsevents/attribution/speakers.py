"""Speakers of reporting frames: who a cue verb's subject is, and how much of the phrase
around that head names the speaker.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from newsevents.annotate import DASHES
from newsevents.attribution.detector import SPEAKER_ENTITIES
from newsevents.attribution.spans import Chars, is_edge_noise, is_time_phrase

SPEAKER_MODIFIERS = ("compound", "amod", "poss", "nmod", "flat", "nummod")
NOMINAL_POS = ("NOUN", "PROPN", "PRON")
RELATIVE_TAGS = ("WDT", "WP")  # "that", "which", "who" opening a relative clause
FRONTED_DEPS = ("appos", "conj")
PAST_FORMS = frozenset(("VBD", "VBN"))
SHARED_SUBJECT_REACH = 3  # verbs climbed to find the subject a cue shares
SHORT_NAME = 2  # words: a common-noun speaker before a colon ("Senior officials:")
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# Adverbs that focus on the speaker phrase from outside it; "only", "nearly", "about" count
# how many speak and stay.
FOCUS_ADVERBS = ("even",)
# A speaker's head may carry the day it spoke on ("Trump on Tuesday said"): that dates the
# statement, not the speaker, as PolNeAR train marks it. Other prepositions of time stay: "a
# poll in June", "a study from 2011" say which poll or study it is.
DATING_PREPS = ("on",)
# labels the parser gives a subject it misreads: "4 in 10" as a number, "Bozell" as a compound
MISREAD_SUBJECT_DEPS = ("npadvmod", "nummod", "compound", "nmod", "dep")


def verb_speaker(verb: Token) -> Token | None:
    """Return the head token of who speaks: subject, passive agent, or a shared subject."""
    if (inverted := quotative_subject(verb)) is not None:
        return inverted
    # Of two subjects ("news agency TASS" parsed as two), the one next to the verb is the name.
    for child in reversed(list(verb.lefts)):
        if child.dep_ == "nsubj":
            return child
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    # "voters saying they want ...", "a group backing the plan": a participle that modifies a
    # noun has that noun as its subject.
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in NOMINAL_POS:
        return verb.head
    # "Despite X claiming ...": the gerund has a subject of its own, misread or not, and never
    # shares the main clause's; a word that names no one there gives no speaker at all.
    if (own := gerund_subject(verb)) is not None:
        return own if _names_someone(own) else None
    return (
        governing_subject(verb) or fronted_subject(verb) or inverted_subject(verb)
        or misread_subject(verb) or subject_taken_for_clause(verb)
    )


def quotative_subject(verb: Token) -> Token | None:
    """Return the subject right after a cue that also has one before it, set off by a comma or
    a closing quote ("“Every single vote,” said Lee"; "Prices will rise, said Ann Lee"): only
    the quotative inversion puts a statement's subject after its verb, so the one before is
    what was said, which the parser took for a second subject."""
    # most verbs have no comma or quote right before them: that is read first, as one word
    if not verb.i or not verb.doc[verb.i - 1].is_punct:
        return None
    after = next((c for c in verb.rights if c.dep_ == "nsubj"), None)
    if after is None or after.left_edge.i != verb.i + 1:
        return None
    before = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not before:
        return None
    between = verb.doc[before[-1].i + 1 : verb.i]
    return after if all(t.is_punct or t in before[-1].subtree for t in between) else None


def governing_subject(verb: Token) -> Token | None:
    """Return the subject a subjectless cue shares with the verb it hangs on: "He smiled and
    said ...", "..., adding that ...", "won praise by saying ...", "wants to say ..."."""
    if is_conjoined_report(verb):
        return verb_speaker(verb.head.head)
    if (host := stranded_conjunct_host(verb)) is not None:
        return verb_speaker(host)
    if is_escaped_conjunct(verb):
        host = _clause_verb(verb.head.head)
        return None if host is None else verb_speaker(host)
    node = verb
    for _ in range(SHARED_SUBJECT_REACH):
        # "X stressed that A, suggesting B": the participle is X's, not the subject of A's.
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.dep_ == "ccomp":
            node = node.head.head
        elif node.dep_ == "advcl" and node.tag_ == "VBG" and _in_object_clause(node.head):
            # "X rejected the idea that A, saying B": the parser hangs the participle on A
            node = node.head.head.head
        elif node.dep_ in ("conj", "advcl", "xcomp"):
            node = node.head
        elif node.dep_ == "acomp":  # "were more likely to say ...": the copula's subject
            node = node.head
        elif node.dep_ == "pcomp" and (node.head.dep_ == "prep" or node.head.pos_ == "ADP"):
            node = _past_prepositions(node.head.head)
        else:
            return None
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def _past_prepositions(node: Token) -> Token:
    """Return the word a gerund's preposition hangs on, past a preposition it is conjoined to
    ("fined for serving X and | for saying") or an adverb it completes ("apart | from
    saying")."""
    for _ in range(SHARED_SUBJECT_REACH):
        if not (node.dep_ == "prep" or (node.pos_ == "ADV" and node.dep_ == "advmod")):
            break
        node = node.head
    return node


def _in_object_clause(clause: Token) -> bool:
    """Tell a clause that completes a verb's object noun ("rejected the idea | that A")."""
    return clause.dep_ == "acl" and clause.head.dep_ == "dobj" and clause.head.head.pos_ == "VERB"


def gerund_subject(verb: Token) -> Token | None:
    """Return the subject the parser did not label as such of the adverbial gerund a cue is or
    continues ("Despite X claiming A and releasing B, Y ..."), or None.

    Right before the gerund, a name tagged as a finite auxiliary ("IS claiming"; a gerund
    takes none) or a possessor ("his saying so"), or the object that the preposition of a
    clause has before the gerund ("despite X | insisting", parsed as two complements of
    "despite"), is who does what the gerund says.
    """
    node = verb
    for _ in range(SHARED_SUBJECT_REACH):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return None
        if node.tag_ == "VBG" and node.dep_ in ("pcomp", "advcl"):
            own = next((c for c in node.lefts if _is_misread_subject_of_gerund(c, node)), None)
            if own is None and node.dep_ == "pcomp" and node.head.dep_ == "prep":
                before = (c for c in node.head.children if c.dep_ == "pobj" and c.i < node.i)
                own = next(before, None)
            if own is not None:
                return own
        if node.dep_ not in ("conj", "advcl"):
            return None
        node = node.head
    return None


def _is_misread_subject_of_gerund(token: Token, gerund: Token) -> bool:
    if token.dep_ != "poss" and not (token.dep_ == "aux" and token.tag_ in FINITE_TAGS):
        return False
    between = token.doc[token.right_edge.i + 1 : gerund.i]
    return all(t.head == gerund and t.dep_ in ("advmod", "neg") for t in between)


def _names_someone(token: Token) -> bool:
    """Tell a word that can stand for a speaker: a name, a noun or a pronoun, not a verb."""
    return token.ent_type_ in SPEAKER_ENTITIES or token.pos_ in NOMINAL_POS


def is_conjoined_report(verb: Token) -> bool:
    """Tell a second verb of the speaker's that the parser hung on the reported clause: "X said
    A would go and urged B" (same tense as "said", no subject of its own, after the clause).

    Which verb it continues is the parser's guess; tense agreement with the outer verb and a
    cue lemma (checked by the frame finder) make the speaker's reading the likelier one.
    """
    if not is_conjoined_to_report(verb) or not _agrees_in_tense(verb, verb.head.head):
        return False
    return not _has_subject(verb)


def stranded_conjunct_host(verb: Token) -> Token | None:
    """Return the verb a subjectless conjunct continues when the parser hung it inside that
    verb's object ("urged X to hold a vote and said ...", with "said" on "hold"; "has
    described the rules as a betrayal of farmers who elected him and says ...", on "elected"):
    the nearest verb above it in its tense, where the verb it is hung on is in another. None if
    it agrees with that verb, which it may well continue."""
    if verb.dep_ != "conj" or _has_subject(verb) or _agrees_in_tense(verb, verb.head):
        return None
    above = [a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")]
    return next((a for a in above[:SHARED_SUBJECT_REACH] if _finite_tag(a) == verb.tag_), None)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _finite_tag(verb: Token) -> str:
    """Return the tag of a verb's finite form: its first auxiliary's ("has said": VBZ), or its
    own."""
    aux = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass")), None)
    return verb.tag_ if aux is None else aux.tag_


def is_conjoined_to_report(verb: Token) -> bool:
    """Tell a verb the parser conjoined to a reported clause that follows its cue verb ("X said
    A, and B"): the clause it may continue, or end."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return False
    return clause.i > clause.head.i


def is_escaped_conjunct(verb: Token) -> bool:
    """Tell a verb the parser conjoined to a relative clause that it does not belong to: "X
    condemned the plan that Y passed and urged Z to ...". The relative clause's gap is its
    object, so a conjunct with an object of its own and no subject cannot share that gap; it
    continues the clause the relative clause hangs in."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ not in ("relcl", "acl") or clause.i > verb.i:
        return False
    if not any(c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS for c in clause.children):
        return False
    deps = {c.dep_ for c in verb.children}
    return not deps & {"nsubj", "nsubjpass", "expl"} and bool(deps & {"dobj", "ccomp"})


def _clause_verb(token: Token) -> Token | None:
    """Return the verb of the clause a noun phrase stands in ("the war of Y" -> "condemned")."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _agrees_in_tense(second: Token, first: Token) -> bool:
    """Tell a second verb in the tense of the first: the same form, or after the first's
    auxiliary, which it shares ("has said A and urged B"), a past form the tagger may take for
    either a participle or a past tense."""
    if second.tag_ == first.tag_:
        return True
    shared = any(c.dep_ == "aux" and c.i < first.i for c in first.children)
    return shared and {second.tag_, first.tag_} <= PAST_FORMS


def fronted_subject(verb: Token) -> Token | None:
    """Return the name the parser hung inside a phrase fronted before a subjectless main cue
    as an apposition or conjunct ("In a call on Monday, Col. Ann Lee, a spokeswoman, said
    ..."): the named phrase that ends right before the cue (commas and adverbs aside)."""
    if verb.dep_ != "ROOT" or not any(c.dep_ == "prep" and c.i < verb.i for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].is_punct or verb.doc[i].head == verb and verb.doc[i].dep_
                      in ("aux", "advmod", "neg")):
        i -= 1
    if i < 0:
        return None
    last, found = verb.doc[i], None
    # the widest such phrase: "Ann Lee and Tom Hart", not "Tom Hart"
    for phrase in (last, *last.ancestors):
        if phrase == verb or phrase.right_edge.i >= verb.i:
            break
        if phrase.dep_ in FRONTED_DEPS and phrase.pos_ == "PROPN" and phrase.head.i < phrase.i:
            found = phrase
    return found


def misread_subject(verb: Token) -> Token | None:
    """Return the noun phrase right before a subjectless finite cue that the parser hung on it
    under another label ("About 4 in 10 say ...", "“...,” Bozell answers."), or None."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    lefts = [c for c in verb.lefts if not (c.is_punct or c.dep_ in ("aux", "advmod", "neg"))]
    if not lefts:
        return None
    last = lefts[-1]
    if last.dep_ not in MISREAD_SUBJECT_DEPS or last.pos_ not in (*NOMINAL_POS, "NUM"):
        return None
    if last.ent_type_ in ("DATE", "TIME") or last.right_edge.i >= verb.i:
        return None
    between = verb.doc[last.right_edge.i + 1 : verb.i]
    return last if all(t.is_punct or t.head == verb for t in between) else None


def subject_taken_for_clause(verb: Token) -> Token | None:
    """Return the name opening a clause the parser hung before a subjectless finite cue that
    reports something after it ("Ana Silva, union teacher leading the strike, said they
    ...", with "teacher" read as a verb): the clause is the speaker with an aside, its
    subject the speaker's name. Not within quotation marks, where the words are someone's."""
    if verb.tag_ not in FINITE_TAGS or not verb.i or not verb.doc[verb.i - 1].is_punct:
        return None
    if not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    clause = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "ccomp"), None)
    if clause is None or any(t.is_quote for t in clause.subtree):
        return None
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != clause.left_edge.i:
        return None
    return subject if subject.pos_ in ("PROPN", "NOUN") else None


def inverted_subject(verb: Token) -> Token | None:
    """Return the name right after a cue the parser left without subject ("said Ann Lee")."""
    if verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].pos_ not in ("PROPN", "NOUN", "DET"):
        return None
    token = verb.doc[verb.i + 1]
    while token.dep_ in ("compound", "amod", "det", "poss", "case") and token.head.i > token.i:
        token = token.head
    # "a river called Bear Creek": the name a naming verb gives is its label, not its speaker
    if token.dep_ == "oprd" and token.head == verb:
        return None
    return token if token.pos_ in ("PROPN", "NOUN") else None


def speaker_chars(doc: Doc, speaker: Token, within: tuple[int, int] | None = None) -> Chars:
    """Return the speaker phrase with its appositions, without relative clauses or datelines,
    kept within token bounds when given (a name before a colon ends at the colon)."""
    # a sign the parser reads as a noun heads a phrase of its own ("61% say"): it is kept
    if speaker.is_quote or (speaker.is_punct and speaker.pos_ != "NOUN"):
        return speaker.idx, speaker.idx + len(speaker)
    # A second subject the parser gave the verb is part of the speaker, unless it is a
    # relative pronoun ("the reasons that X refuses ...") or the speaker stands after the verb
    # (the other is then what was said: see quotative_subject).
    twins = [
        c for c in speaker.head.lefts
        if c.dep_ == speaker.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS
        and speaker.i < speaker.head.i
    ]
    first = min([speaker.left_edge.i] + [c.left_edge.i for c in twins])
    last = speaker.right_edge.i
    if within is not None:
        first, last = max(first, within[0]), min(last, within[1])
    # A participle phrase stays ("a poll released Thursday"), as it mostly does in PolNeAR
    # train, and so does a relative clause: a restrictive one says which speakers ("voters
    # who backed her"), one set off by commas describes the speaker.
    # A participle phrase set off by commas ("X, speaking in Ohio, said") is the writer's aside
    # on the occasion and goes, as it mostly does in PolNeAR train.
    for child in speaker.rights:
        set_off = doc[child.left_edge.i - 1].is_punct
        if (child.dep_ == "acl" and set_off) or _is_day_spoken(child):
            last = min(last, child.left_edge.i - 1)
    # A dateline ("WASHINGTON — Sen. X said") is not part of the speaker, nor is a quotation
    # the parser hung on the speaker ("“...,” he").
    # Nor is a heading the parser joined to it from the paragraph before ("9:35 p.m.\n\nX said"),
    # or one set off by a colon ("The Latest: X urges ...").
    # All of these stand before the speaker's head: a quoted title or a colon after it belongs
    # to an apposition ("X, star of “Y,”"), and a possessive's apostrophe ("Sanders’
    # supporters") is no quotation mark.
    quoted_names = _quoted_names(doc, first, last)
    for token in doc[first : min(last, speaker.i)]:
        if _opens_speaker(token) and not is_possessive_mark(token) and token.i not in quoted_names:
            first = token.i + 1
    while first < last and (is_edge_noise(doc[first]) or _is_focus_adverb(doc[first], speaker)):
        first += 1
    # The comma closing an apposition and a closing bracket belong to the speaker phrase, and
    # so does the comma closing any phrase set off inside it ("X, of Ohio,", "Y, including Z,"),
    # as PolNeAR train has it nine times in ten.
    aside = any(c.dep_ in ("appos", "relcl") for c in speaker.children) or any(
        t.text == "," for t in doc[first:last]
    )
    keep = {")", ","} if aside else {")"}
    while (
        last > first and last != speaker.i and is_edge_noise(doc[last])
        and doc[last].text not in keep
    ):
        last -= 1
    if doc[first : last + 1].text.count("(") > doc[first : last + 1].text.count(")"):
        last += 1 if last + 1 < len(doc) and doc[last + 1].text == ")" else 0
    # So does the dash closing an aside set off by dashes ("X -- a former aide -- said"), as
    # PolNeAR train has it 17 times in 18.
    if _opens_aside(doc, first, last) and last + 1 < len(doc) and _is_aside_dash(doc[last + 1]):
        last += 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _quoted_names(doc: Doc, first: int, last: int) -> set[int]:
    """Return the quotation marks around words in a speaker phrase ("the “No Limits” ad",
    "this ''super PAC''"): a title or scare quote, with no punctuation inside, unlike a
    quotation the parser hung on the speaker ("“We will win,” he said")."""
    marks = [t.i for t in doc[first : last + 1] if t.is_quote and not is_possessive_mark(t)]
    names: set[int] = set()
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        words = doc[opening + 1 : closing]
        if len(words) and not any(t.is_punct for t in words):
            names.update((opening, closing))
    return names


def _opens_aside(doc: Doc, first: int, last: int) -> bool:
    """Tell a speaker phrase with a dash after its first word that no dash closes in it."""
    return sum(1 for t in doc[first + 1 : last + 1] if _is_aside_dash(t)) % 2 == 1


def _is_aside_dash(token: Token) -> bool:
    """Tell a dash from the hyphen inside a word ("co-host"), which the tokenizer splits off."""
    if token.text not in DASHES:
        return False
    return token.text != "-" or bool(token.whitespace_ or token.doc[token.i - 1].whitespace_)


def _is_day_spoken(phrase: Token) -> bool:
    return phrase.dep_ == "prep" and phrase.lower_ in DATING_PREPS and is_time_phrase(phrase)


def _is_focus_adverb(token: Token, speaker: Token) -> bool:
    """Tell an adverb that says what the writer makes of the speaker, not who it is ("even
    Republicans said"): PolNeAR train leaves it out of the source."""
    return token.dep_ == "advmod" and token.i < speaker.i and token.lower_ in FOCUS_ADVERBS


def _opens_speaker(token: Token) -> bool:
    """Tell a dash, quotation mark, colon or line break after which a speaker phrase starts."""
    dash = token.text in DASHES and bool(token.whitespace_)
    return dash or token.is_quote or token.text == ":" or "\n" in token.text


def is_possessive_mark(token: Token) -> bool:
    """Tell the apostrophe of a plural possessive ("the mayors’ advisers"), which the tagger
    may take for a closing quotation mark: joined to a word in -s, with a word after it."""
    if token.tag_ == "POS":
        return True
    if token.text not in ("’", "'") or token.i == 0 or not token.whitespace_:
        return False
    before = token.doc[token.i - 1]
    return not before.whitespace_ and before.lower_.endswith("s")


def speaker_text(head: Token) -> str:
    """Return the name part of a speaker phrase: the head and its modifiers, no appositions."""
    lefts = [c for c in head.lefts if c.dep_ in SPEAKER_MODIFIERS]
    start = min((c.left_edge.i for c in lefts), default=head.i)
    return head.doc[start : head.i + 1].text


def is_name_phrase(words: Span, mentions: Mapping[int, object]) -> bool:
    """Tell a speaker's name ("Economist Ann Lee", "CLINTON") from a clause or a label."""
    if any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON") for t in words):
        return False
    if words[-1].is_upper and len(words[-1]) > 1:  # a transcript's "CLINTON:"
        return True
    if any(c.dep_ == "poss" for c in words[-1].children):  # "Editor's note:" is a label
        return False
    # "Clinton campaign:" names a speaker through its proper noun; a short capitalised noun
    # phrase does as a transcript's or a headline's speaker ("Sanders:", "Officials:"), where
    # the tagger often takes a surname for a common noun.
    if words[-1].pos_ not in ("PROPN", "NOUN"):
        return False
    if any(t.i in mentions or t.pos_ == "PROPN" for t in words):
        return True
    return len(words) <= SHORT_NAME and words[0].is_title
