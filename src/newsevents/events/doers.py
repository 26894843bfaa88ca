"""Who does an act: the doer of a verb read from the dependency parse, through the passive,
relative clauses, control and raising, participles and gerunds, and pronouns read back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.annotate import table_of

if TYPE_CHECKING:
    from newsevents.events.arguments import MentionIndex
    from newsevents.events.patterns import PatternSet

RELATIVE = {"which", "who", "whom", "that", "whose"}
# Pronouns the events stage reads back to the subject of the clause above when the actors stage
# gave them no actor, with whether they stand for a plural: "it" for a state or body, "they",
# and their possessives, which name the doer of a noun's act ("X went ahead with its plan to").
LOOSE_PRONOUNS = {"it": False, "they": True, "its": False, "their": True}
SUBJECT_DEPS = ("nsubj", "csubj")
SUBJECT_NOUN_DEPS = ("nsubj", "nsubjpass")
# object pronouns that may point back at the subject of the clause before ("accusing it of")
BACK_PRONOUNS = ("it", "them", "him", "her")
# What the parser calls an actor word left of a verb with no subject (it is the subject): "USAID
# provided shelter" read with "USAID" an adverb, "X however have opposed" with an auxiliary.
STRAY_DEPS = ("aux", "dep", "npadvmod", "nmod", "advmod")
# Prepositions whose gerund the verb's object does (object control): "accused X of attacking".
CONTROL_PREPS = ("of", "from", "for", "with")
CONTROLLER_RANK = 3.0  # the object names the actor itself or by a modifier ("the Iranian navy")


def resolve_relative(token: Token) -> Token:
    """Return the noun a relative pronoun stands for ("the group which attacked" -> group)."""
    if token.lower_ in RELATIVE and token.tag_ in ("WDT", "WP", "WP$", "IN", "DT"):
        for ancestor in token.ancestors:
            if ancestor.dep_ in ("relcl", "acl"):
                return ancestor.head
    return token


def is_passive(verb: Token) -> bool:
    """Return True when a verb is in the passive voice."""
    return bool(table_of(verb.doc).children_with(verb.i, ("nsubjpass", "csubjpass", "auxpass")))


def shares_passive(verb: Token) -> bool:
    """Tell whether a participle is passive through the verb it is coordinated with or
    completes: in "were arrested and beaten by police" the "were" of "arrested" serves "beaten"
    too, and in "was found murdered" the one found is the one murdered."""
    own = ("aux", "auxpass", *SUBJECT_DEPS)
    return (verb.dep_ in ("conj", "xcomp", "oprd") and is_participle(verb) and is_passive(verb.head)
            and not any(c.dep_ in own for c in verb.children))


def in_passive(verb: Token) -> bool:
    """Tell whether a verb is passive, itself or through the passive it is coordinated with or
    completes (`shares_passive`)."""
    return is_passive(verb) or shares_passive(verb)


# What a verb with an object of its own has: it is active ("was freed and thanked the army").
OWN_OBJECT_DEPS = ("dobj", "dative", "ccomp", "xcomp")


def is_participle(verb: Token) -> bool:
    """Tell whether a verb is a past participle, or a past tense the tagger read for one: in
    "was captured in X and extradited to Y", "extradited" has no object of its own."""
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and not any(c.dep_ in OWN_OBJECT_DEPS for c in verb.children)


def passive_subjects(verb: Token) -> list[Token]:
    """Return whom a passive verb is done to: its own subject (which the parser may hang on the
    auxiliary), or the subject of the passive verb it is coordinated with or completes ("two
    activists were arrested and beaten", "was found murdered")."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "300 people were on Monday killed"
    own = own or [c for aux in verb.children if aux.dep_ == "auxpass"
                  for c in aux.children if c.dep_ == "nsubj"]
    return own or (passive_subjects(verb.head) if shares_passive(verb) else [])


def shared_agent(verb: Token) -> Token | None:
    """Return the "by" phrase of a passive verb, or of a passive verb coordinated with it: in
    "were arrested and beaten by police" the police did both."""
    chain = [verb] + [c for c in verb.conjuncts if in_passive(c)]
    return next((agent for c in chain if (agent := agent_of(c)) is not None), None)


def agent_of(verb: Token) -> Token | None:
    """Return the object of a passive verb's "by" phrase, or of its "at the hands of" phrase
    ("were killed at the hands of the militia")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return hands_of(verb)


def hands_of(word: Token) -> Token | None:
    """Return X of a word's "at the hands of X" phrase, which names the doer as "by" does:
    "murders at the hands of the gang", "died at the hands of police"."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            hands = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_ == "hand"),
                         None)
            if hands is not None:
                return _object_of(hands, "of")
    return None


def _object_of(word: Token, preposition: str) -> Token | None:
    # the object of a word's first phrase with that preposition
    prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def is_reduced_passive(verb: Token) -> bool:
    """Tell whether a participle modifies the noun it was done to ("sailors detained in X").

    A noun the parser made the root of its sentence lost its own verb to it instead ("The
    air force carried out strikes" read as a force "carried out"): that verb is active.
    """
    governor = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and governor.dep_ != "ROOT"
            and governor.pos_ in ("NOUN", "PROPN"))


def subject_of(verb: Token, patterns: PatternSet, depth: int = 0) -> Token | None:
    """Return the doer of a verb: its subject, agent, or one inherited up an xcomp/conj chain
    (`patterns` gives the nouns of aim: "in a bid to retake" is the clause's aim)."""
    if is_reduced_passive(verb):
        return agent_of(verb)  # "a journalist arrested by X": X, never the journalist
    if in_passive(verb):
        agent = shared_agent(verb)
        if agent is not None or depth == 0:
            return agent
        # Raising: in "India is set to host", India is the one who hosts.
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # The parser sometimes hangs the subject on an auxiliary ("X however have opposed").
    doc, table = verb.doc, table_of(verb.doc)  # Tokens built for the children that pass only
    helpers = [doc[c] for c in table.children_with(verb.i, ("aux",)) if doc[c].pos_ == "AUX"]
    subjects = [doc[c] for w in (verb, *helpers) for c in table.children_with(w.i, SUBJECT_DEPS)]
    if subjects:
        # A mis-split sentence can give a verb two subjects; the nearer one is the real one.
        return resolve_relative(min(subjects, key=lambda c: abs(c.i - verb.i)))
    return inherited_subject(verb, patterns, depth) if depth <= 4 else None


def inherited_subject(verb: Token, patterns: PatternSet, depth: int) -> Token | None:
    """Return the doer of a verb with no subject of its own, read from the words it hangs on."""
    governor = verb.head
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and governor.dep_ == "ROOT"):
        # A noun the parser made the root of a sentence is the subject of the verb it missed:
        # "A delegation of X called on Y" read as a delegation "called on Y".
        return governor
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and governor.dep_ in SUBJECT_NOUN_DEPS:
        # "Protesters demanding reforms clashed with police": the protesters demand.
        return governor
    if verb.dep_ == "xcomp":
        # Object control: "urged Russia to withdraw", "called on Russia to withdraw" (a verb
        # modality.csv reads with its preposition) -> Russia withdraws.
        objects = [c for c in governor.children if c.dep_ in ("dobj", "dative")]
        objects = objects or asked_through(governor, patterns)
        return objects[0] if objects else subject_of(governor, patterns, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX", "ADJ"):
        # "guilty of violating", "after attacking": the gerund's doer is the clause's subject,
        # unless it has one of its own ("despite IS claiming", however the parser labels it).
        if not any(verb.lefts):
            return subject_of(verb.head.head, patterns, depth + 1)
    if verb.dep_ == "acomp":
        # "Italy is ready to help": the adjective's subject is the copula's.
        return subject_of(governor, patterns, depth + 1)
    if verb.dep_ == "conj" and (governor.pos_ in ("VERB", "AUX") or has_subject(governor)):
        # A first verb mistagged a noun still has its subject: "X rejects and condemns Y".
        return subject_of(governor, patterns, depth + 1)
    aim = governor.lemma_.lower() in patterns.aim_nouns
    if verb.dep_ == "acl" and aim and governor.dep_ == "pobj":
        # "X shelled the city in a bid to retake it": the aim is the clause's, X retakes.
        clause = next((w for w in governor.ancestors if w.pos_ in ("VERB", "AUX")), None)
        return subject_of(clause, patterns, depth + 1) if clause is not None else None
    if turned_on(verb) is not None:  # "X said Y had shelled it, accusing it of ...": X accuses
        return subject_of(governor.head, patterns, depth + 1)
    if verb.dep_ in ("advcl", "acl") and (verb.tag_ == "VBG" or is_infinitive(verb)):
        # "sent experts to investigate", "accepted an invitation to meet": a purpose or a
        # noun's infinitive shares the doer of the clause it hangs on.
        if governor.pos_ in ("NOUN", "PROPN") and governor.dep_ == "dobj":
            # "issued a statement urging X": the one who issued the statement urges; "gave X an
            # ultimatum to leave", "gave X weapons to defend itself": the one given it does.
            given = [c for c in governor.head.children if c.dep_ == "dative"]
            return given[0] if given else subject_of(governor.head, patterns, depth + 1)
        owner = [c for c in governor.children if c.dep_ == "poss"]
        if verb.dep_ == "acl" and owner:
            return owner[0]  # "X's decision to expel": X expels
        if verb.lemma_.lower() in patterns.casualties and in_passive(governor):
            # "a truck was blown up, killing four": the harm is the blast's, done by whoever
            # the passive names as its agent, never by the thing blown up
            return shared_agent(governor)
        # "..., killing 12 people": the participle shares the main clause's subject.
        return subject_of(governor, patterns, depth + 1)
    return None


def turned_on(verb: Token) -> Token | None:
    """Return the subject of the content clause an -ing adjunct hangs on when the adjunct's
    object pronoun points back at it: in "X said Y had shelled the town, accusing it of
    targeting civilians" X accuses Y, as no one accuses itself; the parser hangs the adjunct
    inside the content clause."""
    governor = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or governor.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in BACK_PRONOUNS for c in verb.children):
        return None
    return next((c for c in governor.children if c.dep_ in SUBJECT_NOUN_DEPS), None)


def asked_through(verb: Token, patterns: PatternSet) -> list[Token]:
    """Return the one a verb of asking names after its preposition ("called on X", "appealed
    to X", "pleaded with X"; modality.csv governor rows with a preposition)."""
    lemma = verb.lemma_.lower()
    return [pobj for prep in verb.children
            if prep.dep_ == "prep" and ("governor", f"{lemma} {prep.lower_}") in patterns.modality
            for pobj in prep.children if pobj.dep_ == "pobj"]


def has_subject(word: Token) -> bool:
    """Tell whether a word has an active subject of its own."""
    return any(c.dep_ in SUBJECT_DEPS for c in word.children)


def doer(verb: Token, patterns: PatternSet, index: MentionIndex) -> Token | None:
    """Return the word naming who does a verb's act, an unresolved "it"/"they" read back."""
    subject = (gerund_holder(verb, index) or subject_of(verb, patterns)
               or stray_subject(verb, index))
    return antecedent(subject, patterns, index) if subject is not None else None


def gerund_holder(verb: Token, index: MentionIndex) -> Token | None:
    """Return the object that does a gerund after its verb's preposition, if it names an actor.

    Object control: "accused X of attacking", "barred X from entering", "thanked X for
    helping", "charged X with kidnapping", "X was accused of shelling": X does the gerund.
    """
    prep, governor = verb.head, verb.head.head
    if verb.dep_ != "pcomp" or prep.lower_ not in CONTROL_PREPS or any(verb.lefts):
        return None
    if governor.pos_ != "VERB":
        return None
    objects = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
    found = next((o for o in objects if index.best(o, limit=CONTROLLER_RANK) is not None), None)
    return found or turned_on(governor)  # "..., accusing it of targeting": the one "it" is


def antecedent(pronoun: Token, patterns: PatternSet, index: MentionIndex) -> Token:
    """Return the doer of the clause an unresolved "it" or "they" is embedded in, else itself.

    The actors stage reads "it" as no one and leaves a "they" it cannot place; inside a clause
    that a verb governs, either is most often that verb's own subject: "Denmark said it would
    send aid", "the diplomat it arrested", "officials denied a report they had lifted the ban".
    """
    wanted = LOOSE_PRONOUNS.get(pronoun.lower_)
    if wanted is None or index.at(pronoun) is not None:
        return pronoun
    for governor in pronoun.head.ancestors:
        subject = subject_of(governor, patterns) if governor.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.i == pronoun.i:
            continue
        mention = index.best(subject)
        plural = subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts)
        if mention is not None and mention.actor.kind != "person" and plural == wanted:
            return subject
        return pronoun  # only the nearest clause's subject is a safe antecedent
    return pronoun


def is_infinitive(verb: Token) -> bool:
    """Return True for a "to" infinitive ("to investigate")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def stray_subject(verb: Token, index: MentionIndex) -> Token | None:
    """Return an actor word left of a subjectless verb that the parser mislabelled (aux, dep)."""
    for child in verb.lefts:
        if child.dep_ in STRAY_DEPS and index.at(child) is not None:
            return child
    return None
