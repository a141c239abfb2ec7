"""Identity across articles: name variants merge, namesakes with conflicting roles do not.

The people, bodies and articles here are invented; extractions are built directly (the
contract of `resolve`), so the rules are tested apart from extraction quality.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpugraph.build import build_graph
from kpugraph.models import (
    Article,
    Election,
    Event,
    Extraction,
    Membership,
    Org,
    Participation,
    PersonMention,
    Quote,
    Ruling,
    Span,
)
from kpugraph.resolve import _edits, resolve, spelling_key
from kpugraph.vocab import ID, KPU, RDF, SCHEMA

SPAN = Span(0, 10)
KOTA_A = Org("KPU Kota Contoh", "kpu-33-74", "kpu", "33.74", "Kota Semarang", "kpu-33")
KOTA_B = Org("KPU Kota Lain", "kpu-33-73", "kpu", "33.73", "Kota Salatiga", "kpu-33")
PROV = Org("KPU Provinsi Contoh", "kpu-33", "kpu", "33", "Jawa Tengah", "kpu-ri")
PASAMAN = Election("Bupati", "13.08", "Kabupaten Pasaman", 2024)


def ex(
    n: int,
    *people: str,
    roles: tuple[tuple[str, str, Org | None], ...] = (),
    rulings: tuple[Ruling, ...] = (),
    when: date = date(2025, 1, 1),
    event: Event | None = None,
    site: str | None = None,
) -> Extraction:
    """Article n naming `people`, with (person, role, body) statements."""
    a = Article(id=f"uji-{n}", title=f"Berita uji {n}", text="teks", source="test", site=site, published=when)
    names = list(dict.fromkeys([*people, *(p for p, _, _ in roles)]))
    return Extraction(
        article=a,
        persons=tuple(PersonMention(p, SPAN) for p in names),
        memberships=tuple(Membership(p, role, org, None, SPAN) for p, role, org in roles),
        participations=tuple(Participation(p, "speaker", SPAN) for p in names),
        quotes=tuple(Quote("Kutipan.", p, SPAN) for p in names[:1]),
        rulings=rulings,
        event=event,
    )


def names_in(res: object) -> set[str]:
    return {p.name for e in res.extractions for p in e.persons}  # type: ignore[attr-defined]


def test_spelling_variant_of_last_word_merges_into_the_commonest_form() -> None:
    res = resolve(
        [
            ex(1, roles=(("Welly Suhery", "Ketua", PROV),)),
            ex(2, "Welly Suhery"),
            ex(3, roles=(("Welly Suheri", "Ketua", PROV),)),
        ]
    )
    assert names_in(res) == {"Welly Suhery"}
    third = res.extractions[2]
    assert third.memberships[0].person == "Welly Suhery"
    assert third.participations[0].person == "Welly Suhery"
    assert third.quotes[0].speaker == "Welly Suhery"
    assert "Welly Suheri" in third.persons[0].alt_names
    (variant, canonical, reason) = res.merges[0]
    assert (variant, canonical) == ("Welly Suheri", "Welly Suhery")
    assert "spelling" in reason


def test_the_same_words_with_other_punctuation_are_one_person() -> None:
    res = resolve([ex(1, "Ma'ruf Hidayat"), ex(2, "Ma\u2019ruf Hidayat"), ex(3, "Ma'ruf Hidayat")])
    assert names_in(res) == {"Ma'ruf Hidayat"}
    assert res.merges[0][2].startswith("the same words")
    apart = resolve(
        [ex(1, roles=(("Ma'ruf Hidayat", "Ketua", KOTA_A),)), ex(2, roles=(("Ma\u2019ruf Hidayat", "Ketua", KOTA_B),))]
    )
    assert len(names_in(apart)) == 2  # namesakes heading two bodies


def test_two_edits_merge_only_with_a_role_in_the_same_body() -> None:
    same_body = resolve(
        [
            ex(1, roles=(("Yulianto Sudrajat", "Anggota", KOTA_A),)),
            ex(2, roles=(("Yulianto Sudrajat", "Anggota", KOTA_A),)),
            ex(3, roles=(("Yulianto Sudjarat", "Anggota", KOTA_A),)),
        ]
    )
    assert names_in(same_body) == {"Yulianto Sudrajat"}
    no_roles = resolve([ex(1, "Yulianto Sudrajat"), ex(2, "Yulianto Sudjarat")])
    assert names_in(no_roles) == {"Yulianto Sudrajat", "Yulianto Sudjarat"}


def test_namesakes_with_conflicting_roles_stay_apart() -> None:
    res = resolve(
        [
            ex(1, roles=(("Budi Santoso", "Ketua", KOTA_A),)),
            ex(2, roles=(("Budi Santosa", "Ketua", KOTA_B),)),
            ex(3, roles=(("Agung Nugroho", "Anggota", KOTA_A),)),
            ex(4, roles=(("M.A. Agung Nugroho", "Sekretaris", KOTA_B),)),
        ]
    )
    assert names_in(res) == {"Budi Santoso", "Budi Santosa", "Agung Nugroho", "M.A. Agung Nugroho"}
    assert res.merges == ()


def test_a_fuller_or_variant_name_on_another_site_merges_only_through_a_shared_body() -> None:
    """Namesakes are common: a name on one site and a fuller or respelt one on another are one person
    only if they hold roles in the same body."""
    apart = resolve(
        [
            ex(1, roles=(("Desi Ratnasari", "Anggota", KOTA_A),), site="kota-contoh.kpu.go.id"),
            ex(2, "Desi Ratnasari Kamil", site="berita-lain.com"),
            ex(3, "Zulkarnain Abdillah", site="kota-contoh.kpu.go.id"),
            ex(4, "Zulkarnain Abdullah", site="berita-lain.com"),
        ]
    )
    assert apart.merges == ()
    together = resolve(
        [
            ex(1, roles=(("Desi Ratnasari", "Anggota", KOTA_A),), site="kota-contoh.kpu.go.id"),
            ex(2, roles=(("Desi Ratnasari Kamil", "Ketua", KOTA_A),), site="berita-lain.com"),
            ex(3, "Zulkarnain Abdillah", site="berita-lain.com"),
            ex(4, "Zulkarnain Abdullah", "Desi Ratnasari Kamil", site="berita-lain.com"),
        ]
    )
    assert names_in(together) == {"Desi Ratnasari Kamil", "Zulkarnain Abdullah"}
    one_province = resolve(
        [
            ex(1, "Rahmat Pakaya", site="gorontalo.kpu.go.id"),
            ex(2, "Rahmat Hasan Pakaya", site="kab-gorontalo.kpu.go.id"),
        ]
    )
    assert names_in(one_province) == {"Rahmat Hasan Pakaya"}


def test_between_equally_common_spellings_the_one_with_more_letters_is_canonical() -> None:
    """The fullest form wins a tie, counted in letters: the dot of "Abd." adds none."""
    res = resolve([ex(1, "Abd. Rohman", "Abd Rochman")])
    assert names_in(res) == {"Abd Rochman"}


def test_a_third_variant_cannot_bridge_two_conflicting_people() -> None:
    """'Welly Suheri' (no role) may join one Welly, never both of two conflicting Wellys."""
    res = resolve(
        [
            ex(1, roles=(("Welly Suhery", "Ketua", KOTA_A),)),
            ex(2, roles=(("Welly Suhery", "Ketua", KOTA_A),)),
            ex(3, roles=(("Welly Suherie", "Ketua", KOTA_B),)),
            ex(4, "Welly Suheri"),
        ]
    )
    canon = dict(res.person_keys)
    assert canon.get("Welly Suherie", "Welly Suherie") != canon.get("Welly Suhery", "Welly Suhery")


def test_initials_and_shorter_name_merge_into_the_fullest_form() -> None:
    res = resolve(
        [
            ex(1, roles=(("M.A. Agung Nugroho", "Anggota", KOTA_A),)),
            ex(2, roles=(("Agung Nugroho", "Anggota", KOTA_A),)),
            ex(3, "Agung Nugroho"),
        ]
    )
    assert names_in(res) == {"M.A. Agung Nugroho"}
    assert ("Agung Nugroho", "M.A. Agung Nugroho") in {(a, b) for a, b, _ in res.merges}


def test_one_word_short_form_resolves_only_through_a_unique_role_holder() -> None:
    base = [
        ex(1, roles=(("M.A. Agung Nugroho", "Anggota", KOTA_A),)),
        ex(2, roles=(("Agung Wibowo", "Ketua", KOTA_B),)),
        ex(3, roles=(("Agung", "Anggota", KOTA_A),)),
    ]
    res = resolve(base)
    assert dict(res.person_keys)["Agung"] == "M.A. Agung Nugroho"
    assert "same role in the same body" in dict((a, r) for a, _, r in res.merges)["Agung"]
    # a second Agung holding the same role: the short form is ambiguous and stays as it is
    ambiguous = resolve([*base, ex(4, roles=(("Agung Prasetyo", "Anggota", KOTA_A),))])
    assert "Agung" not in dict(ambiguous.person_keys)
    # a one-word name without any role never merges on the name alone
    bare = resolve([ex(1, roles=(("M.A. Agung Nugroho", "Anggota", KOTA_A),)), ex(2, "Agung")])
    assert "Agung" not in dict(bare.person_keys)


def test_longer_form_with_role_words_yields_to_the_clean_name() -> None:
    res = resolve([ex(1, "Hakim Konstitusi Enny Nurbaningsih"), ex(2, "Enny Nurbaningsih")])
    assert names_in(res) == {"Enny Nurbaningsih"}


def test_unnumbered_ruling_takes_the_only_number_of_its_election() -> None:
    numbered = Ruling("02/PHPU.BUP-XXIII/2025", 2, "PHPU.BUP", "XXIII", 2025, "Mahkamah Konstitusi", PASAMAN, SPAN)
    vague = Ruling(
        None, None, None, None, None, "Mahkamah Konstitusi", Election("Bupati", "13.08", "Pasaman", None), SPAN
    )
    res = resolve([ex(1, rulings=(numbered,)), ex(2, rulings=(vague,))])
    linked = res.extractions[1].rulings[0]
    assert linked.identifier == "02/PHPU.BUP-XXIII/2025"
    assert linked.election == PASAMAN
    assert res.ruling_links and res.ruling_links[0][1] == "02/PHPU.BUP-XXIII/2025"
    assert "uji-2" in res.ruling_links[0][0]
    # the same ruling node in the graph: one CourtRuling for both articles
    ds = build_graph(res)
    rulings = {s for s, _, _, _ in ds.quads((None, RDF.type, KPU.CourtRuling, None))}
    assert rulings == {ID["ruling/02-phpu-bup-xxiii-2025"]}
    mentioned_by = {c for _, _, _, c in ds.quads((None, SCHEMA.mentions, ID["ruling/02-phpu-bup-xxiii-2025"], None))}
    assert len(mentioned_by) == 2


def test_unnumbered_ruling_stays_unnumbered_when_its_election_has_two_numbers() -> None:
    one = Ruling("02/PHPU.BUP-XXIII/2025", 2, "PHPU.BUP", "XXIII", 2025, "Mahkamah Konstitusi", PASAMAN, SPAN)
    two = Ruling("03/PHPU.BUP-XXIII/2025", 3, "PHPU.BUP", "XXIII", 2025, "Mahkamah Konstitusi", PASAMAN, SPAN)
    vague = Ruling(None, None, None, None, None, "Mahkamah Konstitusi", PASAMAN, SPAN)
    res = resolve([ex(1, rulings=(one, two)), ex(2, rulings=(vague,))])
    assert res.extractions[1].rulings[0].identifier is None
    assert res.ruling_links == ()


def test_event_reported_by_two_articles_is_one_node() -> None:
    def forum(n: int) -> Extraction:
        ev = Event("Kamis Sesuatu", "diskusi", "Kamis Sesuatu", None, PROV, "online", None, date(2025, 7, 17), SPAN)
        return ex(n, "Handi Tri Ujiono", event=ev)

    ds = build_graph(resolve([forum(1), forum(2)]))
    events = {s for s, _, _, _ in ds.quads((None, RDF.type, SCHEMA.Event, None))}
    assert events == {ID["event/kamis-sesuatu-2025-07-17"]}
    series = {s for s, _, _, _ in ds.quads((None, RDF.type, SCHEMA.EventSeries, None))}
    assert series == {ID["series/kamis-sesuatu"]}


def test_a_variant_pair_is_found_among_thousands_of_people() -> None:
    """Thousands of people sharing a family name: only the real variant pair merges (see bench/)."""
    letters = "bdgklmnprst"

    def given_name(i: int) -> str:
        return "".join(letters[(i // 11**k) % 11] + "aiu"[k % 3] for k in range(4)).capitalize()

    exs = [ex(i, f"{given_name(i)} Santoso") for i in range(3000)]
    exs += [ex(5000, "Welly Suhery"), ex(5001, "Welly Suhery"), ex(5002, "Welly Suheri")]
    res = resolve(exs)
    assert [(a, b) for a, b, _ in res.merges] == [("Welly Suheri", "Welly Suhery")]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Suhery", "Suheri"), ("Setiono", "Setyono"), ("Djoko", "Joko"), ("Soekarno", "Sukarno"), ("Wahyu", "Wahju")],
)
def test_spelling_key_equates_indonesian_spelling_variants(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(("a", "b"), [("Hartono", "Hartanto"), ("Santoso", "Susanto"), ("Agung", "Agus")])
def test_spelling_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert spelling_key(a) != spelling_key(b)


@given(st.text(max_size=12), st.text(max_size=12))
def test_edit_distance_is_symmetric_and_bounded(a: str, b: str) -> None:
    d = _edits(a, b)
    assert d == _edits(b, a)
    assert 0 <= d <= 3
    assert (d == 0) == (a == b)


@given(st.text(max_size=20))
def test_spelling_key_is_idempotent(word: str) -> None:
    k = spelling_key(word)
    assert spelling_key(k) == k
