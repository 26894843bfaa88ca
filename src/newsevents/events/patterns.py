"""The event pattern dictionary: verb, noun, modality and casualty lexicons from data/events/.

Each file is a commented CSV; `load_patterns` validates every row against the CAMEO codebook and
fails naming the file and line. Matching picks the most specific row for a word in its parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from newsevents.codebook import Codebook, load_codebook
from newsevents.datafiles import read_rows

DATA = Path(__file__).resolve().parent.parent / "data" / "events"
MODALITY_DEPS = ("aux", "governor", "mark", "neg", "det")
MODALITIES = ("negated", "future", "conditional", "hypothetical")
CASUALTY_KINDS = ("fatalities", "injured")
# An object row may name a class of named entity instead of words: "(person)", "(place)"; a
# nationality or religious group as a noun ("released 19 Christians") names people.
NAMED_OBJECTS = {
    "PERSON": "(person)", "NORP": "(person)", "GPE": "(place)", "LOC": "(place)", "FAC": "(place)"
}
CARRIER_PREPS = ("in", "for")  # "took part in talks", "joined Iran for talks"
OBJECT_DEPS = ("dobj", "nsubjpass", "xcomp", "acomp", "oprd", "attr")


@dataclass(frozen=True)
class VerbPattern:
    """A verb (with optional particle) and the object and prepositions it needs."""

    code: str
    verb: str
    particle: str
    objects: tuple[str, ...]
    preps: tuple[str, ...]
    where: str  # file:line, so a user can find the row that coded an event


@dataclass(frozen=True)
class NounPattern:
    """An event noun (head lemma, optional modifiers before it) and its target prepositions."""

    code: str
    noun: str
    preps: tuple[str, ...]
    where: str


@dataclass(frozen=True)
class PatternSet:
    """Every lexicon the events stage reads, indexed by head lemma."""

    verbs: dict[str, tuple[VerbPattern, ...]]
    nouns: dict[str, tuple[NounPattern, ...]]
    modality: dict[tuple[str, str], str]  # (dep, cue) -> modality
    support_verbs: frozenset[str]
    casualties: dict[str, str]  # lemma -> fatalities | injured
    intents: dict[str, str]  # root of an announced event -> code of announcing it
    refusals: dict[str, str]  # code prefix of a negated cooperative act -> code of refusing it
    light_nouns: frozenset[str]  # "effort", "process": the modifier names the event
    intent_words: frozenset[str]  # "ready", "willing": governing an act, they state intent
    obligations: dict[str, str]  # auxiliary of obligation ("must") -> code of demanding it
    halt_verbs: frozenset[str]  # "end", "call off": their object event is brought to an end
    claim_verbs: frozenset[str]  # "claim", "admit": said of one's own act, responsibility (015)
    halts: dict[str, str]  # code prefix of a halted event -> code of halting it
    nominalizations: dict[str, str] = field(default_factory=dict)  # "suspension" -> "suspend"
    object_classes: dict[str, frozenset[str]] = field(default_factory=dict)  # "tent": (relief)

    def codes(self) -> set[str]:
        """Return every CAMEO code some pattern can produce."""
        rows = [*self.verbs.values(), *self.nouns.values()]
        return {pattern.code for group in rows for pattern in group}


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in cell.split("|") if part.strip())


def _check_code(code: str, codebook: Codebook, where: str) -> None:
    if code not in codebook:
        raise ValueError(f"{where}: unknown CAMEO code {code!r}")


def _load_verbs(path: Path, codebook: Codebook) -> dict[str, tuple[VerbPattern, ...]]:
    verbs: dict[str, list[VerbPattern]] = {}
    for number, row in read_rows(path, ("code", "verb", "object", "prep", "note")):
        where = f"{path.name}:{number}"
        _check_code(row["code"], codebook, f"{path}:{number}")
        words = row["verb"].lower().split()
        if not words or len(words) > 2:
            raise ValueError(f"{path}:{number}: verb must be a lemma or lemma + particle")
        pattern = VerbPattern(
            row["code"],
            words[0],
            words[1] if len(words) == 2 else "",
            _split(row["object"]),
            _split(row["prep"]),
            where,
        )
        verbs.setdefault(words[0], []).append(pattern)
    return {verb: tuple(group) for verb, group in verbs.items()}


def _load_nouns(path: Path, codebook: Codebook) -> dict[str, tuple[NounPattern, ...]]:
    nouns: dict[str, list[NounPattern]] = {}
    for number, row in read_rows(path, ("code", "noun", "prep", "note")):
        _check_code(row["code"], codebook, f"{path}:{number}")
        noun = " ".join(row["noun"].lower().split())
        if not noun:
            raise ValueError(f"{path}:{number}: empty noun")
        pattern = NounPattern(row["code"], noun, _split(row["prep"]), f"{path.name}:{number}")
        nouns.setdefault(noun.split()[-1], []).append(pattern)
    return {head: tuple(group) for head, group in nouns.items()}


def _load_modality(path: Path) -> dict[tuple[str, str], str]:
    cues: dict[tuple[str, str], str] = {}
    for number, row in read_rows(path, ("cue", "dep", "modality")):
        if row["dep"] not in MODALITY_DEPS:
            raise ValueError(f"{path}:{number}: dep must be one of {', '.join(MODALITY_DEPS)}")
        if row["modality"] not in MODALITIES:
            raise ValueError(f"{path}:{number}: modality must be one of {', '.join(MODALITIES)}")
        if not row["cue"]:
            raise ValueError(f"{path}:{number}: empty cue")
        cues[(row["dep"], row["cue"].lower())] = row["modality"]
    return cues


def _load_words(path: Path, column: str = "verb") -> frozenset[str]:
    words = set()
    for number, row in read_rows(path, (column, "note")):
        if not row[column]:
            raise ValueError(f"{path}:{number}: empty {column}")
        words.add(row[column].lower())
    return frozenset(words)


def _load_casualties(path: Path) -> dict[str, str]:
    words = {}
    for number, row in read_rows(path, ("word", "kind")):
        if not row["word"] or row["kind"] not in CASUALTY_KINDS:
            raise ValueError(f"{path}:{number}: need a word and kind fatalities or injured")
        words[row["word"].lower()] = row["kind"]
    return words


def _load_intents(path: Path, codebook: Codebook) -> dict[str, str]:
    intents = {}
    for number, row in read_rows(path, ("root", "code", "note")):
        if len(row["root"]) != 2 or not row["root"].isdigit():
            raise ValueError(f"{path}:{number}: root must be two digits")
        _check_code(row["code"], codebook, f"{path}:{number}")
        intents[row["root"]] = row["code"]
    return intents


def _load_recodings(path: Path, codebook: Codebook, column: str) -> dict[str, str]:
    recodings = {}
    for number, row in read_rows(path, ("code", column, "note")):
        for name in ("code", column):
            _check_code(row[name], codebook, f"{path}:{number}")
        recodings[row["code"]] = row[column]
    return recodings


def _load_nominalizations(path: Path, verbs: dict[str, tuple[VerbPattern, ...]]) -> dict[str, str]:
    nominal = {}
    for number, row in read_rows(path, ("noun", "verb", "note")):
        noun, verb = row["noun"].lower(), " ".join(row["verb"].lower().split())
        lemma, _, particle = verb.partition(" ")
        if not any(p.particle == particle for p in verbs.get(lemma, ())):
            raise ValueError(f"{path}:{number}: no row of verbs.csv for the verb {verb!r}")
        nominal[noun] = verb
    return nominal


def _load_object_classes(
    path: Path, verbs: dict[str, tuple[VerbPattern, ...]]
) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for number, row in read_rows(path, ("class", "word", "note")):
        word = " ".join(row["word"].lower().split())
        if not row["class"] or not word:
            raise ValueError(f"{path}:{number}: need a class and a word")
        classes.setdefault(word, set()).add(f"({row['class'].lower()})")
    known = {name for names in classes.values() for name in names} | set(NAMED_OBJECTS.values())
    for pattern in (p for group in verbs.values() for p in group):
        for unknown in (o for o in pattern.objects if o.startswith("(") and o not in known):
            raise ValueError(f"{pattern.where}: unknown object class {unknown}")
    return {word: frozenset(names) for word, names in classes.items()}


def _load_obligations(path: Path, codebook: Codebook) -> dict[str, str]:
    cues = {}
    for number, row in read_rows(path, ("cue", "code", "note")):
        if not row["cue"]:
            raise ValueError(f"{path}:{number}: empty cue")
        _check_code(row["code"], codebook, f"{path}:{number}")
        cues[row["cue"].lower()] = row["code"]
    return cues


def load_patterns(
    directory: Path | str | None = None, codebook: Codebook | None = None
) -> PatternSet:
    """Load and validate the event lexicons from a directory (default: the shipped data)."""
    folder = Path(directory) if directory is not None else DATA
    codebook = codebook if codebook is not None else load_codebook()
    verbs = _load_verbs(folder / "verbs.csv", codebook)
    return PatternSet(
        verbs=verbs,
        nouns=_load_nouns(folder / "nouns.csv", codebook),
        modality=_load_modality(folder / "modality.csv"),
        support_verbs=_load_words(folder / "support_verbs.csv"),
        casualties=_load_casualties(folder / "casualties.csv"),
        intents=_load_intents(folder / "intents.csv", codebook),
        refusals=_load_recodings(folder / "refusals.csv", codebook, "refusal"),
        light_nouns=_load_words(folder / "light_nouns.csv", "noun"),
        intent_words=_load_words(folder / "intent_words.csv", "word"),
        obligations=_load_obligations(folder / "obligations.csv", codebook),
        halt_verbs=_load_words(folder / "halt_verbs.csv"),
        claim_verbs=_load_words(folder / "claim_verbs.csv"),
        halts=_load_recodings(folder / "halts.csv", codebook, "halted"),
        nominalizations=_load_nominalizations(folder / "nominalizations.csv", verbs),
        object_classes=_load_object_classes(folder / "object_classes.csv", verbs),
    )


def event_word(token: Token, light: frozenset[str]) -> Token:
    """Return the word that names an event or thing: "mediation" in "mediation effort",
    "experts" in "a team of experts", else the word itself."""
    if token.lemma_.lower() not in light:
        return token
    compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if compounds:
        return compounds[-1]
    of = preps_of(token).get("of")
    return of if of is not None and of.pos_ in ("NOUN", "PROPN") else token


def phrase_keys(token: Token, light: frozenset[str] = frozenset()) -> set[str]:
    """Return the lemma keys of a word: head lemma and text, with its modifiers before it.

    A light noun ("effort", "operation") also gives the keys of the noun it is made of.
    """
    if (word := event_word(token, light)) is not token:
        return phrase_keys(token) | phrase_keys(word)
    head = {token.lemma_.lower(), token.lower_}
    head |= {joined} if (joined := unhyphen(token)) else set()
    keys = set(head)
    if token.ent_type_ in NAMED_OBJECTS:  # "released Amado Boudou", "captured Mosul"
        keys.add(NAMED_OBJECTS[token.ent_type_])
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    for start in range(len(modifiers)):
        prefix = " ".join(m.lemma_.lower() for m in modifiers[start:])
        keys.update(f"{prefix} {word}" for word in head)
    # "state of emergency", "prisoner of war": an "of" phrase completes the name.
    of = preps_of(token).get("of")
    if of is not None and of.lower_ != "of":
        keys.update(f"{word} of {of.lemma_.lower()}" for word in head)
    return keys


def unhyphen(token: Token) -> str | None:
    """Return a hyphenated compound written solid ("cease-fire" -> "ceasefire"), else None.

    The lexicons list the solid spelling; news writes both.
    """
    if token.i < 2 or token.doc[token.i - 1].text != "-":
        return None
    first = token.doc[token.i - 2]
    return first.lower_ + token.lemma_.lower() if first.head == token else None


def preps_of(token: Token) -> dict[str, Token]:
    """Return the prepositions and particles attached to a word, with their object (if any)."""
    found: dict[str, Token] = {}
    for child in token.children:
        if child.dep_ in ("prep", "agent", "prt", "dative") and child.pos_ in ("ADP", "ADV"):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].ent_type_ in ("DATE", "TIME"):
                continue  # "called on Tuesday" is not "called on Russia"
            found.setdefault(child.lower_, objects[0] if objects else child)
    return found


def object_candidates(verb: Token) -> list[Token]:
    """Return the words that can fill a pattern's object slot: objects, complements, pobjs."""
    candidates = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for child in verb.children:
        if child.dep_ == "prep":
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
    # A conjoined object ("arms and ammunition") counts as an object too.
    candidates.extend(conj for c in list(candidates) for conj in c.conjuncts)
    return candidates


def match_verb(verb: Token, patterns: PatternSet) -> tuple[VerbPattern, Token | None] | None:
    """Return the most specific verb pattern for a verb and the object word it used."""
    rows = patterns.verbs.get(verb.lemma_.lower()) or patterns.verbs.get(verb.lower_)
    if not rows:
        return None
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    objects = [(obj, object_keys(obj, patterns)) for obj in object_candidates(verb)]
    return best_verb_row(rows, particles, set(preps_of(verb)), objects)


def match_nominal(noun: Token, patterns: PatternSet) -> tuple[VerbPattern, Token | None] | None:
    """Code a nominalization by its verb's patterns: "suspension of aid" as "suspend aid".

    The noun's "of" phrase and compound modifiers ("aid suspension") fill the object slot.
    """
    verb = patterns.nominalizations.get(noun.lemma_.lower())
    verb = verb or patterns.nominalizations.get(noun.lower_)
    if verb is None:
        return None
    lemma, _, particle = verb.partition(" ")
    heads = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    of = preps_of(noun).get("of")
    heads += [of] if of is not None and of.lower_ != "of" else []
    heads += [conj for head in list(heads) for conj in head.conjuncts]
    objects = [(obj, object_keys(obj, patterns)) for obj in heads]
    particles = {particle} if particle else set()
    return best_verb_row(patterns.verbs[lemma], particles, set(preps_of(noun)), objects)


def object_keys(token: Token, patterns: PatternSet) -> set[str]:
    """Return a word's phrase keys and the object classes they belong to ("tents" -> relief)."""
    keys = phrase_keys(token, patterns.light_nouns)
    classes = patterns.object_classes
    return keys.union(*(classes[key] for key in keys if key in classes))


def best_verb_row(
    rows: tuple[VerbPattern, ...],
    particles: set[str],
    preps: set[str],
    objects: list[tuple[Token, set[str]]],
) -> tuple[VerbPattern, Token | None] | None:
    """Return the most specific row for a predicate's particles, prepositions and objects."""
    best: tuple[float, VerbPattern, Token | None] | None = None
    for row in rows:
        if row.particle and row.particle not in particles:
            continue
        if not row.particle and particles - set(row.preps):
            continue  # "call off" is not "call"
        used, words = None, 0
        if row.objects:
            hits = [(o, keys & set(row.objects)) for o, keys in objects]
            used, common = next(((o, c) for o, c in hits if c), (None, set()))
            if used is None:
                continue
            words = max(len(key.split()) for key in common)
        here = preps | (set(preps_of(used)) if used is not None else set())
        # A longer object phrase is more specific: "humanitarian aid" beats "aid".
        score = 4.0 * bool(row.objects) + 0.25 * words + 2.0 * bool(row.particle)
        score += 1.0 if set(row.preps) & here else (0.5 if not row.preps else 0.0)
        if best is None or score > best[0]:
            best = (score, row, used)
    return (best[1], best[2]) if best else None


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


def match_noun(noun: Token, patterns: PatternSet) -> NounPattern | None:
    """Return the most specific noun pattern for an event noun, or None."""
    if noun.dep_ == "compound" and event_word(noun.head, patterns.light_nouns) == noun:
        return None  # "mediation" in "mediation effort" is coded at "effort", with its preps
    for word in dict.fromkeys((event_word(noun, patterns.light_nouns), noun)):
        rows = patterns.nouns.get(word.lemma_.lower()) or patterns.nouns.get(word.lower_)
        rows = rows or patterns.nouns.get(unhyphen(word) or "")
        if rows:
            break
    if not rows:
        return None
    keys = phrase_keys(word)
    preps = set(preps_of(noun))
    best: tuple[float, NounPattern] | None = None
    for row in rows:
        if row.noun not in keys:
            continue
        score = 4.0 * (" " in row.noun)
        score += 1.0 if set(row.preps) & preps else (0.5 if not row.preps else 0.0)
        if best is None or score > best[0]:
            best = (score, row)
    return best[1] if best else None


def carrier(noun: Token, patterns: PatternSet) -> Token | None:
    """Return the light verb that carries an event noun: "held talks", "joined X for talks"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in CARRIER_PREPS:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and supports(verb, patterns) else None


def supports(verb: Token, patterns: PatternSet) -> bool:
    """Return True when a verb only carries an event noun ("held talks", "called off strikes")."""
    return bool(verb_keys(verb) & (patterns.support_verbs | patterns.halt_verbs))
