from datetime import date

from kpugraph.dates import candidate_years, find_dates, main_date, settle_year


def test_full_numeric_date_with_weekday():
    (m,) = find_dates("digelar Jumat (18/7/2025) di Semarang")
    assert (m.day, m.month, m.year, m.weekday) == (18, 7, 2025, 4)


def test_long_form_dates():
    assert main_date("pada Kamis, 19 Juni 2025, bertempat") == date(2025, 6, 19)
    assert main_date("Selasa 7 Oktober 2025 lalu") == date(2025, 10, 7)


def test_weekday_rule_infers_year_from_named_years():
    # "Rabu (29/1)" fits 2020 and 2025; an article about Pilkada 2024 results is from 2025
    assert candidate_years(29, 1, 2) == (2020, 2025)
    assert main_date("kata dia, Rabu (29/1). Sengketa Pilkada 2024 di MK.") == date(2025, 1, 29)


def test_weekday_rule_prefers_neighbours_on_a_listing_page():
    (m,) = find_dates("Selasa (2/12)")
    assert settle_year(m, neighbours=[date(2025, 12, 1)]) == date(2025, 12, 2)


def test_written_full_date_wins_over_a_contradicting_weekday():
    # 18 July 2025 is a Friday; the source says Kamis: the written date is kept
    assert main_date("Kamis (18/7/2025)") == date(2025, 7, 18)


def test_impossible_dates_are_ignored():
    assert find_dates("(31/2/2025)") == ()


def test_a_range_of_days_stands_for_its_first_day():
    assert main_date("kunjungan kerja pada 5-6 Agustus 2025.") == date(2025, 8, 5)
    assert main_date("selama dua hari, 25\u201326 Oktober 2025") == date(2025, 10, 25)
    assert main_date("Bimtek berlangsung 1 s.d. 3 Oktober 2025 di Manokwari") == date(2025, 10, 1)
    assert main_date("10 sampai dengan 12 Mei 2024") == date(2024, 5, 10)
    (m,) = find_dates("Sabtu-Minggu (13-14/9/2025)")
    assert (m.day, m.weekday) == (13, 5)  # the weekday is the first day's
    (m,) = find_dates("Kamis-Sabtu, 18-20 November 2021")
    assert (m.day, m.month, m.year, m.weekday) == (18, 11, 2021, 3)
