"""The event pattern dictionary: verb, noun, modality and casualty lexicons from data/events/.

Each file is a commented CSV; `load_patterns` validates every row against the CAMEO codebook and
fails naming the file and line. Matching words in a parse against them is `matching.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from newsevents.attribution.lexicon import read_mediums
from newsevents.codebook import Codebook, load_codebook
from newsevents.datafiles import read_rows
from newsevents.dictionaries import SECTOR_CODES
from newsevents.events.spans import PhraseWords

if TYPE_CHECKING:
    from newsevents.events.classifier import EventModel
    from newsevents.events.targets import TargetModel

DATA = Path(__file__).resolve().parent.parent / "data" / "events"
MODALITY_DEPS = (
    "aux", "governor", "noun", "mark", "neg", "det", "amod", "object", "prep", "degree",
)
# "asserted" undoes a shorter cue: "go on" (to do X) is done, where "go" (to do X) is future
MODALITIES = ("negated", "future", "conditional", "hypothetical", "asserted")
CASUALTY_KINDS = ("fatalities", "injured")
# A verb row coded "-" says the verb with that object is no event: "met the deadline" is no
# meeting, as "met the Polish president" is.
NO_EVENT = "-"
# CAMEO assault, fight, mass violence: the acts that do harm.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# How a root in place_roots.csv reads its place ("aimed", "venue"), or with no doer named, whose
# act a passive of it or its event noun is ("own measure": its measure's owner's, "state": its
# place's state, "people": its place's civilians).
PLACE_READINGS = ("aimed", "venue")
DOER_READINGS = ("own measure", "state", "people")
# Roots whose act, when a sending is made for it, is aimed at the sending's goal.
GOAL_READINGS = ("sent",)
# Who an act with no target and no place named is aimed at at home (home_codes.csv): "people"
# acting (protesters, strikers) aim at their own government, a "state" acting (government,
# forces, police) at its own people.
HOME_DOERS = ("people", "state")
BANISH_CLASS = "10.2"  # Levin's banish verbs: expel, deport, evict, extradite
# An object row may name a class of named entity instead of words: "(person)", "(place)"; a
# nationality or religious group as a noun ("released 19 Christians") names people.
NAMED_OBJECTS = {
    "PERSON": "(person)", "NORP": "(person)", "GPE": "(place)", "LOC": "(place)", "FAC": "(place)"
}
# ... and a personal pronoun stands for a person: "captured him", "released her"
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
# An object row "(act)" needs a "to" clause for the verb: "pressured X to resign" demands an act
# (CAMEO 10), where a bare "pressured X" coerces (17).
INFINITIVE_OBJECT = "(act)"
# ... and "(question)" a question the verb asks: "asked X who would win", '"Will you run?" he
# asked' is no appeal (where "asked X to run" is).
QUESTION_OBJECT = "(question)"


@dataclass(frozen=True)
class VerbPattern:
    """A verb (with optional particle) and the object and prepositions it needs."""

    code: str
    verb: str
    particle: str
    objects: tuple[str, ...]
    preps: tuple[str, ...]
    where: str  # file:line, so a user can find the row that coded an event
    # "!by|with": the verb is this event only with one of its prepositions ("stands by X"; "stands
    # ready", "stood firm" are no support)
    needs_prep: bool = False
    # doer_verbs.csv: the row holds only for a doer that is one of these words or "(class)"es
    # ("missiles hit X" attacks X; "the recession hit X" is no act of anyone's)
    doers: tuple[str, ...] = ()


@dataclass(frozen=True)
class NounPattern:
    """An event noun (head lemma, optional modifiers before it) and its target prepositions."""

    code: str
    noun: str
    preps: tuple[str, ...]
    where: str
    # "!to": the noun is an event only with one of its prepositions ("opposition to the plan";
    # "the opposition" alone names the parties that oppose)
    needs_prep: bool = False


@dataclass(frozen=True)
class PatternSet:
    """Every lexicon the events stage reads, indexed by head lemma."""

    verbs: dict[str, tuple[VerbPattern, ...]]
    nouns: dict[str, tuple[NounPattern, ...]]
    modality: dict[tuple[str, str], str]  # (dep, cue) -> modality
    support_verbs: frozenset[str]
    casualties: dict[str, str]  # lemma -> fatalities | injured
    intents: dict[str, str]  # code prefix of an announced event -> code of announcing it
    refusals: dict[str, str]  # code prefix of a negated cooperative act -> code of refusing it
    light_nouns: frozenset[str]  # "effort", "process": the modifier names the event
    member_nouns: frozenset[str]  # "team": as an event noun, "aid team" is no aid
    intent_words: frozenset[str]  # "ready", "willing": governing an act, they state intent
    obligations: dict[str, str]  # auxiliary of obligation ("must") -> code of demanding it
    halt_verbs: frozenset[str]  # "end", "call off": their object event is brought to an end
    claim_verbs: frozenset[str]  # "claim", "admit": said of one's own act, responsibility (015)
    halts: dict[str, str]  # code prefix of a halted event -> code of halting it
    halt_adverbs: frozenset[tuple[str, str]] = frozenset()  # ("no", "longer"): the act stopped
    standing_nouns: frozenset[str] = frozenset()  # "war": an event only when a verb carries it
    # "refused despite pressure from X": a refusal defies who applied it (pressure_nouns.csv)
    pressure_nouns: frozenset[str] = frozenset()
    # "known" ("the group known as X"), "embassy" ("the embassy in X"): what a phrase keeps
    phrase_words: PhraseWords = field(default_factory=PhraseWords)
    sports_words: frozenset[str] = frozenset()  # "striker": the sentence reports a game
    sport_result_verbs: frozenset[str] = frozenset()  # "beat": with a score, a game's result
    consent_words: frozenset[str] = frozenset()  # "agree": intent words for cooperation only
    # root -> PLOVER type of its act told in the future: "08" -> CONCEDE ("will withdraw"), or
    # "" for its intent's reading ("04": "will meet" is the intent to meet, AGREE)
    foretold_roots: dict[str, str] = field(default_factory=dict)
    nominalizations: dict[str, str] = field(default_factory=dict)  # "suspension" -> "suspend"
    object_classes: dict[str, frozenset[str]] = field(default_factory=dict)  # "tent": (relief)
    own_nouns: frozenset[str] = frozenset()  # "country": "his country" is the speaker's side
    # code -> (doer, trigger lemma or "", recoded) rows
    doers: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    judgements: dict[str, str] = field(default_factory=dict)  # "illegal" -> 111
    completions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # end -> (04,)
    complement_verbs: frozenset[str] = frozenset()  # "let": "let free X" is its subject's act
    permission_verbs: frozenset[str] = frozenset()  # "allow": "allowed X to deliver aid"
    undergo_verbs: frozenset[str] = frozenset()  # "face": "X faced sanctions" is done to X
    reference_verbs: frozenset[str] = frozenset()  # "cite": "cited the bombings" did none
    naming_verbs: frozenset[str] = frozenset()  # "call": "a film called X" names, does nothing
    plural_nouns: frozenset[str] = frozenset()  # "talk": "talks" negotiate, "talk of war" not
    verbal_force: dict[str, str] = field(default_factory=dict)  # "attack" -> 111 between people
    speaking_sectors: frozenset[str] = frozenset()  # "LEG": whose attacks are words
    # "order" -> {"(troops)", "(police)"}: "ordered the army to shell X" is the orderer's shelling
    command_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    permissions: dict[str, str] = field(default_factory=dict)  # permitted code -> code (07: 0863)
    purposes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # arrive -> (07, 06)
    reciprocal_verbs: frozenset[str] = frozenset()  # "talk": "A and B talked" is A with B
    mutual_verbs: frozenset[str] = frozenset()  # "clash": "A and B clashed" is A against B
    making_verbs: frozenset[str] = frozenset()  # "set up": what it makes is acted on by no one
    goal_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # "send": Levin classes
    force_verbs: frozenset[str] = frozenset()  # "withdraw", "deploy": verbs of moving forces
    place_roots: dict[str, str] = field(default_factory=dict)  # "14" -> "aimed", "04" -> "venue"
    # "08" -> "own measure", "17" -> "state": whose act a passive with no doer named is
    doer_roots: dict[str, str] = field(default_factory=dict)
    goal_roots: dict[str, str] = field(default_factory=dict)  # "09" -> "sent": aimed at the goal
    # code prefix -> "people" or "state": with no target or place, aimed within the doers' own
    # country (home_codes.csv)
    home_codes: dict[str, str] = field(default_factory=dict)
    # code prefix -> sectors of the unidentified doer of an act with none named ("18" -> UAF)
    unnamed_doers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    doer_of_nouns: frozenset[str] = frozenset()  # "surrender": "the surrender of X" is X's act
    aim_nouns: frozenset[str] = frozenset()  # "bid": "in a bid to retake X" is the clause's aim
    # "blame" -> (("object", "on"), ("for", "object")): the slots naming an act and its doer
    blame_verbs: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    appeals: dict[str, str] = field(default_factory=dict)  # act appealed for -> appeal (14: 113)
    model: EventModel | None = None  # the learned class model (classifier.py), if shipped
    target_model: TargetModel | None = None  # the learned target chooser (targets.py), if shipped

    @cached_property
    def force_nouns(self) -> frozenset[str]:
        """Return the one-word nouns of armed forces in the object classes ("troop",
        "peacekeeper"), worked out once: every verb the coder reads asks for them."""
        return frozenset(word for word, classes in self.object_classes.items()
                         if " " not in word and classes & {"(troops)", "(peacekeeping)"})

    @cached_property
    def sport_ids(self) -> tuple[frozenset[int], frozenset[int]]:
        """Return the string ids of the sports words and of the game-result verbs, as
        `coder.is_sport` compares them with a sentence's lemma ids."""
        return (frozenset(map(get_string_id, self.sports_words)),
                frozenset(map(get_string_id, self.sport_result_verbs)))

    @cached_property
    def noun_heads(self) -> frozenset[str]:
        """Return the words a noun pattern can be looked up by, light nouns included (their
        "of" noun may head one): a noun that is none of these and whose solid spelling is no
        pattern's codes nothing, and most nouns of an article are such."""
        return frozenset(self.nouns) | self.light_nouns

    @cached_property
    def banish_verbs(self) -> frozenset[str]:
        """Return the verbs of sending away among the goal verbs ("expel", "deport")."""
        return frozenset(v for v, classes in self.goal_verbs.items() if BANISH_CLASS in classes)

    @cached_property
    def sending_verbs(self) -> frozenset[str]:
        """Return the goal verbs whose goal is their target: all but those that only banish.
        "Deported them to X" is done to them (CAMEO 174), "extradited them to X" reaches X."""
        return frozenset(v for v, classes in self.goal_verbs.items() if classes != {BANISH_CLASS})

    def codes(self) -> set[str]:
        """Return every CAMEO code some pattern can produce."""
        rows = [*self.verbs.values(), *self.nouns.values()]
        return {pattern.code for group in rows for pattern in group} - {NO_EVENT}


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in cell.split("|") if part.strip())


def _split_preps(cell: str, where: str) -> tuple[tuple[str, ...], bool]:
    """Return a prep cell's prepositions and whether its leading "!" requires one of them."""
    needs = cell.strip().startswith("!")
    preps = _split(cell.strip().lstrip("!"))
    if needs and not preps:
        raise ValueError(f"{where}: '!' needs a preposition after it")
    return preps, needs


def _check_code(code: str, codebook: Codebook, where: str) -> None:
    if code not in codebook:
        raise ValueError(f"{where}: unknown CAMEO code {code!r}")


def _load_verbs(
    path: Path, codebook: Codebook, doers: bool = False
) -> dict[str, tuple[VerbPattern, ...]]:
    """Load verbs.csv, or with `doers` doer_verbs.csv, whose rows add a column of the doers
    they hold for."""
    columns = ("code", "verb", "object", "prep", *(("doer",) if doers else ()), "note")
    verbs: dict[str, list[VerbPattern]] = {}
    for number, row in read_rows(path, columns):
        where = f"{path.name}:{number}"
        preps, needs = _split_preps(row["prep"], f"{path}:{number}")
        if row["code"] != NO_EVENT:
            _check_code(row["code"], codebook, f"{path}:{number}")
        elif not row["object"] and not row.get("doer") and not needs:
            raise ValueError(f"{path}:{number}: a no-event row ('-') must name its objects"
                             " or a needed preposition")
        words = row["verb"].lower().split()
        if not words or len(words) > 2:
            raise ValueError(f"{path}:{number}: verb must be a lemma or lemma + particle")
        doer = _split(row.get("doer", ""))
        if doers and not doer:
            raise ValueError(f"{path}:{number}: a doer row must name its doers")
        pattern = VerbPattern(
            row["code"],
            words[0],
            words[1] if len(words) == 2 else "",
            _split(row["object"]),
            preps,
            where,
            needs,
            doer,
        )
        verbs.setdefault(words[0], []).append(pattern)
    return {verb: tuple(group) for verb, group in verbs.items()}


def _merge_verbs(
    *tables: dict[str, tuple[VerbPattern, ...]]
) -> dict[str, tuple[VerbPattern, ...]]:
    """Join verb tables (verbs.csv, doer_verbs.csv): a verb's rows from each, in order."""
    merged: dict[str, tuple[VerbPattern, ...]] = {}
    for table in tables:
        for verb, group in table.items():
            merged[verb] = merged.get(verb, ()) + group
    return merged


def _load_nouns(path: Path, codebook: Codebook) -> dict[str, tuple[NounPattern, ...]]:
    nouns: dict[str, list[NounPattern]] = {}
    for number, row in read_rows(path, ("code", "noun", "prep", "note")):
        noun = " ".join(row["noun"].lower().split())
        if not noun:
            raise ValueError(f"{path}:{number}: empty noun")
        if row["code"] != NO_EVENT:
            _check_code(row["code"], codebook, f"{path}:{number}")
        elif " " not in noun:  # "heart attack" is no attack; a bare head would end the noun
            raise ValueError(f"{path}:{number}: a no-event row ('-') names a modifier and head")
        preps, needs = _split_preps(row["prep"], f"{path}:{number}")
        pattern = NounPattern(row["code"], noun, preps, f"{path.name}:{number}", needs)
        # filed under its head: the last word, or the word before "of" ("battle of wills")
        nouns.setdefault(noun.split(" of ")[0].split()[-1], []).append(pattern)
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


def violent_nouns(nouns: dict[str, list[NounPattern]]) -> frozenset[str]:
    """Return the event nouns of violence (CAMEO roots 18-20: "attack", "clash", "raid")."""
    return frozenset(noun for noun, rows in nouns.items()
                     if any(row.code[:2] in VIOLENT_ROOTS for row in rows))


def load_words(path: Path, column: str = "verb") -> frozenset[str]:
    """Return the words of a one-column word list (a column and a note), checked row by row:
    each a lower-case lemma, as the coder compares it with `Token.lemma_.lower()`."""
    words = set()
    for number, row in read_rows(path, (column, "note")):
        if not row[column]:
            raise ValueError(f"{path}:{number}: empty {column}")
        if row[column] != row[column].lower():
            raise ValueError(f"{path}:{number}: a {column} must be a lower-case lemma")
        words.add(row[column])
    return frozenset(words)


def _load_halt_adverbs(path: Path) -> frozenset[tuple[str, str]]:
    pairs = set()
    for number, row in read_rows(path, ("negation", "adverb", "note")):
        if not row["negation"] or not row["adverb"]:
            raise ValueError(f"{path}:{number}: need a negation and an adverb")
        pairs.add((row["negation"].lower(), row["adverb"].lower()))
    return frozenset(pairs)


def _load_members(path: Path, light: frozenset[str]) -> frozenset[str]:
    members = load_words(path, "noun")
    if stray := sorted(members - light):
        raise ValueError(f"{path}: member nouns not in light_nouns.csv: {', '.join(stray)}")
    return members


def _load_casualties(path: Path) -> dict[str, str]:
    words = {}
    for number, row in read_rows(path, ("word", "kind")):
        if not row["word"] or row["kind"] not in CASUALTY_KINDS:
            raise ValueError(f"{path}:{number}: need a word and kind fatalities or injured")
        words[row["word"].lower()] = row["kind"]
    return words


def _load_recodings(path: Path, codebook: Codebook, column: str) -> dict[str, str]:
    recodings = {}
    for number, row in read_rows(path, ("code", column, "note")):
        for name in ("code", column):
            _check_code(row[name], codebook, f"{path}:{number}")
        recodings[row["code"]] = row[column]
    return recodings


def _load_home_codes(path: Path, codebook: Codebook) -> dict[str, str]:
    """Return the code prefixes whose act with no target is aimed within its doers' country,
    each with the doers it is read for ("people" or "state"), checked row by row."""
    codes = {}
    for number, row in read_rows(path, ("code", "doers", "note")):
        _check_code(row["code"], codebook, f"{path}:{number}")
        if row["doers"] not in HOME_DOERS:
            raise ValueError(f"{path}:{number}: doers is one of {', '.join(HOME_DOERS)}")
        codes[row["code"]] = row["doers"]
    return codes


def _load_unnamed_doers(path: Path, codebook: Codebook) -> dict[str, tuple[str, ...]]:
    """Return the code prefixes whose act with no doer named was done by unidentified actors,
    each with their sectors (CAMEO codes), checked row by row."""
    doers = {}
    for number, row in read_rows(path, ("code", "sectors", "note")):
        _check_code(row["code"], codebook, f"{path}:{number}")
        sectors = tuple(s for s in row["sectors"].split("|") if s)
        if not sectors or not all(s.isalpha() and s.isupper() and len(s) == 3 for s in sectors):
            raise ValueError(f"{path}:{number}: sectors are three-letter codes split by '|'")
        doers[row["code"]] = sectors
    return doers


def _load_foretold(path: Path, codebook: Codebook) -> dict[str, str]:
    types = {entry.plover_type for entry in codebook.entries.values()}
    foretold = {}
    for number, row in read_rows(path, ("root", "plover_type", "note")):
        where = f"{path}:{number}"
        _check_code(row["root"], codebook, where)
        if len(row["root"]) != 2:
            raise ValueError(f"{where}: {row['root']!r} is no CAMEO root")
        if row["plover_type"] and row["plover_type"] not in types:
            raise ValueError(f"{where}: unknown PLOVER type {row['plover_type']!r}")
        foretold[row["root"]] = row["plover_type"]
    return foretold


def _load_completions(path: Path, codebook: Codebook) -> dict[str, tuple[str, ...]]:
    completions: dict[str, tuple[str, ...]] = {}
    for number, row in read_rows(path, ("verb", "code", "note")):
        if not row["verb"]:
            raise ValueError(f"{path}:{number}: empty verb")
        _check_code(row["code"], codebook, f"{path}:{number}")
        verb = " ".join(row["verb"].lower().split())
        completions[verb] = (*completions.get(verb, ()), row["code"])
    return completions


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
    known.update((INFINITIVE_OBJECT, QUESTION_OBJECT))
    for pattern in (p for group in verbs.values() for p in group):
        named = (*pattern.objects, *pattern.doers)
        for unknown in (o for o in named if o.startswith("(") and o not in known):
            raise ValueError(f"{pattern.where}: unknown object class {unknown}")
    return {word: frozenset(names) for word, names in classes.items()}


def _load_doers(
    path: Path, codebook: Codebook, classes: dict[str, frozenset[str]]
) -> dict[str, tuple[tuple[str, str, str], ...]]:
    known = {name for names in classes.values() for name in names} | set(NAMED_OBJECTS.values())
    doers: dict[str, list[tuple[str, str, str]]] = {}
    for number, row in read_rows(path, ("code", "doer", "trigger", "recoded", "note")):
        _check_code(row["code"], codebook, f"{path}:{number}")
        if row["recoded"] != NO_EVENT:  # "-": that doer doing it is no event at all
            _check_code(row["recoded"], codebook, f"{path}:{number}")
        doer = " ".join(row["doer"].lower().split())
        if not doer or (doer.startswith("(") and doer not in known):
            raise ValueError(f"{path}:{number}: need a doer word or a known object class")
        trigger = row["trigger"].strip().lower()
        doers.setdefault(row["code"], []).append((doer, trigger, row["recoded"]))
    return {code: tuple(rows) for code, rows in doers.items()}


def _load_sectors(path: Path) -> frozenset[str]:
    sectors = set()
    for number, row in read_rows(path, ("sector", "note")):
        if row["sector"] not in SECTOR_CODES:
            raise ValueError(f"{path}:{number}: a sector is a three-letter CAMEO actor code")
        sectors.add(row["sector"])
    return frozenset(sectors)


def _load_command_verbs(
    path: Path, classes: dict[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    known = {name for names in classes.values() for name in names}
    commands: dict[str, frozenset[str]] = {}
    for number, row in read_rows(path, ("verb", "forces", "note")):
        forces = _split(row["forces"])
        unknown = [f for f in forces if f.startswith("(") and f not in known]
        if not row["verb"] or not forces or unknown:
            raise ValueError(f"{path}:{number}: need a verb and forces (words or known classes)")
        commands[row["verb"].strip().lower()] = frozenset(forces)
    return commands


def _load_cues(path: Path, codebook: Codebook, no_event: bool = False) -> dict[str, str]:
    # with `no_event`, a cue may recode to "-": no event at all
    cues = {}
    for number, row in read_rows(path, ("cue", "code", "note")):
        if not row["cue"]:
            raise ValueError(f"{path}:{number}: empty cue")
        if not (no_event and row["code"] == NO_EVENT):
            _check_code(row["code"], codebook, f"{path}:{number}")
        cues[row["cue"].lower()] = row["code"]
    return cues


def _load_blame_verbs(path: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    slots: dict[str, list[tuple[str, str]]] = {}
    for number, row in read_rows(path, ("verb", "act", "doer")):
        verb, act, doer = (row[name].strip().lower() for name in ("verb", "act", "doer"))
        if not verb or not act or not doer or act == doer or "object" not in (act, doer):
            raise ValueError(f"{path}:{number}: need a verb and two slots, one of them object")
        slots.setdefault(verb, []).append((act, doer))
    return {verb: tuple(pairs) for verb, pairs in slots.items()}


def load_goal_verbs(path: Path = DATA / "goal_verbs.csv") -> dict[str, frozenset[str]]:
    """Return the verbs of sending, giving and banishing with their Levin classes
    (data/events/goal_verbs.csv; force_verbs.csv has the same columns), checked row by row."""
    verbs = {}
    for number, row in read_rows(path, ("verb", "levin_class", "note")):
        if not row["verb"] or row["verb"] != row["verb"].lower():
            raise ValueError(f"{path}:{number}: a verb must be a lower-case lemma")
        verbs[row["verb"]] = frozenset(c for c in row["levin_class"].split("|") if c)
    return verbs


def load_place_roots(
    path: Path = DATA / "place_roots.csv", readings: tuple[str, ...] = PLACE_READINGS
) -> dict[str, str]:
    """Return the CAMEO roots (or three-digit codes) with one of `readings` ("aimed" or "venue"
    for how a root reads its place; DOER_READINGS for whose act a passive is), checked row by
    row."""
    roots = {}
    for number, row in read_rows(path, ("root", "reading", "note")):
        if len(row["root"]) not in (2, 3) or not row["root"].isdigit():
            raise ValueError(f"{path}:{number}: a root is two digits, such as 14, or a code three")
        known = PLACE_READINGS + DOER_READINGS + GOAL_READINGS
        if row["reading"] not in known:
            raise ValueError(f"{path}:{number}: a reading is one of {', '.join(known)}")
        if row["reading"] in readings:
            roots[row["root"]] = row["reading"]
    return roots


def root_reading(readings: dict[str, str], code: str) -> str | None:
    """Return how a code reads (place_roots.csv): its three-digit row, else its root's."""
    return readings.get(code[:3]) or readings.get(code[:2])


def statement_verbs(verbs: dict[str, tuple[VerbPattern, ...]]) -> frozenset[str]:
    """Return the verbs some pattern codes as a statement (CAMEO 01): "say", "announce"."""
    return frozenset(v for v, rows in verbs.items() if any(r.code[:2] == "01" for r in rows))


def load_patterns(
    directory: Path | str | None = None, codebook: Codebook | None = None, model: bool = False,
    targets: bool = False,
) -> PatternSet:
    """Load and validate the event lexicons from a directory (default: the shipped data), the
    learned class model if `model` is True (setting `learned_events`; off by default) and the
    learned target chooser if `targets` is True (setting `learned_targets`)."""
    # Imported here: the classifier builds `Candidate`s, whose module reads this one.
    from newsevents.events.classifier import load_event_model
    from newsevents.events.targets import load_target_model

    folder = Path(directory) if directory is not None else DATA
    codebook = codebook if codebook is not None else load_codebook()
    verbs = _merge_verbs(
        _load_verbs(folder / "verbs.csv", codebook),
        _load_verbs(folder / "doer_verbs.csv", codebook, doers=True),
    )
    classes = _load_object_classes(folder / "object_classes.csv", verbs)
    light = load_words(folder / "light_nouns.csv", "noun")
    nouns = _load_nouns(folder / "nouns.csv", codebook)
    return PatternSet(
        verbs=verbs,
        nouns=nouns,
        modality=_load_modality(folder / "modality.csv"),
        support_verbs=load_words(folder / "support_verbs.csv"),
        casualties=_load_casualties(folder / "casualties.csv"),
        intents=_load_recodings(folder / "intents.csv", codebook, "intent"),
        appeals=_load_recodings(folder / "appeals.csv", codebook, "appeal"),
        refusals=_load_recodings(folder / "refusals.csv", codebook, "refusal"),
        light_nouns=light,
        member_nouns=_load_members(folder / "member_nouns.csv", light),
        intent_words=load_words(folder / "intent_words.csv", "word"),
        consent_words=load_words(folder / "consent_words.csv", "word"),
        foretold_roots=_load_foretold(folder / "foretold_roots.csv", codebook),
        obligations=_load_cues(folder / "obligations.csv", codebook),
        halt_verbs=load_words(folder / "halt_verbs.csv"),
        claim_verbs=load_words(folder / "claim_verbs.csv"),
        halts=_load_recodings(folder / "halts.csv", codebook, "halted"),
        halt_adverbs=_load_halt_adverbs(folder / "halt_adverbs.csv"),
        standing_nouns=load_words(folder / "standing_nouns.csv", "noun"),
        pressure_nouns=load_words(folder / "pressure_nouns.csv", "noun"),
        phrase_words=PhraseWords(load_words(folder / "describing_participles.csv"),
                                 load_words(folder / "sited_nouns.csv", "noun"), read_mediums(),
                                 violent_nouns(nouns)),
        sports_words=load_words(folder / "sports_words.csv", "word"),
        sport_result_verbs=load_words(folder / "sport_result_verbs.csv"),
        nominalizations=_load_nominalizations(folder / "nominalizations.csv", verbs),
        object_classes=classes,
        own_nouns=load_words(folder / "own_nouns.csv", "noun"),
        doers=_load_doers(folder / "doers.csv", codebook, classes),
        judgements=_load_cues(folder / "judgements.csv", codebook),
        completions=_load_completions(folder / "completion_verbs.csv", codebook),
        complement_verbs=load_words(folder / "complement_verbs.csv"),
        permission_verbs=load_words(folder / "permission_verbs.csv"),
        undergo_verbs=load_words(folder / "undergo_verbs.csv"),
        reference_verbs=load_words(folder / "reference_verbs.csv"),
        naming_verbs=load_words(folder / "naming_verbs.csv"),
        plural_nouns=load_words(folder / "plural_nouns.csv", "noun"),
        verbal_force=_load_cues(folder / "verbal_force.csv", codebook, no_event=True),
        speaking_sectors=_load_sectors(folder / "speaking_sectors.csv"),
        command_verbs=_load_command_verbs(folder / "command_verbs.csv", classes),
        permissions=_load_recodings(folder / "permissions.csv", codebook, "permitted"),
        purposes=_load_completions(folder / "purpose_verbs.csv", codebook),
        reciprocal_verbs=load_words(folder / "reciprocal_verbs.csv"),
        mutual_verbs=load_words(folder / "mutual_verbs.csv"),
        making_verbs=load_words(folder / "making_verbs.csv"),
        goal_verbs=load_goal_verbs(folder / "goal_verbs.csv"),
        force_verbs=frozenset(load_goal_verbs(folder / "force_verbs.csv")),
        place_roots=load_place_roots(folder / "place_roots.csv"),
        doer_roots=load_place_roots(folder / "place_roots.csv", DOER_READINGS),
        goal_roots=load_place_roots(folder / "place_roots.csv", GOAL_READINGS),
        home_codes=_load_home_codes(folder / "home_codes.csv", codebook),
        unnamed_doers=_load_unnamed_doers(folder / "unnamed_doers.csv", codebook),
        doer_of_nouns=load_words(folder / "doer_of_nouns.csv", "noun"),
        aim_nouns=load_words(folder / "aim_nouns.csv", "noun"),
        blame_verbs=_load_blame_verbs(folder / "blame_verbs.csv"),
        model=load_event_model(folder, statement_verbs(verbs)) if model else None,
        target_model=load_target_model() if targets else None,
    )
