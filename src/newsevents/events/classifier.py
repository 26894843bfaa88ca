"""A learned second opinion on a sentence's event class, where the pattern lexicons run out.

Reads the parse of one sentence (lemmas, clause verbs, dependency arcs, negation, entity types,
actor roles) and predicts one of ConfliBERT's five classes (statement/appeal, verbal and material
cooperation, verbal and material conflict) with `newsevents.learned`. The coder asks it only when
its rules found no event in a sentence with actors, or only a statement or appeal: then a
confident prediction of an act promotes a rule event of that class to the sentence's main event,
or adds one event at the generic CAMEO code of the PLOVER type a second model finds likeliest
inside that class (data/events/model_types.csv; without that model, the class's code in
model_classes.csv). Its source and target are read from the clause's arguments like any rule
event's. Such a record says so: `code_basis` "model" and `code_probability`, the class's
probability. Both models are trained by training/train_events.py. The pipeline uses them only
with the setting `learned_events` (off by default: on news outside ConfliBERT they add more wrong
events than right ones).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.datafiles import read_rows
from newsevents.events.arguments import MentionIndex
from newsevents.events.context import Candidate
from newsevents.events.doers import is_passive, stray_subject, subject_of
from newsevents.learned import LinearModel, load_model
from newsevents.records import Mention

if TYPE_CHECKING:
    from newsevents.events.patterns import PatternSet

MODELS = Path(__file__).resolve().parent.parent / "data" / "models"
MODEL_FILE = "event_class.npz"
THRESHOLD_FILE = "event_class.csv"
TYPE_FILE = "event_type.npz"
NO_ACT = "0"  # statements and appeals: what the rules already code, never a learned event
NO_EVENT = "none"  # news sentences with two actors in which nothing is done: never an event
ARGUMENT_DEPS = ("dobj", "dative", "nsubjpass")
TARGET_PREPS = ("against", "at", "into", "on", "to", "toward", "towards", "upon", "with")
ACTOR_ROLE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss", "compound", "agent")


@dataclass(frozen=True)
class EventModel:
    """The class model, each class's CAMEO roots and generic code, and its confidence bar."""

    model: LinearModel
    roots: dict[str, str]  # CAMEO root -> class label
    codes: dict[str, str]  # class label -> generic CAMEO code of a learned event
    thresholds: dict[str, float]  # class label -> least probability to act on
    statements: frozenset[str]  # verbs the patterns code as statements ("say", "announce")
    types: LinearModel | None = None  # PLOVER type model: which type inside the class
    type_codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # type -> class, code

    def class_of(self, code: str) -> str:
        """Return the class label of a CAMEO code."""
        return self.roots[code[:2]]

    def code_for(self, label: str, features: list[str]) -> str:
        """Return the CAMEO code of a learned event of a class: its likeliest type's code."""
        if self.types is None:
            return self.codes[label]
        probabilities = self.types.probabilities(features)
        inside = [t for t, (c, _) in self.type_codes.items() if c == label and t in probabilities]
        if not inside:
            return self.codes[label]
        return self.type_codes[max(inside, key=probabilities.__getitem__)][1]


def load_event_model(
    data: Path, statements: frozenset[str], models: Path = MODELS
) -> EventModel | None:
    """Load the shipped models and their tables; None when no class model is present."""
    path = models / MODEL_FILE
    if not path.exists():
        return None
    model = load_model(path)
    roots, codes = _load_classes(data / "model_classes.csv", model.labels)
    thresholds = {}
    for number, row in read_rows(models / THRESHOLD_FILE, ("class", "threshold")):
        try:
            thresholds[row["class"]] = float(row["threshold"])
        except ValueError:
            raise ValueError(f"{models / THRESHOLD_FILE}:{number}: bad threshold") from None
    missing = set(model.labels) - set(thresholds) - {NO_ACT, NO_EVENT}
    if missing:
        raise ValueError(f"{models / THRESHOLD_FILE}: no threshold for {sorted(missing)}")
    types = load_model(models / TYPE_FILE) if (models / TYPE_FILE).exists() else None
    type_codes = _load_types(data / "model_types.csv", roots) if types is not None else {}
    return EventModel(model, roots, codes, thresholds, statements, types, type_codes)


def _load_classes(table: Path, labels: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    roots, codes = {}, {}
    for number, row in read_rows(table, ("class", "roots", "code", "note")):
        if row["class"] not in labels:
            raise ValueError(f"{table}:{number}: class {row['class']!r} is not a model label")
        roots.update(dict.fromkeys(row["roots"].split("|"), row["class"]))
        if row["code"]:
            codes[row["class"]] = row["code"]
    if len(roots) != 20:
        raise ValueError(f"{table}: the classes must share out all 20 CAMEO roots")
    return roots, codes


def _load_types(table: Path, roots: dict[str, str]) -> dict[str, tuple[str, str]]:
    type_codes = {}
    for number, row in read_rows(table, ("type", "class", "code", "note")):
        if roots.get(row["code"][:2]) != row["class"]:
            raise ValueError(f"{table}:{number}: code {row['code']} is not in class {row['class']}")
        type_codes[row["type"]] = (row["class"], row["code"])
    return type_codes


def sentence_features(sentence: Span, index: MentionIndex) -> list[str]:
    """Return the features of one sentence: words, clause verbs, arcs, negation, actor roles."""
    root = sentence.root
    features = [f"root={root.lemma_.lower()}", f"rootpos={root.pos_}"]
    for token in sentence:
        if token.is_punct or token.is_space:
            continue
        lemma = token.lemma_.lower()
        head = token.head.lemma_.lower()
        features.append(f"lemma={lemma}")
        if token.pos_ in ("VERB", "NOUN", "ADJ", "AUX"):
            features.append(f"arc={token.dep_}|{head}|{lemma}")
        if token.pos_ == "VERB":
            features.append(f"verb={lemma}|{token.dep_}")
            features.append(f"voice={lemma}|{'passive' if is_passive(token) else 'active'}")
        if token.dep_ == "neg":
            features.append(f"neg={head}")
        if token.ent_iob_ == "B":
            features.append(f"ent={token.ent_type_}")
        mention = index.at(token)
        if mention is not None and token.dep_ in ACTOR_ROLE_DEPS:
            features.append(f"actor={token.dep_}|{head}")
            features.append(f"actorkind={mention.actor.kind}|{token.dep_}")
    return features


def event_clause(sentence: Span, statements: frozenset[str]) -> Token:
    """Return the verb a learned event sits on: the root, or what a statement reports.

    CAMEO codes what a statement reports ("X said its troops shelled Y" is the shelling), so a
    reporting root hands over to the clause it governs.
    """
    verb = sentence.root
    if verb.lemma_.lower() in statements:
        content = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if content:
            return content[0]
    return verb


def dyad(
    sentence: Span, index: MentionIndex, statements: frozenset[str], patterns: PatternSet
) -> tuple[Token, list[Mention], list[Mention]] | None:
    """Return the clause verb, doer and actor acted on where a learned event may sit, or None.

    The model speaks only where the syntax already shows an act between two actors: a full verb
    (not a copula: "X is Y" states, it does not act) with an actor subject and a different actor
    as its object or the object of a directed preposition ("against X", "to X"). Its `NO_EVENT`
    class is trained on such news sentences in which no event happens ("X leads Y in the
    polls"), so it can also say no where this test lets a sentence through.
    """
    verb = event_clause(sentence, statements)
    if verb.pos_ != "VERB":
        return None
    # Cheap tests first: most clauses have no object or no subject at all.
    heads = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
              for g in c.children if g.dep_ == "pobj"]
    subject = (subject_of(verb, patterns) or stray_subject(verb, index)) if heads else None
    source = index.mentions_for([subject]) if subject is not None else []
    if not source:
        return None
    doers = {m.actor for m in source}
    for head in heads:
        target = [m for m in index.mentions_for([head]) if m.actor not in doers]
        if target:
            return verb, source, target
    return None


def consult(
    sentence: Span, found: list[Candidate], index: MentionIndex, patterns: PatternSet
) -> list[Candidate]:
    """Return a sentence's candidates with the model's act first, when rules found none.

    Rules that code an act are trusted; the model speaks only for a sentence whose rules found
    nothing or just a statement or appeal, that has a `dyad`, and only above its class's
    threshold (all as training/train_events.py simulates it when it chooses the thresholds).
    A rule event of the class it found then leads; failing one, it adds its own event.
    """
    model = patterns.model
    if model is None or found and model.class_of(found[0].code) != NO_ACT:
        return found
    proposal = dyad(sentence, index, model.statements, patterns)
    if proposal is None:
        return found
    features = sentence_features(sentence, index)
    label, probability = model.model.predict(features)
    if label in (NO_ACT, NO_EVENT) or probability < model.thresholds[label]:
        return found
    same = [c for c in found if model.class_of(c.code) == label]
    if same:  # a rule event of that class was ranked below a statement: it leads instead
        return [same[0]] + [c for c in found if c is not same[0]]
    verb, source, target = proposal
    code = model.code_for(label, features)
    made = Candidate(verb, code, source, target, probability=probability)
    return [made] + [c for c in found if c.trigger.i != verb.i]
