"""Render one coded article for the terminal: each sentence with what was coded from it."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from newsevents.deliver.listings import actor_records, shorten
from newsevents.records import Actor, CodedArticle, Event, Frame

STYLES = {"trigger": "bold magenta", "source": "bold cyan", "target": "bold yellow",
          "cue": "bold green"}


def explain(coded: CodedArticle) -> RenderableType:
    """Return a renderable view of the article, its furniture, sentences and events."""
    article = coded.article
    header = Text()
    header.append(article.title or "(no title)", style="bold")
    header.append(f"\npublished {article.published or 'unknown'}")
    if article.byline:
        header.append(f" · by {article.byline}")
    if article.outlet:
        header.append(f" · {article.outlet}")
    parts: list[RenderableType] = [header]
    if article.dropped:
        dropped = Text("dropped as page furniture:\n", style="dim")
        for piece in article.dropped:
            dropped.append(f"  [{piece.reason}] {piece.text[:90]}\n", style="dim")
        parts.append(dropped)
    parts.extend(_sentences(coded))
    parts.append(_actor_list(coded))
    return Group(*parts)


def _actor_list(coded: CodedArticle) -> RenderableType:
    """Every actor of the article once, with the ways the text names it."""
    listing = Text("actors:\n", style="bold")
    for record in actor_records(coded):
        attributes = "/".join(filter(None, [record["country"], "+".join(record["sectors"]),
                                            record["role"]]))
        names = sorted({m["text"] for m in record["mentions"]})
        listing.append(f"  {record['name']}", style="bold")
        listing.append(f" ({attributes or record['kind']}, {record['basis'] or 'text'}): ")
        listing.append(" · ".join(names) + "\n", style="dim")
    return listing


def _sentences(coded: CodedArticle) -> Iterator[RenderableType]:
    by_sentence: dict[int, list[Event]] = {}
    for event in coded.events:
        by_sentence.setdefault(event.sentence_index, []).append(event)
    claims: dict[int, list[Frame]] = {}
    for frame in coded.frames:
        claims.setdefault(frame.sentence_index, []).append(frame)
    text = coded.article.text
    for index, (start, end) in enumerate(coded.sentences):
        events, frames = by_sentence.get(index, []), claims.get(index, [])
        if not events and not frames:
            continue
        sentence = _highlight(text, start, end, events, frames)
        body = [sentence] + [_claim_line(text, frame) for frame in frames]
        body += [_event_line(event) for event in events]
        yield Panel(Group(*body), title=f"sentence {index}", title_align="left")


def _highlight(
    text: str, start: int, end: int, events: list[Event], frames: list[Frame]
) -> Text:
    sentence = Text(text[start:end].strip())
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    spans = [("cue", frame.cue_span) for frame in frames]
    for event in events:
        spans += [("source", event.source_span), ("target", event.target_span),
                  ("trigger", event.trigger_span)]
    for kind, span in spans:
        if span and start <= span[0] and span[1] <= end:
            sentence.stylize(STYLES[kind], span[0] - offset, span[1] - offset)
    return sentence


def _claim_line(text: str, frame: Frame) -> Text:
    content = shorten(text[frame.content_span[0] : frame.content_span[1]], 160)
    line = Text("claim: ")
    line.append(frame.speaker, style=STYLES["source"])
    line.append(f" {frame.cue}", style=STYLES["cue"])
    line.append(f" ({frame.stance}{', nested' if frame.depth > 1 else ''}): ")
    line.append(f"“{content}”", style="italic")
    return line


def _event_line(event: Event) -> Text:
    line = Text("→ ")
    line.append(f"{event.cameo} {event.cameo_name}", style=STYLES["trigger"])
    line.append(f" [{event.plover_type}{'/' + event.plover_mode if event.plover_mode else ''}]")
    line.append(f"\n  who: {_actors(event.source)}", style=STYLES["source"])
    line.append(f"\n  whom: {_actors(event.target)}", style=STYLES["target"])
    line.append(f"\n  when: {event.date or '?'} ({event.date_precision}, {event.date_basis})")
    if event.place:
        place = event.place
        line.append(f"\n  where: {place.name}, {place.country} ({place.basis})")
    chain = " › ".join(f"{a.speaker} ({a.cue}, {a.stance})" for a in event.attribution)
    line.append(f"\n  according to: {chain or 'the outlet'}")
    flags = [event.factuality]
    if event.negated:
        flags.append("negated")
    if event.modality != "asserted":
        flags.append(event.modality)
    line.append(f"\n  factuality: {', '.join(flags)}")
    if event.fatalities is not None:
        line.append(f" · fatalities: {event.fatalities}")
    return line


def _actors(actors: tuple[Actor, ...]) -> str:
    if not actors:
        return "—"
    return "; ".join(
        f"{a.name} ({'/'.join(filter(None, [a.country, '+'.join(a.sectors), a.role]))})"
        for a in actors
    )
