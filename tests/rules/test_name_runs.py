"""Runs of names or numbers (city lists, zip codes) are not prose for region scoring."""

from __future__ import annotations

from cleanpress.rules.locate.stop_words import name_run


def test_lists_of_names_and_numbers_are_runs() -> None:
    assert name_run("Beverly Hills Los Angeles Irvine Perris Rosamond Hacienda Heights Chino "
                    "Piru Rancho Cucamonga Highland Inglewood Pasadena Monrovia Garden Grove "
                    "Glendale Burbank Sun Valley")
    assert name_run(" ".join(str(90200 + n) for n in range(25)))
    assert name_run(", ".join(["Paris", "Lyon", "Marseille", "Toulouse", "Nice"] * 4))


def test_a_title_is_not_a_run() -> None:
    assert not name_run("Blick Studio Acrylic Paint Set 12 Colors 2 Oz Tubes")


def test_sentences_are_not_runs() -> None:
    assert not name_run("We deliver to Beverly Hills and Los Angeles every day of the week.")
    assert not name_run("Die Lieferung nach Berlin dauert zwei Tage.")
    # Mostly lower-case words without glue words: a sentence fragment, not names.
    assert not name_run("Fast reliable delivery guaranteed nationwide shipping options available "
                        "Fast reliable delivery guaranteed nationwide shipping options available")
    assert not name_run("")
