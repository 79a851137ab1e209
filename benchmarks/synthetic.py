"""Synthetic corpora of joint letters for the build benchmark (pre-parsed, with link results).

Names are combined from parts in several languages and scripts (English, French, Spanish,
German, Portuguese, Russian, Chinese, Japanese, Arabic, Tibetan and Uyghur personal names), so
IRIs, literals and indexes see realistic text. Signers are drawn from one shared pool with
Zipf-like popularity, so large organisations sign many letters and co-signature counts are
meaningful. Everything comes from one seeded ``random.Random``: same seed, same corpus.

This module defines no ``run`` function, so ``python -m benchmarks`` does not run it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from kg.model import (
    Decision,
    KBSource,
    Letter,
    LinkResult,
    MentionRole,
    Recipient,
    RecipientKind,
    Signatory,
    SignatoryKind,
    ThemeMention,
)

__all__ = ["SOURCE", "Pool", "make_pool", "synthetic_letters"]

SOURCE = KBSource("synthetic", "2026-01-01")

PLACES = [
    ("Australia", "AU"),
    ("Canada", "CA"),
    ("Japan", "JP"),
    ("India", "IN"),
    ("Germany", "DE"),
    ("France", "FR"),
    ("Brazil", "BR"),
    ("Kenya", "KE"),
    ("Nepal", "NP"),
    ("Taiwan", "TW"),
    ("Hong Kong", "HK"),
    ("Mongolia", "MN"),
    ("Sweden", "SE"),
    ("Mexico", "MX"),
    ("Nigeria", "NG"),
    ("Peru", "PE"),
    ("Turkey", "TR"),
    ("Korea", "KR"),
    ("Italy", "IT"),
    ("Spain", "ES"),
    ("Chile", "CL"),
    ("Ghana", "GH"),
    ("Norway", "NO"),
    ("Poland", "PL"),
]
CAUSES_EN = [
    ("Human Rights", None),
    ("Democracy", None),
    ("Press Freedom", None),
    ("Tibet", "tibet"),
    ("Uyghur Rights", "uyghur"),
    ("Hong Kong Democracy", "hong-kong"),
    ("Justice", None),
    ("Religious Freedom", None),
    ("Southern Mongolian Rights", "southern-mongolia"),
    ("Digital Rights", "internet-censorship"),
    ("Academic Freedom", "academic-freedom"),
]
NOUNS_EN = [
    "Association",
    "Alliance",
    "Council",
    "Network",
    "Foundation",
    "Committee",
    "Centre",
    "Coalition",
    "Watch",
    "Initiative",
    "Forum",
    "Society",
]
FR_CAUSES = ["les Droits Humains", "la Démocratie", "la Liberté de la Presse"]
ES_CAUSES = ["por la Justicia", "Pro Derechos Humanos", "por la Libertad"]
ZH_CAUSES = ["人權", "民主", "新聞自由", "西藏"]
FORMS = [
    lambda r, c, p: f"{p[0]} {r.choice(NOUNS_EN)} for {c[0]}",
    lambda r, c, p: f"{c[0]} {r.choice(NOUNS_EN)} {p[0]}",
    lambda r, c, p: f"Association pour {r.choice(FR_CAUSES)} - {p[0]}",
    lambda r, c, p: f"Asociación {r.choice(ES_CAUSES)} {p[0]}",
    lambda r, c, p: (
        f"Verein für {r.choice(['Menschenrechte', 'Pressefreiheit', 'Demokratie'])} {p[0]}"
    ),
    lambda r, c, p: f"Associação {r.choice(['de Direitos Humanos', 'pela Democracia'])} {p[0]}",
    lambda r, c, p: f"Фонд «{r.choice(['Права человека', 'Свобода слова', 'Демократия'])}» {p[1]}",
    lambda r, c, p: f"{r.choice(ZH_CAUSES)}{r.choice(['協會', '聯盟', '關注組'])} {p[1]}",
    lambda r, c, p: f"{r.choice(['チベット', '人権', '民主主義'])}を考える会 {p[1]}",
    lambda r, c, p: f"جمعية {r.choice(['حقوق الإنسان', 'الديمقراطية', 'حرية الصحافة'])} {p[1]}",
]
FIRST = [
    "Maria",
    "Wei",
    "Aisha",
    "Dmitri",
    "Yuki",
    "Carlos",
    "Fatima",
    "Tenzin",
    "Ilham",
    "Joshua",
    "Amara",
    "Sophie",
    "Rahul",
    "Lhamo",
    "Nurgul",
    "Chen",
    "Olga",
    "Kwame",
]
LAST = [
    "García",
    "Wang",
    "Khan",
    "Ivanova",
    "Tanaka",
    "Dolkar",
    "Tohti",
    "Wong",
    "Müller",
    "Nguyen",
    "Okafor",
    "Silva",
    "Dorje",
    "Kadeer",
    "Rossi",
    "Novak",
    "Haddad",
    "Sato",
]
CITIES = [
    "Sydney",
    "Toronto",
    "Osaka",
    "Delhi",
    "Munich",
    "Lyon",
    "Recife",
    "Mombasa",
    "Pokhara",
    "Taipei",
    "Kowloon",
    "Ulaanbaatar",
    "Malmö",
    "Monterrey",
    "Lagos",
    "Cusco",
    "Izmir",
    "Busan",
    "Turin",
    "Seville",
    "Valparaíso",
    "Kumasi",
    "Bergen",
    "Kraków",
    "東京",
    "Москва",
    "الدوحة",
    "Zürich",
    "São Paulo",
    "Montréal",
]
RECIPIENTS = [
    Recipient(
        "UN High Commissioner for Human Rights",
        "High Commissioner",
        "UN High Commissioner for Human Rights",
        RecipientKind.PERSON,
    ),
    Recipient(
        "UN Secretary-General", "Secretary-General", "UN Secretary-General", RecipientKind.PERSON
    ),
    Recipient("UN Member States", "UN Member States", None, RecipientKind.COLLECTIVE),
    Recipient(
        "EU High Representative",
        "High Representative",
        "EU High Representative",
        RecipientKind.PERSON,
    ),
    Recipient(
        "International Olympic Committee",
        "International Olympic Committee",
        None,
        RecipientKind.ORGANIZATION,
    ),
]
THEMES = [
    ("hong-kong", "Hong Kong"),
    ("tibet", "Tibet"),
    ("uyghur", "Xinjiang / Uyghur region"),
    ("southern-mongolia", "Southern Mongolia"),
    ("china", "China"),
    ("human-rights-defenders", "Human rights defenders"),
    ("transnational-repression", "Transnational repression"),
]


@dataclass(frozen=True)
class Pool:
    """Signers to draw from: signatories (position 0), their QIDs (or None), draw weights."""

    signers: tuple[Signatory, ...]
    qids: tuple[str | None, ...]
    weights: tuple[float, ...]


def make_pool(size: int, rng: random.Random) -> Pool:
    """A pool of ``size`` distinct signers (about 5 % people), 30 % of them with a QID."""
    signers: list[Signatory] = []
    seen: set[str] = set()
    for index in itertools.count(1):
        if len(signers) >= size:
            break
        if rng.random() < 0.05:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            signatory = Signatory(0, name, name, kind=SignatoryKind.PERSON)
        else:
            cause, place = rng.choice(CAUSES_EN), rng.choice(PLACES)
            name = rng.choice(FORMS)(rng, cause, place)
            themes = (cause[1],) if cause[1] and "for" in name else ()
            signatory = Signatory(0, name, name, country_hints=(place[1],), themes=themes)
        if signatory.name in seen:
            name = f"{signatory.name}, {rng.choice(CITIES)}"
        if name in seen:
            name = f"{name} Chapter {index}"
        if name != signatory.name:
            signatory = Signatory(
                0,
                name,
                name,
                kind=signatory.kind,
                country_hints=signatory.country_hints,
                themes=signatory.themes,
            )
        seen.add(signatory.name)
        signers.append(signatory)
    qids = tuple(f"Q{9_000_000 + i}" if rng.random() < 0.3 else None for i in range(size))
    weights = tuple(1.0 / (rank**0.8) for rank in range(1, size + 1))
    return Pool(tuple(signers), qids, weights)


def _links(signers: list[tuple[Signatory, str | None]], rng: random.Random) -> list[LinkResult]:
    results = []
    for signatory, qid in signers:
        if qid is not None:
            decision, score = Decision.LINKED, round(rng.uniform(0.8, 0.99), 3)
        else:
            decision = Decision.REVIEW if rng.random() < 0.15 else Decision.NIL
            score = round(rng.uniform(0.0, 0.7), 3)
        results.append(
            LinkResult(
                MentionRole.SIGNATORY,
                signatory.name,
                decision,
                position=signatory.position,
                qid=qid,
                score=score,
                margin=round(score / 2, 3),
                source=SOURCE,
                explanation="synthetic",
            )
        )
    return results


def synthetic_letters(
    count: int,
    *,
    seed: int = 7,
    pool_size: int = 30_000,
    min_signers: int = 50,
    max_signers: int = 400,
) -> Iterator[tuple[Letter, list[LinkResult]]]:
    """``count`` letters with ``min_signers``..``max_signers`` signatories and their links."""
    rng = random.Random(seed)
    pool = make_pool(pool_size, rng)
    indexes = range(len(pool.signers))
    for number in range(1, count + 1):
        size = rng.randint(min_signers, max_signers)
        chosen: dict[int, None] = {}
        while len(chosen) < size:
            for i in rng.choices(indexes, weights=pool.weights, k=size - len(chosen)):
                chosen.setdefault(i, None)
        signers = []
        for position, i in enumerate(chosen, start=1):
            base = pool.signers[i]
            signers.append(
                (
                    Signatory(
                        position,
                        base.raw,
                        base.name,
                        kind=base.kind,
                        country_hints=base.country_hints,
                        themes=base.themes,
                    ),
                    pool.qids[i],
                )
            )
        themes = rng.sample(THEMES, rng.randint(1, 3))
        anonymous = rng.randint(0, 40)
        letter = Letter(
            title=f"Joint letter {number} on {themes[0][1]}",
            source_path=f"synthetic/letter-{number:05d}.txt",
            source_format="txt",
            date=dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3650)),
            recipients=tuple(rng.sample(RECIPIENTS, rng.randint(1, 3))),
            signatories=tuple(s for s, _ in signers),
            themes=tuple(ThemeMention(t, label, rng.randint(1, 9)) for t, label in themes),
            declared_total=size + anonymous,
            anonymous_count=anonymous,
        )
        yield letter, _links(signers, rng)
