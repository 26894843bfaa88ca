"""Small learned classifiers: hashed features, one linear layer, shipped as a compressed file.

Rules carry the coder; a learned model only confirms or corrects them where rules run out
(for instance the event class of a sentence no pattern covers). Each model is trained by a
script in `training/` from the *train* splits of the evaluation sets, and the shipped file is
what that script writes, so anyone can reproduce it.

Why not pickle a scikit-learn estimator: a pickle ties the file to one library version and can
run code when loaded. The file here holds plain arrays (weights, bias, label names), and
inference is a sum of weight rows, so running the pipeline needs numpy only; scikit-learn is
needed for training alone (`pip install -e ".[train]"`).

Features are strings ("lemma=attack", "dep=nsubj|head=say"); each is hashed with CRC-32 into
one of `buckets` rows. CRC-32 is stable across processes, unlike Python's salted `hash()`.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DEFAULT_BUCKETS = 1 << 18
MEMO_LIMIT = 1 << 17  # feature strings a LogOdds remembers the bucket of before it starts again


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic model over hashed string features."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (buckets, len(labels)), float32
    bias: np.ndarray  # (len(labels),), float32

    @property
    def buckets(self) -> int:
        return self.weights.shape[0]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Each label's probability for one example."""
        logits = self.bias + self.weights[hashed(features, self.buckets)].sum(axis=0)
        exp = np.exp(logits - logits.max())
        return dict(zip(self.labels, (exp / exp.sum()).tolist(), strict=True))

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        probabilities = self.probabilities(features)
        label = max(probabilities, key=probabilities.__getitem__)
        return label, probabilities[label]


@dataclass(frozen=True)
class LogOdds:
    """A two-label model read as one number per feature bucket: the log-odds of `positive`.

    A two-label softmax is a logistic of the difference of the labels' scores, so scoring an
    example is a sum of plain floats; that is several times faster than a numpy call per
    example, which matters where most words of an article are scored.
    """

    margins: list[float]  # per bucket: positive weight minus the other label's
    bias: float  # positive bias minus the other label's
    # feature -> bucket, filled as features are seen: a few thousand strings ("cue=say") come
    # back for every candidate of every article, and hashing them again was a tenth of the
    # attribution stage. Bounded, since features hold open-class words; the scores are the same.
    rows: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, model: LinearModel, positive: str) -> LogOdds:
        """Read a two-label model as the log-odds of its `positive` label."""
        yes = model.labels.index(positive)
        no = 1 - yes
        margins = (model.weights[:, yes] - model.weights[:, no]).tolist()
        return cls(margins, float(model.bias[yes] - model.bias[no]))

    def score(self, features: Sequence[str]) -> float:
        """Return an example's log-odds of the positive label, without the bias."""
        rows = self.rows
        if len(rows) > MEMO_LIMIT:
            rows.clear()
        # Nearly every feature was seen before: its row is looked up by `map`, without a Python
        # step per feature, and only an example with a new feature takes the slower loop.
        try:
            found = set(map(rows.__getitem__, features))
        except KeyError:
            # only the new features are hashed: most of an example's were seen before (four in
            # ten examples of a fresh article hold a new word)
            for feature in features:
                if feature not in rows:
                    rows[feature] = bucket(feature, len(self.margins))
            found = set(map(rows.__getitem__, features))
        # `map` over the sorted rows adds the same floats in the same order as a generator
        # would, without a Python frame per row (a few hundred rows per example)
        return sum(map(self.margins.__getitem__, sorted(found)))


def hashed(features: Iterable[str], buckets: int) -> list[int]:
    """Row indices of the distinct features (a feature counts once per example)."""
    return sorted({bucket(feature, buckets) for feature in features})


def bucket(feature: str, buckets: int) -> int:
    """The row of one feature: its CRC-32, stable across processes (unlike `hash`)."""
    return zlib.crc32(feature.encode("utf-8")) % buckets


def save_model(model: LinearModel, path: Path) -> None:
    """Write the model as a compressed .npz; zero rows (unseen buckets) cost almost nothing."""
    np.savez_compressed(
        path,
        labels=np.array(model.labels),
        weights=model.weights.astype(np.float16),
        bias=model.bias.astype(np.float32),
    )


def load_model(path: Path) -> LinearModel:
    """Read a model written by `save_model`; plain arrays only, nothing is unpickled."""
    with np.load(path, allow_pickle=False) as data:
        return LinearModel(
            labels=tuple(str(label) for label in data["labels"]),
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float32),
        )


def fit(
    examples: Sequence[Iterable[str]],
    labels: Sequence[str],
    *,
    buckets: int = DEFAULT_BUCKETS,
    regularization: float = 1.0,
    class_weight: str | None = "balanced",
) -> LinearModel:
    """Train a logistic regression (scikit-learn, L2) on hashed features.

    `regularization` is scikit-learn's C: smaller means stronger regularisation. Training is
    deterministic for the same examples and settings.
    """
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows, columns = [], []
    for row, features in enumerate(examples):
        indices = hashed(features, buckets)
        rows.extend([row] * len(indices))
        columns.extend(indices)
    matrix = csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, columns)), shape=(len(examples), buckets)
    )
    estimator = LogisticRegression(
        C=regularization, class_weight=class_weight, max_iter=2000, random_state=0
    )
    estimator.fit(matrix, list(labels))
    return _from_estimator(estimator)


def _from_estimator(estimator) -> LinearModel:
    """Weights as one column per label; a binary model gets a zero column for its first label."""
    labels = tuple(str(label) for label in estimator.classes_)
    coef = estimator.coef_.T.astype(np.float32)
    bias = estimator.intercept_.astype(np.float32)
    if len(labels) == 2:
        coef = np.hstack([np.zeros_like(coef), coef])
        bias = np.array([0.0, bias[0]], dtype=np.float32)
    return LinearModel(labels=labels, weights=coef, bias=bias)
