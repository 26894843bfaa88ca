"""Matching a parse against the event patterns: the most specific verb, noun or nominal row for a
word, the object and prepositions it used, and the light verbs that carry event nouns.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.annotate import drop_table, table_of
from newsevents.events.doers import subject_of
from newsevents.events.patterns import (
    INFINITIVE_OBJECT,
    NAMED_OBJECTS,
    NO_EVENT,
    PERSONAL_PRONOUNS,
    QUESTION_OBJECT,
    NounPattern,
    PatternSet,
    VerbPattern,
)

# "took part in talks", "joined Iran for talks", "embarked on a tour"
CARRIER_PREPS = ("in", "for", "on")
# A verb with one of these is no bare headline participle: "has attacked", "attacked X".
BARE_NOT = ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "nsubjpass")
OBJECT_DEPS = ("dobj", "nsubjpass", "xcomp", "acomp", "oprd", "attr")
QUESTION_WORD_TAGS = ("WDT", "WP", "WP$", "WRB")  # who, what, which, why, how, when
COMPANION_PREPS = ("along",)  # "along with X" names who else did it
# What a verb is about is no object of it: "news was released about X" frees no one.
TOPIC_PREPS = ("about",)
# Numbers that make a definite plural subject a set of parties: "the two ministers" (where "two
# officials spoke on condition of anonymity" are sources, not parties to talks).
PARTIES = frozenset({"two", "three", "four"})


def event_word(token: Token, light: frozenset[str], members: frozenset[str] = frozenset()) -> Token:
    """Return the word that names an event or thing: "mediation" in "mediation effort",
    "experts" in "a team of experts", else the word itself. Member nouns, if given, are read
    only through their "of": as an event noun, "an aid team" is no aid (as an object, "sent an
    aid team", it is)."""
    lemma = token.lemma_.lower()
    if lemma not in light:
        return token
    compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if compounds and lemma not in members:
        return compounds[-1]
    of = preps_of(token).get("of")
    if of is None or of.pos_ not in ("NOUN", "PROPN"):
        return token
    # Quantities nest: "hundreds of tonnes of food", "a barrage of dozens of rockets".
    return event_word(of, light, members) if of.lemma_.lower() in light else of


def phrase_keys(token: Token, light: frozenset[str] = frozenset()) -> set[str]:
    """Return the lemma keys of a word: head lemma and text, with its modifiers before it.

    A light noun ("effort", "operation") also gives the keys of the noun it is made of.
    """
    if (word := event_word(token, light)) is not token:
        return phrase_keys(token) | phrase_keys(word)
    head = {token.lemma_.lower(), token.lower_}
    head |= set(hyphen_forms(token))
    keys = set(head)
    if token.ent_type_ in NAMED_OBJECTS:  # "released Juan Rivera", "captured Kherson"
        keys.add(NAMED_OBJECTS[token.ent_type_])
    if token.pos_ == "PRON" and token.lower_ in PERSONAL_PRONOUNS:
        keys.add(NAMED_OBJECTS["PERSON"])
    if is_infinitive_clause(token):
        keys.add(INFINITIVE_OBJECT)
    # A common-noun possessor names the kind as a compound does: "the teachers' strike" is a
    # teacher strike; a named one ("Russia's strike") is the doer, read by the coder instead.
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")
                 or (c.dep_ == "poss" and c.pos_ == "NOUN")]
    for start in range(len(modifiers)):
        prefix = " ".join(m.lemma_.lower() for m in modifiers[start:])
        keys.update(f"{prefix} {word}" for word in head)
    # "state of emergency", "prisoner of war": an "of" phrase completes the name.
    of = preps_of(token).get("of")
    if of is not None and of.lower_ != "of":
        keys.update(f"{word} of {of.lemma_.lower()}" for word in head)
    return keys


def is_infinitive_clause(token: Token) -> bool:
    """Tell whether a word heads a verb's "to" clause ("pressed X to resign": resign)."""
    return token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.lefts)


def is_question(clause: Token) -> bool:
    """Tell whether a clause asks: it ends in a question mark ("Can she stay?"), or opens with
    a question word, "whether" or "if" ("who would win", "if talks would resume")."""
    after = clause.right_edge.i + 1  # the parser may hang the mark on the clause's governor
    if any(c.dep_ == "punct" and c.text == "?" for c in clause.children) or (
            after < len(clause.doc) and clause.doc[after].text == "?"):
        return True
    first = clause.left_edge
    if clause.dep_ == "ccomp":
        return first.tag_ in QUESTION_WORD_TAGS or first.lower_ in ("whether", "if")
    # "asked X if Y would ...": the parser may read an indirect question as a condition
    return clause.dep_ == "advcl" and first.lower_ in ("whether", "if")


def question_of(verb: Token) -> Token | None:
    """Return the question a verb asks, if it asks one: its clause that is a question ("asked
    Putin who would win", 'asked the crowd, "Can she stay?"'), or, with no clause of its own,
    the quoted question of its sentence ('"Will you run?" he asked'). A "to" clause is an act
    asked for ("asked X to run"), no question."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
    if any(is_infinitive_clause(c) for c in clauses):
        return None
    # "asked X if Y would ...", "was asked which of ..." (the question word as the object)
    asked = [c for c in verb.children if c.dep_ == "advcl" and is_question(c)
             or c.dep_ == "dobj" and c.tag_ in QUESTION_WORD_TAGS]
    asked += [c for c in clauses if is_question(c)]
    if asked or clauses:
        return next(iter(asked), None)
    # a question mark in its sentence ('"Will you run?" he asked', 'asked, "Really?"'), or a
    # quoted question the parser left in the sentence before or after
    mark = next((t for t in verb.sent if t.text == "?"), None)
    return mark or question_before(verb.sent) or question_after(verb.sent)


def question_before(sentence: Span) -> Token | None:
    """Return the question a sentence follows right after its closing quote, which the parser
    may leave in a sentence of its own: '"Will you run?" | he asked.'"""
    i = sentence.start - 1
    while i >= 0 and sentence.doc[i].is_quote:
        i -= 1
    return sentence.doc[i].head if i >= 0 and sentence.doc[i].text == "?" else None


def question_after(sentence: Span) -> Token | None:
    """Return the quoted question that opens the sentence after, where a speaker is put between
    two parts of a quotation: '"The ones who came,” he asked. “Do we throw them out?"'."""
    doc, end = sentence.doc, sentence.end
    if end >= len(doc) or not doc[end].is_quote:
        return None
    return next((t for t in doc[end].sent if t.text == "?"), None)


def hyphen_forms(token: Token) -> tuple[str, ...]:
    """Return the spellings of a hyphenated compound the tokenizer split, solid and hyphenated
    ("cease-fire": ceasefire, cease-fire; "sit-in": sitin, sit-in), else none.

    News writes both, and the lexicons list whichever is usual.
    """
    if token.i < 2 or token.doc[token.i - 1].text != "-":
        return ()
    first = token.doc[token.i - 2]
    if first.head != token:
        return ()
    return first.lower_ + token.lemma_.lower(), f"{first.lower_}-{token.lemma_.lower()}"


def hyphened(token: Token) -> str | None:
    """Return a hyphenated compound with the word's lemma ("test-fired" -> "test-fire"), else
    None."""
    if token.i < 2 or token.doc[token.i - 1].text != "-":
        return None
    first = token.doc[token.i - 2]
    return f"{first.lower_}-{token.lemma_.lower()}" if first.head == token else None


# the children `preps_of` reads: prepositions and particles, and a clause that may open "for"
PREP_OF_DEPS = ("prep", "agent", "prt", "dative", "advcl", "ccomp")


def preps_of(token: Token) -> dict[str, Token]:
    """Return the prepositions and particles attached to a word, with their object (if any)."""
    found: dict[str, Token] = {}
    doc, table = token.doc, table_of(token.doc)  # Tokens built only for the children read
    for child in map(doc.__getitem__, table.children_with(token.i, PREP_OF_DEPS)):
        # the tagger may take "upon" for a conjunction ("called upon X"), never "as" or "than"
        if child.dep_ in ("prep", "agent", "prt", "dative") and (
                child.pos_ in ("ADP", "ADV") or child.lower_ == "upon"):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if child.lower_ in COMPANION_PREPS:
                continue  # "spoke along with X": X spoke too, and was not spoken with
            if not objects and (inner := compound_prep(child)) is not None:
                # "pulled out of Iraq": the parser hangs "of Iraq" on "out"; it is the verb's
                inner_objects = [c for c in inner.children if c.dep_ == "pobj"]
                found.setdefault(inner.lower_, inner_objects[0] if inner_objects else inner)
            if objects and objects[0].ent_type_ in ("DATE", "TIME"):
                continue  # "called on Tuesday" is not "called on Russia"
            found.setdefault(child.lower_, objects[0] if objects else child)
        elif child.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in child.children
        ):
            # "called for Egypt to join": a for-to clause is the verb's "for" phrase, and its
            # subject is the one the call is for.
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            found.setdefault("for", subjects[0] if subjects else child)
    return found


def compound_prep(prep: Token) -> Token | None:
    """Return the inner preposition of a two-word one ("out of", "away from"), else None."""
    inner = [c for c in prep.children if c.dep_ == "prep"]
    return inner[0] if inner and not any(c.dep_ == "pobj" for c in prep.children) else None


def object_candidates(verb: Token) -> list[Token]:
    """Return the words that can fill a pattern's object slot: objects, complements, pobjs."""
    candidates = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    # A past participle after a noun is a reduced passive: the noun is what it acted on
    # ("a journalist released on Monday", as a headline's whole clause).
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        candidates.append(verb.head)
    # The parser reads the predicate of "found X guilty" as a clause; a verb heading one ("warned
    # that Y would attack") is another's act, not the object of the speaker's.
    candidates += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ not in TOPIC_PREPS:
            inner = compound_prep(child)
            heads = child.children if inner is None else inner.children
            candidates.extend(c for c in heads if c.dep_ in ("pobj", "pcomp"))
    # "beat X 45 to 40 percent": a counted measure of the act, as "by 12 points" is
    candidates += [c for c in verb.children if c.dep_ == "npadvmod"
                   and any(n.dep_ == "nummod" for n in c.children)]
    # "warned Greece of consequences", "accused Iran of espionage": a named object takes no "of"
    # phrase of its own, so one the parser hangs on it is the verb's.
    for named in [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON")]:
        candidates.extend(c for p in named.children if p.dep_ == "prep" and p.lower_ == "of"
                          for c in p.children if c.dep_ == "pobj")
    # A conjoined object ("arms and ammunition") counts as an object too.
    candidates.extend(conj for c in list(candidates) for conj in c.conjuncts)
    return candidates


def headline_subject(verb: Token) -> Token | None:
    """Return the noun a headline's bare participle acts on, else None: "X attacked by Y",
    "Minister detained", "Soldiers killed in ambush" drop the auxiliary of a passive, so their
    subject (or the noun the parser made the root) is what was done to, not the doer.

    A past form the tagger reads as a finite verb counts only with a "by" phrase or in a
    headline (no closing punctuation); the caller decides whether its act is done to someone.
    """
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in BARE_NOT for c in verb.children):
        return None
    if verb.dep_ == "ROOT":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = verb.head
    else:
        return None
    agent = any(c.dep_ == "agent" for c in verb.children)
    return subject if verb.tag_ == "VBN" or agent or is_headline(verb) else None


def is_headline(word: Token) -> bool:
    """Return True when a word's sentence reads as a headline: no closing punctuation."""
    last = word.sent[-1]
    return not (last.is_punct or last.is_quote)


def is_predicative(copula: Token) -> bool:
    """Return True for a copula "be" that gives its subject an adjective or a phrase ("X was
    critical of Y", "teachers are on strike"): coded as a verb, its rows in verbs.csv name the
    adjectives and the phrases' nouns that are acts."""
    return (copula.lemma_ == "be" and copula.dep_ not in ("aux", "auxpass")
            and any((c.dep_ == "acomp" and c.pos_ == "ADJ") or c.dep_ == "prep"
                    for c in copula.children))


def match_verb(verb: Token, patterns: PatternSet) -> tuple[VerbPattern, Token | None] | None:
    """Return the most specific verb pattern for a verb and the object word it used."""
    return event_row(verb_row(verb, patterns))


def verb_row(verb: Token, patterns: PatternSet) -> tuple[VerbPattern, Token | None] | None:
    """Return the most specific verb pattern for a verb, a row of no event included ("did not
    return a request": nothing handed back), and the object word it used."""
    # A hyphenated compound verb has rows of its own: "test-fired a missile" tests a weapon.
    rows = patterns.verbs.get(hyphened(verb) or "")
    rows = rows or patterns.verbs.get(verb.lemma_.lower()) or patterns.verbs.get(verb.lower_)
    if not rows:
        return None
    # The parser reads "together" in "worked together" as an adverb of the verb, or of its
    # preposition ("work together with X"); a row naming it as the verb's particle takes it.
    named = {row.particle for row in rows if row.particle}
    doc, table = verb.doc, table_of(verb.doc)  # Tokens built only for the children that count
    particles = {doc[c].lower_ for c in table.children_with(verb.i, ("prt",))}
    if named:
        prepositions = table.children_with(verb.i, ("prep",))
        near = [*table.children(verb.i), *(g for c in prepositions for g in table.children(c))]
        particles |= {doc[c].lower_ for c in near
                      if table.deps[c] == "advmod" and doc[c].lower_ in named}
        # ... and "out" in "pulled out of X" as a preposition with one of its own.
        particles |= {doc[c].lower_ for c in prepositions
                      if doc[c].lower_ in named and compound_prep(doc[c]) is not None}
        particles |= {doc[c].lower_ for c in resultatives(verb) if doc[c].lower_ in named}
    # the objects' keys are read only for a verb with a row that names an object
    asks = any(QUESTION_OBJECT in row.objects for row in rows)
    objects = _objects(verb, patterns, asks) if any(row.objects for row in rows) else []
    preps = set(preps_of(verb)) | ({"with"} if reciprocal(verb, patterns) else set())
    # The parser often hangs a verb's phrase in its object ("discussed ties with X"): there it
    # still gives a row that needs it ("!with") the preposition it needs. Each is told with
    # whether it hangs right on the object ("asked X about Y") or deeper in its phrase.
    hung = {w.lower_: w.head.dep_ == "dobj" for c in verb.children if c.dep_ == "dobj"
            for w in c.subtree if w.dep_ == "prep"} if any(row.needs_prep for row in rows) else {}
    doers = doer_keys(verb, patterns) if any(row.doers for row in rows) else set()
    return best_row(rows, particles, preps, objects, hung, doers)


def doer_keys(verb: Token, patterns: PatternSet) -> set[str]:
    """Return the keys and classes of the common nouns doing a verb ("Russian missiles":
    missile, (arms)), for the rows of doer_verbs.csv. A named doer is an actor, not a kind of
    thing: "Shell" the firm is no artillery shell."""
    subject = subject_of(verb, patterns)
    words = [subject, *subject.conjuncts] if subject is not None else []
    keys = set().union(*(object_keys(w, patterns) for w in words if w.pos_ == "NOUN"))
    # ... but a name after its kind word is of that kind: "Hurricane Milton", "Typhoon Haiyan"
    kinds = [c.lower_ for w in words if w.pos_ == "PROPN" for c in w.lefts if c.dep_ == "compound"]
    return keys.union(*(patterns.object_classes.get(kind, ()) for kind in kinds[:1]))


def _objects(
    verb: Token, patterns: PatternSet, asks: bool = False
) -> list[tuple[Token, set[str]]]:
    """Return the words that may fill a verb row's object slot, each with its keys; `asks`
    adds the question the verb asks, if any, for its "(question)" rows."""
    candidates = object_candidates(verb)
    if verb.lemma_.lower() in patterns.permission_verbs:
        candidates += permitted(verb)
    # "threatened to take military action": the act a light verb's clause carries is its event
    # noun ("take steps" carries none)
    candidates += [
        noun
        for clause in candidates
        if clause.dep_ == "xcomp" and supports(clause, patterns)
        for noun in clause.children
        if noun.dep_ == "dobj" and match_noun(noun, patterns) is not None
    ]
    found = [(obj, object_keys(obj, patterns) | clause_keys(obj)) for obj in candidates]
    # a verb with a "(question)" row: the question it asks ("asked X whether ...")
    question = question_of(verb) if asks else None
    return found + [(question, {QUESTION_OBJECT})] if question is not None else found


def clause_keys(clause: Token) -> set[str]:
    """Return the keys of a "to" clause read with its particle or object: "threatened to use
    force" is keyed "use force", "threatened to pull out" "pull out" (verbs.csv names them so)."""
    if clause.dep_ != "xcomp" or clause.pos_ != "VERB":
        return set()
    # "pull out of X": the parser may hang the particle as a preposition with one of its own
    return {clause_key(clause, c) for c in clause.children if c.dep_ in ("prt", "dobj")
            or (c.dep_ == "prep" and compound_prep(c) is not None)}


def clause_key(clause: Token, word: Token) -> str:
    """Return the key of a clause's verb read with one of its words ("use force")."""
    return f"{clause.lemma_.lower()} {word.lemma_.lower()}"


# Labels under which the parser hangs a resultative adjective on its verb ("let free").
RESULTATIVE_DEPS = ("ccomp", "oprd", "acomp", "xcomp", "advmod")


def resultatives(verb: Token) -> list[int]:
    """Return the adjectives that tell the state a verb leaves its object in ("set free the
    prisoners", "set the prisoners free"): the parser hangs one on the verb, or on the object
    as a modifier where no modifier stands (right after the verb, or after the noun)."""
    table = table_of(verb.doc)
    objects = table.children_with(verb.i, ("dobj",))
    hung = [*table.children_with(verb.i, RESULTATIVE_DEPS),
            *(a for o in objects for a in table.children_with(o, ("amod",))
              if a == verb.i + 1 or a > o)]
    return [a for a in hung if verb.doc[a].pos_ == "ADJ"]


def permitted(verb: Token) -> list[Token]:
    """Return the ones a permission verb lets do something, where the parser made them the
    subject of its clause ("let aid convoys enter X", "allowed supplies to reach X"): they are
    what is allowed in, as the object of "allowed convoys into X" is."""
    return [s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def reciprocal(verb: Token, patterns: PatternSet) -> bool:
    """Return True when a reciprocal verb (reciprocal_verbs.csv) has several parties for its
    subject and nothing said: "A and B spoke on Monday", "the two ministers last talked in May",
    "A and B discussed trade" are talks between them, where "A spoke on Monday" or "A and B
    spoke of a deal" are not. An object is what is talked about, not what is said."""
    if verb.lemma_.lower() not in patterns.reciprocal_verbs:
        return False
    if any(c.dep_ == "ccomp" for c in verb.children) or "of" in preps_of(verb):
        return False
    subject = subject_of(verb, patterns)
    if subject is None or subject.conjuncts:
        return subject is not None
    # "the Turkish and Greek ministers", "the ministers of Turkey and Greece": the parties are
    # in the modifiers or the "of" phrase
    parted = any(c.conjuncts for c in subject.lefts if c.dep_ in ("amod", "compound"))
    parted = parted or bool((of := preps_of(subject).get("of")) is not None and of.conjuncts)
    words = {c.lower_ for c in subject.lefts}
    counted = "both" in words or ("the" in words and bool(words & PARTIES))
    return subject.tag_ in ("NNS", "NNPS") and (parted or counted)


def match_nominal(noun: Token, patterns: PatternSet) -> tuple[VerbPattern, Token | None] | None:
    """Code a nominalization by its verb's patterns: "suspension of aid" as "suspend aid".

    The noun's "of" phrase and compound modifiers ("aid suspension") fill the object slot; a
    person's name before the noun is whose act it is ("the Trump release" is his press release).
    """
    verb = patterns.nominalizations.get(noun.lemma_.lower())
    verb = verb or patterns.nominalizations.get(noun.lower_)
    if verb is None or coded_at_light(noun, patterns) or noun_row(noun, patterns) is not None:
        return None  # a row of nouns.csv, if any, codes the noun
    lemma, _, particle = verb.partition(" ")
    heads = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
             and c.ent_type_ != "PERSON"]
    of = preps_of(noun).get("of")
    heads += [of] if of is not None and of.lower_ != "of" else []
    heads += [conj for head in list(heads) for conj in head.conjuncts]
    objects = [(obj, object_keys(obj, patterns)) for obj in heads]
    particles = {particle} if particle else set()
    return event_row(best_row(patterns.verbs[lemma], particles, set(preps_of(noun)), objects))


def object_keys(token: Token, patterns: PatternSet) -> set[str]:
    """Return a word's phrase keys and the object classes they belong to ("tents" -> relief),
    with those of a noun renaming it: "captured X, the last town held by the rebels" captured
    a town, whatever the tagger made of X."""
    keys = phrase_keys(token, patterns.light_nouns)
    keys = keys.union(*(phrase_keys(c, patterns.light_nouns) for c in token.children
                        if c.dep_ == "appos" and c.pos_ == "NOUN"))
    classes = patterns.object_classes
    return keys.union(*(classes[key] for key in keys if key in classes))


PLACE_KEYS = frozenset({NAMED_OBJECTS["GPE"]})  # "(place)"
# Prepositions that tell only where an act happened ("met in X", "said at X"): for a root read
# as a venue, a place behind one is not the act's target.
VENUE_PREPS = ("in", "at", "inside", "near", "outside")


def is_venue(word: Token) -> bool:
    """Tell whether a place is named by a phrase telling only where: "in X", "at X"."""
    return word.dep_ == "pobj" and word.head.lower_ in VENUE_PREPS


def event_row(
    found: tuple[VerbPattern, Token | None] | None,
) -> tuple[VerbPattern, Token | None] | None:
    """Return a row found, unless it says the predicate is no event."""
    return found if found is not None and found[0].code != NO_EVENT else None


def best_row(
    rows: tuple[VerbPattern, ...],
    particles: set[str],
    preps: set[str],
    objects: list[tuple[Token, set[str]]],
    hung: dict[str, bool] | None = None,
    doers: set[str] | None = None,
) -> tuple[VerbPattern, Token | None] | None:
    """Return the most specific row for a predicate's particles, prepositions, objects and
    doer's keys, a row of no event included, or None when there is none (`event_row` drops a
    row of no event)."""
    best: tuple[float, VerbPattern, Token | None] | None = None
    # a verb with a thing of its own acts on it, not on the place where it happened: "captured
    # Mahmud in X" is no capture of X
    held = any(o.dep_ in ("dobj", "nsubjpass") for o, _ in objects)
    for row in rows:
        if row.doers and not (doers or set()).intersection(row.doers):
            continue  # "the recession hit X" is no strike as "missiles hit X" is
        if row.doers and row.code == NO_EVENT:
            return None  # a doer that is no one's act ("the storm hit the town") does nothing
        if row.particle and row.particle not in particles:
            continue
        if not row.particle and particles.difference(row.preps):
            continue  # "call off" is not "call"
        used, words = None, 0
        if row.objects:
            hits = [(o, (keys - PLACE_KEYS if held and is_venue(o) else keys) & set(row.objects))
                    for o, keys in objects]
            used, common = next(((o, c) for o, c in hits if c), (None, set()))
            if used is None:
                continue
            words = max(len(key.split()) for key in common)
        here = preps | (set(preps_of(used)) if used is not None else set())
        if row.needs_prep:
            # ... but a row of no event needs the verb's own, or one right on its object ("asked
            # X about Y"): "returned the paintings stolen from X" is no coming back from X
            here |= {p for p, on_object in (hung or {}).items()
                     if on_object or row.code != NO_EVENT}
        if row.needs_prep and not here.intersection(row.preps):
            continue  # "stands ready" is not "stands by"
        # A longer object phrase is more specific: "humanitarian aid" beats "aid".
        # A kind of doer says more than the verb alone, less than a named object: "the army hit
        # government websites" is a cyber attack (170), not a strike.
        score = 4.0 * bool(row.objects) + 0.25 * words + 2.0 * bool(row.particle)
        score += 3.0 * bool(row.doers)
        # a phrase telling where says less than what the verb is done to: "seized weapons in
        # the port" is a seizure of weapons, not of the port
        score -= 0.75 * (used is not None and is_venue(used))
        # a row of no event takes no target: no preposition tells against it
        fitting = here.intersection(row.preps) or row.code == NO_EVENT
        score += 1.0 if fitting else (0.5 if not row.preps else 0.0)
        if best is None or score > best[0]:
            best = (score, row, used)
    return (best[1], best[2]) if best else None


# Subject dependencies with the noun's label each takes when a verb reading is undone.
SUBJECT_NOUN_DEPS = {"nsubj": "nsubj", "nsubjpass": "nsubjpass", "csubj": "nsubj",
                     "csubjpass": "nsubjpass"}


def renoun_subjects(doc: Doc) -> Doc:
    """Return the doc with every sentence-initial word the tagger took for a bare or finite verb
    heading the subject ("Aid to X has been suspended by Y") read as the noun it spells: such a
    verb cannot be a subject in English, only a gerund or a "to" clause can.

    The events stage codes the doc returned, so the carrier, halt and doer rules read the word
    as any event noun. That reading goes into a copy (made only when some word needs it): the
    doc given is left as `annotate` made it, for the stages after this one. A name is never
    read so: a sentence-initial surname the tagger took for a verb ("Booker presses ..."), in an
    entity or written capitalised elsewhere in the article, stays the name it is.
    """
    words = [s[0].i for s in doc.sents if _verb_for_noun(s[0]) and not s[0].ent_type_]
    if words:  # rare (a few articles in a hundred): only then read the whole article for names
        names = proper_words(doc)
        words = [i for i in words if doc[i].lower_ not in names]
    if not words:
        return doc
    doc = doc.copy()
    drop_table(doc)  # the copy's table reads the parse changed below
    for i in words:
        word = doc[i]
        word.pos_, word.tag_ = "NOUN", "NNS" if word.tag_ == "VBZ" else "NN"
        word.dep_ = SUBJECT_NOUN_DEPS[word.dep_]
    return doc


def proper_words(doc: Doc) -> set[str]:
    """Return the words an article writes capitalised inside a sentence, as names are written
    ("Senator Booker"), and never in lower case: the article's own evidence that they are names."""
    capitalised = {t.lower_ for t in doc if t.is_title and not t.is_sent_start}
    return capitalised - {t.text for t in doc if t.is_lower}


def _verb_for_noun(word: Token) -> bool:
    return word.tag_ in ("VB", "VBP", "VBZ") and word.dep_ in SUBJECT_NOUN_DEPS


def recoded(code: str, table: dict[str, str]) -> str | None:
    """Return the recoding of a CAMEO code by the longest of its prefixes in a table."""
    for length in range(len(code), 1, -1):
        if (found := table.get(code[:length])) is not None:
            return found
    return None


def verb_keys(verb: Token) -> set[str]:
    """Return a verb's lemma and lemma + particle ("call off")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def halts(verb: Token, code: str, patterns: PatternSet) -> bool:
    """Tell whether a verb brings its object event to a halt, not to its end ("ended a visit")."""
    keys = verb_keys(verb) & patterns.halt_verbs
    done = {p for key in keys for p in patterns.completions.get(key, ())}
    return bool(keys) and not any(code.startswith(prefix) for prefix in done)


def match_noun(noun: Token, patterns: PatternSet) -> NounPattern | None:
    """Return the most specific noun pattern for an event noun, or None."""
    row = noun_row(noun, patterns)
    return row if row is not None and row.code != NO_EVENT else None


def noun_row(noun: Token, patterns: PatternSet) -> NounPattern | None:
    """Return the most specific noun pattern for a noun, a row of no event ("press release")
    included, or None."""
    # by its words first: the light-noun and "of" checks below build a Token at each step
    heads = patterns.noun_heads
    if noun.lemma_.lower() not in heads and noun.lower_ not in heads and not any(
        form in patterns.nouns for form in hyphen_forms(noun)
    ):
        return None
    light, members = patterns.light_nouns, patterns.member_nouns
    if noun.dep_ == "compound" and event_word(noun.head, light, members) == noun:
        return None  # "mediation" in "mediation effort" is coded at "effort", with its preps
    if coded_at_light(noun, patterns):
        return None
    for word in dict.fromkeys((event_word(noun, light, members), noun)):
        rows = patterns.nouns.get(word.lemma_.lower()) or patterns.nouns.get(word.lower_)
        rows = rows or next((patterns.nouns[form] for form in hyphen_forms(word)
                             if form in patterns.nouns), None)
        if rows:
            break
    if not rows or word.tag_ == "NN" and word.lemma_.lower() in patterns.plural_nouns:
        return None  # "anti-immigrant talk" is no talks
    keys = phrase_keys(word)
    preps = set(preps_of(noun))
    best: tuple[float, NounPattern] | None = None
    for row in rows:
        if row.noun not in keys or (row.needs_prep and not preps.intersection(row.preps)):
            continue
        score = 4.0 * (" " in row.noun)
        score += 1.0 if preps.intersection(row.preps) else (0.5 if not row.preps else 0.0)
        if best is None or score > best[0]:
            best = (score, row)
    return best[1] if best else None


def coded_at_light(noun: Token, patterns: PatternSet) -> bool:
    """Tell whether an event noun is the "of" phrase of a light noun that codes it: "arrests"
    in "a wave of arrests" is coded at "wave", which the light verb carries ("carried out")."""
    light, holder = patterns.light_nouns, noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or holder.lemma_.lower() not in light:
        return False
    if event_word(holder, light, patterns.member_nouns) != noun:
        return False
    return match_noun(holder, patterns) is not None or match_nominal(holder, patterns) is not None


def carrier(noun: Token, patterns: PatternSet) -> Token | None:
    """Return the light verb that carries an event noun: "held talks", "joined X for talks",
    "aid was suspended by X"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in CARRIER_PREPS:
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and supports(verb, patterns) else None


def undergoer(noun: Token, patterns: PatternSet) -> Token | None:
    """Return the verb whose subject undergoes an event noun ("Kenya faced sanctions", "the town
    came under attack": undergo_verbs.csv), else None."""
    if noun.dep_ == "dobj":
        verb = noun.head
        key = verb.lemma_.lower()
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        key = f"{verb.lemma_.lower()} {noun.head.lower_}"
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and key in patterns.undergo_verbs else None


# Prepositions naming what an event noun of force is aimed at: "an attack on X"
AIMED_PREPS = ("on", "against")
FORCE_ROOTS = ("18", "19")


def verbal_reading(noun: Token, code: str, patterns: PatternSet) -> str | None:
    """Return the code an event noun of force takes from its own verb's rows when what it is
    aimed at takes no force: "his attack on the ruling" is criticism (111), as "attacked the
    ruling" is; else None."""
    rows = patterns.verbs.get(noun.lemma_.lower())
    if code[:2] not in FORCE_ROOTS or not rows:
        return None
    found = preps_of(noun)
    objects = [(found[p], object_keys(found[p], patterns)) for p in AIMED_PREPS if p in found]
    best = event_row(best_row(rows, set(), set(), objects)) if objects else None
    if best is None or not best[0].objects or best[0].code[:2] in FORCE_ROOTS:
        return None
    return best[0].code


def supports(verb: Token, patterns: PatternSet) -> bool:
    """Return True when a verb only carries an event noun ("held talks", "called off strikes")."""
    return bool(verb_keys(verb) & (patterns.support_verbs | patterns.halt_verbs))
