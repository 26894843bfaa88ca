"""Actor dictionaries, name model: guess the sector of a body's name that no list holds.

"The Kivu Farmers' Cooperative", "Popular Resistance Front": the lists name a few hundred bodies,
news names thousands. A small learned model reads the words of an unlisted name (its last word,
word endings, a state's name or demonym inside it) and gives the sector the shipped lists' own
names suggest ("Front" names rebels, "Party" parties, "Tribune" outlets). It is trained by
`training/train_actors.py` on the shipped dictionaries alone (data/actors/*.csv, no evaluation
data), with person and place names of the same lists as a "none" class, and it is consulted only
where the rules give no sector; actors it gave a sector say so in their basis.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsevents.learned import LinearModel, load_model

MODELS = Path(__file__).resolve().parent.parent / "data" / "models"
MODEL_FILE = MODELS / "actors_sectors.npz"
SETTINGS_FILE = MODELS / "actors_sectors.json"
NONE = "none"  # the label of names that are no body's: people and places
MODEL_BASIS = "sector-model"  # joined to an actor's basis by "+" when the model gave its sectors

# Function words say nothing of a body's sector; a state's name or demonym says whose it is,
# not what it is, so they become one feature.
_FUNCTION_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "&", "de", "la", "del", "des"})
STATE_WORD = "<state>"


def with_model_basis(basis: str) -> str:
    """Return a basis saying the name model gave the sectors: "modifier+sector-model"."""
    return f"{basis}+{MODEL_BASIS}" if basis else MODEL_BASIS


def name_features(words: Sequence[str], is_state_word: Callable[[str], bool]) -> list[str]:
    """Return the features of a name's words: each word, the last word and its ending."""
    kept = [w.casefold().strip(".,'\"()") for w in words]
    kept = [w for w in kept if w and w not in _FUNCTION_WORDS]
    if not kept:
        return []
    kept = [STATE_WORD if is_state_word(w) else w for w in kept]
    last = kept[-1]
    features = [f"w={w}" for w in kept] + [f"last={last}", f"end3={last[-3:]}"]
    features += [f"end={w[-4:]}" for w in kept if w != STATE_WORD and len(w) > 5]
    if len(kept) > 1:
        features += [f"first={kept[0]}", f"pair={kept[-2]} {last}"]
    return features


def state_words(entries: Iterable) -> frozenset[str]:
    """Return the words of the states' names, aliases and demonyms, folded ("south", "sudanese")."""
    return frozenset(
        word.casefold() for e in entries if e.table == "countries"
        for s in (e.name, *e.aliases, *e.demonyms) for word in s.split()
    )  # fmt: skip


def is_acronym(words: Sequence[str]) -> bool:
    """Tell whether a name is only capitals ("KDPK", "SCAF"): its letters tell nothing."""
    return all(not any(ch.islower() for ch in word) for word in words)


@dataclass(frozen=True)
class NameSectors:
    """The name model with the probability it must reach (chosen on held-out dictionary names)."""

    model: LinearModel
    threshold: float

    def sectors(self, words: Sequence[str], is_state_word: Callable[[str], bool]) -> str | None:
        """Return the sector the model gives a name with enough confidence, else None."""
        if not words or is_acronym(words):
            return None
        features = name_features(words, is_state_word)
        if not any(f.startswith("w=") and f != f"w={STATE_WORD}" for f in features):
            return None
        label, probability = self.model.predict(features)
        return label if label != NONE and probability >= self.threshold else None


def load_name_model(path: Path = MODEL_FILE, settings: Path = SETTINGS_FILE) -> NameSectors | None:
    """Load the shipped name model, or None when it has not been trained."""
    if not path.exists() or not settings.exists():
        return None
    threshold = float(json.loads(settings.read_text(encoding="utf-8"))["threshold"])
    return NameSectors(load_model(path), threshold)
