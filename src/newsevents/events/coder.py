"""Code the predicates of a parsed article as CAMEO/PLOVER events with source and target actors.

Reads a spaCy `Doc`, the article and its actor mentions; writes `Event` records with trigger,
code, actors and their spans, negation, modality and casualty counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.attrs import LEMMA
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from newsevents.annotate import is_stray_object, pos_numbers, table_of
from newsevents.codebook import Codebook
from newsevents.events.arguments import (
    OBJECT_DEPS,
    OWNER_DEPS,
    ROLE_PREP,
    MentionIndex,
    banished_from,
    conjunct_objects,
    content_heads,
    content_subject,
    defied_parties,
    first_other,
    goal_heads,
    held_states,
    instigators,
    is_envoy,
    is_instigation,
    is_own_force,
    is_town_people,
    object_agents,
    object_gap,
    of_doer,
    outcome_heads,
    owned_partners,
    participant_heads,
    participant_objects,
    people_of_place,
    places_of,
    requesters,
    role_holders,
    same_actor,
    served_first,
    stance_heads,
    state_of_patient,
    state_of_place,
    without_envoys,
)
from newsevents.events.binding import unbind
from newsevents.events.casualties import (
    VIOLENT_ROOTS,
    blamed,
    carried_by,
    claimed_act,
    count_casualties,
    setting_acts,
    victims,
)
from newsevents.events.classifier import consult
from newsevents.events.context import Candidate, interviewed, is_media, recode
from newsevents.events.doers import (
    agent_of,
    doer,
    hands_of,
    in_passive,
    is_infinitive,
    is_passive,
    is_reduced_passive,
    passive_subjects,
    resolve_relative,
    subject_of,
    turned_on,
)
from newsevents.events.matching import (
    carrier,
    clause_key,
    event_word,
    halts,
    is_predicative,
    match_nominal,
    match_noun,
    match_verb,
    object_keys,
    preps_of,
    recoded,
    renoun_subjects,
    resultatives,
    supports,
    undergoer,
    verb_keys,
    verb_row,
    verbal_reading,
)
from newsevents.events.modality import read_modality
from newsevents.events.patterns import (
    NO_EVENT,
    NounPattern,
    PatternSet,
    VerbPattern,
    root_reading,
)
from newsevents.events.sites import IMPLIED, aim_at_places, by_unnamed_doers, unknown_places
from newsevents.events.spans import (
    AUTHOR_PREPS,
    THING_PREPS,
    PhraseWords,
    authored_span,
    is_channel,
    phrase_extent,
    phrase_span,
    phrase_with_trailing_pps,
)
from newsevents.events.targets import retarget
from newsevents.ids import event_id
from newsevents.records import PLACE, Article, Event, Mention

# Consultations and agreements are mutual: "A and B met" is A meeting B.
SYMMETRIC_ROOTS = ("04",)
SYMMETRIC_CODES = ("036", "046", "057", "060", "0871", "0841")
# ... but a visit goes one way: "A and B arrived in X" both visited X, neither the other
ONE_WAY_CODES = ("042", "043")
PAIR_PREPS = ("between", "among")
ARMS = "(arms)"  # the object class of weapons (object_classes.csv)
SCORE = re.compile(r"\b\d{1,2} ?[-\u2013] ?\d{1,2}\b")  # a game's score: "3-1", "2 - 2", "2–0"
# Talks (consult, discuss by telephone, negotiate): the side that asked for them is a party, where
# the guest of a visit made at a host's invitation is not the host.
TALKS = ("040", "041", "046")
# Prepositions of a phrase of purpose or time that talks are named in: "came for talks with X".
TALKS_PREPS = ("for", "after", "following", "before", "during", "ahead")
# Appeals and demands (CAMEO 02, 10): whom the content clause asks to act is the one addressed.
ADDRESSED_ROOTS = ("02", "10")
REFUSAL_ROOT = "12"  # reject: a refusal made despite pressure defies who applied it
CONTENT_DEPS = ("ccomp", "xcomp")  # a statement's content clause: "said (that) X will ..."
SOURCE_PREPS = ("by", "from")
# "said on Twitter", "wrote in the Times": an outlet after these is where words appeared
MEDIUM_PREPS = ("on", "in", "via")
# A source's phrase keeps its "of" and "from" ("Houthi rebels of Yemen", "fighters from X") but
# not "in": the place a doer is named at is where the event happened as often ("Protest leaders
# in Sudan agreed"), and `places` reads a toponym inside an actor's span as an actor.
SOURCE_PHRASE_PREPS = ("of", "from")
# CAMEO rejections of a thing offered: a request for aid (122), a proposal to meet or negotiate
# (125), a plan or agreement (127); their target phrase is the proposal with its author.
PROPOSAL_REJECTIONS = ("120", "122", "125", "127")
# CAMEO opposition to a thing (110 disapprove, 120 reject, 121 reject cooperation): the thing with
# the party its phrase names is what is opposed ("rejected any deal with X", "opposed resolutions
# in the UN"), as a rejected request is with its author; a rejected act of meeting ("refused
# talks with X", 125) is aimed at its party.
THING_REJECTIONS = ("110", "120", "121")
PARTY_PREPS = ("with", "to", "in")
# Stances taken on something (CAMEO 012 pessimism, 013 optimism, 018 sympathy): an act is what
# they are about as much as a thing is ("optimism about the deal", "condolences over the quake").
STANCE_CODES = ("012", "013", "018")
# Determiners that make a noun name something already told of ("the call", "these talks").
DEFINITE = ("the", "this", "that", "these", "those")
COPULAS = ("be", "remain", "become")
# A slot's noun that is no thing an event is about: a date, or a place (`sites` reads places).
THING_EXCLUDED_LABELS = ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP")
# Words that make a singular noun a particular thing ("the decision"), not a manner ("on strike").
NOUN_MODIFIERS = ("det", "poss", "compound", "amod", "nummod", "prep")
DATE_LABELS = ("DATE", "TIME")
VERB, NOUN, PROPN, AUX = (POS_IDS[p] for p in ("VERB", "NOUN", "PROPN", "AUX"))  # as in doc arrays
# Adjectives that make their subject the doer of the event they govern ("guilty of the attack").
ANSWERABLE = frozenset({"responsible", "guilty", "culpable", "accountable", "liable"})
# Where a sentence's lesser events sit: clauses that modify a noun, and phrases and clauses put
# before the main verb ("At a summit with X, ...", "Speaking to reporters, ...").
NOUN_CLAUSES = ("acl", "relcl", "appos")
# Where the parser hangs the name a participle of naming gives: "called X", "named Y"
NAME_DEPS = ("oprd", "attr", "dobj", "npadvmod", "appos")
ADJUNCTS = ("prep", "advcl", "npadvmod")


def code_events(
    doc: Doc,
    article: Article,
    mentions: tuple[Mention, ...],
    patterns: PatternSet,
    codebook: Codebook,
) -> tuple[Event, ...]:
    """Return the events of an article: every coded verb and event noun with its actors.

    Sentence by sentence, the events of the main clause come first, then those of adjuncts put
    before the main verb, then those of clauses that modify a noun ("a ship it seized"), each in
    text order: the first is the sentence's main event. Place mentions among `mentions` are
    never a source or an ordinary target: they only give some acts with no target their place's
    state (`sites`).
    """
    doc = renoun_subjects(doc)  # "Aid to X was suspended": the tagger's verb is a noun
    possessors = {m.start: m for m in mentions if is_possessive(doc, m)}
    index = MentionIndex((m for m in mentions
                          if m.actor.kind != PLACE and m.start not in possessors), possessors)
    places = [m for m in mentions if m.actor.kind == PLACE]
    unknown = unknown_places(doc, list(mentions))
    events: list[Event] = []
    told: list[Candidate] = []  # the events kept so far, for "the call" told of again
    # parts of speech as numbers, read once: a Token's `pos_` is among its costliest attributes
    poses = pos_numbers(doc)
    lemmas = doc.to_array(LEMMA) if len(doc) else []
    for number, sentence in enumerate(doc.sents):
        if is_sport(sentence, set(lemmas[sentence.start : sentence.end].tolist()), patterns):
            continue
        # Tokens are built for the verbs and nouns alone, the words a pattern can code: building
        # one for every word of the sentence cost more than the parts of speech that pass.
        tagged = [
            (doc[i], pos)
            for i, pos in enumerate(poses[sentence.start : sentence.end], sentence.start)
            if pos in (VERB, NOUN, PROPN, AUX)
        ]
        all_verbs = [t for t, pos in tagged if pos == VERB]
        # An attributive participle ("Russia-backed rebels", "the internationally recognised
        # government") describes a standing relation, not an event the sentence reports.
        verbs = [t for t in all_verbs if t.dep_ != "amod"]
        verbs += [t for t, pos in tagged if pos == AUX and is_predicative(t)]  # "was critical of"
        found = [c for t in verbs if (c := code_verb(t, patterns, index, places))]
        # A word a pattern used as its object ("threatened to strike") is not coded again.
        consumed = {i for candidate in found for i in candidate.consumed}
        found = [candidate for candidate in found if candidate.trigger.i not in consumed]
        # A word of a date is no event noun: "on March 22" holds no march.
        nouns = [
            c
            for t, pos in tagged
            if pos in (NOUN, PROPN) and t.i not in consumed
            and t.ent_type_ not in DATE_LABELS and (c := code_noun(t, patterns, index, places))
        ]
        # "the suspension of aid": the object of a nominalization is not an event of its own.
        consumed = {i for candidate in nouns for i in candidate.consumed}
        found += [candidate for candidate in nouns if candidate.trigger.i not in consumed]
        found = by_event_subject(blamed(recode(found, patterns, index), patterns, index), patterns)
        found = about_whom(victims(found, all_verbs, patterns, index), patterns, index)
        found = [initiated(recalled(candidate, told), index) for candidate in found]
        found.sort(key=lambda c: (rank(c.place), c.announced, c.place.i))
        for candidate in found:  # "X pardoned him": him is not X
            target, source = candidate.target, candidate.source
            target = unbind(target, source, doc, patterns, index)
            candidate.target = without_own_weapons(target, source, doc, patterns, candidate.code)
        # "protested in X": at X's authorities
        found = aim_at_places(found, places, patterns, unknown, index.ordered)
        found = by_unnamed_doers(found, places, patterns)  # "was shot dead in X": UAF of X
        found = [candidate for candidate in map(interviewed, found)
                 if keep(candidate, patterns.phrase_words.mediums)]
        if patterns.model is not None:
            found = consult(sentence, found, index, patterns)
        told += found
        events += [retargeted(make_event(c, number, article, patterns, codebook), c, index,
                              patterns) for c in found]
    return tuple(events)


def retargeted(
    event: Event, candidate: Candidate, index: MentionIndex, patterns: PatternSet
) -> Event:
    """Return the event with the target the learned target model prefers, if it is loaded."""
    if patterns.target_model is None:
        return event
    return retarget(event, candidate.trigger, index, patterns.target_model)


def by_event_subject(found: list[Candidate], patterns: PatternSet) -> list[Candidate]:
    """Share the actors of an event noun and the verb it is the subject of.

    In "the attack on the convoy killed three soldiers" the killers are the attack's doers, not
    the convoy inside its phrase; in "a bombing by X killed three soldiers" the soldiers are the
    bombing's victims as much as the killing's, and X is the killer. Where both are violent, the
    verb tells what the noun's event did, and only the noun's event is kept. "A bombing claimed
    by X" is one event too: the bombing, done by X.
    """
    events = {candidate.trigger.i: candidate for candidate in found}
    told = set()
    for claim in found:
        act = events.get(word.i) if (word := claimed_act(claim.trigger, patterns)) else None
        if act is not None and act.code[:2] in VIOLENT_ROOTS:
            act.source = act.source or list(claim.source)
            told.add(claim.trigger.i)
    for candidate in found:
        trigger = candidate.trigger
        subject = subject_of(trigger, patterns) if trigger.pos_ == "VERB" else None
        act = events.get(subject.i) if subject is not None and subject.pos_ == "NOUN" else None
        act = act or doing_act(candidate, events)
        if act is None or act is candidate:
            continue
        others = [m for m in candidate.source if m not in act.target]
        candidate.source = act.source = list(act.source) or others
        act.target = act.target or list(candidate.target)
        if act.code[:2] in VIOLENT_ROOTS and candidate.code[:2] in VIOLENT_ROOTS:
            told.add(candidate.trigger.i)
    return [candidate for candidate in found if candidate.trigger.i not in told]


def doing_act(candidate: Candidate, events: dict[int, Candidate]) -> Candidate | None:
    """Return the violent act with a doer that a passive report of harm with none tells the
    outcome of: "three soldiers were killed in a raid by X", "were killed when X shelled Y"."""
    trigger = candidate.trigger
    if candidate.source or candidate.code[:2] not in VIOLENT_ROOTS or not is_passive(trigger):
        return None
    acts = [events[t.i] for t in setting_acts(trigger) if t.i in events]
    return next((a for a in acts if a.source and a.code[:2] in VIOLENT_ROOTS), None)


def about_whom(
    found: list[Candidate], patterns: PatternSet, index: MentionIndex
) -> list[Candidate]:
    """Give a statement with no target the actor its content is about ("X said the treaty binds
    Y"), unless the content holds an event with actors of its own, which then carries them: the
    statement is about whom that act is done to when the act is its content clause itself and
    has no doer but the speaker ("X said Y is committed to ...", "X said it is considering
    giving money to Y"), and about no one otherwise ("X said Y will attack Z").

    A demand or an appeal is addressed to the one its content asks to act ("X demanded that Y
    release the hostages"), even when that content is an event of its own.
    """
    for candidate in found:
        root = candidate.code[:2]
        if root not in ("01", *ADDRESSED_ROOTS) or candidate.target:
            continue
        inside = {t.i for t in candidate.trigger.subtree} - {candidate.trigger.i}
        reported = any(o.trigger.i in inside and (o.source or o.target) for o in found)
        # "issued a statement urging X": the statement's own act is aimed at X
        voiced = [o.target for o in found if o.trigger.dep_ == "acl" and o.target
                  and o.trigger.head == candidate.trigger and o.source == candidate.source]
        # another's act told stays that act's, beside a statement about no one ("X said Y will
        # attack Z"); one with no doer of its own is what the statement is about
        announced = [o for o in found if (o.target or o.about) and o.trigger.dep_ in CONTENT_DEPS
                     and o.trigger.head == candidate.trigger
                     and all(any(same_actor(m, s) for s in candidate.source) for m in o.source)]
        if voiced:
            candidate.target = list(voiced[0])
        elif root == "01" and announced:
            candidate.target, candidate.about = list(announced[0].target), announced[0].about
        elif root in ADDRESSED_ROOTS or not reported:
            heads = content_heads(candidate.trigger, patterns)
            candidate.target = first_other(heads, candidate.source, index)
        if not candidate.target:
            # "said it is doubtful about the new tariff, noting ...": no one named, the stance's
            # thing, whatever else the sentence reports
            stances = [h for clause in candidate.trigger.children if clause.dep_ == "ccomp"
                       for h in stance_heads(clause)]
            candidate.about = candidate.about or first_thing(stances, None, patterns)
    return found


def rank(trigger: Token) -> int:
    """Rank a trigger's clause: 0 the main clause, 1 an adjunct put before the main verb
    ("Addressing the assembly, X rejected Y's call"), 2 a clause that modifies a noun ("a ship it
    seized"). A fronted adjunct sets the scene for the main clause's event, which leads.
    """
    word, fronted = trigger, False
    while word.head != word:
        if word.dep_ in NOUN_CLAUSES:
            return 2
        fronted = fronted or (word.dep_ in ADJUNCTS and word.head.dep_ == "ROOT"
                              and word.right_edge.i < word.head.i)
        word = word.head
    return int(fronted)


def code_verb(
    verb: Token, patterns: PatternSet, index: MentionIndex, places: Sequence[Mention] = ()
) -> Candidate | None:
    """Code one verb against the verb patterns and find its source and target (`places`: the
    article's place mentions, read only for the state of a passive act of coercion)."""
    if is_naming_participle(verb, patterns):
        return None  # "a film called X on Univision": a name, no appeal
    if is_describing_participle(verb, patterns):
        return None  # "gunmen armed with rifles": which gunmen, no arming
    match = match_verb(verb, patterns)
    if match is None:
        return None
    row, used = match
    # "carried out air strikes": an event noun read as an actor is what is done, not a side
    # (where "expelled British diplomats" names its target in the object)
    act = used is not None and used.pos_ == "NOUN" and match_noun(used, patterns) is not None
    index = index.without({verb.i, used.i} if act else {verb.i})
    subject = doer(verb, patterns, index)
    candidate = Candidate(verb, row.code, outside_own_clause(
        index.mentions_for([subject] if subject else []), subject))
    # asked once: `in_passive` walks the verb's children, building a Token for each
    voiced = in_passive(verb)
    reduced = is_reduced_passive(verb)
    passive = voiced or reduced
    if not candidate.source and passive:
        candidate.source = banished_from(verb, patterns, index)
    owned = forces_moved(verb, patterns) if not candidate.source and passive else []
    if owned:  # "U.S. troops were sent to X": their state sent them, and X is the target
        candidate.source = index.mentions_for(owned)
    # whose act a passive with no doer named is, by its root (place_roots.csv): a measure named
    # as some side's ("UN sanctions were lifted") was eased by that side; an arrest in X, by X
    reading = root_reading(patterns.doer_roots, row.code) if passive else None
    if not candidate.source and reading == "own measure":
        candidate.source = index.mentions_for(measure_owners(used, patterns, index))
    if not candidate.source and reading == "state":  # "X's opposition leader was arrested"
        candidate.source = state_of_place(verb, index, places) or state_of_patient(verb, index)
    if not candidate.source and reading == "people":  # "a rally was held in X"
        candidate.source = people_of_place(verb, index, places)
    # "the manuscript was returned to X": what a sending reaches comes before what was sent
    heads: list[Token] = goal_heads(verb, patterns) if passive else []
    heads += inspected_place(verb, row.code, patterns)
    heads += [verb.head] if reduced else []
    sufferers = [c for c in passive_subjects(verb) if c not in owned] if voiced else []
    heads += sufferers
    # in the order the row lists its prepositions, on the verb or on the word it used; a
    # passive's "by" names its doer ("the charges were denied by X"), never whom it is done to
    held = [preps_of(owner) for owner in (verb, used) if owner is not None]
    slots = [
        head
        for p in row.preps
        for found in held
        if p in found and found[p] is not used and found[p].head.dep_ != "agent"
        for head in (role_holders(found[p]) if p == ROLE_PREP else [found[p]])
    ]
    roles = candidate.roles = roles_of(verb) if ROLE_PREP in row.preps else ()
    # "charged X with kidnapping Y": a gerund in the pattern's phrase is the act charged, and
    # the object X is whom the charge is aimed at.
    gerunds = [head for head in slots if head.dep_ == "pcomp"]
    # "shelled Bakhmut" with the town parsed as an adverb: still what was shelled
    objects = [c for c in verb.children if c.dep_ in ("dative", "dobj") or is_stray_object(c)]
    objects += conjunct_objects(verb)
    # "pushed the Congress for reforms": an appeal is addressed to its object, and its "for"
    # phrase tells what it asks for
    heads += objects if row.code[:2] in ADDRESSED_ROOTS and "for" in row.preps else []
    placed = venues_beside_victims(row.code, slots, objects, patterns, index)
    heads += served_first([head for head in slots if head.dep_ != "pcomp" and head not in placed],
                          patterns)
    holdings = [thing for thing in (used, *objects) if thing is not None]
    owned = [head for thing in holdings
             for head in owned_partners(thing, verb, candidate.source, index)]
    heads += owned + goal_heads(verb, patterns) + objects + object_agents(verb) + gerunds
    heads += [back] if (back := turned_on(verb)) is not None else []
    if used is not None and used.pos_ == "VERB":
        # "threatened to strike X": the complement's object is the target, unless the row
        # names it with the verb as the kind of act ("threatened to use force against X")
        kind = [c for c in used.children if clause_key(used, c) in row.objects]
        heads += [c for c in used.children if c.dep_ in ("dative", "dobj") and c not in kind]
        heads += participant_objects(used) if kind else []
    heads += object_gap(verb)
    heads = [resolve_relative(head) for head in heads if used is None or head.i != used.i]
    own = {head.i for head in (*heads, *holdings) if is_own_force(head, patterns, index)}
    # "strengthened its forces in X": a mention the actors stage read over the doer's own forces
    # and their place ("forces in X") is no side; X may be, found below, and an envoy's state
    # ("recalled its ambassador from X") is X's own mention
    index = without_envoys(index, {i for i in own if is_envoy(verb.doc[i], patterns)}, verb.doc)
    index = index.without(own)
    heads = [head for head in heads if head.i not in own]
    for head in heads:
        # "A judge and his driver were shot", parsed as two subjects: both are the one side
        if target := index.mentions_for(sufferers if head in sufferers else [head]):
            candidate.target = held_states(target, head, roles)
            break
    # a name among the objects that no actor stands for ("accused X of plotting", X unknown to
    # the dictionaries and missed by the tagger) is still whom the act is done to
    candidate.about = first_thing(slots, used, patterns, row.code) or next(
        (o for o in objects if o.pos_ == "PROPN" and o.i not in own and o is not used
         and o.ent_type_ not in THING_EXCLUDED_LABELS), None)
    # "captured twelve of the rebels": a quantity names its people through "of"
    members = event_word(used, patterns.light_nouns) if used is not None else None
    if (not candidate.target and members is not None and members.pos_ in ("NOUN", "PROPN")
            and not owned and not is_own_force(used, patterns, index)):
        # "expelled British diplomats": the object names the target only through a modifier;
        # "called for the resignation of X": the one whose act is asked for is the target.
        near = index.nearest(used, limit=3.0) or index.nearest(members, limit=3.0)
        doing = of_doer(used, preps_of(used), patterns, index)
        candidate.target = near or index.mentions_for([doing] if doing else [])
    if not candidate.target and row.code.startswith("11"):
        about = content_subject(verb, used)
        candidate.target = index.mentions_for([about] if about else [])
    if used is not None:
        candidate.consumed = (used.i,)
    candidate = symmetric(
        between_sides(candidate, (verb, used, *passive_subjects(verb)), index), patterns
    )
    if not candidate.target and row.code[:2] in VIOLENT_ROOTS:
        # "attacked the city, killing dozens": the thing struck is the target, its victims are
        # what the attack did
        candidate.about = candidate.about or struck_thing(objects, used, patterns)
        if candidate.about is None:
            candidate.target = first_other(outcome_heads(verb), candidate.source, index)
    if not candidate.target:
        others = participant_heads(verb, patterns)
        others = [h for h in others if not is_own_force(h, patterns, index)]
        # "was killed in an airstrike": an act it happened in, read as the force that struck, is
        # no side of it (whom that act was aimed at may be: "killed in an attack on X")
        acts = {h.i for h in others if h.dep_ == "pobj" and match_noun(h, patterns) is not None}
        candidate.target = first_other(others, candidate.source, index.without(acts))
    if not candidate.target and row.code[:2] == REFUSAL_ROOT:
        candidate.target = first_other(defied_parties(verb, patterns), candidate.source, index)
    if not candidate.target and row.code[:2] in ADDRESSED_ROOTS:
        # "called for reform of the constitution in X": an appeal for a change in a place is
        # addressed to the place's state
        things = [thing for thing in (used, *slots) if thing is not None]
        candidate.target = first_other([site for thing in things for site in places_of(thing)],
                                       candidate.source, index)
    return candidate


def outside_own_clause(found: list[Mention], subject: Token | None) -> list[Mention]:
    """Drop from the doer a noun stands for the mentions its -ing clauses act on: in "a bomb
    targeting a police chief exploded" the bomb targets and explodes, and the chief, though
    named in its phrase, does neither."""
    if subject is None:
        return found
    acted_on = [range(o.left_edge.i, o.right_edge.i + 1) for clause in subject.children
                if clause.dep_ == "acl" and clause.tag_ == "VBG"
                for o in clause.children if o.dep_ == "dobj"]
    return [m for m in found if not any(m.start in words for words in acted_on)]


def venues_beside_victims(
    code: str, slots: list[Token], objects: list[Token], patterns: PatternSet, index: MentionIndex
) -> list[Token]:
    """Return the pattern's slots that only tell where force used on an actor was used: "shot
    two civilians at a school" shot the civilians, at the school, where "shot at the convoy"
    aims at the convoy and "fired rockets at X" at X (a weapon is no victim)."""
    if code[:2] not in VIOLENT_ROOTS:
        return []
    victims = [o for o in objects
               if index.best(o, limit=0.0) and ARMS not in object_keys(o, patterns)]
    return [head for head in slots if head.head.lower_ == "at"] if victims else []


def first_thing(
    slots: list[Token], used: Token | None, patterns: PatternSet, code: str = ""
) -> Token | None:
    """Return the first thing a pattern's own prepositional slot holds, other than the noun the
    pattern used: what the event is about or done to when it names no actor ("expressed
    concern over the decision"). A date is no such thing ("over the weekend"), nor a place
    (`sites` reads those), an act ("claimed responsibility for the bombing": whom the bombing
    struck is its target), or a bare singular noun telling how ("went on strike"), though a
    stance is taken on an act as on anything ("expressed optimism about the deal": `code`)."""
    return next((head for head in slots if is_thing(head, patterns, code) and head is not used),
                None)


def is_thing(head: Token, patterns: PatternSet, code: str = "") -> bool:
    """Tell whether a slot's noun names a thing an event may be about (`first_thing`)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in THING_EXCLUDED_LABELS:
        return False
    bare = head.tag_ == "NN" and not any(c.dep_ in NOUN_MODIFIERS for c in head.children)
    return not bare and (code in STANCE_CODES or match_noun(head, patterns) is None)


def struck_thing(objects: list[Token], used: Token | None, patterns: PatternSet) -> Token | None:
    """Return the thing a violent verb's object names when no actor stands for it ("shelled
    the old city"), unless it is the act or a weapon used ("fired rockets")."""
    return next((o for o in objects if o is not used and o.pos_ == "NOUN"
                 and is_thing(o, patterns) and ARMS not in object_keys(o, patterns)), None)


def inspected_place(verb: Token, code: str, patterns: PatternSet) -> list[Token]:
    """Return where those who investigate were sent, when an investigation is what a sending is
    for: "sent experts to X to investigate the attacks", "dispatched a team into X in a bid to
    investigate" look into what happened in X; the thing investigated is seldom an actor."""
    if root_reading(patterns.goal_roots, code) is None or not is_infinitive(verb):
        return []
    word = verb
    for _ in range(3):  # "to investigate", "in a rush to investigate": up to the sending
        if word.dep_ not in ("advcl", "xcomp", "acl", "pobj", "prep") or word.head == word:
            return []
        word = word.head
        if word.pos_ == "VERB":
            return goal_heads(word, patterns)
    return []


def measure_owners(
    measure: Token | None, patterns: PatternSet, index: MentionIndex
) -> list[Token]:
    """Return whose measure a passive verb eases or cuts: "UN sanctions on X were lifted",
    "Israel's blockade was eased", "American aid to X was suspended": a side lifts or suspends
    its own. The measure is the verb pattern's object, named as the passive's subject, and an
    act of its own (an event noun), not a standing ("X's membership was suspended" is done to X).
    """
    if measure is None or measure.dep_ != "nsubjpass" or match_noun(measure, patterns) is None:
        return []
    return [c for c in measure.children if c.dep_ in OWNER_DEPS and index.at(c) is not None]


def forces_moved(verb: Token, patterns: PatternSet) -> list[Token]:
    """Return the forces a passive verb of moving forces moves, when they are named as one's own:
    "U.S. troops were deployed", "Portuguese soldiers have been sent", "Kenyan police withdrawn
    from X", "troops from X were sent", "thousands of Syrian troops were withdrawn", "units of
    the Ugandan army were pulled out". Forces are moved by the side they belong to
    (force_verbs.csv)."""
    if verb.lemma_.lower() not in patterns.force_verbs:
        return []
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    patients += [verb.head] if is_reduced_passive(verb) else []
    return [p for p in patients
            if any(is_named_force(f, patterns) for f in (p, *participant_objects(p, ("of",))))]


def is_named_force(noun: Token, patterns: PatternSet, depth: int = 1) -> bool:
    """Tell whether a noun names a force and whose it is, by a modifier ("Kenyan police"), a
    "from" phrase ("troops from X") or an "of" phrase naming a force so ("units of the X army")."""
    if noun.lemma_.lower() not in patterns.force_nouns:
        return False
    if any(c.dep_ in OWNER_DEPS for c in noun.children) or participant_objects(noun, ("from",)):
        return True
    return depth > 0 and any(is_named_force(f, patterns, depth - 1)
                             for f in participant_objects(noun, ("of",)))


def code_noun(
    noun: Token, patterns: PatternSet, index: MentionIndex, places: Sequence[Mention] = ()
) -> Candidate | None:
    """Code one event noun against the noun patterns and find its participants (`places`: the
    article's place mentions, read only for the people of a protest with no doer named)."""
    # The pattern first: most nouns have none, and the checks below, which only ever turn a
    # noun down, read the parse and the verb around it.
    row: NounPattern | VerbPattern | None = match_noun(noun, patterns)
    used = None
    if row is None and (nominal := match_nominal(noun, patterns)) is not None:
        row, used = nominal
    if row is None:
        return None
    if noun.dep_ == "compound" and index.at(noun.head) is not None:
        return None  # a word naming an actor's kind: "riot police", "protest leaders"
    named = index.at(noun)
    if noun.ent_type_ == "PERSON" or named is not None and named.actor.kind == "person":
        return None  # a word of a person's name: "Gov. Nathan Deal", "Ms. Strike"
    if noun.ent_type_ == "ORG" and named is not None and named.actor.kind != "agent":
        return None  # a word of a body's name: "the U.S. Border Patrol arrested X"
    if is_undone_object(noun, patterns):
        return None  # "did not return a request for comment": nothing asked of anyone
    # an act noun the actors stage read as a force ("air strikes", "cross-border shelling",
    # "a car bomb") is no side of its own act: its doer is named elsewhere, or not at all
    index = index.without({noun.i})
    code = verbal_reading(noun, row.code, patterns) or row.code  # "an attack on the ruling"
    if carrier(noun, patterns) == noun.head and halts(noun.head, row.code, patterns):
        code = recoded(row.code, patterns.halts)  # "called off the strike" eases dissent
        if code is None:
            return None
    candidate = Candidate(noun, code, consumed=(used.i,) if used is not None else ())
    verb = carrier(noun, patterns)
    # A light verb's phrases belong to its noun: "launched legal action against X".
    found = {**preps_of(verb), **preps_of(noun)} if verb is not None else preps_of(noun)
    found = {**carried_by(noun, patterns), **found}
    # "Kenya faced sanctions from the EU": the verb's subject is whom it is done to, and its
    # "from"/"by" phrase (where the parser hangs it) the doer
    undergone = undergoer(noun, patterns)
    if undergone is not None:
        found = {**{p: h for p, h in preps_of(undergone).items() if p in SOURCE_PREPS}, **found}
    # A preposition the pattern takes for the other side is not the doer's: "withdrawal from X".
    doers = {p: head for p, head in found.items() if p not in row.preps}
    # "the surrender of the rebels": a noun of an act with no object is done by its "of" phrase
    doing = of_doer(noun, found, patterns, index)
    governor = None if undergone is not None else (
        verb or uncoded_governor(noun, patterns) or conjoined_carrier(noun, patterns))
    candidate.source = noun_source(noun, doers, governor, patterns, index, doing)
    if is_instigation(noun):  # "at the request of X": X asked, whatever the preposition
        candidate.source = index.mentions_for(requesters(noun)) or candidate.source
    if not candidate.source and code in TALKS:
        candidate.source = talks_party(noun, patterns, index)
    if not candidate.source and root_reading(patterns.doer_roots, code) == "people":
        candidate.source = people_of_place(noun, index, places)  # "a student march in X"
    pairs = [found[p] for p in PAIR_PREPS if p in found] or occurring_between(noun)
    if pairs:
        both = index.mentions_for(pairs)
        # "talks between A and B": A and B are the sides; "X's mediation between A and B": X is
        # the doer, and both are whom it is done to
        others = [m for m in both if m not in candidate.source]
        candidate.target = others if candidate.source and others else both[1:] or both
        candidate.source = candidate.source or both[:1]
    targets = [found[p] for p in row.preps if p in found and p not in PAIR_PREPS]
    if isinstance(row, VerbPattern):  # a nominalization's "of" phrase is its verb's object
        targets += [found["of"]] if "of" in found and found["of"] is not used else []
    targets = [head for head in targets if head is not doing]
    candidate.about = first_thing(targets, used, patterns)
    if verb is not None:  # "gave Kenya permission", "joined Iran for talks"
        targets += [c for c in verb.children if c.dep_ in ("dative", "dobj") and c != noun]
    for head in targets:
        if target := index.mentions_for([head]):
            candidate.target = target
            break
    if not candidate.target and undergone is not None:
        subject = subject_of(undergone, patterns)
        candidate.target = index.mentions_for([subject] if subject is not None else [])
    if not candidate.target and used is not None and used is not doing:
        candidate.target = index.nearest(used, limit=3.0)  # "suspension of US aid"
    if not candidate.target:  # "a ceasefire with X", "declared a truce in X"
        heads = participant_objects(noun)
        heads += participant_heads(verb, patterns) if verb is not None else []
        if noun.dep_ == "nsubj" and code[:2] in VIOLENT_ROOTS:  # "an air strike hit X"
            heads += participant_heads(noun.head, patterns)
        heads = [head for head in heads if head != noun]
        candidate.target = first_other(heads, candidate.source, index)
    return candidate


def occurring_between(noun: Token) -> list[Token]:
    """Return the sides an event noun's verb of occurring names: "fighting broke out between A
    and B", "clashes erupted among X" (the parser hangs the phrase on the verb, not the noun)."""
    if noun.dep_ != "nsubj" or noun.head.pos_ != "VERB":
        return []
    found = preps_of(noun.head)
    return [found[p] for p in PAIR_PREPS if p in found]


def is_naming_participle(verb: Token, patterns: PatternSet) -> bool:
    """Tell whether a verb of naming gives the noun it modifies a name ("a film called X", "a
    man named Y"; naming_verbs.csv)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in patterns.naming_verbs:
        return False
    return any(c.dep_ in NAME_DEPS for c in verb.children)


def is_describing_participle(verb: Token, patterns: PatternSet) -> bool:
    """Tell whether a participle after a noun says which of its kind the noun is, with no doer
    named: "gunmen armed with rifles", "militias allied with X" (describing_participles.csv) tell
    a standing relation, no act the sentence reports. With its doer ("rebels backed by X") it
    is that doer's act."""
    return (is_reduced_passive(verb) and verb.lemma_.lower() in patterns.phrase_words.describing
            and agent_of(verb) is None)


def is_undone_object(noun: Token, patterns: PatternSet) -> bool:
    """Tell whether an event noun is the object a verb's row of no event names: that row
    reads the verb and its object together ("returned a call" answers it)."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    found = verb_row(noun.head, patterns)
    return found is not None and found[0].code == NO_EVENT and found[1] == noun


def uncoded_governor(noun: Token, patterns: PatternSet) -> Token | None:
    """Return the verb an event noun is the object of when that verb codes no event itself.

    "failed to renew the embargo", "approved a mission": the verb's subject does the act its
    object names. A coded verb ("condemned the attack") or one of speaking or knowing about an
    act ("cited the bombings", reference_verbs.csv) speaks about an act done by another.
    """
    verb = noun.head
    if noun.dep_ == "attr" and verb.lemma_ in COPULAS:
        return verb  # "X is the largest donor to Y": the copula's subject is the donor
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or match_verb(verb, patterns) is not None:
        return None
    return None if verb_keys(verb) & patterns.reference_verbs else verb


def conjoined_carrier(noun: Token, patterns: PatternSet) -> Token | None:
    """Return the verb that carries the first of a list of event nouns, for the others: in
    "launched air strikes and artillery attacks", "carried out raids and arrests", the one who
    launched or carried out the first did all. A verb that speaks about the first ("condemned
    the raids and arrests") or halts it ("suspended aid and trade deals") does none of them, and
    a list led by a word of no event ("famine and renewed fighting") has no carrier."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first is noun or match_noun(first, patterns) is None:
        return None
    verb = uncoded_governor(first, patterns)
    if verb is None and first.dep_ == "dobj" and verb_keys(first.head) & patterns.support_verbs:
        verb = first.head
    return verb


def noun_source(
    noun: Token,
    found: dict[str, Token],
    verb: Token | None,
    patterns: PatternSet,
    index: MentionIndex,
    doing: Token | None = None,
) -> list[Mention]:
    """Return the doer of an event noun: its possessor, "by"/"from" phrase or actor modifier,
    else the "of" phrase `doing` that names the doer ("the surrender of the rebels"), else the
    subject of the light verb that carries it ("Egypt stepped up its offensive"), else the actor
    its possessive pronoun stands for ("His visit to Paris ...")."""
    heads = [c for c in noun.children if c.dep_ == "poss"]
    # ... but "by firing rockets" tells how it was done, not who did it
    heads += [found[p] for p in SOURCE_PREPS if p in found and found[p].dep_ != "pcomp"]
    # "murders at the hands of X", also where the parser hangs it on the verb of the noun
    hands = hands_of(noun) or (hands_of(noun.head) if noun.dep_ == "dobj" else None)
    heads += [hands] if hands is not None else []
    heads += [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")
              and (named := index.at(c)) is not None and not is_town_people(named)]
    source = index.mentions_for(heads)
    if not source and doing is not None:
        source = index.mentions_for([doing])
    if not source and verb is not None:
        subject = doer(verb, patterns, index)
        source = index.mentions_for([subject] if subject is not None else [])
    # a possessive pronoun after them: "X continued its attacks" names X itself
    source = source or index.possessor(noun)
    holder = noun.head.head if noun.dep_ == "pobj" else None
    if not source and holder is not None and is_answerable(noun.head, holder):
        subject = subject_of(holder, patterns)  # "X is responsible for the killings": X killed
        source = index.mentions_for([subject] if subject is not None else [])
    return source


def is_possessive(doc: Doc, mention: Mention) -> bool:
    """Tell whether a mention is a possessive pronoun ("his", "their"): it gives the doer of
    the act its noun names ("their protest"), and is no side of any other event."""
    word = doc[mention.start]
    return mention.end == mention.start + 1 and word.dep_ == "poss" and word.pos_ == "PRON"


def talks_party(noun: Token, patterns: PatternSet, index: MentionIndex) -> list[Mention]:
    """Return the subject of the clause that talks with another named in a phrase of time or
    purpose are held in: "arrived in X for talks with Y", "after a meeting with Y, X praised": X
    is a party."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in TALKS_PREPS or "with" not in preps_of(noun):
        return []  # "during a closed-door meeting" names no other side: the subject may be one
    if prep.head.pos_ not in ("VERB", "AUX"):
        return []
    subject = subject_of(prep.head, patterns)
    return index.mentions_for([subject] if subject is not None else [])


def is_answerable(prep: Token, holder: Token) -> bool:
    """Tell whether the phrase an event noun sits in makes the subject its doer: "X is
    responsible for the attack", "X was behind the bombing"."""
    behind = prep.lower_ == "behind" and holder.lemma_.lower() in COPULAS
    return behind or holder.lemma_.lower() in ANSWERABLE


def recalled(candidate: Candidate, told: list[Candidate]) -> Candidate:
    """Give talks named again with no sides of their own the sides of the talks told of last.

    "X held a call with Y. ... The call was made at Z's request": "the call" is X's call with
    Y, so its sides are X and Y (and `initiated` then reads who asked for it).
    """
    if candidate.code not in TALKS or candidate.source or candidate.target:
        return candidate
    trigger = candidate.trigger
    nouns = [trigger] + [trigger.doc[i] for i in candidate.consumed]
    if not any(noun.pos_ == "NOUN" and is_definite(noun) for noun in nouns):
        return candidate
    before = next((c for c in reversed(told) if c.code in TALKS and c.source and c.target), None)
    if before is not None:
        candidate.source, candidate.target = list(before.source), list(before.target)
    return candidate


def is_definite(noun: Token) -> bool:
    """Tell whether a noun names something already told of: "the call", "these talks"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def initiated(candidate: Candidate, index: MentionIndex) -> Candidate:
    """Make the side that asked for a mutual act its source, the other side its target.

    "The call was made at the request of X", "Y's call with Z took place at X's request": X
    set the consultation off, so X is its source and the others whom it reached.
    """
    trigger = candidate.trigger
    if candidate.code not in TALKS:
        return candidate
    words = [trigger] + ([trigger.head] if trigger.dep_ in ("nsubj", "nsubjpass") else [])
    asked = index.mentions_for([head for word in words for head in instigators(word)])
    if asked:
        others = [m for m in candidate.source + candidate.target if m not in asked]
        # "at the request of the French side": France's own envoy is its side, not its partner
        sides = {m.actor.country for m in asked} - {None}
        partners = [m for m in others if m.actor.country not in sides]
        candidate.source, candidate.target = asked, partners or others
    return candidate


def between_sides(
    candidate: Candidate, words: Sequence[Token | None], index: MentionIndex
) -> Candidate:
    """Make the parties of a mutual act with no doer named its sides, the first its source.

    "Talks between A and B were held", "a meeting was held between A and B": A met B, as in
    "A and B met". The "between" phrase may hang on the verb, its object or its passive subject.
    """
    if candidate.source or not is_mutual(candidate.code):
        return candidate
    found = [preps_of(word) for word in words if word is not None]
    parties = index.mentions_for([f[p] for f in found for p in PAIR_PREPS if p in f])
    if len(parties) > 1:
        candidate.source, candidate.target = parties[:1], parties[1:]
    return candidate


def is_mutual(code: str) -> bool:
    """Tell whether a CAMEO code names an act both sides do: consulting, agreeing, settling."""
    return (code[:2] in SYMMETRIC_ROOTS or code in SYMMETRIC_CODES) and code not in ONE_WAY_CODES


def is_sport(sentence: Span, lemmas: set[int], patterns: PatternSet) -> bool:
    """Tell whether a sentence reports a game, which CAMEO codes nothing of: a player's or a
    round's word ("the goalkeeper", "the semifinal"; sports_words.csv), or a score with a verb of
    a game's result ("Real Madrid beat Barcelona 3-1"; sport_result_verbs.csv). `lemmas` are
    the string ids of its words' lemmas (read as ids: a Token per word costs more)."""
    words, results = patterns.sport_ids
    if not lemmas.isdisjoint(words):
        return True
    return not lemmas.isdisjoint(results) and SCORE.search(sentence.text) is not None


def without_own_weapons(
    target: list[Mention], source: list[Mention], doc: Doc, patterns: PatternSet, code: str = ""
) -> list[Mention]:
    """Drop the doer's own weapons from a target: "Taiwan scrambled jets", "X test-fired a
    missile" use them on no one. Another's are whose they are ("intercepted Iranian drones"),
    unless given as aid (07): "urged allies to send more air defence" sends them to no one."""
    own = {m.actor.country for m in source if m.actor.country}
    return [m for m in target if not ((m.actor.country in own or code[:2] == "07")
                                      and ARMS in object_keys(doc[m.end - 1], patterns))]


def symmetric(candidate: Candidate, patterns: PatternSet) -> Candidate:
    """Split "A and B met" into source A and target B for mutual codes or verbs ("A and B
    clashed", mutual_verbs.csv) without an object."""
    mutual = is_mutual(candidate.code) or candidate.trigger.lemma_.lower() in patterns.mutual_verbs
    if mutual and not candidate.target and len(candidate.source) > 1:
        candidate.target = candidate.source[1:]
        candidate.source = candidate.source[:1]
    return candidate


def keep(candidate: Candidate, mediums: frozenset[str] = frozenset()) -> bool:
    """Return True when a candidate has actors enough to be an event (`mediums`: the channels
    words go out through, `is_medium`)."""
    doc = candidate.trigger.doc
    candidate.target = [m for m in candidate.target
                        if m not in candidate.source and not is_medium(m, doc, mediums)]
    if candidate.code.startswith("01"):
        # Statements need a speaker, and a media outlet's "said" is attribution, not an event.
        return bool(candidate.source) and not any(is_media(m.actor) for m in candidate.source)
    return bool(candidate.source or candidate.target) or is_situated_violence(candidate)


def is_medium(mention: Mention, doc: Doc, mediums: frozenset[str]) -> bool:
    """Tell whether a mention names an outlet as where words appeared ("said on Twitter",
    "criticized on Facebook", "wrote in the Times", "announced on her Facebook page") or went
    through a channel of `mediums` ("claimed the raid in a statement sent to media"), not as
    whom an act is aimed at."""
    # the phrase's own head: "a local journalist in Quetta" is no outlet "in" anything
    head = doc[mention.start:mention.end].root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "her Facebook page": the page is where
    if not is_media(mention.actor):
        return False
    return ((head.dep_ == "pobj" and head.head.lower_ in MEDIUM_PREPS)
            or any(is_channel(word, mediums) for word in head.ancestors))


def is_situated_violence(candidate: Candidate) -> bool:
    """Tell whether an event with no actor named is still a concrete act of violence: one its
    own phrase puts at a place on a date ("the shooting at the concert hall outside Moscow on
    March 22"), as a bare "the attack" or "the war" is not.
    """
    if candidate.code[:2] not in VIOLENT_ROOTS:
        return False
    labels = {token.ent_type_ for token in phrase_with_trailing_pps(candidate.trigger)}
    return "DATE" in labels and bool(labels & {"GPE", "LOC", "FAC"})


def _sentence_text(trigger: Token, article: Article) -> str:
    """Return the text of the trigger's sentence, cut from the article's text, which the doc
    was parsed from: `Span.text` joins the sentence's tokens again for every event."""
    start, end = table_of(trigger.doc).sentence_chars_of(trigger.i)
    return article.text[start:end]


def rejected_span(candidate: Candidate, patterns: PatternSet) -> tuple[int, int] | None:
    """Return the span of the proposal a rejection is aimed at when its target is named only as
    the proposal's author: "rejected a request from X" (`authored_span`), or, for opposition to
    a thing (`THING_REJECTIONS`), as its party: "rejected any deal with X". Only the rejections
    of something offered (`PROPOSAL_REJECTIONS`): "rejected demands from X" refuses X itself
    (124). What a support verb voices is the act, not the thing opposed: "expressed its
    displeasure to X" opposes X."""
    if candidate.code not in (*PROPOSAL_REJECTIONS, *THING_REJECTIONS):
        return None
    preps = (*AUTHOR_PREPS, *(PARTY_PREPS if candidate.code in THING_REJECTIONS else ()))
    trigger = candidate.trigger
    doc = trigger.doc
    things = [doc[i] for i in candidate.consumed if doc[i].pos_ == "NOUN"]
    # a rejection with no object in its pattern (120) rejects what its object names
    things += [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if trigger.pos_ == "VERB" and supports(trigger, patterns):
        # "voiced opposition to the sale of arms to X": the sale is what is opposed
        things = [pobj for thing in things for prep in thing.children if prep.dep_ == "prep"
                  for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"]
    return next((found for thing in things
                 if (found := authored_span(candidate.target, thing, candidate.trigger, preps))),
                None)


def about_span(
    candidate: Candidate, acts: tuple[int, ...], describing: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Return the phrase of the thing an event with no actor target is about, if a slot of its
    pattern names one (`Candidate.about`); the event keeps no target actor. `describing`: the
    participles the phrase keeps with their clause (`phrase_extent`)."""
    if written(candidate.target) or candidate.about is None:
        return None
    return phrase_extent(candidate.about, {candidate.trigger.i, *acts}, THING_PREPS, placed=True,
                         words=PhraseWords(describing=describing))


def struck_span(
    candidate: Candidate, acts: tuple[int, ...], describing: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Return the phrase of the thing a violent act struck (`struck_thing`) when its target is
    only the place that phrase names ("shelled the old fort near X": X's state, spanned at the
    fort near X); else None."""
    thing = candidate.about
    if candidate.code[:2] not in VIOLENT_ROOTS or thing is None or thing.dep_ not in OBJECT_DEPS:
        return None
    start, end = phrase_extent(thing, {candidate.trigger.i, *acts}, THING_PREPS, placed=True,
                               words=PhraseWords(describing=describing))
    placed = [m for m in candidate.target if m.actor.basis == "place"
              and start <= m.start_char and m.end_char <= end]
    return (start, end) if candidate.target and placed == candidate.target else None


def plover_reading(
    candidate: Candidate, modality: str, patterns: PatternSet, codebook: Codebook
) -> tuple[str, str]:
    """Return the PLOVER type and mode of a candidate where PLOVER reads apart what CAMEO codes
    as one: an act told in the future (roots in foretold_roots.csv) takes its root's foretold
    type ("X will withdraw its troops" is CONCEDE) or, for cooperation ("X will meet Y"), the
    reading of its CAMEO intent (03 by intents.csv: AGREE), while its CAMEO code stays the act;
    and a word's own row in plover_words.csv ("indict" is ACCUSE, not 173's COERCE)."""
    code = candidate.code
    foretold = patterns.foretold_roots.get(code[:2]) if modality == "future" else None
    if foretold:
        return foretold, ""
    if foretold is not None:
        code = recoded(code, patterns.intents) or code
    return codebook.plover_of(code, candidate.trigger.lemma_.lower())


# The modalities a refusal's own auxiliary gives ("will not lift", "would not negotiate"): the
# refusal they state is made when it is said.
STATED_MODALITIES = frozenset({"future", "conditional"})


def make_event(
    candidate: Candidate, number: int, article: Article, patterns: PatternSet, codebook: Codebook
) -> Event:
    """Turn a candidate into an `Event` record with codebook fields, modality and casualties."""
    trigger = candidate.trigger
    entry = codebook.entry(candidate.code)
    negated, modality = read_modality(trigger, patterns)
    negated = negated and not candidate.refusal  # "will not lift" asserts a refusal (12)
    if candidate.refusal and modality in STATED_MODALITIES:
        modality = "asserted"  # "said it would not negotiate": refused now, not some day
    fatalities, injured = count_casualties(trigger, patterns)
    plover_type, plover_mode = plover_reading(candidate, modality, patterns, codebook)
    start = trigger.idx
    # the act nouns its pattern used ("lifted its blockade of X") are the event's, not a side's;
    # a person it used ("arrested an employee of X") heads the side's phrase
    acts = tuple(i for i in candidate.consumed if match_noun(trigger.doc[i], patterns) is not None)
    acts += result_words(trigger, patterns) + candidate.roles
    words = patterns.phrase_words
    return Event(
        event_id=event_id(article.article_id, number, start, entry.code),
        article_id=article.article_id,
        sentence_index=number,
        sentence=_sentence_text(trigger, article),
        trigger=trigger.text,
        trigger_span=(start, start + len(trigger.text)),
        cameo=entry.code,
        cameo_root=entry.root,
        cameo_name=entry.name,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        plover_type=plover_type,
        plover_mode=plover_mode,
        source=tuple(m.actor for m in candidate.source),
        target=tuple(m.actor for m in candidate.target),
        source_span=phrase_span(written(candidate.source), trigger, SOURCE_PHRASE_PREPS, acts,
                                words),
        target_span=rejected_span(candidate, patterns)
        or struck_span(candidate, acts, words.describing)
        or phrase_span(written(candidate.target), trigger, own=acts, words=words)
        or about_span(candidate, acts, words.describing),
        negated=negated,
        modality=modality,
        fatalities=fatalities,
        injured=injured,
        code_basis="rules" if candidate.probability is None else "model",
        code_probability=candidate.probability,
    )


def result_words(trigger: Token, patterns: PatternSet) -> tuple[int, ...]:
    """Return the adjective of its pattern that tells the state a verb leaves its object in
    ("let free X", "set free X"): the verb's own word, though the parser hangs it on the object
    as a modifier, so never part of the target's phrase."""
    words = resultatives(trigger)  # few verbs have one: the verb's pattern is matched for those
    match = match_verb(trigger, patterns) if words and trigger.pos_ == "VERB" else None
    particle = match[0].particle if match is not None else ""
    return tuple(i for i in words if particle and trigger.doc[i].lower_ == particle)


def roles_of(trigger: Token) -> tuple[int, ...]:
    """Return the role a verb's "as" phrase gives its doer ("resigned as head of X")."""
    return tuple(role.i for prep in trigger.children
                 if prep.dep_ == "prep" and prep.lower_ == ROLE_PREP
                 for role in prep.children if role.dep_ == "pobj")


def written(mentions: list[Mention]) -> list[Mention]:
    """Return the mentions whose words name their actor: a government or people read as the
    doers' own (basis "home", `sites.aimed_at_home`) lies over the doers' words, and
    unidentified doers (basis "unnamed", `sites.by_unnamed_doers`) over a place or target,
    which do not name them."""
    return [m for m in mentions if m.actor.basis not in IMPLIED]
