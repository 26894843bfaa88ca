"""The table of contents: the stages of DESIGN.md in order, as one function per batch.

`code_batch` is a plain function of its input (articles, loaded resources, settings) and returns
plain records, so the local engine, a process pool and Ray all run exactly this code. Persisting
results is the runner's job, not the stages'.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from spacy.language import Language

from newsevents import actors, annotate, attribution, clean, cluster, dates, events, places
from newsevents.codebook import Codebook, load_codebook
from newsevents.dictionaries import ActorDictionary, load_actor_dictionary
from newsevents.records import Article, CodedArticle, Reject
from newsevents.settings import Settings


@dataclass(frozen=True)
class Resources:
    """What the stages read: the spaCy pipeline and the data files, loaded once per worker."""

    nlp: Language
    dictionary: ActorDictionary
    codebook: Codebook
    patterns: events.PatternSet
    cues: attribution.CueLexicon
    gazetteer: places.Gazetteer
    calendar: dates.Lexicon  # read by both dates and places: loaded once, not per article


def load_resources(settings: Settings) -> Resources:
    """Load the spaCy pipeline and every data file the stages need, ready for the first batch.

    Resources live as long as their process, so they are built in full here (the gazetteer's
    index and the timex patterns too, not in the first batch) and then frozen out of the cyclic
    garbage collector: every full collection would otherwise walk their 700,000 objects again,
    0.3 s each time.
    """
    dictionary = load_actor_dictionary(settings.user_dictionaries)
    resources = Resources(
        nlp=annotate.load_pipeline(settings.model, dictionary),
        dictionary=dictionary,
        codebook=load_codebook(),
        patterns=events.load_patterns(
            model=settings.learned_events, targets=settings.learned_targets
        ),
        cues=attribution.load_cues(),
        gazetteer=places.load_gazetteer(),
        calendar=dates.load_lexicon(),
    )
    resources.gazetteer.index  # noqa: B018 (built on first use; here, that is now)
    resources.calendar.scanner.digit_free  # noqa: B018 (compiles the timex patterns)
    resources.calendar.scanner.needs  # noqa: B018 (reads the words their matches hold)
    gc.freeze()
    return resources


def code_batch(
    articles: list[Article], resources: Resources, settings: Settings
) -> list[CodedArticle]:
    """Run every stage over a batch of articles and return their coded records."""
    # 1. ingest happened before: `articles` are what the readers produced.
    # 2. clean: drop page furniture, split paragraphs, read header lines.
    cleaned = [clean.clean_article(article) for article in articles]
    # 3. annotate: spaCy in nlp.pipe batches, with the actor entity ruler.
    docs = annotate.annotate(cleaned, resources.nlp, settings.batch_size, settings.batch_chars)
    coded = []
    for article, doc in zip(cleaned, docs, strict=True):
        # 4. actors: mentions become actors, titles read, names resolved in the article.
        # Places come back as mentions too: events read them for the place an act is aimed at,
        # the later stages read actors only.
        resolved = actors.resolve_actors(doc, article, resources.dictionary, resources.gazetteer)
        mentions = actors.actor_mentions(resolved)
        # 5. events: predicates coded against CAMEO/PLOVER, source and target from syntax.
        found = events.code_events(doc, article, resolved, resources.patterns, resources.codebook)
        # 6. attribution: reporting frames become a chain and a factuality for every event.
        frames = attribution.find_frames(doc, mentions, resources.cues, text=article.text)
        found = attribution.attribute_events(found, frames, article)
        # 7. dates: temporal expressions resolved against the publication date.
        found = dates.date_events(found, doc, article, resources.calendar)
        # 8. places: toponyms resolved against the offline gazetteer.
        found = places.place_events(
            found, doc, resources.gazetteer, resources.calendar, text=article.text
        )
        coded.append(
            CodedArticle(
                article=article,
                mentions=mentions,
                frames=frames,
                events=found,
                sentences=tuple(annotate.table_of(doc).sentence_chars),
            )
        )
    # 10. cluster: mentions of one real-world event within the batch share a cluster id.
    return cluster.cluster_batch(coded)


def code_batch_safely(
    articles: list[Article], resources: Resources, settings: Settings
) -> tuple[list[CodedArticle], list[Reject]]:
    """Code a batch; when an article makes a stage fail, reject it with the error, code the rest.

    One article that trips a bug must not stop a run of millions or take its batch with it.
    The reject keeps the error; the article is not stored, so a later run codes it again.
    """
    try:
        return code_batch(articles, resources, settings), []
    except Exception as error:  # any stage's failure: found again article by article
        if len(articles) == 1:
            article = articles[0]
            reason = f"coding failed: {type(error).__name__}: {error}"
            return [], [Reject(article.source, reason, article.article_id, article.text[:80])]
    coded, rejects = [], []
    for article in articles:
        found, failed = code_batch_safely([article], resources, settings)
        coded += found
        rejects += failed
    return coded, rejects
