"""Extraction -> Resolution: settle identities across articles.

A person named by a variant in one article ("M. Machruz" / "Machruz", a prefix of a longer
name) is mapped to the fullest form seen anywhere, but only when that form is unique and the
two never hold conflicting roles (different organisations for the same role).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .models import Extraction, Membership, Participation, PersonMention, Quote, Resolution


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in name.lower().replace(".", " ").split() if t)


def _roles_of(exs: Iterable[Extraction]) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ex in exs:
        for m in ex.memberships:
            out[m.person].add((m.role, m.org.key if m.org else ""))
    return out


def _conflict(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """Two people whose stated roles cannot be the same person's at the same body level."""
    orgs_a = {o for _, o in a if o}
    orgs_b = {o for _, o in b if o}
    return bool(orgs_a and orgs_b and not orgs_a & orgs_b)


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Merge person name variants across articles and return the resolved extractions.

    Args:
        extractions: one per article.

    Returns:
        A Resolution whose extractions use the canonical names, with the merges and their reasons.
    """
    exs = list(extractions)
    names = sorted({p.name for ex in exs for p in ex.persons} | {m.person for ex in exs for m in ex.memberships})
    roles = _roles_of(exs)
    by_token: dict[str, list[str]] = defaultdict(list)
    for n in names:
        for t in set(_tokens(n)):
            by_token[t].append(n)
    mapping: dict[str, str] = {}
    merges: list[tuple[str, str, str]] = []
    for n in names:
        toks = _tokens(n)
        if len(toks) < 2:
            continue  # a single word across articles is too weak to merge on
        # a longer name that contains every token of this one, in order, as its ending or beginning
        cands = {
            m
            for t in toks
            for m in by_token[t]
            if m != n and len(_tokens(m)) > len(toks) and _contains(_tokens(m), toks)
        }
        if len(cands) == 1:
            target = next(iter(cands))
            if not _conflict(roles.get(n, set()), roles.get(target, set())):
                mapping[n] = target
                merges.append((n, target, "every word of the shorter name appears in the longer one, no conflicting role"))
    # follow chains
    def final(n: str) -> str:
        seen = set()
        while n in mapping and n not in seen:
            seen.add(n)
            n = mapping[n]
        return n

    out = [_rename(ex, {k: final(k) for k in mapping}) for ex in exs]
    return Resolution(
        extractions=tuple(out),
        person_keys=tuple(sorted((k, final(k)) for k in mapping)),
        merges=tuple(sorted((a, final(b), r) for a, b, r in merges)),
    )


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True if `shorter` is `longer` with some words left out (order kept), initials matching words."""
    i = 0
    for t in longer:
        if i < len(shorter) and (t == shorter[i] or (len(shorter[i]) == 1 and t.startswith(shorter[i]))):
            i += 1
    return i == len(shorter)


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
        persons[name] = PersonMention(name, p.span, alts)
    return replace(
        ex,
        persons=tuple(persons.values()),
        memberships=tuple(Membership(n(m.person) or m.person, m.role, m.org, m.unit, m.span, m.acting) for m in ex.memberships),
        participations=tuple(Participation(n(p.person), p.capacity, p.span, p.org) for p in ex.participations),
        quotes=tuple(Quote(q.text, n(q.speaker), q.span) for q in ex.quotes),
    )
