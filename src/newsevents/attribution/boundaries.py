"""A learned check of where a reporting frame's content ends.

The rules end a content span at the edge of the clause the cue governs; PolNeAR's annotators
often end it elsewhere (before a trailing adjunct, after a clause the parser hung on the cue,
at a quote's closing mark). For each frame the rules find, every token from the start of the
sentence the rules end in up to its end (or up to the cue, for content before the cue) is a
candidate end; a logistic model over the parse around each candidate scores them, and the end
moves only where the best candidate beats the rules' end by a margin chosen on PolNeAR dev.
Frames whose end moved say so in their basis ("+content-model"). The model is trained by
`training/train_attribution.py --part content` on PolNeAR train only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc, Token

from newsevents.annotate import table_of
from newsevents.learned import LinearModel, LogOdds, load_model
from newsevents.records import Frame

MODEL = Path(__file__).resolve().parent.parent / "data" / "models" / "attribution_content.npz"
POSITIVE = "end"
MODEL_BASIS = "+content-model"
BUCKETS = 1 << 16  # a few thousand distinct features: a small file
MAX_CANDIDATES = 60  # a run-on sentence is left to the rules: cost stays bounded
REACH = 8  # tokens either side of the rules' end that are candidates


@dataclass(frozen=True)
class ContentModel:
    """The content-end model with the log-odds margin a candidate must beat the rules' end by."""

    model: LinearModel
    margin: float
    log_odds: LogOdds = field(repr=False, compare=False)

    @classmethod
    def of(cls, model: LinearModel, margin: float) -> ContentModel:
        """Build the checker from a model and the margin of log-odds that moves an end."""
        return cls(model, margin, LogOdds.of(model, POSITIVE))

    def score(self, features: list[str]) -> float:
        """Return a candidate's log-odds of being the end, up to the shared bias."""
        return self.log_odds.score(features)

    def refine(self, doc: Doc, frame: Frame) -> Frame:
        """Move the frame's content end to the model's best candidate when it is sure enough."""
        found = _candidates(doc, frame)
        if found is None:
            return frame
        rule_end, candidates, window = found
        scores = {t: self.score(window.features(frame, t, rule_end)) for t in candidates}
        best = max(scores, key=scores.__getitem__)
        if best == rule_end or scores[best] - scores[rule_end] < self.margin:
            return frame
        end = doc[best].idx + len(doc[best])
        return replace(frame, content_span=(frame.content_span[0], end),
                       basis=frame.basis + MODEL_BASIS)


def load_content_model(path: Path = MODEL) -> ContentModel | None:
    """Load the shipped content-end model and its margin, or None where none is shipped."""
    if not path.exists():
        return None
    settings = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return ContentModel.of(load_model(path), float(settings["margin"]))


def candidate_ends(doc: Doc, frame: Frame) -> tuple[int, list[int]] | None:
    """Return the token the rules' content ends on and the candidate end tokens, or None."""
    found = _candidates(doc, frame)
    return None if found is None else found[:2]


def _candidates(doc: Doc, frame: Frame) -> tuple[int, list[int], _Window] | None:
    """Return the rules' end, the candidate ends and the window of rows their features read."""
    content = doc.char_span(*frame.content_span, alignment_mode="expand")
    if content is None or not len(content) or content[-1].is_quote:
        return None  # a closing quotation mark ends the content where the speaker did
    rule_end = content.end - 1
    sentence_start, sentence_end = table_of(doc).sentence(rule_end)
    first = max(content.start, sentence_start)
    last = sentence_end - 1
    # content before the cue ends before it and before its speaker ("..., a diplomat said")
    for bounds in (frame.cue_span, frame.speaker_span):
        before = None if bounds is None else doc.char_span(*bounds, alignment_mode="expand")
        if before is not None and content.start < before.start <= last:
            last = before.start - 1
    if rule_end > last or last - first >= MAX_CANDIDATES:
        return None
    # a bound further off is rarely the gold one, and each candidate costs a feature pass
    first, last = max(first, rule_end - REACH), min(last, rule_end + REACH)
    window = _Window.of(doc, first, last)
    # a word whose head comes after it ("the", "new" in "the new bridge") ends no phrase
    candidates = [
        i for i, row in enumerate(window.rows[: last - first + 1], first)
        if i == rule_end or not (row.space or i < row.head <= last)
    ]
    return rule_end, candidates, window


def end_features(doc: Doc, frame: Frame, i: int, rule_end: int) -> list[str]:
    """Return the features of token i as the end of the frame's content."""
    return _Window.of(doc, min(i, rule_end), max(i, rule_end)).features(frame, i, rule_end)


class _Row(NamedTuple):
    """What the features read of one token, taken from spaCy once per frame: each candidate
    looks at every token between it and the rules' end, and a Token access is costly."""

    word: str
    tag: str
    dep: str
    pos: str
    head: int
    head_pos: str
    quote: bool
    entity: str
    space: bool


@dataclass(frozen=True)
class _Window:
    """The rows of the tokens from the first candidate end to two past the last."""

    doc: Doc
    start: int
    rows: list[_Row]

    @classmethod
    def of(cls, doc: Doc, first: int, last: int) -> _Window:
        return cls(doc, first, [_row(t) for t in doc[first : min(last + 3, len(doc))]])

    def features(self, frame: Frame, i: int, rule_end: int) -> list[str]:
        """Return the features of token i as the end of the frame's content."""
        row = self.rows[i - self.start]
        offset = i - rule_end
        where = "rule" if offset == 0 else ("shorter" if offset < 0 else "longer")
        phrase = _phrase(self.doc[i]).dep_
        features = [
            f"where={where}",
            f"distance={where}|{min(abs(offset), 8)}",
            f"word={row.word}",
            f"tag={row.tag}",
            f"dep={row.dep}",
            f"where|tag={where}|{row.tag}",
            f"phrase={phrase}",
            f"where|phrase={where}|{phrase}",
            f"cue={frame.cue_lemma}|{where}",
            f"quote={row.quote}|{where}",
        ]
        features += self._next_features(i, where)
        if offset:
            features += self._change_features(min(i, rule_end) + 1, max(i, rule_end), where)
        return features

    def _change_features(self, first: int, last: int, where: str) -> list[str]:
        """Describe the tokens a candidate adds to or cuts from the rules' span: the phrases
        they form (how each attaches to the rest), how they open and close, a verb, a quote."""
        rows = self.rows[first - self.start : last - self.start + 1]
        roots = [r for r in rows if not first <= r.head <= last]
        features = [f"{where}|attach={r.dep}|{r.head_pos}" for r in roots[:3]]
        features += [
            f"{where}|roots={min(len(roots), 3)}",
            f"{where}|opens={rows[0].word}",
            f"{where}|opens-attach={rows[0].word}|{roots[0].dep if roots else ''}",
            f"{where}|closes={rows[-1].word}",
            f"{where}|verb={any(r.pos in ('VERB', 'AUX') for r in rows)}",
            f"{where}|quote-marks={sum(r.quote for r in rows) % 2}",
            f"{where}|entities={'|'.join(sorted({r.entity for r in rows if r.entity}))}",
        ]
        return features

    def _next_features(self, i: int, where: str) -> list[str]:
        """Describe what follows a candidate end: what starts there and where it attaches."""
        at = i + 1 - self.start
        if at >= len(self.rows) or self.doc[i + 1].is_sent_start:
            return ["next=END", f"where|next={where}|END"]
        after = self.rows[at]
        attaches = "back" if after.head <= i else "on"
        following = self.rows[at + 1] if at + 1 < len(self.rows) else after
        return [
            f"next={after.word}",
            f"next-dep={after.dep}",
            f"where|next={where}|{after.word}",
            f"where|next-dep={where}|{after.dep}|{attaches}",
            f"next-two={after.word}|{following.pos}",
            f"pair={self.rows[at - 1].tag}|{after.word}",
        ]


def _row(token: Token) -> _Row:
    """Read a token's row, each attribute once: a Token builds its head and looks each string
    up anew on every access. A closed-class word is read as itself, an open-class one as its
    part of speech."""
    head, pos = token.head, token.pos_
    word = token.lower_ if token.is_punct or token.is_stop else pos
    return _Row(word, token.tag_, token.dep_, pos, head.i, head.pos_, token.is_quote,
                token.ent_type_, token.is_space)


def _phrase(token: Token) -> Token:
    """Return the largest phrase that ends at the token (the highest ancestor ending there)."""
    phrase = token
    while phrase.head.i != phrase.i and phrase.head.right_edge.i == token.i:
        phrase = phrase.head
    return phrase
