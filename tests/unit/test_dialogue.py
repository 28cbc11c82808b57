import numpy as np
import pandas as pd
import pytest

from orientation.dialogue import MAX_QUESTIONS, DialogueEngine, DialogueState, load_questions
from orientation.rules import load_rules
from orientation.signals import load_extractor

CH = ("PEL", "THESEE", "PERCEVAL", "PHAROS", "PNAV", "COMMISSARIAT")


@pytest.fixture(scope="module")
def dialogue():
    ex = load_extractor()
    return DialogueEngine(load_questions(), load_rules(ex, channels=CH), CH, threshold=0.7), ex


def proba(**p):
    v = np.full(6, 0.01)
    for k, x in p.items():
        v[CH.index(k)] = x
    return v / v.sum()


def test_asks_the_question_that_separates_the_pair_and_updates(dialogue):
    engine, ex = dialogue
    text = "Il y a des paiements bizarres sur mon compte."
    state = DialogueState(proba(PERCEVAL=0.45, PEL=0.4), ex.extract(text), {})
    q = engine.next_question(state)
    assert q is not None and q.id == "CARTE-EN-POSSESSION"
    assert engine.answer(state, q.id, 2) == "COMMISSARIAT"  # card lost: guide's table


def test_no_question_when_confident_or_after_two(dialogue):
    engine, ex = dialogue
    s = ex.extract("On m'a volé mon vélo.")
    assert engine.next_question(DialogueState(proba(PEL=0.9), s, {})) is None
    state = DialogueState(proba(PEL=0.4, COMMISSARIAT=0.4), s, {})
    for _ in range(5):
        q = engine.next_question(state)
        if q is None:
            break
        engine.answer(state, q.id, 1)
    assert len(state.asked) <= MAX_QUESTIONS


def test_never_asks_what_a_form_field_answers(dialogue):
    engine, ex = dialogue
    s = ex.extract("On m'a pris mon sac.")
    asked = engine.next_question(DialogueState(proba(PEL=0.4, COMMISSARIAT=0.4), s, {}))
    assert asked is not None and asked.id == "NOM-AUTEUR"
    nxt = engine.next_question(DialogueState(proba(PEL=0.4, COMMISSARIAT=0.4), s, {"auteur_connu": "non"}))
    assert nxt is None or nxt.id != "NOM-AUTEUR"


def test_scored_rows_carry_the_question(trained_linear, catalogue):
    from orientation.scoring import Scorer
    from orientation.settings import ScoreSettings

    model, _, _ = trained_linear
    frame = pd.DataFrame({"text": ["problème avec ma carte", "Mon mari me frappe en ce moment, il est dans la cuisine"],
                          "auteur_connu": ["", ""], "faits_en_ligne": ["", ""], "victime_mineure": ["", ""]})
    out = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(frame)
    assert set(out["needs_clarification"]) <= {0, 1}
    assert (out["question"] != "").tolist() == (out["needs_clarification"] == 1).tolist()
    assert out["urgence"].iloc[1] == 1


def test_simulated_user_evaluation(dialogue):
    from orientation.dialogue import simulate

    engine, ex = dialogue
    texts = ["Il y a des paiements bizarres sur mon compte.", "On m'a volé mon vélo devant la gare."]
    probas = np.vstack([proba(PERCEVAL=0.45, PEL=0.4), proba(PEL=0.95)])
    r = simulate(engine, probas, ex.extract_batch(texts), [{}, {}], ["COMMISSARIAT", "PEL"])
    assert r["accuracy_0"] == 0.5 and r["accuracy_1"] == 1.0  # the card question fixes the first row
    assert r["share_asked"] == 0.5 and r["questions_per_person"] <= 1.0


def test_the_question_that_separates_wins_over_bank_order(tmp_path):
    import json

    from orientation.catalogue import RESOURCE_DIR

    bank = json.loads((RESOURCE_DIR / "questions_fr.json").read_text(encoding="utf-8"))
    name_q = next(q for q in bank["questions"] if q["id"] == "NOM-AUTEUR")
    # First in the bank, but both answers set nothing: whatever the person says, the decision stays.
    idle = dict(name_q, id="SANS-EFFET", text="Question sans effet ?", form_field="", known_if=[],
                answers=[{"label": "Oui", "set": []}, {"label": "Non", "set": []}])
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(dict(bank, questions=[idle, name_q]), ensure_ascii=False), encoding="utf-8")
    ex = load_extractor()
    engine = DialogueEngine(load_questions(path), load_rules(ex, channels=CH), CH, threshold=0.7)
    state = DialogueState(proba(PEL=0.4, COMMISSARIAT=0.4), ex.extract("On m'a pris mon sac."), {})
    assert [q.id for q in engine.candidates(state)] == ["SANS-EFFET", "NOM-AUTEUR"]
    assert engine.separation(state, engine.by_id["SANS-EFFET"]) < engine.separation(state, engine.by_id["NOM-AUTEUR"])
    assert engine.next_question(state).id == "NOM-AUTEUR"
    assert {engine.answer(DialogueState(state.proba, state.signals, {}), "NOM-AUTEUR", i) for i in (0, 1)} == \
        {"PEL", "COMMISSARIAT"}
