"""Frame assembly for the attribution stage: what the frame finders share for one document,
and how a speaker token, cue tokens and a content span become a `Frame`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents.attribution.lexicon import Cue, CueLexicon
from newsevents.attribution.spans import (
    Chars,
    after_dateline,
    clip_to_paragraph,
    drop_leading_link,
    drop_trailing,
    from_set_off_quote,
    through_colon_quote,
    widen_to_quotes,
)
from newsevents.attribution.speakers import speaker_chars, speaker_text
from newsevents.records import Frame, Mention

UNNAMED = "unnamed sources"
LINK_DEPS = ("prep", "prt", "agent")


@dataclass(frozen=True)
class Context:
    """What the frame finders share for one document."""

    doc: Doc
    cues: CueLexicon
    mentions: dict[int, Mention]  # token index -> mention covering it
    quotes: tuple[Chars, ...]
    text: str  # doc.text, joined once: spaCy rebuilds it from every token on each access
    # the words with a content dependent (detector.content_heads), read once for the detector
    with_content: frozenset[int] | None = None


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
    cue_tokens, content = _take_leading_link(context.doc, cue_tokens, content)
    cue_span = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
    content = clip_to_paragraph(context.text, content, cue_span)
    content = _before_closing_source(context, content)
    content = drop_leading_link(context.doc, after_dateline(context.doc, context.text, content))
    content = drop_trailing(context.doc, content, context.cues.mediums)
    content = widen_to_quotes(context.quotes, content, cue_span)
    content = through_colon_quote(context.text, context.quotes, content, cue_span)
    content = from_set_off_quote(context.text, context.quotes, content, cue_span)
    if content[1] <= content[0]:
        return None
    speaker_span, country = None, None
    if speaker is None:
        name = name or UNNAMED
    else:
        # A speaker before the cue ends before it ("voters saying ...": the cue modifies them).
        if within is None and speaker.i < cue_tokens[0].i <= speaker.right_edge.i:
            within = (speaker.left_edge.i, cue_tokens[0].i - 1)
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


def _before_closing_source(context: Context, content: Chars) -> Chars:
    """End a content before a source phrase set off at its end ("..., according to X"): that
    phrase sources the whole sentence, this frame included, so it is no part of what is said."""
    doc = context.doc
    span = doc.char_span(*content, alignment_mode="contract")
    if span is None or len(span) < 3:
        return content
    # The phrase opens after a comma, so only the words after the content's commas are read:
    # asking every word of every content for its text cost more than the rest of this stage.
    at = context.text.find(",", span.start_char, span.end_char)
    while at != -1:
        comma = doc.char_span(at, at + 1)
        if comma is not None and comma.end < span.end:
            token = doc[comma.end]
            for words, cue in context.cues.phrase_starts.get(token.lower_, ()):
                phrase = doc[token.i : token.i + len(words)]
                if cue.kind != "prep-phrase" or tuple(t.lower_ for t in phrase) != words:
                    continue
                if phrase[-1].right_edge.i >= span.end - 1:
                    return content[0], doc[token.i - 2].idx + len(doc[token.i - 2])
        at = context.text.find(",", at + 1, span.end_char)
    return content


def _take_leading_link(
    doc: Doc, cue_tokens: list[Token], content: Chars
) -> tuple[list[Token], Chars]:
    """Move the preposition that links a cue verb to its content into the cue ("advocated for
    | a public option"), as PolNeAR marks it. An infinitive's "to" stays in the content
    ("wants | to win"): PolNeAR mostly leaves it there (moving it lowers dev cue F1 by 0.02)."""
    last = cue_tokens[-1]
    if last.i + 2 >= len(doc):
        return cue_tokens, content
    link, first = doc[last.i + 1], doc[last.i + 2]
    if link.idx != content[0] or first.idx >= content[1]:
        return cue_tokens, content
    if link.dep_ in LINK_DEPS and link.head in cue_tokens:
        return [*cue_tokens, link], (first.idx, content[1])
    return cue_tokens, content


def speaker_mention(context: Context, head: Token) -> Mention | None:
    """Return the mention naming the speaker: on its head, an apposition or a compound."""
    named = [head] + [c for c in head.children if c.dep_ in ("appos", "compound")]
    return next((context.mentions[t.i] for t in named if t.i in context.mentions), None)
