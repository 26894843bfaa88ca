"""Public JSON records of one coded article's actors and claims (`newsevents actors`,
`newsevents attributions`), beside the event records of `records.event_record`.
"""

from __future__ import annotations

from newsevents.attribution.spans import inside
from newsevents.records import CodedArticle, Frame, Mention

# How well grounded an actor's attributes are, best first: read from a dictionary or the text
# around the mention, then from the scene of force it is in (a struck town's gazetteer entry, the
# one place of its clause, an attack told of before), then from the article as a whole.
BASIS_RANK = ("dictionary", "title", "apposition", "modifier", "gazetteer", "place", "scene",
              "article", "coreference", "")  # fmt: skip


def actor_records(coded: CodedArticle, article: str | None = None) -> list[dict]:
    """Return one record per actor of the article, with every mention that names it.

    An actor's attributes come from its best-grounded mention (a dictionary entry or a title
    before a reference back to it); each mention keeps the text as written and its own basis.
    """
    grouped: dict[str, list[Mention]] = {}
    for mention in coded.mentions:
        grouped.setdefault(mention.actor.actor_id, []).append(mention)
    records = []
    for ident, mentions in grouped.items():
        best = min(mentions, key=lambda m: _rank(m.actor.basis)).actor
        record = {
            "actor_id": ident,
            "name": best.name,
            "country": best.country,
            "sectors": list(best.sectors),
            "role": best.role,
            "kind": best.kind,
            "basis": best.basis,
            "mentions": [
                {"text": m.text, "span": [m.start_char, m.end_char],
                 "sentence_index": m.sentence_index, "basis": m.actor.basis}
                for m in mentions
            ],
        }
        if article is not None:
            record["article"] = article
        records.append(record)
    return records


def _rank(basis: str) -> int:
    return BASIS_RANK.index(basis) if basis in BASIS_RANK else len(BASIS_RANK)


def claim_records(coded: CodedArticle, article: str | None = None) -> list[dict]:
    """Return one record per attribution (claim) of the article, whether or not it holds an event.

    `within` is the number of the claim whose content holds this claim's cue (its outer link in
    a chain such as "TASS claimed that Lecornu said that …"), `events` the events it reports.
    """
    text, frames = coded.article.text, coded.frames
    records = []
    for number, frame in enumerate(frames):
        outer = [i for i, other in enumerate(frames)
                 if other is not frame and inside(frame.cue_span, other.content_span)]
        record = {
            "claim": number,
            "source": frame.speaker,
            "source_text": _cut(text, frame.speaker_span),
            "source_span": list(frame.speaker_span) if frame.speaker_span else None,
            "source_country": frame.speaker_country,
            "cue": frame.cue,
            "cue_lemma": frame.cue_lemma,
            "cue_span": list(frame.cue_span),
            "stance": frame.stance,
            "basis": frame.basis,
            "content": _cut(text, frame.content_span),
            "content_span": list(frame.content_span),
            "sentence_index": frame.sentence_index,
            "depth": frame.depth,
            "within": max(outer, key=lambda i: frames[i].depth) if outer else None,
            "events": _reported_events(coded, frame),
        }
        if article is not None:
            record["article"] = article
        records.append(record)
    return records


def shorten(text: str, size: int) -> str:
    """Return text on one line, cut to `size` characters with an ellipsis where it was longer."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _cut(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def _reported_events(coded: CodedArticle, frame: Frame) -> list[str]:
    return [e.event_id for e in coded.events
            if inside(e.trigger_span, frame.content_span)
            and any(link.cue == frame.cue and link.speaker == frame.speaker
                    for link in e.attribution)]
