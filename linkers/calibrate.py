"""Choosing the linker's numbers on data: score calibration and thresholds.

Run ``python -m linkers.calibrate all`` after changing the labelled set, the features, the
weights or the rarity rules; ``stopwords`` rebuilds ``linkers/data/stopwords.tsv`` and
``thresholds`` refits and rewrites ``linkers/data/thresholds.json``:

1. **rarity**: token rarity is not fitted here. It is built at link time by the linker
   (:mod:`linkers.rarity`) from the names being linked, the KB's labels and aliases and the
   general-language prior; for the labelled set that is the KB fixture's names and the prior,
   exactly what ``Linker(open_kb("snapshot:<fixture>"))`` uses. No table is derived from any
   test's gold.
2. **calibration**: every candidate of every labelled mention gives a (raw score, is-correct)
   pair; a logistic curve (Platt scaling, L2-regularised gradient descent) maps raw scores to
   [0, 1]. Candidates that the hard rules of :mod:`linkers.decide` rule out or cap are left
   out of the fit: the rules decide them, the score calibrates the rest.
3. **thresholds**: a grid search over ``link`` (0.75 to 0.95: the labelled set is small, and
   a bar it could talk lower would buy a typo or two at the risk of false links elsewhere),
   ``margin`` (at least 0.05: two identical items must never be a coin toss) and
   ``min_distinctive`` (``review`` is set to half of ``link``) that maximises precision first,
   then NIL accuracy, then recall, and prefers the stricter setting on ties.

``cross_validate`` refits all of it on part of the labelled set and scores the rest, to report
out-of-sample figures next to the in-sample ones.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from linkers.decide import Thresholds, blocking_reason, decide, load_thresholds, review_caps
from linkers.evaluate import LabelledRow, read_labelled, score_results

__all__ = ["calibrate_thresholds", "cross_validate", "fit_platt", "grid_search"]

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
LABELLED = REPO / "tests" / "data" / "linking" / "labelled.tsv"
FIXTURE = REPO / "tests" / "data" / "linking" / "kb.jsonl"


def fit_platt(
    pairs: Sequence[tuple[float, int]], *, steps: int = 4000, rate: float = 0.05, l2: float = 0.01
) -> tuple[float, float]:
    """Fit ``p = 1 / (1 + exp(-(a * x + b)))`` to (raw score, 0/1 label) pairs."""
    a, b = 1.0, 0.0
    n = max(len(pairs), 1)
    for _ in range(steps):
        ga = gb = 0.0
        for x, y in pairs:
            z = max(-50.0, min(50.0, a * x + b))
            p = 1.0 / (1.0 + math.exp(-z))
            ga += (p - y) * x
            gb += p - y
        a -= rate * (ga / n + l2 * a)
        b -= rate * gb / n
    return a, b


def grid_search(
    rows: Sequence[LabelledRow], scored: Sequence[list], base: Thresholds
) -> tuple[Thresholds, dict]:
    """The thresholds that maximise (precision, NIL accuracy, recall, strictness)."""
    from kg.model import LinkResult, MentionRole

    best_key: tuple | None = None
    best: tuple[Thresholds, dict] | None = None
    grid = itertools.product(
        [0.75, 0.8, 0.85, 0.9, 0.95],  # floor 0.75: a small set must not talk the bar down
        [0.05, 0.1, 0.15, 0.2, 0.3],  # never 0: two identical items must not be a coin toss
        [0.5, 0.6, 0.65, 0.7, 0.75, 0.8],
    )
    for link, margin, min_distinctive in grid:
        t = replace(
            base,
            link=link,
            review=round(link / 2, 3),
            margin=margin,
            min_distinctive=min_distinctive,
        )
        pairs = []
        for row, cands in zip(rows, scored, strict=True):
            v = decide(cands, t)
            pairs.append(
                (
                    row.expected,
                    LinkResult(MentionRole.SIGNATORY, row.mention.name, v.decision, qid=v.qid),
                )
            )
        s = score_results(pairs)
        key = (
            round(s.precision, 4),
            round(s.nil_accuracy, 4),
            round(s.recall, 4),
            link,
            margin,
            min_distinctive,
        )
        if best_key is None or key > best_key:
            best_key, best = key, (t, s.as_dict())
    assert best is not None
    return best


def _prepare(base: Thresholds) -> tuple[list[LabelledRow], list, list]:
    """Labelled rows with their candidate entities and scoring contexts (KB work done once)."""
    from linkers.candidates import gather
    from linkers.factory import open_kb
    from linkers.linker import Linker, LinkerConfig

    rows = read_labelled(LABELLED)
    linker = Linker(open_kb(f"snapshot:{FIXTURE}"), config=LinkerConfig(thresholds=base))
    found = [gather(linker.kb, r.mention, rarity=linker.rarity) for r in rows]
    contexts = [linker.context(r.mention, f.values()) for r, f in zip(rows, found, strict=True)]
    return rows, found, contexts


def _fit(
    base: Thresholds, rows: Sequence[LabelledRow], found: Sequence, contexts: Sequence
) -> tuple[Thresholds, dict]:
    from linkers.scoring import raw_score, score_candidates

    pairs = []
    for row, ents, ctx in zip(rows, found, contexts, strict=True):
        for cand in score_candidates(row.mention, ents.values(), ctx, base.scoring):
            if blocking_reason(cand, base) or review_caps(cand, base):
                continue  # the rules decide these; the score calibrates the rest
            pairs.append(
                (raw_score(cand.feature_map, base.scoring.weights), int(cand.qid == row.expected))
            )
    slope, intercept = fit_platt(pairs)
    fitted = replace(
        base, scoring=replace(base.scoring, slope=round(slope, 4), intercept=round(intercept, 4))
    )
    scored = [
        score_candidates(r.mention, f.values(), c, fitted.scoring)
        for r, f, c in zip(rows, found, contexts, strict=True)
    ]
    chosen, figures = grid_search(rows, scored, fitted)
    return chosen, {"pairs": len(pairs), "rows": len(rows), **figures}


def calibrate_thresholds(base: Thresholds | None = None) -> tuple[Thresholds, dict]:
    """Fit the calibration and choose thresholds on the whole labelled set."""
    base = base or load_thresholds()
    return _fit(base, *_prepare(base))


def cross_validate(base: Thresholds | None = None, *, folds: int = 2) -> dict:
    """Out-of-sample figures: fit on all rows but one fold, score that fold, sum over folds."""
    from kg.model import LinkResult, MentionRole
    from linkers.scoring import score_candidates

    base = base or load_thresholds()
    rows, found, contexts = _prepare(base)
    pairs = []
    for k in range(folds):
        train = [i for i in range(len(rows)) if i % folds != k]
        test = [i for i in range(len(rows)) if i % folds == k]
        chosen, _ = _fit(
            base, [rows[i] for i in train], [found[i] for i in train], [contexts[i] for i in train]
        )
        for i in test:
            cands = score_candidates(
                rows[i].mention, found[i].values(), contexts[i], chosen.scoring
            )
            v = decide(cands, chosen)
            pairs.append(
                (
                    rows[i].expected,
                    LinkResult(MentionRole.SIGNATORY, rows[i].mention.name, v.decision, qid=v.qid),
                )
            )
    return {"folds": folds, **score_results(pairs).as_dict()}


def write_thresholds(t: Thresholds, figures: dict, path: Path = DATA / "thresholds.json") -> None:
    data = {
        "link": t.link,
        "review": t.review,
        "margin": t.margin,
        "min_distinctive": t.min_distinctive,
        "link_unverified": t.link_unverified,
        "scoring": {
            "weights": dict(t.scoring.weights),
            "slope": t.scoring.slope,
            "intercept": t.scoring.intercept,
        },
        "chosen_by": {
            "script": "python -m linkers.calibrate thresholds",
            "date": dt.date.today().isoformat(),
            "labelled_set": "tests/data/linking/labelled.tsv",
            "objective": "max precision, then NIL accuracy, then recall; stricter on ties",
            "figures": figures,
        },
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: Sequence[str]) -> int:
    what = argv[0] if argv else "all"
    if what in {"stopwords", "all"}:
        _write_stopwords()
    if what in {"thresholds", "all"}:
        chosen, figures = calibrate_thresholds()
        write_thresholds(chosen, figures)
        sys.stderr.write(json.dumps(figures) + "\n")
    return 0


def _write_stopwords() -> None:
    from spacy.lang.de.stop_words import STOP_WORDS as de
    from spacy.lang.en.stop_words import STOP_WORDS as en
    from spacy.lang.es.stop_words import STOP_WORDS as es
    from spacy.lang.fr.stop_words import STOP_WORDS as fr
    from spacy.lang.pt.stop_words import STOP_WORDS as pt

    from linkers.normalize import name_key

    rows: dict[str, set[str]] = {}
    for lang, words in (("en", en), ("fr", fr), ("es", es), ("de", de), ("pt", pt)):
        for word in words:
            key = name_key(word) if len(word) <= 4 else ""
            if key and " " not in key:
                rows.setdefault(key, set()).add(lang)
    lines = [
        "# word<TAB>languages: short function words from spaCy stop-word lists (en fr es de pt),"
        " keyed like names; regenerate with: python -m linkers.calibrate stopwords"
    ]
    lines += [f"{k}\t{','.join(sorted(v))}" for k, v in sorted(rows.items())]
    (DATA / "stopwords.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
