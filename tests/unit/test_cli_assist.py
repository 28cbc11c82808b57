"""``python -m orientation assist``: the assistant's dialogue in a terminal, fed through stdin."""

import io

import pytest

from orientation.artefacts import LocalStorage
from orientation.cli import main
from orientation.training import manifest_extra

# Written for these tests.
DEBITS = "Des prélèvements inconnus apparaissent sur mon relevé de compte."
DANGER = "Mon compagnon me frappe en ce moment, il a un couteau et il est encore dans l'appartement."


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, trained_linear, catalogue):
    model, report, settings = trained_linear
    path = tmp_path_factory.mktemp("assist") / "model"
    model.save(LocalStorage(path), extra=manifest_extra(settings, report, catalogue))
    return str(path)


def _assist(monkeypatch, model_dir, stdin, *extra):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["-q", "assist", "--model-dir", model_dir, *extra])


def test_asks_a_numbered_question_then_prints_the_channel(monkeypatch, capsys, model_dir):
    assert _assist(monkeypatch, model_dir, f"{DEBITS}\n\n3\n") == 0
    out = capsys.readouterr().out
    assert "Question 1 : Avez-vous toujours votre carte bancaire en votre possession ?" in out
    assert "  1. Oui, je l'ai toujours" in out and "  3. Non, je l'ai perdue" in out
    assert "Service conseillé : Plainte auprès d'un enquêteur (COMMISSARIAT)" in out
    assert "À préparer : " in out and "Adresse : https://" in out
    assert out.count("Question ") == 1


def test_a_wrong_number_is_asked_again(monkeypatch, capsys, model_dir):
    assert _assist(monkeypatch, model_dir, f"{DEBITS}\n\n9\nun\n1\n") == 0
    out = capsys.readouterr().out
    assert out.count("Tapez un nombre entre 1 et 3.") == 2
    assert "Service conseillé : " in out


def test_emergency_is_printed_before_anything_else(monkeypatch, capsys, model_dir):
    assert _assist(monkeypatch, model_dir, f"{DANGER}\n\n1\n1\n") == 0
    out = capsys.readouterr().out
    assert "URGENCE" in out and "17" in out and "114" in out
    assert out.index("URGENCE") < out.index("Service conseillé : ")
    assert "Question" not in out[: out.index("URGENCE")]


def test_multi_line_description_and_form_fields(monkeypatch, capsys, model_dir):
    code = _assist(monkeypatch, model_dir, "On m'a volé mon vélo\ndevant la gare hier soir.\n\n2\n2\n",
                   "--auteur-connu", "non", "--faits-en-ligne", "non")
    assert code == 0
    out = capsys.readouterr().out
    assert "Connaissez-vous le nom" not in out and "sur internet, sans rencontrer" not in out


def test_empty_description_or_no_answer_exits_2(monkeypatch, capsys, model_dir):
    assert _assist(monkeypatch, model_dir, "\n\n") == 2
    assert "E701 description" in capsys.readouterr().err
    assert _assist(monkeypatch, model_dir, f"{DEBITS}\n\n") == 2
    assert "E716" in capsys.readouterr().err
