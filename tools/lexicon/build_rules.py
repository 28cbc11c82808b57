"""Authoring script for the decision rules: writes resource/rules/rules_fr.json.

Patterns are easier to write and review as Python raw strings than as JSON; the JSON file
is what the plugin reads and what model manifests record. Edit here, then run
``python tools/lexicon/build_rules.py`` from the repository root and commit both files.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "resource" / "rules/rules_fr.json"
import json
R = []
def rule(id, channel, when, confidence, why, cite):
    R.append({"id": id, "channel": channel, "when": when, "confidence": confidence, "why": why, "cite": cite})
OFFENCE = ["theft", "burglary", "damage", "scam", "violence", "threat", "insult", "account_hacked", "identity_theft",
           "sexual", "harassment", "hate", "card_stolen", "unauthorised_payments", "not_received", "money_demanded",
           "hit_and_run", "fake_adviser", "ransomware", "intimate_images", "weapon", "injury", "partner_violence",
           "family_violence"]
# --- exceptions the guide's table places before step 1
rule("THESEE-SEXTORSION-ADULTE", "THESEE",
     {"all": [{"any": ["sexual", "intimate_images"]}, "money_demanded", {"any": ["facts_online", "never_met"]}],
      "none": ["victim_minor", "author_ex", "author_partner", "partner_violence", "victim_company"]},
     0.85, "chantage sexuel en ligne par un inconnu qui demande de l'argent, victime majeure (tableau du guide)",
     ["intimate_images", "sexual", "money_demanded", "facts_online"])
# --- step 1: PNAV
rule("PNAV-VIOLENCES-CONJUGALES", "PNAV", {"all": ["partner_violence"]}, 0.9,
     "violences ou menaces d'un conjoint ou ex-conjoint (étape 1)", ["partner_violence"])
rule("PNAV-IMAGES-EX", "PNAV", {"all": [{"any": ["author_ex", "author_partner"]}, {"any": ["intimate_images", "sexual"]}]}, 0.9,
     "images intimes ou faits sexuels impliquant un conjoint ou ex-conjoint (étape 1)", ["intimate_images", "sexual", "author_ex", "author_partner"])
rule("PNAV-VIOLENCES-SEXUELLES", "PNAV", {"all": [{"any": ["sexual", "intimate_images"]}], "none": ["police_misconduct"]}, 0.85,
     "faits à caractère sexuel ou sexiste, ou images intimes (étape 1)", ["sexual", "intimate_images", "victim_minor"])
rule("PNAV-VIOLENCES-FAMILIALES", "PNAV", {"all": ["family_violence"]}, 0.8,
     "violences ou menaces au sein de la famille (étape 1)", ["family_violence"])
rule("PNAV-HARCELEMENT", "PNAV",
     {"any": ["harassment", {"all": ["repeated", {"any": ["insult", "threat", "targeted_me", "violence"]}]}],
      "none": ["police_misconduct", "unauthorised_payments", "not_received"]}, 0.8,
     "harcèlement ou faits répétés qui vous visent (étape 1)", ["harassment", "repeated", "insult", "threat"])
rule("PNAV-HAINE", "PNAV", {"all": ["hate", {"any": ["targeted_me", "not:public_content"]}], "none": ["police_misconduct"]}, 0.8,
     "propos ou actes haineux ou discriminatoires qui vous visent (étape 1)", ["hate", "targeted_me"])
# --- step 2: PERCEVAL
rule("PERCEVAL-CARTE-DETENUE", "PERCEVAL",
     {"all": [{"any": ["card_held", "neg:card_lost", "neg:card_stolen"]}, {"any": ["payment_online", "unauthorised_payments", "facts_online"]}],
      "none": ["card_stolen", "card_lost", "victim_company", {"all": ["payment_atm", "not:payment_online"]},
               {"all": ["payment_shop", "not:payment_online"]}, "abroad"]}, 0.9,
     "paiements en ligne sans votre accord alors que la carte est toujours en votre possession (étape 2)",
     ["card_held", "payment_online", "unauthorised_payments"])
rule("PERCEVAL-PAIEMENTS-EN-LIGNE", "PERCEVAL",
     {"all": ["unauthorised_payments", "payment_online"],
      "none": ["card_stolen", "card_lost", "victim_company", "handed_over", "not_received", "abroad", "theft"]}, 0.75,
     "paiements en ligne que vous n'avez pas faits, sans perte ni vol de la carte (étape 2)",
     ["unauthorised_payments", "payment_online"])
# --- step 3: THESEE
rule("THESEE-PIRATAGE-DEMANDE-ARGENT", "THESEE",
     {"all": ["account_hacked", {"any": ["contacts_asked_money", "money_demanded"]}],
      "none": ["victim_company", "author_ex", "author_partner", "partner_violence"]}, 0.85,
     "compte piraté puis demande d'argent (étape 3)", ["account_hacked", "contacts_asked_money", "money_demanded"])
rule("THESEE-FAUX-SITE", "THESEE",
     {"all": ["not_received", {"any": ["facts_online", "never_met"]}], "none": ["met_in_person", "victim_company"]}, 0.85,
     "achat payé sur internet jamais reçu, vendeur ou site injoignable (étape 3)", ["not_received", "facts_online"])
rule("THESEE-PAIEMENT-SANS-CONTREPARTIE", "THESEE",
     {"all": ["victim_paid", {"any": ["vanished", "scam", "not_received"]}, {"any": ["facts_online", "never_met"]}],
      "none": ["met_in_person", "victim_company", "card_stolen", "card_lost"]}, 0.8,
     "vous avez payé une personne connue seulement en ligne, qui a disparu ou vous a trompé (étape 3)",
     ["victim_paid", "vanished", "facts_online", "never_met"])
rule("THESEE-ESCROQUERIE-EN-LIGNE", "THESEE",
     {"all": [{"any": ["scam", "money_demanded", "ransomware"]}, {"any": ["facts_online", "never_met"]}],
      "none": ["met_in_person", "victim_company", "card_stolen", "card_lost", "account_hacked",
               "violence", "weapon"]}, 0.75,
     "escroquerie ou chantage sur internet par une personne jamais rencontrée (étape 3)",
     ["scam", "money_demanded", "facts_online", "never_met"])
# --- step 4: PEL
rule("PEL-VOL", "PEL",
     {"all": [{"any": ["theft", "burglary", "card_stolen"]}],
      "none": ["author_named", "abroad", "violence", "weapon", "injury", "victim_company", {"all": ["card_lost", "not:card_stolen"]},
               "author_partner", "author_ex", "family_violence"]}, 0.8,
     "vol ou cambriolage en France par un auteur que vous ne pouvez pas nommer (étape 4)",
     ["burglary", "card_stolen", "theft", "author_unknown"])
rule("PEL-DEGRADATION", "PEL",
     {"all": [{"any": ["damage", "hit_and_run"]}],
      "none": ["author_named", "abroad", "violence", "weapon", "injury", "victim_company", "hate", "author_partner",
               "author_ex", "threat", "author_neighbour"]}, 0.75,
     "dégradation ou délit de fuite sans blessé, auteur inconnu (étape 4)", ["damage", "hit_and_run", "vehicle", "author_unknown"])
rule("PEL-ESCROQUERIE-HORS-INTERNET", "PEL",
     {"all": [{"any": ["scam", "fake_adviser"]}, {"any": ["handed_over", "met_in_person"]}],
      "none": ["author_named", "abroad", "victim_company", "violence"]}, 0.7,
     "escroquerie hors internet (remise d'argent, de la carte ou de biens), auteur inconnu (étape 4)",
     ["fake_adviser", "handed_over", "met_in_person", "scam"])
# --- step 5: PHAROS
rule("PHAROS-CONTENU-ILLICITE", "PHAROS",
     {"all": [{"any": ["illegal_content", {"all": ["public_content", {"any": ["hate", "threat"]}]}]}],
      "none": ["targeted_me", "handed_over", "unauthorised_payments"]}, 0.8,
     "contenu public illicite vu en ligne, qui ne vous vise pas personnellement (étape 5)",
     ["illegal_content", "public_content", "hate", "threat"])
rule("PHAROS-TEMOIN", "PHAROS",
     {"all": ["public_content", "witness", {"any": ["hate", "threat", "violence", "insult", "sexual", "scam", "illegal_content", "intimate_images", "money_demanded", "weapon"]}],
      "none": ["targeted_me", "handed_over", "unauthorised_payments", "victim_paid", "account_hacked"]}, 0.75,
     "contenu public vu en ligne dont vous êtes témoin, sans en être la cible (étape 5)",
     ["public_content", "witness", "hate", "illegal_content"])
# --- step 6: COMMISSARIAT
rule("COMMISSARIAT-ENTREPRISE", "COMMISSARIAT", {"all": ["victim_company", {"any": OFFENCE}]}, 0.8,
     "la victime est une entreprise ou une association (décisions du guide)", ["victim_company"])
rule("COMMISSARIAT-ETRANGER", "COMMISSARIAT", {"all": ["abroad", {"any": ["theft", "card_stolen", "violence", "damage", "burglary"]}]}, 0.75,
     "faits commis à l'étranger (tableau du guide)", ["abroad"])
rule("COMMISSARIAT-CARTE-PERDUE", "COMMISSARIAT", {"all": ["card_lost"], "none": ["card_stolen"]}, 0.75,
     "carte ou téléphone perdu puis utilisé : ni volé (PEL) ni en votre possession (PERCEVAL)", ["card_lost"])
rule("COMMISSARIAT-VIOLENCES", "COMMISSARIAT", {"any": ["violence", "weapon", "injury", "threat"]}, 0.7,
     "violences, menaces ou blessures par une personne hors du cercle familial (étape 6)",
     ["violence", "weapon", "injury", "threat"])
rule("COMMISSARIAT-USURPATION", "COMMISSARIAT", {"any": ["identity_theft"]}, 0.75,
     "usurpation d'identité (tableau du guide)", ["identity_theft"])
rule("COMMISSARIAT-PIRATAGE", "COMMISSARIAT", {"any": ["account_hacked"]}, 0.7,
     "compte piraté sans demande d'argent (tableau du guide)", ["account_hacked"])
rule("COMMISSARIAT-AUTEUR-CONNU", "COMMISSARIAT", {"all": ["author_named"]}, 0.65,
     "vous pouvez nommer l'auteur (étape 6)", ["author_named"])
rule("COMMISSARIAT-INJURE", "COMMISSARIAT", {"any": ["insult"]}, 0.6,
     "injure ou diffamation non discriminatoire qui vous vise (tableau du guide)", ["insult"])
rule("COMMISSARIAT-AUTRE", "COMMISSARIAT", {"any": OFFENCE}, 0.45,
     "les autres situations relèvent d'une plainte auprès d'un enquêteur (étape 6)", [])
doc = {"version": "2026.12.1",
       "description": "The guide's decision procedure as ordered rules over signals and form fields. The first rule whose condition holds decides. Atoms: 'signal' (present), 'not:signal' (not present), 'neg:signal' (explicitly negated), 'form:field=value'. Conditions: 'all' (every item), 'any' (at least one), 'none' (no item); items are atoms or nested conditions.",
       "form_fields": {"auteur_connu": {"oui": {"set": ["author_named"]}, "non": {"unset": ["author_named"], "set": ["author_unknown"]}},
                       "faits_en_ligne": {"oui": {"set": ["facts_online"]}, "non": {"unset": ["facts_online", "never_met"], "set": ["met_in_person"]}},
                       "victime_mineure": {"oui": {"set": ["victim_minor"]}, "non": {"unset": ["victim_minor"]}}},
       "rules": R}
json.dump(doc, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(R))
