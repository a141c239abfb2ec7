"""Extraction -> Resolution: settle identities across articles.

People. Names are grouped into one person by four conservative rules, each looked up through a
key (a token, or the name without its last word) so that no rule compares all pairs of names:

- *written otherwise*: the same words but for case, accents and punctuation ("Da'faf" /
  "Da’faf");
- *contained*: every word of a name appears, in order, in a unique longer name ("Bima Santosa"
  in "A.R. Bima Santosa", "M. Fauzan" in "Muhammad Fauzan", initials matching words);
- *spelling*: the same name but for a variant spelling of the last word ("Darius Suhendy" /
  "Darius Suhendi": the same Indonesian spelling key, or one edit apart; two edits only when both
  names are stated to hold a role in the same body);
- *role*: a one-word short form ("Anggota KPU Kota Kendari Bima") and the one longer name
  holding the same role in the same body.

Two names are never merged when their known roles conflict (each holds roles, in bodies that
have nothing in common): namesakes on different bodies stay apart. The contained and spelling
rules also need a site both names appear on, KPU/Bawaslu sites of one province, or a body both
hold roles in. The canonical form is the fullest name (contained) or the form used by the most
articles (spelling). Every merge is kept with its reason in `Resolution.merges` and goes into the
graph as kpu:mergedFrom/kpu:mergeReason.

Rulings. An unnumbered ruling ("Putusan MK soal Pilbup Kepulauan Talaud") takes the case number of the
numbered ruling of the same election when exactly one number for that election appears anywhere
in the corpus; the link is kept in `Resolution.ruling_links`.

Organisations are canonical already (the gazetteer in `orgs`), and events are one node per
series and date by construction (`build`).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .models import Election, Extraction, Membership, Participation, PersonMention, Quote, Resolution, Ruling
from .orgs import site_region

log = logging.getLogger(__name__)

# Words that name a post, not a person: a "name" carrying one is an extraction slip, never the
# canonical form ("Prosedur Hakim Konstitusi Ratih Kusumawati" is Ratih Kusumawati).
_ROLE_WORDS = frozenset(
    "ketua anggota wakil hakim konstitusi komisioner kepala sekretaris kadiv kasubbag kabag divisi "
    "prosedur presiden gubernur bupati walikota jenderal staf plt plh".split()
)
# Spelling keys of Indonesian names: the pre-1972 spelling and common free variants.
_SPELLING = (
    ("dj", "j"),
    ("tj", "c"),
    ("oe", "u"),
    ("ch", "kh"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("j", "y"),  # old j is new y (Sjarif / Syarif); dj and tj are rewritten first
    ("y", "i"),
    ("w", "u"),
)

Role = tuple[str, str]  # (role, organisation key)
_APOSTROPHES = re.compile("['\u2018\u2019\u02bc`]")  # inside a word: "Ma'ruf", "Ma\u2019ruf"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[^a-z0-9]+", _fold(name)) if t)


def spelling_key(word: str) -> str:
    """A key equal for spelling variants of one Indonesian name word ("Suhendy"/"Suhendi", "Djoko"/"Joko").

    Args:
        word: one word of a name, any case.

    Returns:
        The lower-case key: old spellings mapped to new, y as i, doubled letters once, final h dropped.
    """
    w = re.sub(r"[^a-z]", "", _fold(word))
    prev = None
    while w != prev:  # to a fixed point: a rewrite can form a new digraph ("ddj" -> "dj")
        prev = w
        for old, new in _SPELLING:
            w = w.replace(old, new)
        w = re.sub(r"(.)\1+", r"\1", w)
        w = w[:-1] if len(w) > 3 and w.endswith("h") else w
    return w


def _edits(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return min(prev[-1], limit + 1)


def _deletions(word: str, depth: int) -> set[str]:
    """The word with up to `depth` letters deleted (the symmetric-deletion keys of fuzzy lookup)."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _roles_of(exs: Iterable[Extraction]) -> dict[str, set[Role]]:
    out: dict[str, set[Role]] = defaultdict(set)
    for ex in exs:
        for m in ex.memberships:
            out[m.person].add((m.role, m.org.key if m.org else ""))
    return out


def _conflict(a: set[Role], b: set[Role]) -> bool:
    """Two people whose stated roles cannot be one person's: both hold roles, in disjoint bodies."""
    orgs_a = {o for _, o in a if o}
    orgs_b = {o for _, o in b if o}
    return bool(orgs_a and orgs_b and not orgs_a & orgs_b)


def _same_body(a: set[Role], b: set[Role]) -> bool:
    return bool({o for _, o in a if o} & {o for _, o in b if o})


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True if `shorter` is `longer` with some words left out (order kept), initials matching words."""
    i = 0
    for t in longer:
        if i < len(shorter) and (t == shorter[i] or (len(shorter[i]) == 1 and t.startswith(shorter[i]))):
            i += 1
    return i == len(shorter)


class _People:
    """Union-find over names, each group keeping the roles of all its names and the sites using them."""

    def __init__(self, roles: dict[str, set[Role]], articles: Counter[str], sites: dict[str, set[str | None]]) -> None:
        self.parent: dict[str, str] = {}
        self.roles = {n: set(r) for n, r in roles.items()}
        self.sites = {n: set(s) for n, s in sites.items()}
        self.articles = articles
        self.merges: list[tuple[str, str, str]] = []

    def find(self, n: str) -> str:
        root = n
        while root in self.parent:
            root = self.parent[root]
        while n != root:  # path compression
            self.parent[n], n = root, self.parent[n]
        return root

    def group_roles(self, n: str) -> set[Role]:
        return self.roles.get(self.find(n), set())

    def merge(self, variant: str, canonical: str, reason: str) -> bool:
        """Point variant's group at canonical's, unless their roles conflict; True if merged."""
        a, b = self.find(variant), self.find(canonical)
        if a == b:
            return False
        ra, rb = self.roles.get(a, set()), self.roles.get(b, set())
        if _conflict(ra, rb):
            log.debug("not merging %r into %r: conflicting roles %s / %s", variant, canonical, ra, rb)
            return False
        self.parent[a] = b
        self.roles[b] = ra | rb
        self.sites[b] = self.sites.get(a, set()) | self.sites.get(b, set())
        self.merges.append((variant, canonical, reason))
        return True


    def related(self, a: str, b: str) -> bool:
        """Whether two names' groups share a site, the province of their satker sites, or a body they
        hold roles in: evidence that a name and a fuller or variant one elsewhere are one person, not
        namesakes ("Desi Ratnasari" of KPU Kota Jambi in a Jambi daily, "Desi Ratnasari Kamil" a
        candidate in another daily)."""
        ga, gb = self.find(a), self.find(b)
        sa, sb = self.sites.get(ga, set()), self.sites.get(gb, set())
        if sa & sb or _provinces(sa) & _provinces(sb):
            return True
        return _same_body(self.roles.get(ga, set()), self.roles.get(gb, set()))


def _provinces(sites: set[str | None]) -> set[str]:
    """The provinces of the satker sites among `sites` (news sites have none)."""
    return {r.province_code for r in map(site_region, sites) if r is not None}


def _person_names(exs: list[Extraction]) -> tuple[Counter[str], dict[str, set[str | None]]]:
    """Every person name with the number of articles that use it, and the sites of those articles."""
    counts: Counter[str] = Counter()
    sites: dict[str, set[str | None]] = defaultdict(set)
    for ex in exs:
        names = {p.name for p in ex.persons} | {m.person for m in ex.memberships}
        names |= {p.person for p in ex.participations if p.person} | {q.speaker for q in ex.quotes if q.speaker}
        counts.update(names)
        for n in names:
            sites[n].add(ex.article.site)
    return counts, sites


def _is_clean(toks: tuple[str, ...]) -> bool:
    return not any(t in _ROLE_WORDS for t in toks)


def _resolve_people(exs: list[Extraction]) -> _People:
    counts, sites = _person_names(exs)
    names = sorted(counts)
    people = _People(_roles_of(exs), counts, sites)
    toks = {n: _tokens(n) for n in names}
    by_token: dict[str, list[str]] = defaultdict(list)
    for n in names:
        for t in set(toks[n]):
            by_token[t].append(n)
    # names of three words or more, by each pair of their full words: a two-word name finds the
    # longer names containing it through one small list, however common its words are
    by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in names:
        full = sorted({t for t in toks[n] if len(t) > 1})
        if len(toks[n]) >= 3:
            for i, a in enumerate(full):
                for b in full[i + 1 :]:
                    by_pair[(a, b)].append(n)

    # 0. the same words but for case, accents and punctuation ("Da'faf Ali" / "Da’faf Ali", "Nur-Aini")
    written: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n in names:
        if _is_clean(toks[n]):
            written[_tokens(_APOSTROPHES.sub("", n))].append(n)
    for group in written.values():
        ranked = sorted(group, key=lambda n: (-counts[n], n))  # the commonest writing is canonical
        for n in ranked[1:]:
            people.merge(n, ranked[0], "the same words but for case, accents or punctuation")

    # 1. contained in a unique longer name (looked up through the rarest pair or word of the shorter)
    for n in names:
        tk = toks[n]
        full = sorted({t for t in tk if len(t) > 1}, key=lambda t: (len(by_token[t]), t))
        if not full:
            continue
        pool = by_pair[(min(full[:2]), max(full[:2]))] if len(full) >= 2 else by_token[full[0]]
        cands = [m for m in pool if m != n and len(toks[m]) > len(tk) and _contains(toks[m], tk)]
        if len(tk) == 1:
            # a single word across articles is too weak alone: only a shared role and body decide
            mine = people.roles.get(n, set())
            cands = [m for m in cands if mine & people.roles.get(m, set())]
            if len(cands) == 1:
                people.merge(
                    n,
                    cands[0],
                    "the one-word name and the one longer name containing it hold the same role in the same body",
                )
            continue
        if len(cands) > 1:
            # several fuller names: the one sharing a role in the same body, if exactly one does
            mine = people.roles.get(n, set())
            cands = [m for m in cands if mine & people.roles.get(m, set())] if mine else []
            reason = "every word appears in the one longer name that holds the same role in the same body"
        else:
            reason = "every word of the shorter name appears in the longer one, no conflicting role"
        if len(cands) != 1 or not people.related(n, cands[0]):
            continue
        target = cands[0]
        if not _is_clean(toks[target]) and _is_clean(tk):
            people.merge(target, n, "the longer form carries role words around this name")
        else:
            people.merge(n, target, reason)

    # 2. spelling variants of the last word. Candidates share the rest of the name and one key of
    # the last word: its spelling key, or the word with one or two letters deleted (any two words
    # within two edits share such a key), so only near neighbours are ever compared.
    keyed: dict[tuple[tuple[str, ...], str], list[str]] = defaultdict(list)
    spelled: dict[str, str] = {}
    for n in names:
        tk = toks[n]
        if len(tk) >= 2 and len(tk[-1]) >= 4 and tk[-1].isalpha() and _is_clean(tk):
            spelled[n] = spelling_key(tk[-1])
            for key in {"=" + spelled[n], *_deletions(tk[-1], 2)}:
                keyed[(tk[:-1], key)].append(n)
    near: dict[str, set[str]] = defaultdict(set)
    for group in keyed.values():
        if 1 < len(group) <= 50:  # a key shared by more names is no evidence of a variant
            for n in group:
                near[n].update(group)

    # the commonest spelling is canonical, then the fullest (most letters: "Rochim" over "Rohim",
    # whatever the dots): visit names from the rarest, merging into commoner ones
    def rank(n: str) -> tuple[int, int, str]:
        return (counts[n], sum(map(len, toks[n])), n)

    for a in sorted(near, key=rank):
        for b in sorted(near[a] - {a}, key=lambda n: (-counts[n], -rank(n)[1], n)):
            if rank(b) < rank(a):
                continue
            la, lb = toks[a][-1], toks[b][-1]
            if spelled[a] == spelled[b]:
                why = "same name but for the spelling of the last word (same spelling key), no conflicting role"
            else:
                d = _edits(la, lb)
                if d == 1 and min(len(la), len(lb)) >= 5:
                    why = "same name but for one letter of the last word, no conflicting role"
                elif (
                    d == 2
                    and min(len(la), len(lb)) >= 6
                    and _same_body(people.roles.get(a, set()), people.roles.get(b, set()))
                ):
                    why = "same name but for two letters of the last word, and a role in the same body"
                else:
                    continue
            if people.related(a, b) and people.merge(a, b, why):
                break
    return people


def _election_matches(a: Election, b: Election) -> bool:
    if not a.region_code or a.region_code != b.region_code:
        return False
    if a.office and b.office and a.office != b.office:
        return False
    return not (a.year and b.year and a.year != b.year)


def _resolve_rulings(exs: list[Extraction]) -> tuple[list[Extraction], list[tuple[str, str]]]:
    """Give unnumbered rulings the number of the only numbered ruling of the same election."""
    numbered: dict[tuple[str, str], dict[str, Ruling]] = defaultdict(dict)  # (court, region code) -> id -> ruling
    for ex in exs:
        for r in ex.rulings:
            if r.identifier and r.election and r.election.region_code:
                numbered[(r.court, r.election.region_code)].setdefault(r.identifier, r)
    links: set[tuple[str, str]] = set()
    out = []
    for ex in exs:
        changed = False
        rulings = []
        for r in ex.rulings:
            if not r.identifier and r.election and r.election.region_code:
                found = [
                    n
                    for n in numbered.get((r.court, r.election.region_code), {}).values()
                    if n.election and _election_matches(r.election, n.election)
                ]
                if len(found) == 1:
                    n = found[0]
                    rulings.append(
                        replace(
                            r,
                            identifier=n.identifier,
                            number=n.number,
                            case_type=n.case_type,
                            term=n.term,
                            year=n.year,
                            election=n.election,
                        )
                    )
                    links.add((f"{ex.article.id}: {_describe(r)}", n.identifier or ""))
                    changed = True
                    continue
            rulings.append(r)
        out.append(replace(ex, rulings=tuple(rulings)) if changed else ex)
    return out, sorted(links)


def _describe(r: Ruling) -> str:
    e = r.election
    if e is None:
        return f"Putusan {r.court}"
    return f"Putusan {r.court} tentang pemilihan {e.office} {e.region_name or e.region_code} {e.year or ''}".rstrip()


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Merge person name variants and link unnumbered rulings across articles.

    Args:
        extractions: one per article.

    Returns:
        A Resolution whose extractions use the canonical names and case numbers, with every
        merge and ruling link and its reason.
    """
    exs = list(extractions)
    people = _resolve_people(exs)
    mapping = {n: people.find(n) for n in people.articles}
    mapping = {k: v for k, v in mapping.items() if k != v}
    exs, links = _resolve_rulings(exs)
    out = [_rename(ex, mapping) for ex in exs]
    return Resolution(
        extractions=tuple(out),
        person_keys=tuple(sorted(mapping.items())),
        merges=tuple(sorted((a, people.find(b), r) for a, b, r in people.merges)),
        ruling_links=tuple(links),
    )


def resolved(ex: Extraction, mapping: dict[str, str], rulings: tuple[Ruling, ...] | None = None) -> Extraction:
    """`ex` as `resolve` returns it, given what `resolve` settled for a copy of it.

    `mapping` is `dict(Resolution.person_keys)`; `rulings` the resolved copy's rulings (None:
    `ex` has none). Lets a worker holding the full extraction resolve it after `resolve` ran elsewhere on a
    light copy (`pipeline`): the result is the same as resolving the full extraction.
    """
    if rulings is not None:
        ex = replace(ex, rulings=rulings)
    return _rename(ex, mapping)


def _rename(ex: Extraction, mapping: dict[str, str]) -> Extraction:
    if not mapping:
        return ex

    def n(name: str | None) -> str | None:
        return mapping.get(name, name) if name else name

    persons: dict[str, PersonMention] = {}
    for p in ex.persons:
        name = n(p.name) or p.name
        alts = tuple(sorted(set(p.alt_names) | ({p.name} if name != p.name else set())))
        if name in persons:
            alts = tuple(sorted(set(alts) | set(persons[name].alt_names)))
            persons[name] = PersonMention(name, persons[name].span, alts)
        else:
            persons[name] = PersonMention(name, p.span, alts)
    return replace(
        ex,
        persons=tuple(persons.values()),
        memberships=tuple(
            Membership(n(m.person) or m.person, m.role, m.org, m.unit, m.span, m.acting) for m in ex.memberships
        ),
        participations=tuple(Participation(n(p.person), p.capacity, p.span, p.org) for p in ex.participations),
        quotes=tuple(Quote(q.text, n(q.speaker), q.span) for q in ex.quotes),
    )
