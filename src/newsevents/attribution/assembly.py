"""Frame assembly for the attribution stage: what the frame finders share for one document,
and how a speaker token, cue tokens and a content span become a `Frame`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents.attribution.lexicon import Cue, CueLexicon
from newsevents.attribution.spans import Chars, clip_to_paragraph, widen_to_quotes
from newsevents.attribution.speakers import speaker_chars, speaker_text
from newsevents.records import Frame, Mention

UNNAMED = "unnamed sources"


@dataclass(frozen=True)
class Context:
    """What the frame finders share for one document."""

    doc: Doc
    cues: CueLexicon
    mentions: dict[int, Mention]  # token index -> mention covering it
    quotes: tuple[Chars, ...]
    text: str  # doc.text, joined once: spaCy rebuilds it from every token on each access


def make_frame(
    context: Context,
    cue_tokens: list[Token],
    cue: Cue,
    speaker: Token | None,
    content: Chars,
    sent_i: int,
    name: str | None = None,
    within: tuple[int, int] | None = None,
) -> Frame | None:
    """Assemble a frame, naming the speaker from the mention that covers it when there is one."""
    cue_span = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
    content = widen_to_quotes(
        context.quotes, clip_to_paragraph(context.text, content, cue_span), cue_span
    )
    if content[1] <= content[0]:
        return None
    speaker_span, country = None, None
    if speaker is None:
        name = name or UNNAMED
    else:
        speaker_span = speaker_chars(context.doc, speaker, within)
        mention = speaker_mention(context, speaker)
        if mention is not None:
            speaker_name, country = mention.actor.name or mention.text, mention.actor.country
        else:
            speaker_name = speaker_text(speaker)
        name = name or speaker_name
    return Frame(
        cue=context.text[cue_span[0] : cue_span[1]],
        cue_lemma=cue.cue,
        stance=cue.stance,
        cue_span=cue_span,
        speaker=name,
        speaker_span=speaker_span,
        content_span=content,
        sentence_index=sent_i,
        speaker_country=country,
    )


def speaker_mention(context: Context, head: Token) -> Mention | None:
    """Return the mention naming the speaker: on its head, an apposition or a compound."""
    named = [head] + [c for c in head.children if c.dep_ in ("appos", "compound")]
    return next((context.mentions[t.i] for t in named if t.i in context.mentions), None)
