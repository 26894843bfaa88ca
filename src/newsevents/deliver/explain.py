"""Render one coded article for the terminal: each sentence with what was coded from it."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from newsevents.records import Actor, CodedArticle, Event

STYLES = {"trigger": "bold magenta", "source": "bold cyan", "target": "bold yellow"}


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
    return Group(*parts)


def _sentences(coded: CodedArticle) -> Iterator[RenderableType]:
    by_sentence: dict[int, list[Event]] = {}
    for event in coded.events:
        by_sentence.setdefault(event.sentence_index, []).append(event)
    text = coded.article.text
    for index, (start, end) in enumerate(coded.sentences):
        events = by_sentence.get(index, [])
        if not events:
            continue
        sentence = _highlight(text, start, end, events)
        body = [sentence] + [_event_line(event) for event in events]
        yield Panel(Group(*body), title=f"sentence {index}", title_align="left")


def _highlight(text: str, start: int, end: int, events: list[Event]) -> Text:
    sentence = Text(text[start:end].strip())
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    for event in events:
        for kind, span in (
            ("source", event.source_span),
            ("target", event.target_span),
            ("trigger", event.trigger_span),
        ):
            if span and start <= span[0] and span[1] <= end:
                sentence.stylize(STYLES[kind], span[0] - offset, span[1] - offset)
    return sentence


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
