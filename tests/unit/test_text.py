import pytest

from orientation.text import Pseudonymizer, normalize_text


def test_normalize_collapses_whitespace_and_apostrophes():
    assert normalize_text("  On m\u2019a   volé\n\tmon vélo\u200b ") == "On m'a volé mon vélo"


def test_normalize_composes_accents():
    decomposed = "e\u0301te\u0301"
    assert normalize_text(decomposed) == "été"


@pytest.mark.parametrize(
    "text, expected, kind",
    [
        ("écrivez à jean.dupont@exemple.fr svp", "écrivez à [EMAIL] svp", "EMAIL"),
        ("appelez le 06 12 34 56 78", "appelez le [TELEPHONE]", "TELEPHONE"),
        ("appelez le +33 6 12 34 56 78", "appelez le [TELEPHONE]", "TELEPHONE"),
        ("sur le site https://faux-colis.fr/paiement hier", "sur le site [URL] hier", "URL"),
        ("virement vers FR76 3000 6000 0112 3456 7890 189", "virement vers [IBAN]", "IBAN"),
        ("ma carte 4970 1234 5678 9012 a servi", "ma carte [CARTE] a servi", "CARTE"),
        ("la voiture AB-123-CD a reculé", "la voiture [PLAQUE] a reculé", "PLAQUE"),
        ("mon voisin M. Dupont m'a menacé", "mon voisin M. [NOM] m'a menacé", "NOM"),
        ("c'est Madame Le Goff Anne qui", "c'est Madame [NOM] qui", "NOM"),
    ],
)
def test_pseudonymize_each_kind(text, expected, kind):
    out, found = Pseudonymizer().pseudonymize(text)
    assert out == expected
    assert found[kind] == 1


def test_pseudonymize_leaves_formulas_and_amounts():
    text = "Madame, Monsieur, on m'a volé 1 250 euros le 12/03/2024 à 14h30. Monsieur le maire est prévenu."
    out, found = Pseudonymizer().pseudonymize(text)
    assert out == text
    assert not found


def test_pseudonymize_only_selected_kinds():
    out, _ = Pseudonymizer(kinds=("EMAIL",)).pseudonymize("M. Martin, a@b.fr, 06 11 22 33 44")
    assert out == "M. Martin, [EMAIL], 06 11 22 33 44"
