"""Sign-off frames: a quotation followed by a dash and who said it.

News pages quote readers, epigraphs and statements with the speaker's name after a dash
(“...” — Ann Lee). The dash is the cue (a "punct" row of the cue lexicon), the name after it
the speaker, and the quotation the content. No verb is involved, so the parse-based finders
miss them. Embedded posts signed the same way ("... — Ann Lee (@annlee) May 1") are left
alone: where the post's text starts is not marked, and page furniture often runs into it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from newsevents.attribution.assembly import Context, make_frame
from newsevents.attribution.spans import inside, overlaps
from newsevents.attribution.speakers import is_name_phrase
from newsevents.records import Frame

# a dash right after a quote, the same line or the next paragraph, then a capitalised word
AFTER_QUOTE = re.compile(r"[ \u00a0]*\n*[ \u00a0]*(―|—|–|--?)[ \u00a0]*(?=[A-Z])")
NAME_REACH = 6  # tokens: a signature names someone, briefly
NAME_POS = ("PROPN", "NOUN", "PUNCT")


def with_signoffs(
    context: Context, frames: list[Frame], sentences: list[tuple[int, int]]
) -> list[Frame]:
    """Add the frames of quotes signed off with a dash and a name.

    A cue on the quote's own line ("She said: “...” — Reuters") keeps the quote; one on another
    line took it only for want of a speaker beside it, so the signature replaces that frame.
    """
    frames = list(frames)
    text = context.text
    for quote in context.quotes:
        found = AFTER_QUOTE.match(text, quote[1])
        if found is None:
            continue
        # a frame whose cue is inside the quote is nested in it, not its speaker
        holders = [f for f in frames if overlaps(f.content_span, quote)
                   and not inside(f.cue_span, quote)]
        if any(_same_line(text, f.cue_span, quote) for f in holders):
            continue
        frame = _signed(context, quote, found.start(1), found.end(1), sentences)
        if frame is not None:
            frames = [f for f in frames if f not in holders] + [frame]
    return frames


def _same_line(text: str, cue: tuple[int, int], quote: tuple[int, int]) -> bool:
    first, last = sorted((cue, quote))
    return "\n" not in text[first[1] : last[0]]


def _signed(
    context: Context,
    content: tuple[int, int],
    dash_start: int,
    dash_end: int,
    sentences: list[tuple[int, int]],
) -> Frame | None:
    """Build the frame of a dash at these characters if a name follows it."""
    doc = context.doc
    dash = doc.char_span(dash_start, dash_end, alignment_mode="expand")
    cue = context.cues.word("punct", context.text[dash_start:dash_end])
    if dash is None or cue is None:
        return None
    name = _name_after(dash[-1])
    if name is None or not is_name_phrase(doc[name[0] : name[1] + 1], context.mentions):
        return None
    speaker = doc[name[0] : name[1] + 1].root
    sent_i = next((i for i, (s, e) in enumerate(sentences) if s <= dash_start < e), 0)
    frame = make_frame(context, [dash[-1]], cue, speaker, content, sent_i, within=name)
    # the tokenizer may glue the dash to the closing quote ("”―"): the cue is the dash alone
    return None if frame is None else replace(frame, cue_span=(dash_start, dash_end))


def _name_after(dash: Token) -> tuple[int, int] | None:
    """Return the token bounds of the name after a dash: capitalised words up to a comma,
    a bracket or the end of the line."""
    doc = dash.doc
    first = dash.i + 1
    while first < len(doc) and doc[first].is_space and "\n" not in doc[first].text:
        first += 1
    last = first - 1
    for token in doc[first : min(first + NAME_REACH, len(doc))]:
        if "\n" in token.text or token.text in (",", "(", ")") or token.pos_ not in NAME_POS:
            break
        if token.is_alpha and not token.is_title and not token.is_upper:
            break
        last = token.i
    while last >= first and doc[last].is_punct:
        last -= 1
    return (first, last) if last >= first else None
