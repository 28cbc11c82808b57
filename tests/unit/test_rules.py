"""The decision procedure: the guide's borderline table, form-field precedence, rule files."""

import json

import pytest

from orientation.errors import SettingsError
from orientation.rules import load_rules, rules_from_dict
from orientation.signals import load_extractor

BORDERLINE = [
    ("On m'a volé ma carte bancaire dans mon sac au marché, depuis il y a des paiements que je n'ai pas faits.", "PEL"),
    ("Ma carte est toujours dans mon portefeuille mais j'ai trois achats en ligne sur Amazon que je n'ai pas faits.", "PERCEVAL"),
    ("J'ai perdu ma carte bancaire samedi et depuis il y a des paiements dessus.", "COMMISSARIAT"),
    ("Ma carte est toujours sur moi mais quelqu'un a fait des retraits au distributeur à Marseille avec une copie.", "COMMISSARIAT"),
    ("Un faux conseiller de ma banque m'a appelé, je lui ai donné mes codes, ensuite des achats en ligne que je n'ai pas faits ont été débités. J'ai toujours ma carte.", "PERCEVAL"),
    ("Un faux conseiller bancaire m'a convaincue de remettre ma carte à un coursier venu chez moi.", "PEL"),
    ("J'ai reçu un SMS pour un colis, j'ai tapé mes informations de carte, puis il y a eu des achats en ligne que je n'ai pas faits. La carte est toujours dans mon portefeuille.", "PERCEVAL"),
    ("J'ai commandé une télé sur un site internet, payé 400 euros, jamais reçu, le site a disparu.", "THESEE"),
    ("J'ai vendu mon vélo sur Leboncoin, l'acheteur m'a envoyé une fausse preuve de virement, je ne l'ai jamais rencontré et j'ai expédié le colis.", "THESEE"),
    ("J'ai vendu ma console sur Leboncoin, l'acheteur est venu chez moi et je lui ai remis la console en main propre contre un faux virement.", "PEL"),
    ("Mon compte Facebook a été piraté et le pirate demande de l'argent à mes amis.", "THESEE"),
    ("Mon compte Instagram a été piraté, je n'ai plus accès, personne ne m'a rien demandé.", "COMMISSARIAT"),
    ("Mon ex menace de publier mes photos intimes si je ne reviens pas.", "PNAV"),
    ("Une inconnue rencontrée sur internet menace de diffuser une vidéo intime de moi si je ne lui paie pas 500 euros. J'ai 35 ans.", "THESEE"),
    ("J'ai 15 ans, un inconnu sur Snapchat menace de publier mes photos nues si je ne lui envoie pas d'argent.", "PNAV"),
    ("On m'insulte tous les jours sur Instagram avec des messages racistes.", "PNAV"),
    ("Une personne m'a insulté sur Facebook en me traitant de menteur et d'escroc.", "COMMISSARIAT"),
    ("J'ai vu sur TikTok une vidéo qui fait l'apologie du terrorisme, elle ne me vise pas.", "PHAROS"),
    ("Quelqu'un a ouvert un crédit à mon nom avec mes papiers.", "COMMISSARIAT"),
    ("On m'a arraché mon téléphone dans la rue, je n'ai pas été blessée, ensuite mes comptes ont été vidés.", "PEL"),
    ("Un homme m'a frappé pour me voler mon téléphone, j'ai été blessé au visage.", "COMMISSARIAT"),
    ("Ma voiture a été fracturée cette nuit, on m'a volé le GPS, je ne sais pas qui.", "PEL"),
    ("Mon voisin M. [NOM] a rayé ma voiture.", "COMMISSARIAT"),
    ("Une voiture a embouti la mienne sur le parking et est partie sans laisser de mot.", "PEL"),
    ("Une voiture m'a renversé sur le passage piéton et a pris la fuite, j'ai la jambe cassée.", "COMMISSARIAT"),
    ("Le vélo de mon fils de 12 ans a été volé devant le collège.", "PEL"),
    ("On m'a volé mon portefeuille pendant mes vacances en Espagne.", "COMMISSARIAT"),
    ("Un homme rencontré sur un site de rencontre, que je n'ai jamais vu, m'a demandé de l'argent pour venir de Côte d'Ivoire, je lui ai envoyé 3000 euros.", "THESEE"),
    ("Notre entreprise a été victime d'un rançongiciel, tous nos fichiers sont chiffrés et ils demandent une rançon.", "COMMISSARIAT"),
]


@pytest.fixture(scope="module")
def engine():
    return load_rules(load_extractor())


@pytest.mark.parametrize("text, expected", BORDERLINE, ids=[f"table-{i + 1}" for i in range(len(BORDERLINE))])
def test_guide_borderline_table(engine, text, expected):
    decision = engine.decide(engine.extractor.extract(text), text)
    assert decision.channel == expected, decision.rule.id if decision.rule else "no rule"


def test_decision_cites_facts_with_the_words_of_the_text(engine):
    text = "Ma carte est toujours dans mon portefeuille mais j'ai trois achats en ligne sur Amazon que je n'ai pas faits."
    decision = engine.decide(engine.extractor.extract(text), text)
    assert decision.rule.id.startswith("PERCEVAL")
    facts = dict(decision.facts)
    assert "votre carte est toujours en votre possession" in facts
    assert all(quote in text for quote in facts.values())


def test_form_fields_take_precedence_over_text(engine):
    text = "On m'a volé mon vélo devant chez moi."
    s = engine.extractor.extract(text)
    assert engine.decide(s, text).channel == "PEL"
    assert engine.decide(s, text, {"auteur_connu": "oui"}).channel == "COMMISSARIAT"


def test_rule_naming_an_unknown_signal_is_refused():
    raw = {"rules": [{"id": "X", "channel": "PEL", "when": {"all": ["no_such_signal"]}, "confidence": 0.5, "why": ""}]}
    with pytest.raises(SettingsError, match="E151 Rule 'X' names an unknown signal 'no_such_signal'"):
        rules_from_dict(raw, load_extractor())


def test_rule_to_unknown_channel_is_refused():
    raw = {"rules": [{"id": "X", "channel": "NOWHERE", "when": {"all": ["theft"]}, "confidence": 0.5, "why": ""}]}
    with pytest.raises(SettingsError, match="E152 Rule 'X' sends to 'NOWHERE'"):
        rules_from_dict(raw, load_extractor(), channels=("PEL", "THESEE"))


def test_rule_files_are_valid_json_with_unique_ids():
    from orientation.catalogue import RESOURCE_DIR

    rules = json.loads((RESOURCE_DIR / "rules" / "rules_fr.json").read_text(encoding="utf-8"))["rules"]
    assert len({r["id"] for r in rules}) == len(rules)
    assert rules[-1]["channel"] == "COMMISSARIAT"  # the guide's "otherwise"
