"""Triples for the agents of a letter: signers, recipients (with their posts) and hints."""

from __future__ import annotations

import logging
import re
from functools import cache

from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS

from kg.iris import IriMinter
from kg.model import Recipient, RecipientKind, Signatory, SignatoryKind
from kg.rdf.literals import qid_iri
from kg.rdf.sink import Sink
from ontology.namespace import CKG, ORG, SCHEMA

__all__ = ["add_recipient", "add_signer", "country_qid", "theme_iri"]

log = logging.getLogger(__name__)

_ISO2 = re.compile(r"^[A-Z]{2}$")


@cache
def country_qid(code: str) -> str | None:
    """The Wikidata item of an ISO 3166-1 alpha-2 country code (from ``rigour``'s territories).

    >>> country_qid("FR"), country_qid("XX")
    ('Q142', None)
    """
    from rigour.territories import get_territory

    if not _ISO2.match(code):
        return None
    territory = get_territory(code.lower())
    qid = getattr(territory, "qid", None) if territory is not None else None
    return qid if isinstance(qid, str) else None


@cache
def theme_iri(theme_id: str) -> URIRef | None:
    """The concept IRI of a theme id of the scheme, ``None`` (and a log line) for unknown ids."""
    from kg.themes import theme_by_id

    try:
        return URIRef(theme_by_id(theme_id).iri)
    except KeyError:
        log.warning("unknown theme id %r left out of the graph", theme_id)
        return None


def _add_hints(
    graph: Sink, agent: URIRef, countries: tuple[str, ...], themes: tuple[str, ...]
) -> None:
    for code in countries:
        code = code.upper()
        if not _ISO2.match(code):
            log.warning("country hint %r is not an ISO 3166-1 alpha-2 code; left out", code)
            continue
        graph.add((agent, CKG.countryCode, Literal(code)))
        qid = country_qid(code)
        if qid is not None:
            graph.add((agent, CKG.countryHint, qid_iri(qid)))
    for theme_id in themes:
        concept = theme_iri(theme_id)
        if concept is not None:
            graph.add((agent, CKG.themeHint, concept))
            graph.add((agent, CKG.focusTheme, concept))


def add_signer(
    graph: Sink, minter: IriMinter, signatory: Signatory, identity: str | None = None
) -> URIRef:
    """Add the agent who signed (organisation or person) with its names and hints.

    ``identity`` (a corpus-wide identity from :mod:`linkers.identity`) keys the agent's IRI
    when given, so one organisation written differently in several letters is one node;
    without it the IRI is keyed by the name.
    """
    agent = minter.agent_identity(identity) if identity else minter.agent(signatory.name)
    kind = FOAF.Person if signatory.kind == SignatoryKind.PERSON else ORG.Organization
    graph.add((agent, RDF.type, kind))
    graph.add((agent, FOAF.name, Literal(signatory.name)))
    graph.add((agent, RDFS.label, Literal(signatory.name)))
    if signatory.acronym:
        graph.add((agent, CKG.acronym, Literal(signatory.acronym)))
    for alt in signatory.alt_names:
        if alt and alt != signatory.name:
            graph.add((agent, SCHEMA.alternateName, Literal(alt)))
    if signatory.repaired_from and signatory.repaired_from != signatory.name:
        graph.add((agent, SCHEMA.alternateName, Literal(signatory.repaired_from)))
    _add_hints(graph, agent, signatory.country_hints, signatory.themes)
    return agent


def add_recipient(graph: Sink, minter: IriMinter, recipient: Recipient) -> URIRef:
    """Add an addressee: a person (with the post they hold), an organisation or a collective."""
    agent = minter.agent(recipient.name)
    kind = {
        RecipientKind.PERSON: FOAF.Person,
        RecipientKind.ORGANIZATION: ORG.Organization,
        RecipientKind.COLLECTIVE: CKG.Collective,
    }[recipient.kind]
    graph.add((agent, RDF.type, kind))
    graph.add((agent, FOAF.name, Literal(recipient.name)))
    graph.add((agent, RDFS.label, Literal(recipient.name)))
    if recipient.as_written and recipient.as_written != recipient.name:
        graph.add((agent, SCHEMA.alternateName, Literal(recipient.as_written)))
    if recipient.role:
        graph.add((agent, CKG.role, Literal(recipient.role)))
        post = minter.post(agent, recipient.role)
        graph.add((agent, ORG.holds, post))
        graph.add((post, RDF.type, ORG.Post))
        graph.add((post, RDFS.label, Literal(recipient.role)))
        graph.add((post, ORG.heldBy, agent))
    return agent
