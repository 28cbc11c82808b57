"""The assistant's turn API: emergency first, at most two questions, form fields respected, bad input named."""

import json

import pytest

from orientation.assistant import MAX_CHARS, Assistant, AssistantInputError
from orientation.dialogue import MAX_QUESTIONS
from orientation.rules import FORM_FIELDS

# Descriptions written for these tests (not taken from any dataset).
CARD = "Des paiements par carte que je n'ai pas faits apparaissent sur mon relevé."
KNIFE = "Un homme armé d'un couteau est devant ma porte en ce moment et menace de me tuer."
BAG = "On m'a pris mon sac hier soir dans la rue."
DESCRIPTIONS = [
    CARD, BAG, KNIFE,
    "Quelqu'un a fait des achats sur internet avec ma carte alors que je l'ai toujours.",
    "Un faux vendeur sur un site d'annonces a encaissé mon virement et ne répond plus.",
    "Mon ex publie des photos intimes de moi sur les réseaux sociaux.",
    "J'ai vu une vidéo qui appelle à tuer des gens sur un forum public.",
    "Ma voiture a été rayée sur le parking de mon immeuble.",
    "Mon voisin m'a frappé au visage pendant une dispute.",
    "On me demande de l'argent sinon on diffusera une vidéo de moi.",
]


@pytest.fixture(scope="module")
def assistant(trained_linear, catalogue):
    model, _, _ = trained_linear
    return Assistant(model, catalogue)


@pytest.fixture()
def eager(assistant):
    """The same assistant, asking whenever a question separates the two best channels."""
    saved = assistant.dialogue.threshold
    assistant.dialogue.threshold = 1.01
    yield assistant
    assistant.dialogue.threshold = saved


def run_dialogue(assistant, text, form=None, pick=0):
    """Answer every question with choice ``pick`` (or the last one) until oriented; return the turns."""
    answers, turns = [], []
    for _ in range(MAX_QUESTIONS + 2):
        reply = assistant.turn(text, form, answers)
        turns.append(reply)
        if reply["status"] == "oriented":
            return turns
        q = reply["question"]
        answers.append({"question": q["id"], "answer": min(pick, len(q["choices"]) - 1)})
    raise AssertionError("the dialogue did not end")


def test_reply_is_json_and_oriented_channel_comes_from_the_catalogue(assistant, catalogue):
    reply = run_dialogue(assistant, BAG)[-1]
    json.dumps(reply)
    ch = reply["channel"]
    expected = catalogue.get(ch["id"])
    assert (ch["name"], ch["url"], ch["prepare"]) == (expected.name, expected.url, expected.advice)
    # The heading names the channel: the reason does not repeat it, nor quote the guide's steps or channel ids.
    assert not ch["reason"].startswith("Orienté vers") and ch["reason"][0].isupper() and ch["reason"].endswith(".")
    assert "(étape" not in ch["reason"] and f"({ch['id']})" not in ch["reason"]
    assert reply["question"] is None and reply["emergency"] is None


def test_emergency_block_comes_first(assistant):
    reply = assistant.turn(KNIFE)
    assert list(reply)[0] == "emergency"
    em = reply["emergency"]
    assert em["call"] == ["17", "112"] and em["sms"] == "114"
    assert "17" in em["message"] and "112" in em["message"] and "114" in em["message"]
    assert reply["status"] in ("question", "oriented")


@pytest.mark.parametrize("pick", [0, 1, 2])
@pytest.mark.parametrize("text", DESCRIPTIONS)
def test_never_more_than_two_questions(eager, text, pick):
    turns = run_dialogue(eager, text, pick=pick)
    assert len(turns) - 1 <= MAX_QUESTIONS
    assert [t["question"]["number"] for t in turns[:-1]] == list(range(1, len(turns)))
    assert len(turns[-1]["answers"]) == len(turns) - 1


def test_a_question_is_asked_then_the_answer_decides(eager):
    first = eager.turn(CARD)
    assert first["status"] == "question" and first["question"]["id"] == "CARTE-EN-POSSESSION"
    labels = [c["label"] for c in first["question"]["choices"]]
    assert labels[0].startswith("Oui")
    lost = eager.turn(CARD, answers=[{"question": "CARTE-EN-POSSESSION", "answer": 2}])
    # card lost: the guide sends card fraud after a loss to an investigator
    assert lost["status"] == "oriented" and lost["channel"]["id"] == "COMMISSARIAT"
    assert lost["answers"][0]["label"] == "Non, je l'ai perdue"


@pytest.mark.parametrize("field", FORM_FIELDS)
@pytest.mark.parametrize("value", ["oui", "non"])
def test_never_asks_what_a_form_field_answers(eager, field, value):
    by_field = {q.form_field: q.id for q in eager.dialogue.questions if q.form_field}
    asked_anywhere = set()
    for text in DESCRIPTIONS:
        for pick in (0, 1):
            turns = run_dialogue(eager, text, {field: value}, pick=pick)
            asked = {t["question"]["id"] for t in turns if t["question"]}
            assert by_field[field] not in asked
            asked_anywhere |= asked
            asked_without = {t["question"]["id"] for t in run_dialogue(eager, text, pick=pick) if t["question"]}
            asked_anywhere |= asked_without
    assert asked_anywhere  # the eager assistant does ask questions on these descriptions


def test_bag_theft_asks_for_the_author_unless_the_form_says(eager):
    assert eager.turn(BAG)["question"]["id"] == "NOM-AUTEUR"
    reply = eager.turn(BAG, {"auteur_connu": "non"})
    assert reply["question"] is None or reply["question"]["id"] != "NOM-AUTEUR"


@pytest.mark.parametrize("description, code, french", [
    ("", "E701", "vide"),
    ("   ", "E701", "vide"),
    (None, "E701", "absente"),
    (42, "E702", "pas du texte"),
    (["a"], "E702", "pas du texte"),
    ("ab", "E703", "trop courte"),
    ("x" * (MAX_CHARS + 1), "E704", "trop longue"),
])
def test_bad_description_is_refused_with_its_field(assistant, description, code, french):
    with pytest.raises(AssistantInputError, match=f"{code} description") as info:
        assistant.turn(description)
    assert info.value.field == "description" and french in info.value.french
    assert info.value.to_dict()["error"]["code"] == code


def test_error_never_quotes_the_description(assistant):
    secret = "Monsieur Secretnom " * 400
    with pytest.raises(AssistantInputError) as info:
        assistant.turn(secret)
    assert "Secretnom" not in str(info.value) and "Secretnom" not in json.dumps(info.value.to_dict())


@pytest.mark.parametrize("kwargs, code, field", [
    ({"form": "oui"}, "E705", "form"),
    ({"form": {"age": "12"}}, "E706", "form"),
    ({"form": {"auteur_connu": "peut-être"}}, "E707", "form.auteur_connu"),
    ({"form": {"auteur_connu": 1}}, "E707", "form.auteur_connu"),
    ({"answers": "CARTE"}, "E708", "answers"),
    ({"answers": [{"question": "A", "answer": 0}] * 3}, "E709", "answers"),
    ({"answers": [{"question": "CARTE-EN-POSSESSION"}]}, "E710", "answers[0]"),
    ({"answers": [{"question": "CARTE-EN-POSSESSION", "answer": True}]}, "E710", "answers[0]"),
    ({"answers": [{"question": "MINEUR", "answer": 0}]}, "E711", "answers[0]"),
    ({"answers": [{"question": "CARTE-EN-POSSESSION", "answer": 7}]}, "E712", "answers[0]"),
])
def test_bad_form_or_answers_are_refused(eager, kwargs, code, field):
    with pytest.raises(AssistantInputError, match=f"{code} {field.replace('[', '.').replace(']', '.')}") as info:
        eager.turn(CARD, **kwargs)
    assert info.value.field == field and info.value.french


def test_turn_dict_refuses_unknown_keys_and_non_objects(assistant):
    with pytest.raises(AssistantInputError, match="E700 request"):
        assistant.turn_dict(["x"])
    with pytest.raises(AssistantInputError, match="unknown keys \\['texte'\\]"):
        assistant.turn_dict({"texte": BAG})
    assert assistant.turn_dict({"description": BAG})["status"] in ("question", "oriented")


def test_turns_are_stateless(assistant):
    a = assistant.turn(CARD)
    assistant.turn(KNIFE)
    assert assistant.turn(CARD) == a


def test_personal_identifiers_are_pseudonymised_before_quoting(eager):
    text = "Un certain M. Durandeau m'a volé mon vélo, son mail est durandeau@example.com."
    reply = run_dialogue(eager, text)[-1]
    assert "Durandeau" not in json.dumps(reply) and "durandeau@" not in json.dumps(reply)


def test_nothing_of_the_description_is_logged(assistant, caplog):
    import logging

    from orientation.assistant import handle_turn_request

    caplog.set_level(logging.DEBUG)
    secret = "Mon voisin Zorbagrut m'a volé mon vélo."
    assert handle_turn_request(assistant, json.dumps({"description": secret}).encode())[0] == 200
    assert handle_turn_request(assistant, json.dumps({"description": secret, "form": {"x": "1"}}).encode())[0] == 400
    assert handle_turn_request(assistant, json.dumps({"description": secret * 200}).encode())[0] == 400
    assert "Zorbagrut" not in caplog.text and "vélo" not in caplog.text


@pytest.mark.parametrize("reason, expected", [
    ("Orienté vers « Plainte auprès d'un enquêteur » : votre carte a été perdue, pas volée ; carte perdue puis "
     "utilisée : ni volée (PEL) ni en votre possession (PERCEVAL).",
     "Votre carte a été perdue, pas volée ; carte perdue puis utilisée : ni volée ni en votre possession."),
    ("Orienté vers « Plainte en ligne » : vol (« on m'a volé ») ; vol en France par un auteur que vous ne pouvez "
     "pas nommer (étape 4).",
     "Vol (« on m'a volé ») ; vol en France par un auteur que vous ne pouvez pas nommer."),
    ("Orienté vers « Plainte en ligne » : violences ou menaces d'un membre de la famille (étape 1, décisions du "
     "projet).", "Violences ou menaces d'un membre de la famille."),
    ("Orienté vers « Plainte en ligne » : les mots qui ont le plus pesé sont « vélo » et « gare ».",
     "Les mots qui ont le plus pesé sont « vélo » et « gare »."),
    ("Orienté vers « Plainte en ligne » : carte utilisée en magasin : PERCEVAL ne couvre que les achats en ligne "
     "(tableau du guide)", "Carte utilisée en magasin : PERCEVAL ne couvre que les achats en ligne."),
])
def test_reason_is_rewritten_for_the_person(reason, expected):
    from orientation.assistant import person_reason

    ids = ("PEL", "THESEE", "PERCEVAL", "PHAROS", "PNAV", "COMMISSARIAT")
    name = reason.split("« ", 1)[1].split(" »", 1)[0]
    assert person_reason(reason, name, ids) == expected
