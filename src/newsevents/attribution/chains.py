"""Attribution chains: every event gets the outlet, then each frame whose content holds its
trigger (outermost first), and the factuality that chain and its own flags imply.
"""

from __future__ import annotations

from newsevents.attribution.spans import inside, overlaps
from newsevents.records import Article, Attribution, Event, Frame, amend

OUTLET_CUE, OUTLET_STANCE = "published", "publisher"
# Strongest doubt wins: one denying link makes the event denied, whatever the other links say.
FACTUALITY_BY_STANCE = (
    ("denying", "denied"),
    ("directive", "hypothetical"),
    ("distancing", "claimed"),
    ("hedged", "claimed"),
    ("neutral", "reported"),
    ("emphatic", "reported"),
    ("confirming", "reported"),
)
HYPOTHETICAL_MODALITIES = ("conditional", "hypothetical")
# "criticized the strike" presupposes the strike: the critic is not who asserts it, and an
# outlet's own evaluation ("the paper praised ...") is an event, not its reporting.
NOT_SOURCING = ("evaluative",)
NOT_REPORTING = ("evaluative", "directive")
# The learned detector's frames over the mere object of a verb the lexicon does not know.
NOT_SOURCING_BASES = ("model-object",)


def attribute_events(
    events: tuple[Event, ...] | list[Event], frames: tuple[Frame, ...], article: Article
) -> tuple[Event, ...]:
    """Give each event its attribution chain (outlet first) and factuality; drop media reports."""
    outlet = Attribution(
        speaker=article.outlet or "the outlet", cue=OUTLET_CUE, stance=OUTLET_STANCE
    )
    # Which frames may source or report is the frame's own business: sorted out once per
    # article, not again for every event (frames times events was most of this stage).
    sourcing = [f for f in frames if f.stance not in NOT_SOURCING and _may_source(f)]
    reporting = [f for f in frames if f.stance not in NOT_REPORTING and _may_source(f)]
    attributed = []
    for event in events:
        if _is_media_report(event, reporting, article):
            continue
        holding = [
            f
            for f in sourcing
            if inside(event.trigger_span, f.content_span)
            and not overlaps(event.trigger_span, f.cue_span)
        ]
        holding.sort(key=lambda f: (f.depth, f.content_span[0] - f.content_span[1]))
        chain = (outlet,) + tuple(
            Attribution(f.speaker, f.cue, f.stance, f.speaker_country, _link_basis(f))
            for f in holding
        )
        attributed.append(amend(event, attribution=chain, factuality=factuality(event, chain)))
    return tuple(attributed)


def _link_basis(frame: Frame) -> str:
    return "" if frame.basis == "lexicon" else frame.basis


def cue_basis(frame: Frame) -> str:
    """Return what found the frame's cue; a content end the model moved adds "+content-model"."""
    return frame.basis.partition("+")[0]


def _may_source(frame: Frame) -> bool:
    return cue_basis(frame) not in NOT_SOURCING_BASES


def _is_media_report(event: Event, reporting: list[Frame], article: Article) -> bool:
    """Tell whether the event is an outlet's own reporting verb, which is attribution, not news
    (`reporting`: the frames whose stance and cue report, not evaluate or direct)."""
    for frame in reporting:
        if not overlaps(event.trigger_span, frame.cue_span):
            continue
        if any(a.kind == "media" or "MED" in a.sectors for a in event.source):
            return True
        if article.outlet and frame.speaker == article.outlet:
            return True
    return False


def factuality(event: Event, chain: tuple[Attribution, ...]) -> str:
    """Return how firmly the text asserts an event, from its own flags and its chain.

    Negation comes first, then conditional/hypothetical modality (a future event keeps the
    factuality of its chain), then the strongest doubt among the links below the outlet.
    """
    if event.negated:
        return "negated"
    if event.modality in HYPOTHETICAL_MODALITIES:
        return "hypothetical"
    stances = {link.stance for link in chain if link.stance != OUTLET_STANCE}
    for stance, value in FACTUALITY_BY_STANCE:
        if stance in stances:
            return value
    return "asserted"
