"""Who did it and to whom: source and target of a predicate read from the dependency parse.

Arguments are found as head tokens first (subject, agent, object, prepositional object), then
mapped to actor mentions inside each head's subtree; `spans` gives the text an argument covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.annotate import span_of
from newsevents.dictionaries import actor_id
from newsevents.events.doers import (
    RELATIVE,
    SUBJECT_DEPS,
    is_infinitive,
    is_passive,
)
from newsevents.events.matching import verb_keys
from newsevents.events.patterns import PatternSet
from newsevents.records import Actor, Mention

MODIFIER_RANK = {"appos": 1, "compound": 2, "poss": 2, "nmod": 2, "amod": 3}
LISTED_RANK = 3.0  # a listed item names its actor itself or by a modifier ("the Niger army")
# Actors that one of their kind in apposition cannot rename: "Chad, Niger" is a list.
LIST_KINDS = ("state", "igo")
# Prepositions that introduce the other side of an act when no pattern names one: "sent troops
# to X", "closed its border with X", "lifted sanctions on X", "withdrew forces from X".
PARTICIPANT_PREPS = (
    "to", "with", "against", "on", "toward", "towards", "from", "into", "at", "in", "between"
)
# On an object, "with" names the object's own partner ("violated the truce with X"), not whom
# the act is done to.
OBJECT_PREPS = tuple(p for p in PARTICIPANT_PREPS if p != "with")
# Nouns that, after "at/on/upon", name who set an act off rather than whom it touches.
INSTIGATION = frozenset(
    ("request", "invitation", "behest", "urging", "initiative", "insistence", "suggestion",
     "order", "orders", "instruction", "instructions", "direction", "command")
)
INSTIGATION_PREPS = ("at", "on", "upon")
DEFYING_PREPS = ("despite", "under")  # a refusal "despite calls from X", "under pressure from X"
# On a noun of INSTIGATION, the prepositions that tell what was asked or of whom ("a request to
# X for talks with Y", "orders on the border"); any other names who asked: "of", "from", "by",
# and a slip such as "at the request at X".
ASKED_PREPS = ("to", "for", "with", "about", "on", "against", "into", "toward", "towards", "in")
OBJECT_DEPS = ("dobj", "dative")
# A thing the doer holds ("its troops", "their embassy", "its blockade") is not whom the act is
# done to: the other side is named by the phrase that goes with it ("withdrew its troops from X",
# "closed its border with X", "recalled its ambassador from X", "lifted its blockade of X").
OWNER_PRONOUNS = frozenset(("its", "their", "our"))
OWNED_PREPS = ("from", "with", "to", "of", "on", "against", "for", "into", "toward", "towards")
GOAL_PREPS = ("to", "into")
# The preposition of a role its doer holds: "resigned as president of X" (`role_holders`).
ROLE_PREP = "as"
# Modifiers through which a noun names whose it is ("British troops", "the UN's peacekeepers").
OWNER_DEPS = ("compound", "amod", "nmod", "poss")
CLAUSE_DEPS = ("relcl", "advcl", "ccomp", "xcomp")
# Entity labels of the words that can give a phrase its country ("Kenyan", "Kenya", "the Kenyan
# army"), as the actor entity ruler and the statistical NER label them.
NAMING_LABELS = ("NORP", "GPE", "LOC", "ORG", "PERSON")


def is_town_people(mention: Mention) -> bool:
    """Tell whether a mention is a town standing for its people (the actors stage reads a
    struck town so): before an event noun it says where the act fell ("the Benghazi attack",
    "the Mosul bombing"), not who did it. A capital there still reads as its state."""
    return mention.actor.kind == "agent" and mention.actor.basis == "gazetteer"


class MentionIndex:
    """Mentions looked up by token index (built per document, never shared)."""

    def __init__(self, mentions: Iterable[Mention], possessors: dict[int, Mention] | None = None):
        # a possessive pronoun ("his attacks") stands only for the doer of its noun's act
        self.possessors = possessors or {}
        self.by_token: dict[int, Mention] = {}
        # "the two ministers" is one span standing for several actors, one mention each.
        self.by_span: dict[tuple[int, int], list[Mention]] = {}
        self.ordered = sorted(mentions, key=lambda m: m.start)
        for mention in self.ordered:
            self.by_span.setdefault((mention.start, mention.end), []).append(mention)
            for index in range(mention.start, mention.end):
                self.by_token.setdefault(index, mention)

    def without(self, tokens: set[int]) -> MentionIndex:
        """Return the index without the mentions covering some tokens (itself if none do).

        The new index is this one's look-ups copied with the dropped mentions' entries mended,
        not built anew: a noun or verb inside a mention drops it thousands of times a batch, and
        walking every mention's words again each time cost 7% of the stages after spaCy.
        """
        if not any(i in self.by_token for i in tokens):
            return self
        first, last = min(tokens), max(tokens)
        dropped = {id(m): m for m in self.ordered if m.start <= last and m.end > first
                   and any(m.start <= i < m.end for i in tokens)}
        index = MentionIndex((), self.possessors)
        index.ordered = [m for m in self.ordered if id(m) not in dropped]
        index.by_span = dict(self.by_span)
        for span in {(m.start, m.end) for m in dropped.values()}:
            if kept := [m for m in index.by_span.pop(span) if id(m) not in dropped]:
                index.by_span[span] = kept
        index.by_token = dict(self.by_token)
        emptied = {i for m in dropped.values() for i in range(m.start, m.end)
                   if id(index.by_token.get(i)) in dropped}
        for i in emptied:
            del index.by_token[i]
        # each emptied word falls to the first kept mention covering it, as `__init__` gives it
        low, high = min(emptied), max(emptied)
        for mention in index.ordered:
            if mention.start > high:
                break  # `ordered` runs by start: no later mention reaches back to the words
            if mention.end > low:
                for i in emptied.intersection(range(mention.start, mention.end)):
                    index.by_token.setdefault(i, mention)
        return index

    def possessor(self, noun: Token) -> list[Mention]:
        """Return the actor a possessive pronoun before a noun stands for ("his visit")."""
        return [self.possessors[c.i] for c in noun.lefts if c.i in self.possessors][:1]

    def at(self, token: Token) -> Mention | None:
        """Return the mention covering a token, if any."""
        return self.by_token.get(token.i)

    def best(self, head: Token, limit: float = 99.0) -> Mention | None:
        """Return the mention that best stands for a phrase: its head's, a modifier's, nearest."""
        scored: list[tuple[float, int, Mention]] = []
        stack = [(head, 0)]
        while stack:
            token, depth = stack.pop()
            mention = self.at(token)
            if mention is not None:
                if token.i == head.i:
                    rank = 0.0
                elif depth == 1 and token.dep_ in MODIFIER_RANK:
                    rank = MODIFIER_RANK[token.dep_]
                else:
                    rank = 4.0 + depth
                if all(head.doc[i].pos_ == "PRON" for i in range(mention.start, mention.end)):
                    rank += 10.0  # an unresolved "his" is a weak stand-in for a named actor
                scored.append((rank, abs(token.i - head.i), mention))
            for child in token.children:
                # Conjuncts of the head are separate actors, collected by `mentions_for`.
                if not (depth == 0 and child.dep_ in ("conj", "cc")) and not is_clause(child):
                    stack.append((child, depth + 1))
        scored = [item for item in scored if item[0] <= limit]
        return min(scored, key=lambda item: item[:2])[2] if scored else None

    def nearest(self, head: Token, limit: float) -> list[Mention]:
        """Return the mention that best stands for a phrase and for each of its conjuncts:
        "will not release the soldiers and policemen" is done to both."""
        found: list[Mention] = []
        for part in (head, *head.conjuncts):
            mention = self.best(part, limit)
            if mention is not None and mention not in found:
                found.append(mention)
        return found

    def mentions_for(self, heads: Iterable[Token]) -> list[Mention]:
        """Return one mention per head and per conjunct of it, without repeats."""
        found: list[Mention] = []
        for head in heads:
            for part in (head, *head.conjuncts):
                mention = self.best(part)
                if mention is None:
                    continue
                for each in self.listed(mention, part):
                    if each not in found:
                        found.append(each)
        return found

    def listed(self, mention: Mention, head: Token) -> list[Mention]:
        """Return a mention with the actors listed alongside it in its phrase.

        "The leaders of Chad and Niger", "three states, Chad, Niger and Mali": an actor found
        inside a phrase brings its conjuncts. Two states in apposition ("Chad, Niger
        condemned") are a list the parser misread, not one actor renamed ("the leader, X").
        """
        root = span_of(head.doc, mention.start, mention.end).root
        items = list(root.conjuncts) if root.i != head.i else []
        items += [c for c in root.children if c.dep_ == "appos" and self.is_item(mention, c)]
        items += [c for item in items if item.dep_ == "appos" for c in item.conjuncts]
        before = [c for c in fronted_items(head) if self.is_item(mention, c)]
        found = list(self.by_span[(mention.start, mention.end)])
        for item in [*before, *items]:
            other = self.best(item, limit=LISTED_RANK)
            if other is not None:
                found += [m for m in self.by_span[(other.start, other.end)] if m not in found]
        return sorted(found, key=lambda m: m.start) if before else found

    def is_item(self, mention: Mention, appos: Token) -> bool:
        """Tell whether an apposition names another actor of a list ("Chad, Niger")."""
        other = self.best(appos, limit=LISTED_RANK)
        if other is None or other.actor.name == mention.actor.name:
            return False
        return other.actor.kind == mention.actor.kind and other.actor.kind in LIST_KINDS


def fronted_items(subject: Token) -> list[Token]:
    """Return the names a headline lists before its subject with a comma ("Turkey, Syria agree
    to restore ties"), which the parser hangs on the verb as adverbial nouns."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    doc = subject.doc
    return [c for c in subject.head.lefts if c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN"
            and c.right_edge.i + 2 == subject.left_edge.i and doc[c.right_edge.i + 1].text == ","]


def is_clause(token: Token) -> bool:
    """Tell whether a dependent is a clause of its own, whose actors are not its head's."""
    # "the pipeline, which runs from X to the coast": X is the clause's, not the phrase's.
    return token.dep_ in CLAUSE_DEPS


def object_gap(verb: Token) -> list[Token]:
    """Return the noun a relative clause with a subject of its own leaves as its verb's object.

    In "the diplomat it arrested" the diplomat is the one arrested; in "the group which
    attacked" the relative is the subject and the group the doer, not the object.
    """
    if verb.dep_ != "relcl" or is_passive(verb) or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    deps = {child.dep_ for child in verb.children}
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if "dobj" in deps or not subjects or any(c.lower_ in RELATIVE for c in subjects):
        return []
    return [verb.head]


def conjunct_objects(verb: Token) -> list[Token]:
    """Return the objects of the verb joined right after a verb that has none of its own.

    In "shot and killed a police officer" or "stormed and looted the town" both acts are done
    to the one object, which the parser hangs on the second verb only. A second verb with a
    subject of its own ("fired, and the crowd fled") is a clause of its own, and anything said
    between the two ("shot him and killed", "fired at the car and killed") keeps them apart.
    """
    if is_passive(verb) or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return []
    partner = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if partner is None or any(c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for c in partner.children):
        return []
    if any(verb.i < c.i < partner.i and c.dep_ not in ("cc", "punct", "advmod")
           for c in verb.children):
        return []
    return [c for c in partner.children if c.dep_ in OBJECT_DEPS]


def complements(verb: Token, depth: int = 2) -> list[Token]:
    """Return a verb and the verbs completing it: "threatened to shell", "considering sending"."""
    found = [verb]
    for child in verb.children:
        if depth and child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            found += complements(child, depth - 1)
    return found


def participant_heads(verb: Token, patterns: PatternSet, depth: int = 1) -> list[Token]:
    """Return the words that may name the other side of an act, nearest the act first.

    Used when no pattern slot named a target: the goal of a sending ("offered to send troops to
    X"), the objects of the verb and of the verbs that complete it ("threatened to shell X"),
    then prepositional phrases on those objects ("lifted the ban on X"), then on the verbs
    themselves ("sent troops to X").
    """
    owners = complements(verb)
    # "agreed to set up a centre for refugees in X": what is made, and where, is no side
    made = [owner for owner in owners if is_making(owner, patterns)]
    # "offered to send troops to X": what a sending reaches comes before what it sends.
    goals = [goal for owner in owners for goal in goal_heads(owner, patterns)]
    objects = [c for owner in owners if owner not in made
               for c in owner.children if c.dep_ in OBJECT_DEPS]
    objects += [c for owner in owners if owner not in made for c in small_clause_objects(owner)]
    heads = [pobj for holder in objects for pobj in participant_objects(holder, OBJECT_PREPS)]
    # "mobilized troops for a war against X", "called for sanctions against X": the act a
    # preparation or an appeal is for is aimed at X
    aims = [aim for word in owners + objects for aim in participant_objects(word, ("for",))]
    heads += [pobj for aim in aims for pobj in participant_objects(aim, ("against",))]
    for owner in owners:
        # "violated the truce with X": a "with" right after an object is the object's, however
        # the parser attaches it.
        has_object = any(c.dep_ in OBJECT_DEPS for c in owner.children)
        preps = OBJECT_PREPS if has_object else PARTICIPANT_PREPS
        heads += participant_objects(owner, ("with",) if owner in made else preps)
    if depth:
        # "gave funds to help X", "sent ventilators to assist X": the one a purpose serves.
        purposes = [
            c
            for w in owners + objects
            for c in w.children
            if c.dep_ in ("advcl", "acl", "relcl") and is_infinitive(c)
        ]
        heads += [
            h for purpose in purposes for h in participant_heads(purpose, patterns, depth - 1)
        ]
    return goals + objects + heads


def is_making(verb: Token, patterns: PatternSet) -> bool:
    """Tell whether a verb brings its object into being ("set up a centre", "build a dam";
    making_verbs.csv)."""
    return not verb_keys(verb).isdisjoint(patterns.making_verbs)


def small_clause_objects(verb: Token) -> list[Token]:
    """Return the one an adjective or a bare infinitive completing a verb tells of, where the
    parser made it a clause of its own and hung that one on it as its subject or object ("let
    free two sailors", "set Maher free", "found him guilty", "help Nepal recover", "killed
    40 rebels hiding inside"): the verb's object all the same. A clause with a tense or a
    "that" of its own ("said Nepal would recover") says something about its subject instead."""
    return [c for clause in verb.children
            if clause.dep_ in ("ccomp", "xcomp", "oprd")
            and (clause.pos_ == "ADJ" or is_bare_verb(clause))
            for c in clause.children
            if c.dep_ in (*OBJECT_DEPS, "nsubj") and (clause.pos_ == "ADJ" or c.dep_ == "nsubj")]


def is_bare_verb(clause: Token) -> bool:
    """Tell whether a verb is an infinitive or an -ing participle with no "to", tense or "that"
    of its own ("help Nepal recover", "killed 40 rebels hiding inside")."""
    return clause.tag_ in ("VB", "VBG") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def outcome_heads(verb: Token) -> list[Token]:
    """Return the objects of the -ing clauses that tell what a violent act did to whom.

    "Carried out three strikes, killing a dozen rebels": the strikes are the act, the rebels
    are whom it was done to.
    """
    return [
        c
        for clause in verb.children
        if clause.dep_ == "advcl" and clause.tag_ == "VBG"
        for c in clause.children
        if c.dep_ in OBJECT_DEPS
    ]


def owned_partners(
    thing: Token, verb: Token, source: Sequence[Mention] = (), index: MentionIndex | None = None
) -> list[Token]:
    """Return the other side of an act done with something the doer holds, else nothing.

    "Withdrew its troops from X": the troops are the doer's own, X is whom the act concerns,
    whether the parser hangs the phrase on the object or on the verb. "His"/"her" are left out:
    "met his counterpart" names the other side itself. The doer's own state named as the
    holder holds it too: "Kagame closed Rwanda's border with X" (`source`, `index`).
    """
    if not (is_held(thing) or is_state_held(thing, source, index)):
        return []
    return participant_objects(thing, OWNED_PREPS) + participant_objects(verb, OWNED_PREPS)


def object_agents(verb: Token) -> list[Token]:
    """Return the "by" phrase the parser hung on an active verb right after its object.

    "Denied charges by X", "rejected a request by X": X made the charge or the request, so the
    phrase is the object's and names whom the act answers; an active verb has no agent.
    """
    if is_passive(verb):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return [
        pobj
        for thing in objects
        for prep in verb.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
        and prep.i == thing.right_edge.i + 1
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def of_doer(
    noun: Token, found: dict[str, Token], patterns: PatternSet, index: MentionIndex
) -> Token | None:
    """Return the "of" phrase that names who does an act with no object, else None.

    "The surrender of the rebels", "the withdrawal of Russian troops from X": the rebels
    surrender, Russia withdraws (doer_of_nouns.csv). Only a phrase whose head names
    an actor or armed forces is the doer: "the withdrawal of aid" is aid withdrawn by another;
    a possessor names the doer first ("its withdrawal of troops"), and forces held by "its" or
    "their" leave the doer to the clause ("X began the withdrawal of its troops": X).
    """
    of = found.get("of")
    if of is None or of.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.lemma_.lower() not in patterns.doer_of_nouns:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    if is_held(of):  # "completed the withdrawal of its troops": the clause's subject withdrew
        return None
    return of if index.at(of) is not None or of.lemma_.lower() in patterns.force_nouns else None


def is_own_force(head: Token, patterns: PatternSet, index: MentionIndex) -> bool:
    """Tell whether an object names the doer's own forces, which are not whom the act is done to.

    "Withdrew peacekeepers from X", "mobilized troops against X": a word of `forces` (the
    troops object class) as the object of a verb of moving forces (data/events/force_verbs.csv),
    with no modifier naming another side ("expelled British troops" names the British). A force
    the doer calls "its", "their" or "our" is its own whatever the verb: "strengthened its forces
    in X", "agreed to extend their peacekeeping mission in X" are done to X; so are its envoys
    ("recalled its ambassador from X").
    """
    if head.dep_ not in OBJECT_DEPS:
        return False
    if is_held(head) and (is_force_phrase(head, patterns) or is_envoy(head, patterns)):
        return True
    return (
        head.head.lemma_.lower() in patterns.force_verbs
        and head.lemma_.lower() in patterns.force_nouns
        and not any(c.dep_ in OWNER_DEPS and c.pos_ != "PRON" and index.at(c)
                    for c in head.children)
    )


def is_state_held(
    thing: Token, source: Sequence[Mention], index: MentionIndex | None
) -> bool:
    """Tell whether a thing's possessor is the state its doers belong to: "Kagame closed
    Rwanda's border", "the Thai army sealed Thailand's border" (the possessor's mention may
    cover the thing too: "Thailand's envoy" is one actor)."""
    countries = {m.actor.country for m in source} - {None}
    return index is not None and any(
        (owner := index.at(c)) is not None and owner.actor.country in countries
        for c in thing.children if c.dep_ == "poss" and c.ent_type_ == "GPE")


def is_held(thing: Token) -> bool:
    """Tell whether a noun is something the doer holds: "its troops", "their mission"."""
    return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in thing.children)


def goal_heads(verb: Token, patterns: PatternSet) -> list[Token]:
    """Return the goal of a verb of sending or giving, on the verb or anywhere in what it sends
    (the parser hangs it on the last thing listed: "sent supplies and doctors to X")."""
    if verb.lemma_.lower() not in patterns.sending_verbs:
        return []
    sent = [t for c in verb.children if c.dep_ in OBJECT_DEPS for t in c.subtree]
    goals = [goal for word in (verb, *sent) for goal in participant_objects(word, GOAL_PREPS)]
    return served_first(goals, patterns)


def served_first(heads: list[Token], patterns: PatternSet) -> list[Token]:
    """Return heads with, before a force that is the goal of a sending, the place it serves in.

    "Sent troops to the UN force in X", "contributed to peacekeeping operations in X": what is
    sent reaches X, as CAMEO codes peacekeeping (074) with the country it serves as the target.
    """
    found = []
    for head in heads:
        if (head.dep_ == "pobj" and head.head.lower_ in GOAL_PREPS
                and is_force_phrase(head, patterns)):
            found += participant_objects(head, ("in",))
        found.append(head)
    return found


def without_envoys(index: MentionIndex, envoys: set[int], doc: Doc) -> MentionIndex:
    """Return the index without the mentions covering a doer's own envoys, with the state each
    took its country from as a mention of its own: the actors stage reads "its ambassador from
    X" as X's envoy, where the envoy is the doer's and X the other side."""
    if not any(i in index.by_token for i in envoys):
        return index  # as nearly always: no envoy, so no mention to part (and none walked)
    held = [m for m in index.ordered if envoys & set(range(m.start, m.end)) and m.actor.country]
    if not held:
        return index
    states = [state_mention(ent, m.actor.country, m.sentence_index)
              for m in held for ent in doc[m.start : m.end].ents if ent.label_ == "GPE"]
    return MentionIndex([*index.without(envoys).ordered, *states], index.possessors)


def is_envoy(noun: Token, patterns: PatternSet) -> bool:
    """Tell whether a noun names people sent to speak for a side (the envoys object class):
    "recalled its ambassador from X" recalls the doer's own, from X."""
    return "(envoys)" in patterns.object_classes.get(noun.lemma_.lower(), frozenset())


def is_force_phrase(noun: Token, patterns: PatternSet) -> bool:
    """Tell whether a noun names an armed or peacekeeping force ("troops", "the UN peacekeeping
    mission"): a word of the troops or peacekeeping object classes, alone or with a modifier."""
    lemma = noun.lemma_.lower()
    phrases = [lemma] + [f"{c.lemma_.lower()} {lemma}" for c in noun.children
                         if c.dep_ in ("compound", "amod")]
    return lemma in patterns.force_nouns or any(
        patterns.object_classes.get(phrase, frozenset()) & {"(troops)", "(peacekeeping)"}
        for phrase in phrases
    )


def participant_objects(holder: Token, preps: tuple[str, ...] = PARTICIPANT_PREPS) -> list[Token]:
    """Return the objects of a word's participant prepositions, dates left out ("on Monday").

    A phrase naming who set the act off ("at the request of X", "on the orders of X") is left
    out too: X asked for the act, it is not the one the act is done to.
    """
    return [
        pobj
        for prep in holder.children
        # the parser labels a giving's "to" a dative as often as a preposition ("provide
        # doctors to X")
        if prep.dep_ in ("prep", "dative") and prep.lower_ in preps
        for pobj in shared_objects(prep)
        if pobj.ent_type_ not in ("DATE", "TIME")
        and pobj.lemma_.lower() not in INSTIGATION
    ]


def shared_objects(prep: Token) -> list[Token]:
    """Return a preposition's objects, or those of the one conjoined with it that it shares
    them with: "curbs on travel to and from X" reach X both ways."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if objects:
        return objects
    return [c for other in prep.conjuncts if other.pos_ == "ADP"
            for c in other.children if c.dep_ == "pobj"]


def places_of(thing: Token) -> list[Token]:
    """Return the objects of the "in" phrases that place a thing, what it is of or the things
    listed with it: "reform in X", "reform of the constitution in X", "order and peace in X"
    (the parser hangs the phrase on the first of a list)."""
    owners = [thing, *thing.conjuncts, *participant_objects(thing, ("of",))]
    return [site for owner in owners for site in participant_objects(owner, ("in",))]


def role_holders(role: Token) -> list[Token]:
    """Return whom a role named in an "as" phrase is held in or for: "resigned as president of
    X", "stepped down as X's envoy" leave X, so X is whom the act concerns; the role itself is
    the doer's own, never its target (no "of" or possessor: nothing)."""
    return [c for c in role.children if c.dep_ == "poss"] + participant_objects(role, ("of",))


def held_states(found: list[Mention], head: Token, roles: tuple[int, ...]) -> list[Mention]:
    """Return the state a role is held in, for a mention the actors stage read over the role
    and its state as one ("resigned as president of X": the doer's own title), else the
    mentions found. A body that is no state ("head of the party") has a mention of its own."""
    doc = head.doc
    return [
        state_mention(doc[head.left_edge.i : head.i + 1], m.actor.country, m.sentence_index)
        if any(m.start <= i < m.end for i in roles) and head.ent_type_ == "GPE"
        and m.actor.country else m
        for m in found
    ]


def defied_parties(verb: Token, patterns: PatternSet) -> list[Token]:
    """Return who applied the pressure a refusal was made "despite" or "under" ("declined to
    resign despite calls from X", "refused under pressure by X", "despite X's request"), on the
    verb or the verbs completing it (pressure_nouns.csv)."""
    return [
        head
        for owner in complements(verb)
        for pressure in participant_objects(owner, DEFYING_PREPS)
        if pressure.lemma_.lower() in patterns.pressure_nouns
        for head in requesters(pressure)
    ]


def instigators(word: Token) -> list[Token]:
    """Return who set an act off: X in "at the request of X", "at X's invitation", "on the
    initiative of X" (the nouns of INSTIGATION after "at", "on" or "upon")."""
    return [
        head
        for prep in word.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if is_instigation(noun)
        for head in requesters(noun)
    ]


def is_instigation(noun: Token) -> bool:
    """Tell whether a noun is the head of a phrase telling who set an act off ("at the request
    of X", "on X's orders")."""
    return (noun.lemma_.lower() in INSTIGATION and noun.dep_ == "pobj"
            and noun.head.lower_ in INSTIGATION_PREPS)


def requesters(noun: Token) -> list[Token]:
    """Return who made a request, gave an order or an invitation: its possessor, then the
    objects of its prepositions other than those telling what was asked (`ASKED_PREPS`)."""
    return [c for c in noun.children if c.dep_ == "poss"] + [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ not in ASKED_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME")
    ]


def content_subject(verb: Token, used: Token | None) -> Token | None:
    """Return the subject of the clause an accusation is about ("allegations that X did")."""
    heads = [verb] + ([used] if used is not None else [])
    for head in heads:
        for clause in head.children:
            if clause.dep_ in ("ccomp", "acl", "relcl") and clause.pos_ in ("VERB", "AUX"):
                for child in clause.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in RELATIVE:
                        return child
    return None


def content_heads(verb: Token, patterns: PatternSet, depth: int = 1) -> list[Token]:
    """Return the words that may name whom a statement is about: its content clause's subject,
    then that clause's other participants ("said the treaty binds X")."""
    heads: list[Token] = []
    for clause in verb.children:
        if is_content_clause(clause) and clause.pos_ in ("VERB", "AUX"):
            heads += [
                c
                for c in clause.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE
            ]
            heads += participant_heads(clause, patterns)
            heads += stance_heads(clause)
            heads += content_heads(clause, patterns, depth - 1) if depth else []
    return heads


def is_content_clause(clause: Token) -> bool:
    """Tell whether a clause says what a verb or a noun of speaking says: "said (that) X will",
    and "its demand that X lift", which the parser hangs on the noun as a clause that modifies
    it; a relative clause ("the call that was made") says which one it is."""
    if clause.dep_ == "ccomp":
        return True
    return clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                        for c in clause.children)


def stance_heads(clause: Token) -> list[Token]:
    """Return whom a stance told by a predicate adjective is about: "(said it) is skeptical
    about X", "is pessimistic over X's future", "is confident that X will"."""
    adjectives = [c for c in clause.children if c.dep_ == "acomp"]
    return [
        pobj
        for adjective in adjectives
        for prep in adjective.children
        if prep.dep_ == "prep"
        for pobj in prep.children
        if pobj.dep_ in ("pobj", "pcomp") and pobj.ent_type_ not in ("DATE", "TIME")
    ] + [
        subject
        for adjective in adjectives
        for inner in adjective.children
        if inner.dep_ == "ccomp"
        for subject in inner.children
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ not in RELATIVE
    ]


def first_other(heads: list[Token], source: list[Mention], index: MentionIndex) -> list[Mention]:
    """Return the mentions of the first head that names someone other than the source.

    A word standing for the source's own actor ("X said it is skeptical about Y", "X said they
    hoped Y would") is passed over: the act is about the next one named.
    """
    for head in heads:
        found = [m for m in index.mentions_for([head])
                 if not any(same_actor(m, other) for other in source)]
        if found:
            return found
    return []


def same_actor(one: Mention, other: Mention) -> bool:
    """Tell whether two mentions name the same actor (a coreferent one keeps its id and name)."""
    return (one.actor.actor_id or one.actor.name) == (other.actor.actor_id or other.actor.name)


def banished_from(verb: Token, patterns: PatternSet, index: MentionIndex) -> list[Mention]:
    """Return who did a passive banishing with no doer named: the place it was from.

    "Two diplomats were expelled from X", "migrants were deported from X to Y": X expelled.
    """
    if verb.lemma_.lower() not in patterns.banish_verbs:
        return []
    return index.mentions_for(participant_objects(verb, ("from",))[:1])


def state_of_place(
    verb: Token, index: MentionIndex, places: Iterable[Mention] = ()
) -> list[Mention]:
    """Return the state where a passive act of coercion took place: "was arrested in X", or
    where those it was done to are: "journalists in X were jailed".

    X is a state, or a town or capital among `places` (place mentions, whose actor is the
    state they lie in; it comes back with basis "place").
    """
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    patients += [verb.head] if verb.dep_ == "acl" else []  # "activists detained in X"
    sites = [pobj for holder in (verb, *patients) for pobj in participant_objects(holder, ("in",))]
    towns = {verb.doc[m.start : m.end].root.i: m for m in places}
    for site in sites:
        if site.i in towns:
            town = towns[site.i]
            return [replace(town, actor=replace(town.actor, basis="place"))]
        found = [m for m in index.ordered if m.start <= site.i < m.end and m.actor.kind == "state"]
        if found:
            return found[:1]
        if (state := state_placing(site, index)) is not None:
            return [state]
    return []


# Sectors of those a state does not hold its own when they are arrested: forces in a conflict.
ARMED_SECTORS = frozenset({"MIL", "REB"})


def state_of_patient(verb: Token, index: MentionIndex) -> list[Mention]:
    """Return the state whose own people a passive act of coercion with no doer or place named
    was done to, when the state is named as their possessor: "X's opposition leader was
    arrested", "X's main party was banned" were done by X's authorities. Soldiers and fighters
    ("X's soldiers were detained") are as often held by the other side: nothing then."""
    for patient in (c for c in verb.children if c.dep_ == "nsubjpass"):
        held = index.at(patient)
        if held is None or held.actor.country is None or ARMED_SECTORS & set(held.actor.sectors):
            continue
        for owner in (c for c in patient.children if c.dep_ == "poss" and c.ent_type_ == "GPE"):
            span = owner.doc[owner.left_edge.i : owner.i + 1]
            if span.root.i == owner.i:
                return [state_mention(span, held.actor.country, held.sentence_index)]
    return []


# Prepositions that tell where a crowd gathered: "protests in X", "marches across X".
GATHERING_PREPS = ("in", "across", "throughout")


def people_of_place(
    trigger: Token, index: MentionIndex, places: Iterable[Mention] = ()
) -> list[Mention]:
    """Return the people of the place a protest with no doer named was held in: "a student
    march in X", "protests erupted across X", "a rally was held in X" are X's civilians'.

    The place is a state or a town among `places`, named on the trigger, on the verb an event
    noun is the subject of, or on a passive verb's subject; the mention spans the noun's own
    modifier when it names the crowd ("student", "Muslim"), else the place.
    """
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "nsubjpass")]
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ == "VERB":
        holders.append(trigger.head)
    towns = {trigger.doc[m.start : m.end].root.i: m for m in places}
    for site in (o for holder in holders for o in participant_objects(holder, GATHERING_PREPS)):
        for word in site.subtree:  # "in several cities across X"
            found = towns.get(word.i) or index.at(word)
            if found is not None and found.actor.country and found.actor.kind in ("state", "place"):
                crowds = [b for h in holders if h.pos_ == "NOUN" and (b := crowd_words(h))]
                bounds = crowds[0] if crowds else (found.start, found.end)
                return [civilians_of(found, trigger.doc[bounds[0] : bounds[1]])]
    return []


def crowd_words(noun: Token) -> tuple[int, int] | None:
    """Return the token range of the words before an event noun naming who gathered: a noun
    ("a student march") or a people or faith ("a Muslim protest"), else None."""
    words = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")
             and (c.pos_ == "NOUN" or c.ent_type_ == "NORP")]
    if not words or noun.doc[words[0].i - 1].text == "-":
        return None  # "anti-government protests" name what the crowd is against
    return words[0].i, words[-1].i + 1


def civilians_of(place: Mention, span: Span) -> Mention:
    """Return a mention over a span of the civilians of a place's country (sector CVL, as the
    actor dictionary codes protesters), its basis "place"."""
    country = place.actor.country
    actor = Actor(name=span.text, text=span.text, country=country, sectors=("CVL",),
                  actor_id=actor_id("agent CVL", country), kind="agent", basis="place")
    return span_mention(span, place.sentence_index, actor)


def state_mention(span: Span, country: str, sentence_index: int) -> Mention:
    """Return a mention over a span of the state of `country`, read from a place (basis
    "place"): the span is what names the place as written."""
    actor = Actor(name=span.text, text=span.text, country=country, kind="state", basis="place")
    return span_mention(span, sentence_index, actor)


def span_mention(span: Span, sentence_index: int, actor: Actor) -> Mention:
    """Return a mention of `actor` over a span of the parse."""
    return Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                   sentence_index, actor)


def state_placing(site: Token, index: MentionIndex) -> Mention | None:
    """Return, as a state's mention, a place that the phrase of those an act was done to took in
    and took its country from: "opposition protesters in X were detained" is one mention placed
    by X, and X's state detained them. A phrase with a country word of its own before the place
    ("Kenyan activists in X") owes its country to that word, not to X: nothing then."""
    holder = index.at(site)
    if holder is None or holder.actor.country is None or holder.actor.kind == "state":
        return None
    doc = site.doc
    if any(token.ent_type_ in NAMING_LABELS for token in doc[holder.start : site.head.i]):
        return None
    return state_mention(doc[site.left_edge.i : site.i + 1], holder.actor.country,
                         holder.sentence_index)
