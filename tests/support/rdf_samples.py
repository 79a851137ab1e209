"""Letters built directly as ``Letter`` objects for the RDF tests and ``scripts/regen_expected.py``.

``seed_like_letter()`` is the first real letter as the gold file reads it (281 signatories,
3 recipients, declared 321 / anonymous 39), so the graph tests do not wait for the parser.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from kg.model import (
    Decision,
    Demand,
    KBSource,
    Letter,
    LinkResult,
    MentionRole,
    ParseWarning,
    Recipient,
    RecipientKind,
    Reference,
    Signatory,
    SignatoryKind,
    ThemeMention,
)
from linkers.kb import ClaimValue, Entity

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "seed-signatories.tsv"
BASE = "https://example.org/ckg/"
KB = KBSource("snapshot:test", "2026-11-01")

RECIPIENTS = (
    Recipient(
        "António Guterres, UN Secretary-General",
        "António Guterres",
        "UN Secretary-General",
        RecipientKind.PERSON,
    ),
    Recipient(
        "Michelle Bachelet, UN High Commissioner for Human Rights",
        "Michelle Bachelet",
        "UN High Commissioner for Human Rights",
        RecipientKind.PERSON,
    ),
    Recipient("UN Member States", "UN Member States", None, RecipientKind.COLLECTIVE),
)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def gold_signatories() -> tuple[Signatory, ...]:
    """The 281 signatories as the gold file reads them."""
    with GOLD.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    return tuple(
        Signatory(
            position=int(row["n"]),
            raw=row["raw"],
            name=row["name"],
            kind=SignatoryKind(row["kind"]),
            acronym=row["acronym"] or None,
            alt_names=_split(row["alt_names"]),
            country_hints=_split(row["country_in_name"]),
            themes=_split(row["theme_in_name"]),
            repairs=_split(row["artifacts"]),
        )
        for row in rows
    )


def seed_like_letter() -> Letter:
    """The seed letter as the gold file and the issue describe it."""
    return Letter(
        title="Global call for an international mechanism to address China's human rights abuses",
        source_path="examples/letters/global-call-un-mechanism-china-2020.txt",
        source_format="txt",
        reference=Reference("ASA 17/3026/2020", "amnesty-index", "ASA", "17", "3026", 2020),
        date=dt.date(2020, 9, 9),
        language="en",
        recipients=RECIPIENTS,
        signatories=gold_signatories(),
        themes=(
            ThemeMention("hong-kong", "Hong Kong", 4),
            ThemeMention("tibet", "Tibet", 3),
            ThemeMention("uyghur", "Xinjiang / Uyghur region", 3),
            ThemeMention("china", "China", 9),
            ThemeMention("covid-19", "COVID-19 information suppression", 2),
        ),
        demands=(
            Demand("Convene a Special Session of the Human Rights Council", "UN Member States"),
            Demand("Publicly report on the situation in China", "Michelle Bachelet"),
        ),
        declared_total=321,
        anonymous_count=39,
        warnings=(
            ParseWarning("count-mismatch", "declared 321 with 39 anonymous, listed 281"),
            ParseWarning("possible-duplicate", "117 may be an acronym of 121", (117, 121)),
        ),
    )


def linked(
    name: str,
    qid: str,
    *,
    role: MentionRole = MentionRole.SIGNATORY,
    score: float = 0.9,
    margin: float = 0.5,
    **fields: object,
) -> LinkResult:
    """A LINKED decision from the test snapshot ``KB``; other ``LinkResult`` fields by keyword."""
    fields.setdefault("source", KB)
    return LinkResult(
        role,
        name,
        Decision.LINKED,
        qid=qid,
        score=score,
        margin=margin,
        **fields,  # type: ignore[arg-type]
    )


def confirmed(name: str, qid: str, **fields: object) -> LinkResult:
    """A person-confirmed (``method="manual"``, score and margin 1.0) LINKED decision."""
    return linked(name, qid, score=1.0, margin=1.0, method="manual", **fields)


def guterres_link() -> LinkResult:
    """The Secretary-General recipient, LINKED as the linker links an office holder."""
    return linked(
        "António Guterres",
        "Q311440",
        role=MentionRole.RECIPIENT,
        score=0.97,
        margin=0.6,
        explanation="label and office agree",
    )


def seed_like_links() -> list[LinkResult]:
    """Decisions of the kinds the linker makes: recipients LINKED, a few orgs, the rest NIL."""
    links = [
        guterres_link(),
        linked(
            "Michelle Bachelet",
            "Q320",
            role=MentionRole.RECIPIENT,
            score=0.95,
            margin=0.55,
            explanation="label and office agree",
        ),
        linked("UN Member States", "Q160016", role=MentionRole.RECIPIENT, explanation="collective"),
    ]
    known = {
        "Amnesty International": "Q42970",
        "Human Rights Watch": "Q187052",
        "PEN America": "Q7118978",
    }
    for signatory in gold_signatories():
        qid = known.get(signatory.name)
        if qid:
            links.append(
                linked(
                    signatory.name,
                    qid,
                    position=signatory.position,
                    score=0.93,
                    margin=0.4,
                    explanation="exact label",
                )
            )
        else:
            links.append(
                LinkResult(
                    MentionRole.SIGNATORY,
                    signatory.name,
                    Decision.NIL,
                    position=signatory.position,
                    score=0.1,
                    margin=0.0,
                    source=KB,
                    explanation="no distinctive match",
                )
            )
    return links


def seed_like_entities() -> dict[str, Entity]:
    """Wikidata records for the linked items (facts from tests/data/wikidata)."""

    def item(qid: str, label: str, **claims: tuple[str, ...]) -> Entity:
        return Entity(
            qid,
            labels={"en": label},
            claims={p: tuple(ClaimValue(v) for v in vs) for p, vs in claims.items()},
            provenance="tests/data/wikidata/verified-entities.tsv",
        )

    return {
        "Q311440": item("Q311440", "António Guterres", P31=("Q5",), P39=("Q81066",)),
        "Q81066": Entity(
            "Q81066",
            labels={"en": "United Nations Secretary-General"},
            aliases={"en": ("UN Secretary-General", "UNSG")},
        ),
        "Q320": item("Q320", "Michelle Bachelet", P31=("Q5",)),
        "Q160016": item("Q160016", "member state of the United Nations"),
        "Q42970": Entity(
            "Q42970",
            labels={"en": "Amnesty International", "fr": "Amnesty"},
            claims={
                "P31": (ClaimValue("Q163740"),),
                "P571": (ClaimValue("1961", datatype="time"),),
            },
        ),
        "Q187052": item("Q187052", "Human Rights Watch", P31=("Q163740",)),
        "Q7118978": item("Q7118978", "PEN America", P463=("Q206811",)),
    }


def small_letter(source_path: str = "small.txt", **changes: object) -> Letter:
    """A four-signatory letter with a person, a section family and a recipient office."""
    signatories = (
        Signatory(1, "ACAT Belgium", "ACAT Belgium", country_hints=("BE",)),
        Signatory(
            2,
            "ACAT-France (action des chrétiens)",
            "ACAT-France",
            alt_names=("action des chrétiens",),
            country_hints=("FR",),
        ),
        Signatory(3, "Tibet Justice Center", "Tibet Justice Center", themes=("tibet",)),
        Signatory(
            4,
            "Dr. Jane Roe, Professor of Law",
            "Jane Roe",
            kind=SignatoryKind.PERSON,
            capacity="Professor of Law",
            section="Individuals",
        ),
    )
    fields: dict[str, object] = {
        "title": "Small joint letter",
        "source_path": source_path,
        "source_format": "txt",
        "date": dt.date(2021, 3, 1),
        "language": "en",
        "recipients": (RECIPIENTS[0],),
        "signatories": signatories,
        "themes": (ThemeMention("tibet", "Tibet", 2),),
        "demands": (Demand("Appoint a Special Envoy", "António Guterres"),),
        "declared_total": 4,
        "anonymous_count": 0,
    }
    fields.update(changes)
    return Letter(**fields)  # type: ignore[arg-type]


HOSTILE_NAMES = (
    'Evil "Quoted" Org',
    "<script>alert('x')</script> Coalition",
    "Line one\nLine two\r\nLine three",
    "Arrow > Org >> <http://evil.example/> .",
    "\u202eRTL override \u200f مرصد \u202c",
    "Control \x00\x01\x07\x1b chars \t tab",
    "Backslash \\ and triple \"\"\" quotes '''",
    "}] ; a <urn:x> . @prefix x: <y> .",
    "x" * 10_000,
)


def hostile_letter() -> Letter:
    """A letter whose every name tries to break IRIs and literals."""
    signatories = tuple(
        Signatory(
            i,
            name + " (raw)",
            name,
            acronym=name[:20],
            alt_names=(name[::-1],),
            capacity=name if i % 2 else None,
            section=name,
        )
        for i, name in enumerate(HOSTILE_NAMES, start=1)
    )
    return Letter(
        title='Hostile "letter" <script>\n\u202e',
        source_path='/tmp/evil "path" <script>.txt',
        source_format="txt",
        reference=Reference('REF "1" <2>\n'),
        recipients=(
            Recipient('Mr "X" <b>', 'Mr "X" <b>', "Role > \n \u202e", RecipientKind.PERSON),
        ),
        signatories=signatories,
        demands=(Demand('Stop "this" <now>\n', 'Mr "X" <b>'),),
        warnings=(ParseWarning("odd<code>", 'message "with" \n quotes', (1, 2)),),
    )


def hostile_links() -> list[LinkResult]:
    """Decisions with hostile names and explanations, one with an invalid QID."""
    return [
        LinkResult(
            MentionRole.SIGNATORY,
            HOSTILE_NAMES[0],
            Decision.LINKED,
            position=1,
            qid="Q42",
            score=0.9,
            margin=0.3,
            source=KBSource('kb "x" <y>', "2026-01-01"),
            explanation='because "quotes" <and> \n newlines',
            method="manual",
            extra=(("reviewer", '<script>"rev"</script>'),),
        ),
        LinkResult(
            MentionRole.SIGNATORY,
            HOSTILE_NAMES[1],
            Decision.REVIEW,
            position=2,
            qid="Q1> <urn:evil>",
            score=0.5,
            margin=0.1,
        ),
    ]


def expected_cases() -> dict[str, object]:
    """Name → graph (letter graphs + Wikidata facts, without the ontology) for expected files."""
    from rdflib import Graph

    from kg.rdf import build_dataset
    from kg.rdf.ontology_graph import ONTOLOGY_GRAPH

    def union(letters, links=None, entities=None) -> Graph:
        dataset = build_dataset(letters, links, entities, base=BASE, retrieved="2026-11-01")
        graph = Graph()
        for prefix, namespace in dataset.namespaces():
            graph.bind(prefix, namespace)
        for context in dataset.graphs():
            if context.identifier != ONTOLOGY_GRAPH:
                for triple in context:
                    graph.add(triple)
        return graph

    small = small_letter()
    small_links = {
        small.source_path: [
            guterres_link(),
            LinkResult(
                MentionRole.SIGNATORY,
                "ACAT Belgium",
                Decision.NIL,
                position=1,
                score=0.2,
                source=KB,
                explanation="section; no own item",
            ),
            LinkResult(
                MentionRole.SIGNATORY,
                "Tibet Justice Center",
                Decision.REVIEW,
                position=3,
                qid="Q7800000",
                score=0.61,
                margin=0.05,
                source=KB,
                explanation="name matches, country unknown",
            ),
        ]
    }
    reissue = small_letter(
        "small-reissue.pdf",
        date=dt.date(2021, 4, 1),
        signatories=(
            *small.signatories,
            Signatory(5, "Hong Kong Watch", "Hong Kong Watch", themes=("hong-kong",)),
        ),
        declared_total=5,
    )
    hostile = hostile_letter()
    return {
        "small-letter": union([small], small_links, seed_like_entities()),
        "small-letter-versions": union([small, small_letter("small-copy.html"), reissue]),
        "hostile-letter": union([hostile], {hostile.source_path: hostile_links()}),
    }
