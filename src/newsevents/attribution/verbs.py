"""Cue verbs of the attribution stage: how far a cue reaches (auxiliaries, "in a statement", a
day name, a colon) and what an object-taking cue verb reports ("wants to win").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.attribution.lexicon import Cue, CueLexicon
from newsevents.attribution.speakers import (
    PAST_FORMS,
    gerund_subject,
    is_escaped_conjunct,
    is_possessive_mark,
)

QUESTION_TAGS = ("WRB", "WP")  # "why", "when", "how", "where"; "what", "who"

CUE_MODIFIERS = ("aux", "auxpass", "neg", "advmod")
# Sentence adverbs link clauses; they do not modify the act of saying ("however said").
LINKING_ADVERBS = ("however", "meanwhile", "instead", "thus", "so", "otherwise")
ADVERB_TAGS = ("RB", "RBR", "RBS")
OBJECT_DEPS = ("dobj", "xcomp", "oprd", "ccomp")
PREP_DEPS = ("prep", "prt")
CONTENT_PREPS = ("as", "for", "of", "over")
SCENE_DEPS = ("advcl", "npadvmod")
SCENE_ENTITIES = ("DATE", "TIME", "GPE", "LOC", "FAC", "EVENT")
# What the writer adds about an object's noun after a comma: a relative clause or a participle
# ("backed the budget, drafted by ..."). An appositive or "including ..." is left in: cutting
# either cost more PolNeAR train and dev contents than it fixed.
ASIDE_DEPS = ("relcl", "acl")
ADDRESSED_NOT = frozenset(("nsubj", "aux", "expl"))  # an active perfect: "has asked"
NAMING_POS = ("PROPN", "PRON")  # who or what a naming cue gives its label to
LABELLED_POS = (*NAMING_POS, "DET", "PART", "NOUN", "ADJ", "PUNCT")  # a noun phrase's words
NOUN_OPENING_TAGS = ("CD", "DT", "POS", "PRP$")  # a numeral, determiner or possessive
OWN_CLAUSE_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass")


def verb_group(verb: Token, cues: CueLexicon) -> list[Token]:
    """Return the cue verb with what a cue takes along ("has also said in a statement:").

    Auxiliaries and adverbs before it belong to the act of saying; so do a catenative verb
    whose infinitive it is ("went on to say"), a medium ("in a statement", "in an
    interview") and a colon that opens a quote. A day ("said Tuesday") does
    not: in PolNeAR train it is left out of the cue more often than taken in.
    """
    doc, first = verb.doc, verb.i
    # "IS claiming": a name the parser took for the gerund's auxiliary is its subject
    own = gerund_subject(verb)
    while first > 0 and _is_cue_modifier(doc[first - 1], verb) and doc[first - 1] != own:
        first -= 1
    carrier = catenative_head(verb, cues)
    if carrier is not None:
        first = verb_group(carrier, cues)[0].i
    last = verb.i
    while True:
        reach = _trailing_reach(doc, last, verb, cues)
        if reach is None:
            break
        last = reach
    return list(doc[first : last + 1])


def catenative_head(verb: Token, cues: CueLexicon) -> Token | None:
    """Return the verb whose infinitive the cue verb is when that verb joins the cue ("went on
    | to say", "has refused | to disclose"), or None."""
    head = verb.head
    if not _is_infinitive_of(verb, head) or not cues.word("catenative", head.lemma_):
        return None
    if head.pos_ in ("VERB", "AUX"):
        return head
    # "are quick to point out": an adjective of manner joins the cue with its copula
    return head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else None


def _is_infinitive_of(verb: Token, head: Token) -> bool:
    """Tell the infinitive a verb takes: its complement, or one right after it (and its
    particle) that the parser took for a purpose clause ("went on | to say")."""
    if head.i > verb.i:
        return False
    if verb.dep_ == "xcomp":
        return True
    between = verb.doc[head.i + 1 : verb.i]
    return verb.dep_ == "advcl" and all(t.dep_ == "prt" or t.lower_ == "to" for t in between)


def _is_cue_modifier(token: Token, verb: Token) -> bool:
    # "when asked": a wh-adverb opens the clause; PolNeAR train never takes it into the cue.
    return (
        token.head == verb
        and token.dep_ in CUE_MODIFIERS
        and token.lower_ not in LINKING_ADVERBS
        and token.tag_ != "WRB"
    )


def _trailing_reach(doc, last: int, verb: Token, cues: CueLexicon) -> int | None:
    """Return the last token of a medium or colon right after the cue, or None."""
    if last + 1 >= len(doc):
        return None
    after = doc[last + 1]
    if after.text == ":":
        return after.i
    # A phrasal verb's particle is part of the verb ("pointed out", "shrugged off"), and so is
    # an adverb right after it, which tells how, when or how often it was said ("said
    # sarcastically", "noted repeatedly", "said then"), not what was said.
    if after.head == verb and (after.dep_ == "prt" or _is_manner_adverb(after, cues)):
        return after.i
    if after.head == verb and after.dep_ == "prep" and after.lower_ == "in":
        medium = next((c for c in after.children if c.dep_ == "pobj"), None)
        if medium is not None and cues.word("medium", medium.lemma_):
            return medium.i  # not what hangs on it: "a statement that ..." is content
    return None


def _is_manner_adverb(token: Token, cues: CueLexicon) -> bool:
    """Tell an adverb that modifies the saying: not one that links clauses ("however"),
    stands for what was said ("said so") or asks ("did not say why"), nor a name the tagger
    took for an adverb."""
    return (
        token.dep_ == "advmod"
        and token.tag_ in ADVERB_TAGS
        and token.text.islower()
        and token.lower_ not in LINKING_ADVERBS
        and cues.word("pro-form", token.lower_) is None
    )


def object_content(verb: Token, cue: Cue) -> tuple[int, int] | None:
    """Return token bounds of what an object-taking cue reports: its object, infinitive or both.

    A naming cue ("called him a liar") reports only when it gives a predicate; "called the
    police" reports nothing.
    """
    # "described the vote as a turning point", "blamed X for Y", "accused X of Y": the phrase
    # that says what the object is taken for is part of what is reported.
    parts = [
        c for c in verb.rights
        if c.dep_ in OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS)
    ]
    if not parts or (cue.kind == "verb-naming" and not any(_is_predicate(c) for c in parts)):
        return None
    return parts[0].left_edge.i, _clause_end(verb, parts[-1])


def passive_subject(verb: Token, speaker: Token | None) -> tuple[Token, Token] | None:
    """Return the subject and the agent's "by" of a passive cue whose agent is the speaker
    ("the plan was endorsed by the union"), or None: the subject is what the agent holds."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if agent is None or subject is None or speaker is None or speaker.head != agent:
        return None
    return subject, agent


def pro_form(verb: Token, cues: CueLexicon) -> Token | None:
    """Return the word after a cue verb that stands for what was said ("said so", "said as
    much", "said no"), or None."""
    for child in verb.rights:
        if child.dep_ in ("advmod", "intj", "dobj") and cues.word("pro-form", child.lower_):
            # "said much about the debate" is about something, and "liked it so much" is a
            # degree: neither stands in for what was said
            about = any(c.dep_ == "prep" for c in child.rights)
            degree = any(c.lower_ != "as" for c in child.lefts)
            return None if about or degree else child
    return None


def question_word(verb: Token) -> Token | None:
    """Return a bare question word that closes a cue verb's phrase ("did not say why", "would
    not say how much"): it stands for what was (not) told, as PolNeAR marks it. None when a
    clause follows it ("said why he left" is the clause's)."""
    rights = [c for c in verb.rights if not (c.is_punct or c.is_space)]
    if not rights or rights[-1].tag_ not in QUESTION_TAGS:
        return None
    word = rights[-1]
    if word.dep_ not in ("advmod", "dobj") or any(c.i > word.i for c in word.children):
        return None
    return word


def _is_predicate(part: Token) -> bool:
    """Tell the label a naming cue gives ("called it a farce", "sees him as a threat"), also
    where the parser puts it into the object: quoted ("called the plan “a priority” for
    families"), hung on the object ("see voters | as a burden") or as a second object
    ("deemed the deal | a fair trade")."""
    if part.dep_ == "dobj":
        return (
            any(t.is_quote and t.i > part.i for t in part.subtree)
            or _quoted_after_name(part)
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in part.rights)
            or any(c.dep_ == "dobj" and c.i < part.i for c in part.head.children)
        )
    return part.dep_ == "oprd" or (part.dep_ == "prep" and part.lower_ == "as")


def _quoted_after_name(part: Token) -> bool:
    """Tell an object the parser made of a name and the quoted label after it ("called Ann
    “the best mayor we ever had”", with "Ann" a modifier of "mayor"): a quote opens after a
    name or pronoun, and before it stand only the words of a noun phrase. A quote after a mere
    determiner ("the “so-called” reform") is a phrase's own, and a possessive's apostrophe
    ("the voters’ anger") opens none."""
    doc = part.doc
    words = doc[part.left_edge.i : part.right_edge.i + 1]
    opening = next((t for t in words[1:] if t.is_quote and not is_possessive_mark(t)), None)
    if opening is None:
        return False
    before = doc[words.start : opening.i]
    return any(t.pos_ in NAMING_POS for t in before) and all(t.pos_ in LABELLED_POS for t in before)


def _clause_end(verb: Token, last: Token) -> int:
    """Return the last token of what an object cue reports: its last part and the adjuncts
    that follow it without a comma ("blamed X directly for Y of Z"), short of a conjunct and
    of an adjunct that sets the scene of the saying ("called it a farce on Monday")."""
    end = _before_aside(last, _before_escaped_conjunct(last))
    for child in verb.rights:
        if child.i <= end or child.dep_ in ("conj", "cc", "punct"):
            continue
        if verb.doc[child.left_edge.i - 1].is_punct or _sets_scene(child):
            break
        end = child.right_edge.i
    return end


def _before_escaped_conjunct(part: Token) -> int:
    """Return the last token of an object short of a verb the parser conjoined to a relative
    clause inside it ("condemned the plan that Y passed | and urged Z to ..."): that verb is
    the speaker's next act, not part of the object."""
    doc, end = part.doc, part.right_edge.i
    escaped = [t for t in part.subtree if is_escaped_conjunct(t)]
    if escaped:
        end = escaped[0].left_edge.i - 1
        while end > part.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
            end -= 1
    return end


def _before_aside(part: Token, end: int) -> int:
    """Return the last token of an object short of a trailing aside set off by a comma
    ("backed the budget, drafted by ..."): the writer describes the object there, the speaker
    does not, and PolNeAR train leaves it out of the content."""
    doc = part.doc
    for token in doc[part.left_edge.i : end + 1]:
        if token.dep_ in ASIDE_DEPS and token.head.pos_ in ("NOUN", "PROPN"):
            comma = token.left_edge.i - 1
            if comma > part.left_edge.i and doc[comma].text == "," and token.right_edge.i >= end:
                return comma - 1
    return end


def _sets_scene(adjunct: Token) -> bool:
    """Tell an adjunct that says when or where a cue was said, not what: a clause ("when he
    spoke in Ohio"), a bare noun phrase ("Monday") or a phrase naming a time or place ("at a
    rally in Ohio"). PolNeAR leaves them out of the content."""
    if adjunct.dep_ in SCENE_DEPS:
        return True
    return adjunct.dep_ == "prep" and any(t.ent_type_ in SCENE_ENTITIES for t in adjunct.subtree)


def prep_cue(verb: Token, cues: CueLexicon) -> tuple[Cue, Token] | None:
    """Return the verb-prep cue a verb heads ("called for") with its preposition, or None.

    The preposition may also be parsed as the marker of a clause the verb governs ("called
    for the minister to resign").
    """
    lemma = cues.lemma(verb.lemma_, verb.text)
    if not cues.opens_pair("verb-prep", lemma):
        return None
    for word in verb.doc[verb.i + 1 : verb.i + 3]:
        governed = word.head == verb and word.dep_ in PREP_DEPS
        marking = word.dep_ == "mark" and word.head.head == verb and word.head.i > word.i
        if governed or marking:
            cue = cues.word("verb-prep", f"{lemma} {word.lower_}")
            if cue is not None:
                return cue, word
    return None


def light_pair_cue(verb: Token, lemma: str, cues: CueLexicon) -> Cue | None:
    """Return the verb-noun cue of a light verb and its object ("raised concerns"), or None."""
    if not cues.opens_pair("verb-noun", lemma):
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return None if noun is None else cues.word("verb-noun", f"{lemma} {noun.lemma_.lower()}")


def light_object(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """Return the last cue token and the content bounds of a light verb's object noun with a
    complement ("expressed concern that ...", "voiced doubts about the plan"), or None."""
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp") and is_clause(child):
            return noun, (child.left_edge.i, child.right_edge.i)
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if child.dep_ == "prep" and child.i == noun.i + 1 and objects:
            return child, (objects[0].left_edge.i, objects[-1].right_edge.i)
    return None


def noun_prep_cue(noun: Token, cues: CueLexicon) -> tuple[Cue, Token] | None:
    """Return the noun-prep cue a noun heads ("support for") with its preposition, or None."""
    if not cues.opens_pair("noun-prep", noun.lemma_):
        return None
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or following.dep_ != "prep":
        return None
    # The parser often hangs the preposition on the verb that takes the noun ("renewed its
    # calls for a recount"); right after the noun it still belongs to it.
    if following.head != noun and not (noun.dep_ == "dobj" and following.head == noun.head):
        return None
    cue = cues.word("noun-prep", f"{noun.lemma_.lower()} {following.lower_}")
    return (cue, following) if cue is not None else None


def prep_content(verb: Token, prep: Token) -> tuple[int, int] | None:
    """Return token bounds of what follows a verb-prep cue: the preposition's object or, after
    a particle ("pointed out"), the verb's own object or clause, with an infinitive that
    completes it ("called on members to strike")."""
    if prep.dep_ == "mark":
        return prep.i + 1, prep.head.right_edge.i
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if prep.dep_ != "prep" or objects:
        objects += [c for c in verb.rights if c.dep_ in OBJECT_DEPS and c.i > prep.i]
    if not objects:
        return None
    return min(c.left_edge.i for c in objects), max(c.right_edge.i for c in objects)


def medium_clause(verb: Token, cues: CueLexicon) -> Token | None:
    """Return the content clause the parser hung on a medium ("said in a statement that ...")."""
    for prep in verb.rights:
        for medium in prep.children:
            if prep.lower_ == "in" and medium.dep_ == "pobj" and cues.medium(medium.lemma_):
                return next((c for c in medium.rights if c.dep_ in ("acl", "ccomp")), None)
    return None


def issuing_verb(verb: Token, cues: CueLexicon) -> Token | None:
    """Return the verb that puts out the medium a cue participle hangs on ("issued | a
    statement saying ...", "put out a release saying ..."), or None: its subject speaks, and the
    cue runs from it, as PolNeAR train marks it."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl") or verb.head.i > verb.i:
        return None
    # the parser hangs the participle on the medium or, past a day ("released a statement
    # Friday saying"), on the verb
    medium = verb.head
    if verb.dep_ == "advcl":
        medium = next((c for c in verb.head.rights if c.dep_ == "dobj" and c.i < verb.i), medium)
    if medium.dep_ != "dobj" or cues.medium(medium.lemma_) is None:
        return None
    # "read a letter from a farmer saying ...": a medium that names its author speaks for it
    if any(c.dep_ == "prep" and c.i < verb.i for c in medium.rights):
        return None
    return medium.head if medium.head.pos_ == "VERB" else None


def is_medium_of_cue(noun: Token, cues: CueLexicon) -> bool:
    """Tell a medium noun that belongs to a cue verb ("said in a statement") from a cue noun."""
    if noun.dep_ != "pobj":
        return False
    verb = noun.head.head
    return (
        cues.medium(noun.lemma_) is not None
        and verb.pos_ == "VERB"
        and cues.verb(verb.lemma_) is not None
    )


def is_attributive_participle(verb: Token) -> bool:
    """Tell a past participle the parser took for a verb that modifies the noun after it, as an
    adjective does ("won 40 pledged delegates", "the state's pledged delegates"): it stands
    between a word that opens a noun phrase and that noun, with no subject or auxiliary."""
    doc = verb.doc
    if verb.tag_ not in PAST_FORMS or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    if any(child.dep_ in OWN_CLAUSE_DEPS for child in verb.children):
        return False
    return doc[verb.i - 1].tag_ in NOUN_OPENING_TAGS and doc[verb.i + 1].pos_ == "NOUN"


def is_clause(head: Token) -> bool:
    """Tell a content clause from a stray one-word complement the parser left behind."""
    words = head.doc[head.left_edge.i : head.right_edge.i + 1]
    if len(words) < 2 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return not is_nonfinite(head)


def is_nonfinite(head: Token) -> bool:
    """Tell a subjectless gerund or infinitive ("continued screening", "went on to win"): verbs
    of saying report finite clauses, so such a complement is an action, not what was said."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in head.children):
        return False
    return head.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def is_addressed(verb: Token, cues: CueLexicon) -> bool:
    """Tell a cue whose subject is who was asked or told, not who spoke: a passive with no
    agent ("X was asked whether ...") or a bare participle ("Asked about Y, X said ...",
    "when told of the ruling, ..."): whoever asked or told goes unnamed."""
    if not cues.addresses(verb):
        return False
    deps = {child.dep_ for child in verb.children}
    if "agent" in deps:
        return False
    if "nsubjpass" in deps or "auxpass" in deps:
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not deps & ADDRESSED_NOT
