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
MONEY_ASKED = {"any": ["pay_or_else", {"all": ["money_demanded", "not:no_money_asked"]}]}
NAMED = {"all": ["author_named", "not:self_named", "not:fake_identity"]}
STOLEN = {"all": ["card_stolen", "not:card_found", "not:card_not_stolen", {"any": ["not:card_lost", "not:theft_doubt"]}]}
LOST = {"all": ["card_lost", "not:card_found", {"any": ["not:card_stolen", "theft_doubt"]}]}
ABROAD = {"all": ["abroad", "not:in_france"]}
HURT = {"all": ["injury", "not:no_injury"]}
VIOLENT = {"all": ["violence", "not:no_violence"]}
ARMED = {"all": ["weapon", {"any": ["threat", "violence", "in_progress", "author_present"]}]}
PUBLIC_WITNESS = {"all": ["public_content", "not:targeted_me", {"any": ["illegal_content", "not_targeted"]}]}
PERSONAL_PAY = {"all": ["unauthorised_payments", {"any": ["card_held", "saved_card", "card_stolen", "card_lost"]}]}
PERSONAL = ["targeted_me", {"all": ["victim_paid", "not:nothing_lost"]}, "account_hacked", "partner_violence",
            "identity_theft", PERSONAL_PAY, "card_held"]
# public online content that does not target the writer: PHAROS's witness, not PNAV's victim
WITNESS_PUBLIC = {"all": ["not:targeted_me", {"any": ["public_content", {"all": ["illegal_content", "facts_online"]},
                                                       {"all": ["not_targeted", "facts_online"]}]}]}

# --- exceptions the guide's table places before step 1
rule("THESEE-SEXTORSION-ADULTE", "THESEE",
     {"all": [{"any": ["sexual", "intimate_images", "exposure_threat"]}, {"any": [MONEY_ASKED, {"all": ["exposure_threat", "victim_paid"]}]},
              {"any": ["facts_online", "never_met", "exposure_threat"]}],
      "none": [MINOR, "author_ex", "partner_violence", "victim_company"]},
     0.85, "chantage sexuel en ligne par un inconnu qui demande de l'argent, victime majeure (tableau du guide)",
     ["intimate_images", "sexual", "money_demanded", "facts_online"])
# --- step 5 before step 1 for witnesses: PNAV needs facts aimed at the writer
rule("PHAROS-TEMOIN", "PHAROS",
     {"all": ["not_targeted", {"any": ["public_content", "illegal_content", "fake_site"]}],
      "none": PERSONAL + ["handed_over", "burglary", "card_stolen", "pay_or_else", "blackmail", "author_ex", IN_PERSON]}, 0.8,
     "contenu public vu en ligne dont vous êtes témoin, sans en être la cible (étape 5)",
     ["public_content", "illegal_content", "not_targeted"])
rule("PHAROS-ARNAQUE-TEMOIN", "PHAROS",
     {"all": [{"any": ["scam", "fake_site", "illegal_content"]}, "nothing_lost", {"any": ["facts_online", "public_content"]}],
      "none": ["targeted_me", "account_hacked", PERSONAL_PAY, "card_held", "identity_theft", "transfer_made", "handed_over",
               "exposure_threat", "pay_or_else", "blackmail", "ransomware", "intimate_images", "victim_company", "author_ex", "partner_violence", IN_PERSON]}, 0.75,
     "site ou annonce frauduleux vu en ligne, sans rien perdre : signalement (décisions du guide)",
     ["fake_site", "scam", "nothing_lost"])
# a fake site, ad or fundraiser described with no sign of any personal loss or contact: a witness report
NO_PERSONAL_LOSS = ["victim_paid", "transfer_made", "handed_over", "codes_given", "card_handed", "not_received", "vanished", "money_demanded",
                    "pay_or_else", "blackmail", "targeted_me", "account_hacked", "unauthorised_payments", "payment_online", "identity_theft",
                    "exposure_threat", "intimate_images", "ransomware", "tech_support_scam", "fake_adviser", "impersonation_relative",
                    "card_held", "card_stolen", "card_lost", "met_in_person", "cash_paid", "theft", "victim_company", "never_met",
                    "refund_trick", "saved_card", "contacts_asked_money", "author_ex", "author_partner"]
rule("PHAROS-ARNAQUE-VUE", "PHAROS",
     {"any": ["fake_site", {"all": ["scam", "public_content"]}], "none": NO_PERSONAL_LOSS}, 0.7,
     "faux site, fausse annonce ou fausse cagnotte décrits sans aucune perte ni contact personnel : signalement de témoin (décisions du guide)",
     ["fake_site", "scam", "public_content"])
rule("PHAROS-CONTENU-ILLICITE", "PHAROS",
     {"all": ["illegal_content", {"any": ["public_content", "facts_online", "not_targeted"]}],
      "none": PERSONAL + ["handed_over", "author_partner", "author_colleague"]}, 0.8,
     "contenu public illicite vu en ligne, qui ne vous vise pas personnellement (étape 5)",
     ["illegal_content", "public_content"])
# --- step 1: PNAV
rule("PHAROS-SUICIDE-EN-LIGNE", "PHAROS",
     {"all": ["public_suicide", {"any": ["public_content", "facts_online"]}], "none": PERSONAL + [MONEY_ASKED, "harassment"]}, 0.8,
     "annonce publique de suicide vue en ligne (décisions du guide)", ["public_suicide", "public_content"])
rule("PNAV-VIOLENCES-CONJUGALES", "PNAV", {"all": ["partner_violence"], "none": ["not_partner", "partner_victim"]}, 0.9,
     "violences, menaces ou contrôle d'un conjoint ou ex-conjoint (étape 1)", ["partner_violence"])
rule("PNAV-EX-CONJOINT", "PNAV",
     {"none": [{"all": ["not_targeted", WITNESS_PUBLIC, "not:harassment"]}, "not_partner"],
      "all": ["author_ex", {"any": ["threat", "violence", "harassment", "repeated", "damage", "insult", "intimate_images", "sexual",
                                     "account_hacked", "money_demanded", "blackmail", "identity_theft", "exposure_threat",
                                     "weapon", "author_present", "coercive_control", "defamation", "targeted_me", "public_content"]}]}, 0.85,
     "menaces, harcèlement, dégradations ou contrôle par un ex-conjoint (étape 1, décisions du projet)", ["author_ex"])
rule("PNAV-CONTROLE-COERCITIF", "PNAV", {"all": ["coercive_control", {"any": ["author_partner", "author_ex", "separation"]}]}, 0.85,
     "contrôle de votre argent, de votre téléphone ou de vos sorties par un conjoint ou ex-conjoint (décisions du projet)",
     ["coercive_control", "author_partner"])
rule("PNAV-CONJOINT-CONTEXTE", "PNAV",
     {"all": ["author_partner", {"any": ["violence", "weapon", "threat", "domestic_hideout", HURT]}],
      "none": ["author_unknown", "theft", "author_colleague", "author_neighbour", "hate", "discrimination", "not_partner", "partner_victim"]}, 0.75,
     "violences ou menaces dans le couple (étape 1)", ["author_partner", "violence", "threat"])
rule("PNAV-VIOLENCES-DOMESTIQUES", "PNAV",
     {"all": ["domestic_hideout", {"any": ["violence", "threat", "weapon"]}], "none": ["author_unknown", "burglary"]}, 0.7,
     "violences au domicile par un proche (étape 1)", ["domestic_hideout", "violence"])
rule("PNAV-FAMILLE-CONTEXTE", "PNAV",
     {"all": ["author_family", {"any": ["violence", "weapon", "threat", "coercive_control", "domestic_hideout"]}],
      "none": ["author_unknown", "author_colleague", {"all": ["author_neighbour", "not:weapon"]}, "theft", "burglary", "public_content", "former_family", "not_partner"]}, 0.7,
     "violences ou menaces d'un membre de la famille (étape 1, décisions du projet)", ["author_family", "violence", "threat"])
rule("PNAV-IMAGES-EX", "PNAV", {"all": [{"any": ["author_ex", "author_partner"]}, {"any": ["intimate_images", "sexual"]}]}, 0.9,
     "images intimes ou faits sexuels impliquant un conjoint ou ex-conjoint (étape 1)", ["intimate_images", "sexual", "author_ex", "author_partner"])
rule("PNAV-CHANTAGE-MINEUR", "PNAV",
     {"all": [MINOR, {"any": ["exposure_threat", "intimate_images", "sexual", {"all": ["pay_or_else", "targeted_me"]}]}, {"any": ["blackmail", "money_demanded", "pay_or_else", "threat"]}]}, 0.85,
     "chantage à caractère sexuel visant un mineur (étape 1)", ["victim_minor", "intimate_images"])
rule("PNAV-GROOMING", "PNAV",
     {"all": [MINOR, "asks_photos", {"any": ["facts_online", "author_unknown", "sexual"]}],
      "none": [{"all": ["public_content", "not_targeted"]}, "account_hacked", MONEY_ASKED]}, 0.8,
     "un adulte demande des photos à un mineur (décisions du projet)", ["asks_photos", "victim_minor"])
rule("PNAV-VIOLENCES-SEXUELLES", "PNAV", {"all": [{"any": ["sexual", "intimate_images", "nonconsensual",
                                                          {"all": ["body_contact", "not:theft", "not:card_stolen"]}]}], "none": ["police_misconduct", WITNESS_PUBLIC]}, 0.85,
     "faits à caractère sexuel ou sexiste, ou images intimes (étape 1)", ["sexual", "intimate_images", "victim_minor"])
rule("PNAV-VIOLENCES-FAMILIALES", "PNAV", {"all": ["family_violence"], "none": ["former_family", "author_unknown", "not_partner"]}, 0.8,
     "violences ou menaces au sein de la famille (étape 1)", ["family_violence"])
rule("PNAV-HAINE", "PNAV", {"any": ["hate", "discrimination"], "none": ["police_misconduct", WITNESS_PUBLIC]}, 0.8,
     "propos ou actes haineux ou discriminatoires qui vous visent (étape 1)", ["hate", "targeted_me"])
rule("PNAV-HARCELEMENT", "PNAV",
     {"any": ["harassment", {"all": ["repeated", {"any": ["insult", "threat", "targeted_me", "violence", "money_demanded",
                                                          "exposure_threat", "sexual"]}],
                             "none": ["identity_theft", "parcel_stolen", "ransomware", "card_held",
                                      {"all": ["theft", "not:violence", "not:threat", "not:blackmail", "not:injury", "not:insult", "not:domestic_hideout"]}]}],
      "none": ["police_misconduct", "unauthorised_payments", "not_received", "single_event", "single_event_stated", "payment_online", "victim_paid",
               "account_hacked", "card_stolen", "burglary", WITNESS_PUBLIC]}, 0.8,
     "harcèlement ou faits répétés qui vous visent (étape 1)", ["harassment", "repeated", "insult", "threat"])
# --- business victims: COMMISSARIAT before steps 2 to 4 (FD, project decisions)
rule("COMMISSARIAT-ENTREPRISE", "COMMISSARIAT",
     {"any": [{"all": ["victim_company", {"any": OFFENCE}]}, {"all": ["ransomware", "org_network"]}], "none": ["private_person"]}, 0.8,
     "la victime est une entreprise ou une association (décisions du guide)", ["victim_company"])
# --- step 2: PERCEVAL
CARD_OK = {"any": ["card_held", "card_found", "neg:card_lost", "neg:card_stolen", "neg:card_handed"]}
NOT_OFFLINE_ONLY = [{"all": ["payment_atm", "not:payment_online"]}, {"all": ["payment_shop", "not:payment_online"]}]
rule("PERCEVAL-CARTE-DETENUE", "PERCEVAL",
     {"all": [CARD_OK, {"any": ["payment_online", "saved_card", "unauthorised_payments", "refund_trick"]}],
      "none": [STOLEN, LOST, "card_handed", {"all": ["self_paid", "not:unauthorised_payments", "not:refund_trick"]},
               {"all": ["theft", "not:card_held", "not:card_not_stolen"]}] + NOT_OFFLINE_ONLY}, 0.9,
     "paiements en ligne sans votre accord alors que la carte est toujours en votre possession (étape 2)",
     ["card_held", "payment_online", "unauthorised_payments"])
rule("PERCEVAL-FAUX-CONSEILLER", "PERCEVAL",
     {"all": [{"any": ["fake_adviser", "scam", "refund_trick"]}, {"any": ["codes_given", "refund_trick"]}, "payment_online"],
      "none": ["card_handed", STOLEN, LOST, "transfer_made", "victim_company", {"all": ["self_paid", "not:unauthorised_payments"]}] + NOT_OFFLINE_ONLY}, 0.8,
     "faux conseiller ou faux lien : numéros ou codes donnés, paiements en ligne, carte conservée (tableau du guide)",
     ["fake_adviser", "payment_online"])
rule("PERCEVAL-VALIDATION-PIEGE", "PERCEVAL",
     {"all": ["refund_trick", {"any": ["facts_online", "fake_adviser", "scam", "codes_given"]}],
      "none": ["card_handed", STOLEN, LOST, "transfer_made", "victim_company", "account_hacked"] + NOT_OFFLINE_ONLY}, 0.75,
     "paiement validé sur l'appli en croyant annuler une fraude ou recevoir un remboursement (décisions du projet)",
     ["refund_trick", "payment_online"])
rule("PERCEVAL-COMPTE-MARCHAND", "PERCEVAL",
     {"all": ["account_hacked", {"any": ["saved_card", {"all": ["payment_online", "unauthorised_payments"]}]}],
      "none": ["contacts_asked_money", MONEY_ASKED, STOLEN, LOST]}, 0.85,
     "compte marchand piraté utilisé avec la carte enregistrée (décisions du guide)", ["account_hacked", "saved_card"])
rule("PERCEVAL-PAIEMENTS-EN-LIGNE", "PERCEVAL",
     {"all": ["unauthorised_payments", "payment_online"],
      "none": [STOLEN, LOST, "card_handed", "not_received", "theft", "contacts_asked_money", "self_paid"] + NOT_OFFLINE_ONLY}, 0.75,
     "paiements en ligne que vous n'avez pas faits, sans perte ni vol de la carte (étape 2)",
     ["unauthorised_payments", "payment_online"])
rule("COMMISSARIAT-CARTE-CLONEE", "COMMISSARIAT",
     {"all": [CARD_OK, {"any": ["payment_shop", "payment_atm"]}, "not:payment_online"], "none": [STOLEN, "card_handed"]}, 0.75,
     "carte toujours détenue mais utilisée en magasin ou au distributeur : PERCEVAL ne couvre que les achats en ligne (tableau du guide)",
     ["card_held", "payment_shop", "payment_atm"])
# --- step 3: THESEE
rule("THESEE-PIRATAGE-DEMANDE-ARGENT", "THESEE",
     {"all": ["account_hacked", {"any": [{"all": ["contacts_asked_money", "not:contacts_not_asked"]}, MONEY_ASKED]}],
      "none": ["author_ex", "partner_violence"]}, 0.85,
     "compte piraté puis demande d'argent (étape 3)", ["account_hacked", "contacts_asked_money", "money_demanded"])
rule("THESEE-RANCONGICIEL", "THESEE",
     {"all": ["ransomware", {"any": ["money_demanded", "blackmail", "scam"]}]}, 0.85,
     "rançongiciel sur un appareil personnel (tableau du guide)", ["ransomware", "money_demanded"])
rule("THESEE-FAUX-SUPPORT", "THESEE",
     {"all": ["tech_support_scam", {"any": ["victim_paid", "money_demanded", "handed_over", "self_paid"]}]}, 0.8,
     "fausse alerte virus ou faux support technique payé à distance (décisions du projet)", ["tech_support_scam", "victim_paid"])
rule("THESEE-PROCHE-NOUVEAU-NUMERO", "THESEE",
     {"all": ["impersonation_relative", {"any": ["victim_paid", "handed_over", "money_demanded"]}], "none": [IN_PERSON, "card_handed"]}, 0.8,
     "message d'un faux proche (nouveau numéro) demandant de l'argent (étape 3)", ["victim_paid"])
rule("THESEE-FAUX-SITE", "THESEE",
     {"all": ["not_received", ONLINE], "none": [IN_PERSON, "author_known_personally", "parcel_stolen", "identity_theft"]}, 0.85,
     "achat payé sur internet jamais reçu, vendeur ou site injoignable (étape 3)", ["not_received", "facts_online"])
rule("THESEE-PAIEMENT-SANS-CONTREPARTIE", "THESEE",
     {"all": ["victim_paid", {"any": ["vanished", "scam", "not_received", "fake_site", "self_paid"]}, {"any": ["facts_online", "never_met", "fake_site"]}],
      "none": [IN_PERSON, STOLEN, LOST, "author_known_personally", "card_handed", "parcel_stolen", "identity_theft", "defamation", {"all": ["fake_adviser", "transfer_made", "not:never_met"]}]}, 0.8,
     "vous avez payé une personne connue seulement en ligne, qui a disparu ou vous a trompé (étape 3)",
     ["victim_paid", "vanished", "facts_online", "never_met"])
rule("THESEE-ARGENT-INCONNU-EN-LIGNE", "THESEE",
     {"all": ["victim_paid", "never_met", "facts_online"],
      "none": [IN_PERSON, STOLEN, LOST, "author_known_personally", "card_handed", "parcel_stolen", PERSONAL_PAY, {"all": ["fake_adviser", "transfer_made", "not:never_met"]}]}, 0.75,
     "vous avez payé une personne connue seulement en ligne, qui a disparu ou vous a trompé (étape 3)",
     ["victim_paid", "vanished", "facts_online", "never_met"])
rule("THESEE-ESCROQUERIE-EN-LIGNE", "THESEE",
     {"all": [{"any": ["scam", MONEY_ASKED, "blackmail", "fake_site"]}, {"any": ["facts_online", "never_met", "fake_site"]}],
      "none": [IN_PERSON, STOLEN, LOST, "account_hacked", "violence", "weapon", "card_handed", "identity_theft", "author_known_personally", "defamation",
               {"all": ["fake_adviser", "transfer_made", "not:never_met"]}]}, 0.75,
     "escroquerie ou chantage sur internet par une personne jamais rencontrée (étape 3)",
     ["scam", "money_demanded", "facts_online", "never_met"])
# --- facts abroad (table) before step 4
rule("COMMISSARIAT-ETRANGER", "COMMISSARIAT", {"all": [ABROAD, {"any": ["theft", "card_stolen", "violence", "damage", "burglary"]}]}, 0.75,
     "faits commis à l'étranger (tableau du guide)", ["abroad"])
# --- step 4: PEL
rule("PEL-ESCROQUERIE-HORS-INTERNET", "PEL",
     {"all": [{"any": ["scam", "fake_adviser", "card_handed", "fake_goods"]}, {"any": ["handed_over", "transfer_made", "met_in_person", "cash_paid", "card_handed", "theft", "fake_goods"]}],
      "none": [NAMED, ABROAD, VIOLENT, ARMED, HURT, "account_hacked", "identity_theft", "defamation",
               {"all": ["card_held", "not:card_handed"]}]}, 0.7,
     "escroquerie hors internet (remise d'argent, de la carte ou de biens), auteur inconnu (étape 4)",
     ["fake_adviser", "handed_over", "met_in_person", "scam"])
rule("PEL-REMISE-EN-PERSONNE", "PEL",
     {"all": [IN_PERSON, {"any": ["vanished", "not_received", "scam", "fake_site", "fake_goods"]}],
      "none": [NAMED, "author_known_personally", ABROAD, VIOLENT, ARMED, HURT, "account_hacked", "identity_theft", "defamation",
               "victim_company", {"all": ["card_held", "not:card_handed"]}]}, 0.7,
     "biens ou argent remis en personne à un escroc (annonce, démarchage) dont vous ne connaissez pas le nom (tableau du guide)",
     ["met_in_person", "cash_paid", "vanished"])
rule("PEL-VOL", "PEL",
     {"all": [{"any": ["theft", "burglary", "card_stolen", "parcel_stolen"]}],
      "none": [NAMED, ABROAD, VIOLENT, ARMED, HURT, LOST,
               "author_ex", "family_violence", "account_hacked", "identity_theft", PUBLIC_WITNESS, "defamation"]}, 0.8,
     "vol ou cambriolage en France par un auteur que vous ne pouvez pas nommer (étape 4)",
     ["burglary", "card_stolen", "theft", "author_unknown"])
rule("PEL-DEGRADATION", "PEL",
     {"all": [{"any": ["damage", "hit_and_run"]}],
      "none": [NAMED, ABROAD, VIOLENT, ARMED, HURT, "hate", "author_ex", "threat", PUBLIC_WITNESS]}, 0.75,
     "dégradation ou délit de fuite sans blessé, auteur inconnu (étape 4)", ["damage", "hit_and_run", "vehicle", "author_unknown"])
# --- step 5: PHAROS
rule("PHAROS-CONTENU-PUBLIC", "PHAROS",
     {"all": [{"any": ["public_content", {"all": ["not_targeted", "facts_online"]}]},
              {"any": ["hate", "threat", "illegal_content", "violence", "insult", "weapon", "sexual", "intimate_images", "harassment",
                       "public_suicide", "suicide", "fake_site", "damage"]}],
      "none": PERSONAL + ["handed_over", MONEY_ASKED]}, 0.7,
     "contenu public illicite vu en ligne, qui ne vous vise pas personnellement (étape 5)",
     ["public_content", "hate", "threat"])
# --- step 6: COMMISSARIAT
rule("COMMISSARIAT-CARTE-PERDUE", "COMMISSARIAT", {"all": [LOST]}, 0.75,
     "carte ou téléphone perdu puis utilisé : ni volé (PEL) ni en votre possession (PERCEVAL)", ["card_lost"])
rule("COMMISSARIAT-VIOLENCES", "COMMISSARIAT", {"any": [VIOLENT, "weapon", HURT, "threat"]}, 0.7,
     "violences, menaces ou blessures par une personne hors du cercle familial (étape 6)",
     ["violence", "weapon", "injury", "threat"])
rule("COMMISSARIAT-USURPATION", "COMMISSARIAT", {"any": ["identity_theft"]}, 0.75,
     "usurpation d'identité (tableau du guide)", ["identity_theft"])
rule("COMMISSARIAT-PIRATAGE", "COMMISSARIAT", {"any": ["account_hacked"]}, 0.7,
     "compte piraté sans demande d'argent (tableau du guide)", ["account_hacked"])
rule("COMMISSARIAT-AUTEUR-CONNU", "COMMISSARIAT", {"all": [NAMED]}, 0.65,
     "vous pouvez nommer l'auteur (étape 6)", ["author_named"])
rule("COMMISSARIAT-INJURE", "COMMISSARIAT", {"any": ["insult", "defamation"]}, 0.6,
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
