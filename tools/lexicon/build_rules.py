"""Authoring script for the decision rules: writes resource/rules/rules_fr.json.

Patterns are easier to write and review as Python raw strings than as JSON; the JSON file
is what the plugin reads and what model manifests record. Edit here, then run
``python tools/lexicon/build_rules.py`` from the repository root and commit both files.

Order follows the guide's decision procedure (PNAV, PERCEVAL, THESEE, PEL, PHAROS,
COMMISSARIAT) with the exceptions of its borderline table, its "Further decisions" and
the project decisions (resource/rules/decisions.md):
- adult sextortion by an online stranger asking money is THESEE, before PNAV (table);
- a witness of public online content is not the victim: PNAV's facts must be aimed at
  the writer, so public content that does not target the writer is PHAROS (step 5 and
  the guide's question "Is the content aimed at you personally?");
- business victims go to COMMISSARIAT before steps 2 to 4 (FD, decisions);
- facts abroad (physical offences) go to COMMISSARIAT before PEL (table).
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
           "family_violence", "blackmail", "fake_site", "tech_support_scam", "victim_paid", "payment_online"]
ONLINE = {"any": ["facts_online", "never_met"]}
MINOR = {"all": ["victim_minor", "not:adult_stated"]}
IN_PERSON = {"any": ["met_in_person", "cash_paid"]}
MONEY_ASKED = {"all": [{"any": ["money_demanded", {"all": ["blackmail", "victim_paid"]}]}, "not:no_money_asked"]}
STOLEN = {"all": ["card_stolen", "not:card_found"]}
LOST = {"all": ["card_lost", "not:card_found", "not:card_stolen"]}
ABROAD = {"all": ["abroad", "not:in_france"]}
PERSONAL = ["targeted_me", "victim_paid", "account_hacked", "author_ex", "partner_violence", "family_violence",
            "identity_theft", "unauthorised_payments", "card_held"]

# --- exceptions the guide's table places before step 1
rule("THESEE-SEXTORSION-ADULTE", "THESEE",
     {"all": [{"any": ["sexual", "intimate_images", "exposure_threat"]}, MONEY_ASKED, {"any": ["facts_online", "never_met", "exposure_threat"]}],
      "none": [MINOR, "author_ex", "partner_violence", "victim_company"]},
     0.85, "chantage sexuel en ligne par un inconnu qui demande de l'argent, victime majeure (tableau du guide)",
     ["intimate_images", "sexual", "money_demanded", "facts_online"])
# --- step 5 before step 1 for witnesses: PNAV needs facts aimed at the writer
rule("PHAROS-TEMOIN", "PHAROS",
     {"all": ["not_targeted", {"any": ["public_content", "illegal_content", "fake_site"]}],
      "none": PERSONAL + ["handed_over", "burglary", "card_stolen"]}, 0.8,
     "contenu public vu en ligne dont vous êtes témoin, sans en être la cible (étape 5)",
     ["public_content", "illegal_content", "not_targeted"])
rule("PHAROS-CONTENU-ILLICITE", "PHAROS",
     {"all": ["illegal_content", {"any": ["public_content", "facts_online", "not_targeted"]}],
      "none": PERSONAL + ["handed_over", "author_partner", "author_colleague"]}, 0.8,
     "contenu public illicite vu en ligne, qui ne vous vise pas personnellement (étape 5)",
     ["illegal_content", "public_content"])
# --- step 1: PNAV
rule("PNAV-VIOLENCES-CONJUGALES", "PNAV", {"all": ["partner_violence"]}, 0.9,
     "violences, menaces ou contrôle d'un conjoint ou ex-conjoint (étape 1)", ["partner_violence"])
rule("PNAV-EX-CONJOINT", "PNAV",
     {"all": ["author_ex", {"any": ["threat", "violence", "harassment", "repeated", "damage", "insult", "intimate_images", "sexual",
                                     "account_hacked", "money_demanded", "blackmail", "identity_theft", "exposure_threat"]}]}, 0.85,
     "menaces, harcèlement, dégradations ou contrôle par un ex-conjoint (étape 1, décisions du projet)", ["author_ex"])
rule("PNAV-IMAGES-EX", "PNAV", {"all": [{"any": ["author_ex", "author_partner"]}, {"any": ["intimate_images", "sexual"]}]}, 0.9,
     "images intimes ou faits sexuels impliquant un conjoint ou ex-conjoint (étape 1)", ["intimate_images", "sexual", "author_ex", "author_partner"])
rule("PNAV-CHANTAGE-MINEUR", "PNAV",
     {"all": [MINOR, {"any": ["exposure_threat", "intimate_images", "sexual"]}, {"any": ["blackmail", "money_demanded", "threat", "exposure_threat"]}]}, 0.85,
     "chantage à caractère sexuel visant un mineur (étape 1)", ["victim_minor", "intimate_images"])
rule("PNAV-VIOLENCES-SEXUELLES", "PNAV", {"all": [{"any": ["sexual", "intimate_images"]}], "none": ["police_misconduct"]}, 0.85,
     "faits à caractère sexuel ou sexiste, ou images intimes (étape 1)", ["sexual", "intimate_images", "victim_minor"])
rule("PNAV-VIOLENCES-FAMILIALES", "PNAV", {"all": ["family_violence"]}, 0.8,
     "violences ou menaces au sein de la famille (étape 1)", ["family_violence"])
rule("PNAV-HAINE", "PNAV", {"all": ["hate"], "none": ["police_misconduct"]}, 0.8,
     "propos ou actes haineux ou discriminatoires qui vous visent (étape 1)", ["hate", "targeted_me"])
rule("PNAV-HARCELEMENT", "PNAV",
     {"any": ["harassment", {"all": ["repeated", {"any": ["insult", "threat", "targeted_me", "violence", "money_demanded", "damage",
                                                          "theft", "exposure_threat"]}]}],
      "none": ["police_misconduct", "unauthorised_payments", "not_received", "single_event", "payment_online", "victim_paid",
               "account_hacked", "card_stolen", "burglary"]}, 0.8,
     "harcèlement ou faits répétés qui vous visent (étape 1)", ["harassment", "repeated", "insult", "threat"])
# --- business victims: COMMISSARIAT before steps 2 to 4 (FD, project decisions)
rule("COMMISSARIAT-ENTREPRISE", "COMMISSARIAT", {"all": ["victim_company", {"any": OFFENCE}], "none": ["private_person"]}, 0.8,
     "la victime est une entreprise ou une association (décisions du guide)", ["victim_company"])
# --- step 2: PERCEVAL
CARD_OK = {"any": ["card_held", "card_found", "neg:card_lost", "neg:card_stolen"]}
NOT_OFFLINE_ONLY = [{"all": ["payment_atm", "not:payment_online"]}, {"all": ["payment_shop", "not:payment_online"]}]
rule("PERCEVAL-CARTE-DETENUE", "PERCEVAL",
     {"all": [CARD_OK, {"any": ["payment_online", "saved_card", "unauthorised_payments", "refund_trick"]}],
      "none": [STOLEN, LOST, "card_handed", {"all": ["self_paid", "not:unauthorised_payments", "not:refund_trick"]}] + NOT_OFFLINE_ONLY}, 0.9,
     "paiements en ligne sans votre accord alors que la carte est toujours en votre possession (étape 2)",
     ["card_held", "payment_online", "unauthorised_payments"])
rule("PERCEVAL-COMPTE-MARCHAND", "PERCEVAL",
     {"all": ["account_hacked", {"any": ["saved_card", {"all": ["payment_online", "unauthorised_payments"]}]}],
      "none": ["contacts_asked_money", MONEY_ASKED, STOLEN, LOST]}, 0.85,
     "compte marchand piraté utilisé avec la carte enregistrée (décisions du guide)", ["account_hacked", "saved_card"])
rule("PERCEVAL-PAIEMENTS-EN-LIGNE", "PERCEVAL",
     {"all": ["unauthorised_payments", "payment_online"],
      "none": [STOLEN, LOST, "card_handed", "not_received", "theft", "contacts_asked_money", "self_paid"] + NOT_OFFLINE_ONLY}, 0.75,
     "paiements en ligne que vous n'avez pas faits, sans perte ni vol de la carte (étape 2)",
     ["unauthorised_payments", "payment_online"])
# --- step 3: THESEE
rule("THESEE-PIRATAGE-DEMANDE-ARGENT", "THESEE",
     {"all": ["account_hacked", {"any": ["contacts_asked_money", MONEY_ASKED, "blackmail"]}],
      "none": ["author_ex", "partner_violence", "no_money_asked"]}, 0.85,
     "compte piraté puis demande d'argent (étape 3)", ["account_hacked", "contacts_asked_money", "money_demanded"])
rule("THESEE-RANCONGICIEL", "THESEE",
     {"all": ["ransomware", {"any": ["money_demanded", "blackmail", "scam"]}]}, 0.85,
     "rançongiciel sur un appareil personnel (tableau du guide)", ["ransomware", "money_demanded"])
rule("THESEE-FAUX-SUPPORT", "THESEE",
     {"all": ["tech_support_scam", {"any": ["victim_paid", "money_demanded", "handed_over"]}]}, 0.8,
     "fausse alerte virus ou faux support technique payé à distance (décisions du projet)", ["tech_support_scam", "victim_paid"])
rule("THESEE-PROCHE-NOUVEAU-NUMERO", "THESEE",
     {"all": ["impersonation_relative", {"any": ["victim_paid", "handed_over", "money_demanded"]}], "none": [IN_PERSON, "card_handed"]}, 0.8,
     "message d'un faux proche (nouveau numéro) demandant de l'argent (étape 3)", ["victim_paid"])
rule("THESEE-FAUX-SITE", "THESEE",
     {"all": ["not_received", ONLINE], "none": [IN_PERSON, "author_named"]}, 0.85,
     "achat payé sur internet jamais reçu, vendeur ou site injoignable (étape 3)", ["not_received", "facts_online"])
rule("THESEE-PAIEMENT-SANS-CONTREPARTIE", "THESEE",
     {"all": ["victim_paid", {"any": ["vanished", "scam", "not_received", "fake_site", "self_paid"]}, {"any": ["facts_online", "never_met", "fake_site"]}],
      "none": [IN_PERSON, STOLEN, LOST, "author_named", "card_handed"]}, 0.8,
     "vous avez payé une personne connue seulement en ligne, qui a disparu ou vous a trompé (étape 3)",
     ["victim_paid", "vanished", "facts_online", "never_met"])
rule("THESEE-ESCROQUERIE-EN-LIGNE", "THESEE",
     {"all": [{"any": ["scam", MONEY_ASKED, "blackmail", "fake_site"]}, {"any": ["facts_online", "never_met", "fake_site"]}],
      "none": [IN_PERSON, STOLEN, LOST, "account_hacked", "violence", "weapon", "card_handed", "identity_theft", "author_named",
               {"all": ["fake_adviser", "handed_over", "not:facts_online"]}]}, 0.75,
     "escroquerie ou chantage sur internet par une personne jamais rencontrée (étape 3)",
     ["scam", "money_demanded", "facts_online", "never_met"])
# --- facts abroad (table) before step 4
rule("COMMISSARIAT-ETRANGER", "COMMISSARIAT", {"all": [ABROAD, {"any": ["theft", "card_stolen", "violence", "damage", "burglary", "scam"]}],
                                                 "none": ["facts_online"]}, 0.75,
     "faits commis à l'étranger (tableau du guide)", ["abroad"])
# --- step 4: PEL
rule("PEL-ESCROQUERIE-HORS-INTERNET", "PEL",
     {"all": [{"any": ["scam", "fake_adviser", "cash_paid", "card_handed"]}, {"any": ["handed_over", "met_in_person", "cash_paid", "card_handed", "theft"]}],
      "none": ["author_named", ABROAD, "violence", "weapon", "injury", "account_hacked", "identity_theft"]}, 0.7,
     "escroquerie hors internet (remise d'argent, de la carte ou de biens), auteur inconnu (étape 4)",
     ["fake_adviser", "handed_over", "met_in_person", "scam"])
rule("PEL-VOL", "PEL",
     {"all": [{"any": ["theft", "burglary", "card_stolen"]}],
      "none": ["author_named", ABROAD, "violence", "weapon", "injury", LOST,
               "author_partner", "author_ex", "family_violence", "account_hacked", "identity_theft"]}, 0.8,
     "vol ou cambriolage en France par un auteur que vous ne pouvez pas nommer (étape 4)",
     ["burglary", "card_stolen", "theft", "author_unknown"])
rule("PEL-DEGRADATION", "PEL",
     {"all": [{"any": ["damage", "hit_and_run"]}],
      "none": ["author_named", ABROAD, "violence", "weapon", "injury", "hate", "author_ex", "threat"]}, 0.75,
     "dégradation ou délit de fuite sans blessé, auteur inconnu (étape 4)", ["damage", "hit_and_run", "vehicle", "author_unknown"])
# --- step 5: PHAROS
rule("PHAROS-CONTENU-PUBLIC", "PHAROS",
     {"all": ["public_content", {"any": ["hate", "threat", "illegal_content"]}],
      "none": PERSONAL + ["handed_over"]}, 0.7,
     "contenu public illicite vu en ligne, qui ne vous vise pas personnellement (étape 5)",
     ["public_content", "hate", "threat"])
# --- step 6: COMMISSARIAT
rule("COMMISSARIAT-CARTE-PERDUE", "COMMISSARIAT", {"all": [LOST]}, 0.75,
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
doc = {"version": "2026.12.2",
       "description": "The guide's decision procedure as ordered rules over signals and form fields. The first rule whose condition holds decides. Atoms: 'signal' (present), 'not:signal' (not present), 'neg:signal' (explicitly negated), 'form:field=value'. Conditions: 'all' (every item), 'any' (at least one), 'none' (no item); items are atoms or nested conditions.",
       "form_fields": {"auteur_connu": {"oui": {"set": ["author_named"]}, "non": {"unset": ["author_named"], "set": ["author_unknown"]}},
                       "faits_en_ligne": {"oui": {"set": ["facts_online"]}, "non": {"unset": ["facts_online", "never_met"], "set": ["met_in_person"]}},
                       "victime_mineure": {"oui": {"set": ["victim_minor"]}, "non": {"unset": ["victim_minor"]}}},
       "rules": R}
json.dump(doc, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(R))
