"""Per-language cue words for reading recipients and demands (French, Spanish, German,
Portuguese).

One table per language, all in this module: to read another language, add a table and register
it in :data:`CUES`. The rules that use the tables live in :mod:`kg.nlp.address`,
:mod:`kg.nlp.recipient_cues` and :mod:`kg.nlp.demand_cues`. English keeps its own rules in
:mod:`kg.nlp.recipients` and :mod:`kg.nlp.demands` (unchanged, and used for every language
without a table here).

Words are written in lower case; apostrophes as ``'`` (the rules accept ``’`` too). A cue of
several words is written with single spaces and matched across any whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "CUES",
    "AddressCues",
    "DemandCues",
    "LanguageCues",
    "PersonCues",
    "UrgeCue",
    "cue_regex",
    "cues_for",
]


@dataclass(frozen=True)
class AddressCues:
    """How an address line or salutation opens.

    ``labelled`` cues end with a colon or ``de`` and are dropped (``À l'attention de``);
    ``to_article`` cues are ``to the`` contractions dropped before a capitalised addressee
    (``Aux États membres``); ``honorific_start`` words open a line that is itself the address
    (``Son Excellence ...``, ``Madame ...``), or a salutation when the line ends with ``,``/``:``.
    """

    labelled: tuple[str, ...]
    to_article: tuple[str, ...]
    honorific_start: tuple[str, ...]


@dataclass(frozen=True)
class PersonCues:
    """Words for telling people, offices, organisations and collectives apart.

    ``honorifics`` are dropped before a name (``Madame``, ``Son Excellence``); ``articles``
    before any addressee; ``titles`` are offices a person holds (an addressee starting with one
    is an office holder, a piece after a person's name and a comma is that person's role);
    ``office_words`` are never part of a person's name; ``collectives`` open a plural addressee
    (``États membres``); ``particles`` may join the words of a name (``de``, ``del``) and of
    an addressee; ``elisions`` are articles glued to the next word (``l'ONU``);
    ``conjunctions`` join two addressees (``et``, ``y``); ``compounds`` says nouns are
    compounds whose last part may be a title or office word (German ``Bundeskanzler``,
    ``Menschenrechtsrat``), so such a word is an office, never part of a name.
    """

    honorifics: frozenset[str]
    articles: tuple[str, ...]
    titles: frozenset[str]
    office_words: frozenset[str]
    collectives: frozenset[str]
    particles: frozenset[str]
    conjunctions: tuple[str, ...]
    elisions: tuple[str, ...] = ()
    compounds: bool = False


@dataclass(frozen=True)
class UrgeCue:
    """``VERB [marker] ADDRESSEE link ACT``: ``appelons`` … ``à``, ``pedimos a`` … ``que``.

    ``markers`` (``à``, ``aux``; ``a``, ``al``) come before the addressee, if any; ``links``
    join the addressee to what is asked; ``infinitive`` says the act must open with an
    infinitive (``à tenir``), which keeps ``demandons la création d'un mécanisme`` an object.
    """

    verbs: tuple[str, ...]
    markers: tuple[str, ...]
    links: tuple[str, ...]
    infinitive: bool = True


@dataclass(frozen=True)
class DemandCues:
    """Demand cues: ``we`` must come before a cue unless None (Spanish verbs carry the person);
    ``you`` pronouns before the verb mean all recipients; ``call_for`` verbs take an object
    (``nous demandons la création ...``); ``call_that`` cues open a clause (``pedimos que``);
    ``that`` words open a clause (never an addressee); ``infinitive_endings`` tell an
    infinitive, which ``before_infinitive`` words may precede (``ne pas``, ``se``); ``and_to``
    joins a second act (``et à``); ``adverb_suffix`` marks an adverb allowed after the verb
    (``instamment``).

    German needs two optional fields (both off by default): ``we_after_verb`` lets ``we``
    follow the verb (``Daher fordern wir ...``); ``infinitive_marker`` (``zu``) says the
    infinitive closes the act and holds the marker (``zu veröffentlichen``,
    ``einzuberufen``): an ``infinitive`` act must contain one, and ``and_to`` joins a second act
    only after one (``die Lager zu schließen und die Gefangenen freizulassen``). A link opening
    with punctuation (``auf,``; ``,``) needs no space before it."""

    we: str | None
    you: tuple[str, ...]
    urge: tuple[UrgeCue, ...]
    call_for: tuple[str, ...]
    call_that: tuple[str, ...]
    infinitive_endings: tuple[str, ...]
    and_to: tuple[str, ...]
    adverb_suffix: str
    that: tuple[str, ...] = ()
    before_infinitive: tuple[str, ...] = ()
    we_after_verb: bool = False
    infinitive_marker: str | None = None


@dataclass(frozen=True)
class LanguageCues:
    """All the cue tables of one language."""

    address: AddressCues
    person: PersonCues
    demand: DemandCues


def _cues(text: str) -> tuple[str, ...]:
    """The cues of a ``|``-separated list (cues may hold spaces)."""
    return tuple(cue.strip() for cue in text.split("|") if cue.strip())


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


FRENCH = LanguageCues(
    address=AddressCues(
        labelled=_cues(
            "à l'attention de | à l'attention du | à l'attention des | à l'attention d' |"
            "a l'attention de | a l'attention du | a l'attention des | à : | a : |"
            "destinataire : | destinataires : | lettre ouverte à :"
        ),
        to_article=_cues("aux | au | à la | à l' | a la | a l'"),
        honorific_start=_cues(
            "son excellence | leurs excellences | madame | monsieur | mesdames | messieurs |"
            "mme | m."
        ),
    ),
    person=PersonCues(
        honorifics=_words(
            "madame monsieur mesdames messieurs mme mmes m. mm. dr me son sa leurs excellence "
            "excellences s.e. s.e cher chère chers chères"
        ),
        articles=_cues("les | le | la | l' | aux | au | à | a"),
        titles=_words(
            "secrétaire secrétaire-général haut-commissaire haute-commissaire commissaire "
            "président présidente ministre rapporteur rapporteuse ambassadeur ambassadrice "
            "directeur directrice représentant représentante envoyé envoyée chancelier "
            "chancelière premier première procureur procureure défenseur défenseure gouverneur "
            "maire"
        ),
        office_words=_words(
            "conseil commission comité assemblée union parlement gouvernement nations unies "
            "onu états état membres droits homme haut-commissariat bureau organisation "
            "république ministère mission délégation"
        ),
        collectives=_words(
            "états etats membres gouvernements délégations missions dirigeants dirigeantes "
            "représentants autorités parlementaires ministres entreprises"
        ),
        particles=_words("de du des d' le la"),
        conjunctions=("et",),
        elisions=("l'", "d'"),
    ),
    demand=DemandCues(
        we="nous",
        you=("vous",),
        urge=(
            UrgeCue(
                _cues("appelons | exhortons | invitons | engageons | encourageons | incitons"),
                (),
                ("à",),
            ),
            UrgeCue(("prions", "supplions"), (), ("de", "d'")),
            UrgeCue(("demandons", "enjoignons"), _cues("aux | au | à la | à l' | à"), ("de", "d'")),
        ),
        call_for=_cues("demandons | exigeons | réclamons | appelons à | plaidons pour"),
        call_that=_cues("demandons que | demandons qu' | exigeons que | exigeons qu'"),
        infinitive_endings=("er", "ir", "re", "oir"),
        and_to=("et à", "et de", "et d'"),
        adverb_suffix="ment",
        that=("que", "qu'"),
        before_infinitive=_cues("ne pas | ne plus | se | s' | leur | lui | y | en"),
    ),
)

SPANISH = LanguageCues(
    address=AddressCues(
        labelled=_cues(
            "a la atención de | a la atención del | a la atencion de | a la atencion del |"
            "a : | para : | destinatario : | destinatarios : | dirigida a :"
        ),
        to_article=_cues("a los | a las | a la | al"),
        honorific_start=_cues(
            "excelentísimo | excelentísima | excelentísimos | excmo. | excma. | su excelencia |"
            "señora | señor | señoras | señores | sra. | sr. | estimada | estimado | estimados |"
            "distinguida | distinguido | distinguidos"
        ),
    ),
    person=PersonCues(
        honorifics=_words(
            "excelentísimo excelentísima excelentísimos excmo. excma. su excelencia señora "
            "señor señoras señores sra. sr. sres. don doña dña. dr. dra. estimada estimado "
            "estimados estimadas distinguida distinguido distinguidos distinguidas"
        ),
        articles=_cues("los | las | el | la | al | a"),
        titles=_words(
            "secretario secretaria alto alta comisionado comisionada presidente presidenta "
            "ministro ministra relator relatora embajador embajadora director directora "
            "representante enviado enviada canciller fiscal defensor defensora gobernador "
            "gobernadora alcalde alcaldesa"
        ),
        office_words=_words(
            "consejo comisión comité asamblea unión parlamento gobierno naciones unidas onu "
            "estados estado miembros derechos humanos oficina organización república "
            "ministerio misión delegación"
        ),
        collectives=_words(
            "estados miembros gobiernos delegaciones misiones dirigentes líderes "
            "representantes autoridades parlamentarios ministros empresas"
        ),
        particles=_words("de del la y"),
        conjunctions=("y",),
    ),
    demand=DemandCues(
        we=None,
        you=("les", "le", "os"),
        urge=(
            UrgeCue(
                _cues(
                    "instamos | exhortamos | urgimos | invitamos | animamos | alentamos |llamamos"
                ),
                ("al", "a"),
                ("a",),
            ),
            UrgeCue(
                _cues("pedimos | solicitamos | exigimos | rogamos | requerimos"),
                ("al", "a"),
                ("que",),
                infinitive=False,
            ),
            UrgeCue(
                _cues("hacemos un llamado | hacemos un llamamiento | hacemos un llamado urgente"),
                ("al", "a"),
                ("para que",),
                infinitive=False,
            ),
            UrgeCue(
                _cues("hacemos un llamado | hacemos un llamamiento | hacemos un llamado urgente"),
                ("al", "a"),
                ("a",),
            ),
        ),
        call_for=_cues(
            "pedimos | solicitamos | exigimos | reclamamos | hacemos un llamado a |"
            "hacemos un llamamiento a | abogamos por"
        ),
        call_that=_cues(
            "pedimos que | solicitamos que | exigimos que | instamos a que | exhortamos a que |"
            "hacemos un llamado para que"
        ),
        infinitive_endings=("ar", "er", "ir", "arse", "erse", "irse"),
        and_to=("y a", "y de"),
        adverb_suffix="mente",
        that=("que",),
        before_infinitive=_cues("no | se"),
    ),
)

GERMAN = LanguageCues(
    address=AddressCues(
        labelled=_cues(
            "an : | z. hd. | z.hd. | zu händen | zu händen von | empfänger : | empfängerin : |"
            "adressat : | adressaten : | offener brief an :"
        ),
        to_article=_cues("an die | an den | an das | an"),
        honorific_start=_cues(
            "sehr geehrte | sehr geehrter | sehr geehrten | seine exzellenz | ihre exzellenz |"
            "exzellenz | exzellenzen | liebe | lieber | frau | herrn | herr"
        ),
    ),
    person=PersonCues(
        honorifics=_words(
            "sehr geehrte geehrter geehrten seine ihre exzellenz exzellenzen s.e. frau herr "
            "herrn dr. prof. liebe lieber damen herren"
        ),
        articles=_cues("die | der | den | das | dem | des | an"),
        titles=_words(
            "generalsekretär generalsekretärin sekretär sekretärin hohe hoher hochkommissar "
            "hochkommissarin kommissar kommissarin präsident präsidentin minister ministerin "
            "kanzler kanzlerin berichterstatter berichterstatterin botschafter botschafterin "
            "direktor direktorin vertreter vertreterin gesandter gesandte beauftragte "
            "beauftragter bürgermeister bürgermeisterin vorsitzende vorsitzender"
        ),
        office_words=_words(
            "rat kommission ausschuss versammlung union parlament regierung vereinten nationen "
            "un uno staaten staat mitgliedstaaten menschenrechte büro amt organisation republik "
            "ministerium mission delegation behörde behörden bundestag"
        ),
        collectives=_words(
            "mitgliedstaaten staaten regierungen delegationen missionen regierungschefs "
            "behörden abgeordneten parlamentarier parlamentarierinnen unternehmen"
        ),
        particles=_words("von van der den des de zu"),
        conjunctions=("und",),
        compounds=True,
    ),
    demand=DemandCues(
        we="wir",
        you=("sie", "ihnen"),
        urge=(
            UrgeCue(
                _cues("fordern | rufen"),
                (),
                _cues(
                    "auf, | dazu auf, | nachdrücklich auf, | eindringlich auf, | dringend auf, |"
                    "daher auf, | deshalb auf,"
                ),
                infinitive=False,
            ),
            UrgeCue(("appellieren",), ("an",), (",",)),
            UrgeCue(_cues("bitten | ersuchen"), (), (",",)),
        ),
        call_for=_cues("fordern | verlangen"),
        call_that=_cues(
            "fordern, dass | fordern dass | verlangen, dass | fordern wir, dass |"
            "verlangen wir, dass | bitten darum, dass"
        ),
        infinitive_endings=("en", "ern", "eln"),
        and_to=("und",),
        adverb_suffix="lich",
        that=("dass",),
        we_after_verb=True,
        infinitive_marker="zu",
    ),
)

PORTUGUESE = LanguageCues(
    address=AddressCues(
        labelled=_cues(
            "à atenção de | à atenção do | à atenção da | à atenção dos | à atenção das |"
            "a atenção de | a atenção do | a atenção da | a : | à : | para : |"
            "destinatário : | destinatários : | carta aberta a :"
        ),
        to_article=_cues("aos | às | ao | à"),
        honorific_start=_cues(
            "excelentíssimo | excelentíssima | excelentíssimos | exmo. | exma. | exmos. |"
            "exmas. | sua excelência | vossa excelência | ilustríssimo | ilustríssima | ilmo. |"
            "ilma. | senhora | senhor | senhoras | senhores | sra. | sr. |"
            "prezada | prezado | prezados | prezadas | cara | caro | caros"
        ),
    ),
    person=PersonCues(
        honorifics=_words(
            "excelentíssimo excelentíssima excelentíssimos exmo. exma. exmos. exmas. sua "
            "excelência senhora senhor senhoras senhores sra. sr. srs. dona dr. dra. prezada "
            "prezado prezados prezadas cara caro caros ilustríssimo ilustríssima ilmo. ilma. "
            "vossa v. exa."
        ),
        articles=_cues("os | as | o | a | aos | às | ao | à"),
        titles=_words(
            "secretário secretária secretário-geral secretária-geral alto alta comissário "
            "comissária presidente ministro ministra relator relatora embaixador embaixadora "
            "diretor diretora director directora representante enviado enviada chanceler "
            "procurador procuradora defensor defensora governador governadora prefeito prefeita"
        ),
        office_words=_words(
            "conselho comissão comité comitê assembleia união parlamento governo nações unidas "
            "onu estados estado membros estados-membros direitos humanos escritório gabinete "
            "organização república ministério missão delegação"
        ),
        collectives=_words(
            "estados estados-membros membros governos delegações missões dirigentes líderes "
            "representantes autoridades parlamentares empresas"
        ),
        particles=_words("de do da dos das e"),
        conjunctions=("e",),
    ),
    demand=DemandCues(
        we=None,
        you=("lhes", "lhe", "vos"),
        urge=(
            UrgeCue(
                _cues("instamos | exortamos | convidamos | encorajamos | incentivamos"),
                _cues("os | as | o | a"),
                ("a",),
            ),
            UrgeCue(
                _cues("instamos | exortamos | convidamos | encorajamos | incentivamos"), (), ("a",)
            ),
            UrgeCue(
                ("apelamos",),
                _cues("aos | às | ao | à | a"),
                ("para que",),
                infinitive=False,
            ),
            UrgeCue(("apelamos",), _cues("aos | às | ao | à | a"), ("para", "a")),
            UrgeCue(
                _cues("pedimos | solicitamos | exigimos | rogamos"),
                _cues("aos | às | ao | à | a"),
                ("que",),
                infinitive=False,
            ),
        ),
        call_for=_cues(
            "pedimos | solicitamos | exigimos | reivindicamos | reclamamos | apelamos à |"
            "apelamos ao | apelamos a | defendemos"
        ),
        call_that=_cues(
            "pedimos que | solicitamos que | exigimos que | instamos a que | exortamos a que |"
            "apelamos para que"
        ),
        infinitive_endings=("ar", "er", "ir", "or", "arem", "erem", "irem"),
        and_to=("e a", "e de"),
        adverb_suffix="mente",
        that=("que",),
        before_infinitive=_cues("não | se"),
    ),
)

CUES: dict[str, LanguageCues] = {"fr": FRENCH, "es": SPANISH, "de": GERMAN, "pt": PORTUGUESE}


def cues_for(language: str | None) -> LanguageCues | None:
    """The cue tables of ``language`` (ISO 639-1), or None when it has none (English rules).

    Examples
    --------
    >>> cues_for("fr").demand.we
    'nous'
    >>> cues_for("en") is None
    True
    """
    return CUES.get(language or "")


def cue_regex(cues: Iterable[str]) -> str:
    """One regex alternation of ``cues``, longest first, matching any whitespace between words
    (none needed before ``:``) and either apostrophe.

    Examples
    --------
    >>> import re
    >>> bool(re.match(cue_regex(["à l'attention de", "à :"]), "à l’attention  de"))
    True
    """
    alternatives = []
    for cue in sorted(set(cues), key=len, reverse=True):
        pattern = ""
        for k, word in enumerate(cue.split()):
            if k:
                pattern += r"\s*" if word == ":" else r"\s+"
            pattern += re.escape(word).replace("'", "['’]")
        alternatives.append(pattern)
    return "(?:" + "|".join(alternatives) + ")"
