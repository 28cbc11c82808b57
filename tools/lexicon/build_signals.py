"""Authoring script for the signal lexicon: writes resource/signals_fr.json.

Patterns are easier to write and review as Python raw strings than as JSON; the JSON file
is what the plugin reads and what model manifests record. Edit here, then run
``python tools/lexicon/build_signals.py`` from the repository root and commit both files.

Conventions (see the extractor): patterns run on folded text (lower case, no accents,
straight apostrophes). Every pattern starts with literal words or an alternation of
literal words, so that the extractor only tries it where one of those words begins;
never start with \\b, a character class, \\w, \\d, an optional group or a look-behind.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "resource" / "signals_fr.json"
import json
NEG = ["pas", "pa", "jamais", "jamai", "aucun", "aucune", "sans", "rien", "ni", "nullement", "non"]
S = []
def sig(id, fact, patterns, keys=(), negatable=True, group=""):
    S.append({"id": id, "group": group, "fact": fact, "keys": list(keys), "negatable": negatable, "patterns": patterns})

# Speed: the extractor tries a pattern at every occurrence of the words it can start with.
# Patterns therefore start with content words (carte, vole, voisin...), not with frequent
# function words (a, je, la, pas, il, mon...), unless the function word is what carries the
# fact; keep it that way when adding patterns.
def after(dets, nouns):
    """Nouns anchored on themselves, each checked against the determiners before it with
    fixed-width look-behinds ("mon pere", "ma fille"): the extractor then tries the pattern
    at the (rare) noun instead of at every (frequent) determiner."""
    return "(?:" + "|".join(n + r"\b(?:" + "|".join("(?<=%s %s)" % (d, n) for d in dets) + ")" for n in nouns) + ")"
DETS = ["mon", "ma", "mes", "notre", "nos", "son", "sa", "ses"]
# ---------------------------------------------------------------- shared vocabulary
CARDW = r"(?:carte|cartes|cb|e-carte)"
CONTAINER = (r"(?:portefeuille|porte-?feuille|porte-?monnaie|porte-?cartes?|sac|sacs|sac a main|sac a dos|poche|tiroir|coque|"
             r"veste|pochette|bureau|sacoche|etui|jean|manteau|boite|boite a bijoux|secretaire|chambre|cabas|blouse|main|mains|boite a gants|coffre|coffre-fort|casier|enveloppe|placard|armoire)")
HELD = (r"(?:avec moi|avec elle|avec lui|avec nous|sur moi|sur elle|sur lui|sur nous|chez moi|chez elle|chez lui|chez nous|"
        r"a la maison|en ma possession|en sa possession|en notre possession|en main|entre les mains|entre mes mains|"
        r"dans (?:mon|ma|son|sa|le|la|mes|ses) (?:\w+ )?" + CONTAINER + r"|"
        r"(?:toujours|encore|bien) dedans|(?:est|etait) (?:bien |toujours |encore )?(?:la|ici)(?=\s*(?:[,.;!?]|$|avec|dans|et|je|elle|chez))|"
        r"ici avec moi|rangee?|jamais (?:quitte\w*|perdue?|pretee?|sortie?|lachee?|donnee?)|ne (?:me|m'|l'|la|le|les) quitte|"
        r"(?:n'a|n a|a) (?:jamais|pas) (?:quitte|bouge|ete (?:perdue|volee|sortie))|(?:a|ont) pas bouge|pas bouge|"
        r"n'en (?:est|bouge) (?:jamais|pas)|n'en bouge pas|dort dans|je l'ai|jlai|je lai|elle l'a|il l'a|n'a quitte|n'ont quitte|n'a pas quitte|quitte (?:pas|jamais)|intacte)")
# ---------------------------------------------------------------- card and payments
sig("card_held", "votre carte est toujours en votre possession", [
    CARDW + r"\b(?! d'identite| vitale| grise| sim| de visite| cadeau| de fidelite| de transport| navigo)[^.;!?]{0,70}?" + HELD + r"(?! ?(?:perdu|egare|oublie|donne|prete|laisse|remis|fait tomber|retrouv|plus|pas))",
    r"(?:toujours|encore|tjrs|tjs|chacun|chacune) (?:ma|sa|la|mes|ses|notre|nos|leur) (?:carte|cb|cartes)\b|(?:carte|cb)\b(?:(?<=j'ai la carte)|(?<=j'ai ma carte)|(?<=jai la carte)|(?<=jai ma carte)|(?<=j'ai sa carte)|(?<=il a sa carte)|(?<=elle a sa carte)|(?<=j'ai la cb)|(?<=j'ai ma cb)|(?<=jai ma cb)|(?<=a encore sa carte))(?! (?:bloquee|volee|perdue|qui|a ete|ete))",
    r"(?:jai|jlai|lai|jl'ai) (?:toujours|encore|tjrs|tjs)\b|jai (?:ma|sa|la) (?:carte|cb)\b|lai (?:toujours|encore|tjrs|tjs)\b",
    r"jamais (?:lachee|quittee|pretee|prete|perdue|sortie de)|(?:lachee|quittee) (?:une seconde|jamais)",
    r"(?:toujours|encore) (?:a moi|avec moi|sur moi|chez moi|dans (?:mon|ma|son|sa) " + CONTAINER + r")|personne d'autre n'a acces|(?:rien|jamais rien) remis a personne|personne n'est venu (?:la |le )?(?:chercher|chez)|(?:pretee?|remise?) a personne(?! d'autre que)",
    r"(?:perdue|volee),? ni (?:volee|perdue|pretee)|(?:carte|cb)\b[^.;!?]{0,20}?posee (?:sur|devant|a cote)|elle (?:est|etait) (?:toujours |bien |encore )?(?:la,? )?(?:dans|sur) (?:la|ma|mon|le|son|sa) (?:poche|portefeuille|porte-?feuille|sac|porte-?cartes|etui|sacoche|veste|blouse|tiroir)",
    r"(?:card is with me|i have my card|card with me)",
], negatable=False, group="card")
sig("card_found", "la carte crue perdue ou volée a été retrouvée", [
    r"retrouvee\b(?<!pas retrouvee)(?<!plus retrouvee)(?<!jamais retrouvee)|retrouve\b(?:(?<=je la retrouve)|(?<=je le retrouve)|(?<=je l'ai retrouve))",
    r"(?:carte|cb|portefeuille|porte-?cartes)\b[^.;!?]{0,40}?(?<!plus )(?<!pas )retrouvee?s?\b",
    r"(?:finalement|fait\b(?<=en fait)) (?:elle|il) (?:etait|est) (?:dans|la|coince)",
], negatable=False, group="card")
sig("card_stolen", "votre carte ou votre portefeuille a été volé", [
    r"(?:vol|vole|volee|voles|volees|derobe|derobee|arrache|arrachee|pique|piquee|subtilise|subtilisee|chourave|pris|prise|garde|echange|echangee)\b(?! (?:mon|ton|son|le|leur) compte)(?<!je garde)(?<!la garde)(?<!personne ne m'a vole)(?<!personne ne l'a vole)(?<!personne ne l'a volee)(?<!personne ne me l'a prise)[^.;!?]{0,40}?(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|porte-?cartes|sac a main|sac)\b",
    r"(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|porte-?cartes|sac a main)s?\b[^.;!?]{0,40}?(?:vole|volee|voles|volees|derobe|derobee|arrache|arrachee|pique|piquee|subtilise|subtilisee|m'a ete prise?|a ete prise?|n'y (?:etait|est) plus|n'etait plus|avait ete sorti|a disparu|avait disparu)",
    r"prise?\b(?:(?<=me l'a prise)|(?<=me l'ont prise)|(?<=on l'a prise)|(?<=me l'a pris)|(?<=on l'a pris)) dans (?:la|ma|mon|le|son|sa) (?:poche|sac|portefeuille|porte-?feuille|porte-?monnaie|porte-?cartes|veste|sacoche|blouson|manteau)|prend\b[^.;!?]{0,20}?dans (?:mon|ma|son|sa) (?:chariot|caddie|sac|poche|cabas|veste)",
    r"(?:cru|croyais|pensais) (?:l'avoir |avoir )(?:perdu|egare)\w*[^.;!?]{0,60}?(?:mais|en fait)",
    r"plus de (?:carte|cb|portefeuille)\b",
], group="card")
sig("card_not_stolen", "la carte n'a pas été volée", [
    r"(?:volee|vole)\b(?:(?<=pas ete volee)|(?<=pas ete vole)|(?<=ni volee)|(?<=jamais ete volee))|prise?\b(?:(?<=personne ne me l'a prise)|(?<=personne me l'a prise)|(?<=personne ne me l'a pris)|(?<=personne ne l'a prise))|(?:arrache|fouille|vole|pris)\b(?:(?<=personne ne lui a arrache)|(?<=personne ne m'a arrache)|(?<=personne ne lui a vole)|(?<=personne ne lui a pris))|sans toucher a (?:mon|son|ma|sa) (?:sac|portefeuille|carte)",
], negatable=False, group="card")
sig("theft_doubt", "la personne a cru à un vol mais pense plutôt à une perte", [
    r"(?:cru|croyais|pensais|dit|disais|repete)[^.;!?]{0,40}?(?:vol\w*|pris|pique|piquee)[^.;!?]{0,60}?(?:en fait|mais|finalement)",
], negatable=False, group="card")
LOSS_A = r"(?:perdu(?<!si j'avais perdu)|perdue|perdus|egare|egaree|paume|paumee|oublie|oubliee|introuvable|probablement tombee?)"
LOSS = r"(?:perdu|perdue|perdus|egare|egaree|paume|paumee|oublie|oubliee|laisse tomber|fait tomber|faire tomber|tombe de ma poche|plus retrouve|plus retrouvee|impossible de (?:la |le )?retrouver|introuvable|probablement tombee?)"
sig("card_lost", "votre carte (ou votre téléphone) a été perdue, pas volée", [
    LOSS_A + r"[^.;!?]{0,40}?(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|chequier|telephone|portable|iphone|smartphone|tel\b|sac)",
    r"(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|chequier|telephone|portable|iphone|smartphone|sac)s?\b[^.;!?]{0,30}?" + LOSS,
    r"(?:perte|pertes) (?:de|du|d'un|de mon|de ma) (?:carte|cb|portefeuille|chequier|telephone|portable)|(?:perdu|perdue|oublie|oubliee|egare|egaree)\b(?:(?<=je l'ai perdu)|(?<=je l'ai perdue)|(?<=l'a oublie)|(?<=l'a oubliee)|(?<=l'ai oublie)|(?<=l'ai oubliee)|(?<=l'avais oublie)|(?<=l'avait oublie)|(?<=l'ai egaree)|(?<=l'ai egare))(?! de vue)",
    r"(?:oublie|laisse)\w* (?:dans|sur) (?:le|un) (?:taxi|train|bus|vtc|uber)",
    r"(?:du|doit etre) (?:la |le |les )?(?:faire tomber|tomber|perdre|l'oublier|oublier)|fait tomber (?:ma|mon|la|le|en|dans|quelque part|au|a)|personne ne (?:me )?l'a (?:prise?|volee?)",
], group="card")
MERCH = (r"(?:amazon|amzn|aliexpress|cdiscount|shein|temu|paypal|uber ?eats|uber|deliveroo|apple|apple\.com|app store|itunes|google play|netflix|spotify|"
         r"steam|zalando|booking|airbnb|ebay|wish|playstation|psn|xbox|fnac|fnac\.com|darty|asos|fortnite|roblox|disney|"
         r"canal\+|deezer|wizz|ryanair|sncf|sncf connect|binance|coinbase|just eat|prime video|boulanger|sephora|nike|adidas|redoute|veepee|samsung|"
         r"drive|casino en ligne|paris sportifs|paris en ligne|jeux en ligne|jeu mobile|vpn|streaming|play store|appstore|e-carte)")
PAY = (r"(?:achat|achats|paiement|paiements|payement|debit|debits|prelevement|prelevements|transaction|transactions|commande|commandes|"
       r"operation|operations|depense|depenses|abonnement|abonnements|montant|montants|reservation|reservations|recharges?|depots?|courses)")
sig("payment_online", "les paiements ont été faits en ligne", [
    PAY + r"[^.;!?]{0,60}?(?:en ligne|sur internet|internet|sur (?:des |un |le |les |plusieurs |deux |trois |d'autres )?sites?|sur le net|online|a distance|e-commerce|web|dans (?:un|une|l')? ?(?:appli|application|jeu)|" + MERCH + r")",
    MERCH + r"\b|(?:application|appli|plateforme) de livraison|uber ?eats|deliveroo|just ?eat",
    r"(?:achete|commande|paye|payes|regle|reserve|debite|debitee|depense)\w*[^.;!?]{0,30}?(?:en ligne|sur internet|sur le net|sur (?:un|des|plusieurs) sites?)",
    r"(?:ligne\b(?<!demarche en ligne)(?<!signalement en ligne)(?<!plainte en ligne)|internet|online)\b[^.;!?]{0,30}?" + PAY,
    r"(?:sites?|site internet) (?:de|d'|en|chinois|turcs?|espagnols?|anglais|asiatiques?|etrangers?|americains?|que je (?:ne )?connais)",
    r"(?:payment|payments|purchases?) (?:on|online)|(?:marchand|marchands|vendeur|vendeurs|boutique|boutiques)\b[^.;!?]{0,30}?(?:en ligne|internet|web)",
], group="payment")
SHOP = (r"(?:en magasin|magasins?|boutiques? (?:de|physique)|commerces?(?<!e-commerce)|supermarches?|superettes?|stations?(?:-service)?|bureaux? de tabac|tabacs?|kebabs?|"
        r"bijoutiers?|bijouteries?|pharmacies?|bars?|restaurants?|comptoir|pompe|peages?|sans contact|avec la puce|leclerc|auchan|carrefour|lidl|intermarche|leroy merlin|super u|hyper u|monoprix|franprix|decathlon|ikea|primark|boulangerie|station essence)")
sig("payment_shop", "les paiements ont été faits en magasin", [
    PAY + r"[^.;!?]{0,60}?" + SHOP,
    r"(?:paye|payer|utilisee|servi|retire)\w*[^.;!?]{0,40}?(?:dans (?:un|une|des|les) )" + SHOP,
    r"(?:sans contact|terminal de paiement|tpe|peages?|stations?-service|station-service|comptoir)\b",
], group="payment")
sig("payment_atm", "des retraits ont été faits au distributeur", [
    r"(?:retrait|retraits|retire|retiree|retires)[^.;!?]{0,40}?(?:distributeur|dab|guichet|especes|liquide|cash|ailleurs)",
    r"(?:distributeur|distributeurs|dab|guichet automatique|gab)\b",
], group="payment")
UNAUTH_TAIL = r"(?:inconnus?|inconnues?|frauduleux|frauduleuses?|suspects?|suspectes?|bizar\w*|anormaux|anormales?|non autorises?|pas (?:de moi|faits? par moi|a moi)|sans (?:mon accord|mon autorisation|que je))"
sig("unauthorised_payments", "des paiements ont été faits sans votre accord", [
    PAY + r"[^.;!?]{0,50}?" + UNAUTH_TAIL,
    PAY + r"[^.;!?]{0,60}?(?:que je (?:n'ai|n ai|ai) (?:pas|jamais)|que j'ai (?:pas|jamais)|que jai (?:pas|jamais)|que (?:je|j') ?(?:n'ai )?(?:pas|jamais) (?:faits?|effectues?|autorises?)|que je (?:ne )?(?:connais|reconnais) pas|jamais (?:faits?|effectues?|autorises?))",
    r"(?:jamais|rien|aucun\w*) (?:fait(?! de (?:physique|mal|grave|special))|effectue|autorise|commande|valide|reserve|souscrit|achete|joue|parie|inscrite?|rien (?:commande|achete|reserve|souscrit))\b|(?:effectue|autorise|commande|valide|reserve|souscrit|achete|joue|parie|inscrite?)\b(?:(?<=pas effectue)|(?<=pas autorise)|(?<=pas commande)|(?<=pas valide)|(?<=pas reserve)|(?<=pas souscrit)|(?<=pas achete)|(?<=pas joue)|(?<=pas parie)|(?<=pas inscrit)|(?<=pas inscrite))",
    r"ni moi ni\b|(?:moi|lui|elle)\b(?:(?<=pas moi)|(?<=pas lui)|(?<=pas elle))(?! qui (?:est|suis) vise)|enfants\b(?<=pas mes enfants)|aucun de nous",
    r"(?:joue|parie) jamais|fait\b(?<=pas fait) (?:ces|ce|les|cet|cette) (?:achats?|paiements?|commandes?|operations?|debits?|reservations?)",
    r"insu\b|sans (?:mon|son) (?:accord|autorisation)",
    r"(?:operations?|paiements?|achats?|debits?|prelevements?) contest\w*|(?:reconnais|reconnait) pas (?:ces|ce|les|cette)|(?:connais|connait) pas (?:ces|cette|ce|les) (?:achats?|paiements?|debits?|sites?|abonnements?|operations?|prelevements?|marchands?)",
    r"(?:fraude|fraudes|piratage|piratee|pirate|hacke|hackee|clonee|copiee|utilisee|utilise|debitee|servi) [^.;!?]{0,30}?(?:carte|cb)",
    r"(?:carte|cb)s?\b[^.;!?]{0,30}?(?:piratee|hackee|clonee|copiee|utilisee|fraudee|debitee|servi)",
    r"(?:quelqu'un|qqn|quelquun|quelqu un|inconnu|pirate|ils)\b[^.;!?]{0,10}?(?:a|ont|m'a) (?:utilise|debite|vide|fait des (?:achats|courses|commandes)|achete|commande|reserve|regle|paye|depense)",
    r"(?:did not|not me)\b",
], negatable=False, group="payment")
sig("saved_card", "la carte enregistrée dans un compte marchand a servi", [
    r"(?:carte|cb)s?\b[^.;!?]{0,25}?(?:enregistree|liee|reliee|associee|sauvegardee|memorisee|rattachee)|(?:carte|cb) (?:du|dans le|de mon) compte",
], negatable=False, group="card")
# ---------------------------------------------------------------- where: online or in person
sig("facts_online", "les faits se sont passés sur internet", [
    r"internet\b(?<!plainte sur internet)(?<!plainte par internet)(?<!plainte via internet)|(?:facebook|fb|insta|instagram|snap|snapchat|tiktok|whatsapp|telegram|messenger|discord|twitter|leboncoin|lbc|vinted|marketplace|tinder|meetic|bumble|grindr|youtube|twitch|linkedin|reddit|skype|viber|indeed|seloger|shopify|google|webcam|visio|wero|lydia|paypal|site|sites|mail|mails|e-mail|email|courriel|courriels|plateforme|appli|application|pop-up|popup|comparateur|leetchi|gofundme|helloasso|ulule|fortnite|roblox|paylib|online|web|lien|liens|dm|forum|centrale|youtubeur|youtubeuse|influenceur|influenceuse|streamer|streameur)\b",
    r"x\b(?:(?<=sur x)|(?<=de x)|(?<=compte x))|utilisateur\b|internaute\w*|ligne\b(?<=en ligne)(?<!plainte en ligne)(?<!plaintes en ligne)(?<!declarer en ligne)(?<!declaration en ligne)(?<!sa place en ligne)(?<!demarche en ligne)(?<!signalement en ligne)(?! \d| (?:de|du) (?:metro|bus|tram|rer|train|tgv|ter)| (?:mobile|fixe|telephonique)| c'est (?:ok|possible|bon))|mp\b(?:(?<=en mp)|(?<=par mp)|(?<=un mp)|(?<=des mp)|(?<=mes mp)|(?<=les mp))|(?:reseaux? sociaux|reseau social|messages? prives?|appel video|annonces? (?:en ligne|sur|trouvee sur|vue sur))\b",
], group="channel")
sig("met_in_person", "vous avez rencontré la personne", [
    r"(?:main|mains) propres?",
    r"(?:s'est|s est|sommes|se sont) (?:vus|vues|rencontres|rencontrees|rejoints|retrouves (?:sur|devant|au|a la|dans)|retrouvees (?:sur|devant|au|a la|dans)|donne rendez-vous)",
    r"rencontree?s? (?:en vrai|en personne|physiquement|au|devant|chez|a la|dans un bar)",
    r"venue?s?(?<!personne n'est venu) (?:la |le |les )?(?:chercher|recuperer|voir|essayer)|tend\w* le cheque|venu(?:e|s)?(?<!personne n'est venu) (?:(?:une|un|deux|trois|quelques) (?:journee|jour|jours|matinee|fois)|chez moi|chez nous|a la maison|jusqu'a|recuperer|chercher|voir (?:la|le|ma|mon)|l'essayer|essayer|pour|a domicile|sonner)|passee? (?:chez|a la maison|recuperer|chercher)",
    r"(?:vu|vue|vus|passe|visite|rencontre|rencontree|croise)\b,? en vrai|face a face|physiquement",
    r"(?:rendez-vous|rdv) (?:sur|devant|au|a|dans|chez)(?! (?:commissariat|la gendarmerie|la banque|ligne|le medecin))",
    r"(?:remis|tendu) (?:le|la|les|mon|ma|mes|un|l'enveloppe)|donne (?:des|les) billets",
    r"sonne\w* (?:chez|a la porte|a ma porte|a notre porte|a l'interphone)|porte-a-porte|porte a porte|demarcheu\w*|demarche a domicile|demarchee?s? (?:a domicile|chez)",
], group="channel")
sig("never_met", "vous n'avez jamais rencontré la personne", [
    r"jamais (?:rencontre\w*|vue?s?|croise\w*)(?: en vrai| en personne| physiquement| personne| quiconque| autrement|)|rencontre(?<=pas rencontre)\w*",
    r"(?:connu|connue|rencontre|rencontree) (?:sur|via|par) (?:internet|un site|facebook|insta|instagram|tinder|meetic|snap|whatsapp|telegram|une appli|un jeu|un forum|discord)",
    r"(?:uniquement|seulement) (?:par|en|sur) (?:messages?|ligne|internet|mail|mails|whatsapp|telephone|snap|telegram|messenger|sms|ecrit|courriel)",
    r"(?:personne rencontre|vu personne|rencontre personne|autrement qu'en photo|juste des (?:appels|mails|messages))|tout (?:est|s'est passe|passait|etait|se passait|s'est fait) (?:en ligne|par (?:messages?|mail|internet|courriel|telephone|whatsapp|ecrit)|sur internet)",
    r"(?:connaissait|connais|connait) (?:ces gens|ces personnes|cette personne|ce vendeur) que (?:par|sur)",
    r"never met",
], negatable=False, group="channel")
sig("cash_paid", "vous avez payé ou reçu de l'argent en liquide, en personne", [
    r"(?:liquide|especes|cash)\b|billets de (?:10|20|50|100)",
], group="channel")
sig("fake_goods", "de faux billets, chèques ou objets remis", [
    r"cheque\b[^.;!?]{0,60}?(?:faux|falsifie|contrefait|sans provision|rejete)",
    r"(?:faux|fausse|faux cheque|faux billets?) (?:cheque|billets?|de banque|permis|carte grise)",
    r"(?:billets?|cheque|place|places|carte grise|papiers)[^.;!?]{0,30}?(?:etaient|etait|sont|est) (?:faux|fausses?|un faux|contrefaits?)|(?:faux|fausses)\b(?:(?<=c des fausses)|(?<=c des faux)|(?<=c'etait des faux)|(?<=c'etaient des faux)|(?<=c'etait des fausses))|platre\b(?<=bloc de platre)|(?:usages|uses)\b(?<=vieux pneus uses)",
], negatable=False, group="channel")
# ---------------------------------------------------------------- author
sig("author_named", "vous connaissez le nom de l'auteur", [
    r"(?:m\.|mme|mr|mlle|monsieur|madame|mademoiselle|maitre|docteur|dr) \[(?:nom|prenom)\]",
    r"(?:m\.|mme|mr|mlle|monsieur|madame|mademoiselle) (?!(?:qui|que|de|du|des|le|la|les|un|une|a|au|et|est|se|s'|m'|ma|mon|sa|son|tres|bien|agee?|tout|en|avec|dans|pour|par|sur|je|il|elle|on|nous|vous|ne|n'|monsieur|madame|l'|d'|c'est|etait|s'est|lui|m|mme|n|pas|qu'|veuillez|bonjour|ou|si|comme)\b)[a-z][a-z'-]{2,}",
    r"(?:connais|connait|sais|avons|connaissons) (?:son nom|le nom|son identite|son adresse|ses coordonnees|sa plaque)",
    r"s'appelle|s appelle|se nomme|sais\b(?<!ne sais)(?<!pas sais) (?:exactement |tres bien )?qui (?:c'est|a fait|l'a fait|est l'auteur)|sait\b(?<!ne sait)(?<!personne sait) (?:tres bien )?qui c'est",
    r"locataire\b(?<=mon locataire)|locataire\b(?<=ma locataire)|colocataire\b(?<=mon colocataire)|colocataire\b(?<=ma colocataire)|(?:femme de menage|nounou|baby-?sitter|aide a domicile|auxiliaire de vie|ex-beau-pere|ancien beau-pere|tresorier|tresoriere)\b",
], negatable=False, group="author")
UNAMB_PARTNER = r"(?:mari|epoux|epouse|conjoint|conjointe|compagnon|compagne|concubin|concubine)"
AMB_LIST = ["femme", "homme", "copain", "copine", "mec", "meuf", "cheri", "cherie", "partenaire", "petit ami", "petite amie", "petit copain", "petite copine"]
EXP = r"(?:ex(?!-(?:beau|belle|patron|collegue|employeur|voisin|proprio|bailleur|coloc|associe|amie?\b|ami\b))|ancien (?:compagnon|conjoint|mari|copain|partenaire)|ancienne (?:compagne|conjointe|copine|partenaire))"
KIDP = r"(?:pere|mere) de (?:ma|mon|mes|nos) (?:fille|fils|enfants?|bebe)"
VIOL = (r"(?:frapp\w*|tape\w*|tap\w* (?:dessus|sur)|tabass\w*|cogn\w*|gifl\w*|claque\w*|baffe\w*|bat\b|battu\w*|battai\w*|bats\b|violent\w*|pouss\w*|bouscul\w*|"
        r"etrangl\w*|strangul\w*|mordu\w*|griff(?!on)\w*|coups? d'epaule|tomber\b(?:(?<=m'a fait tomber)|(?<=l'a fait tomber)|(?<=m'ont fait tomber)|(?<=nous a fait tomber))|secou\w*|jete\w* (?:par terre|au sol|contre|des objets|une chaise)|lance\w* (?:des objets|une chaise)|menac\w*|insult\w*|humili\w*|rabaiss\w*|"
        r"controle\w*|surveill\w*|(?:enferme|enfermee|enfermait|enfermer|enferment)\b(?<!est enferme)(?<!est enfermee)(?<!suis enfermee)(?<!suis enferme)(?<!sont enfermes)|sequestr\w*|viol\b|viole\b|violee\b|attouch\w*|harcel\w*|empech\w*|interdit\w*|prive\w*|crache\w*|"
        r"coups?\b(?! de fil)(?! de telephone)(?! de main)(?! d'oeil)|casse\b(?<=m'a casse) (?:le nez|le bras|la machoire|une dent|les dents|une cote)|ceinture|degomm\w*|cass\w* la gueule|tir\w* les cheveux|brul\w*|tord\w* le poignet|"
        r"maltrait\w*|traite de|traitee de|traite\w*\b(?:(?<=me traite)|(?<=m'a traite)|(?<=m'a traitee))|fouill\w*|espionn\w*|geolocalis\w*|pris (?:ma|sa|son|mon) (?:carte|pension|telephone|argent|passeport|papiers)|"
        r"prend (?:ma|sa|son|mon) (?:carte|pension|retraite|argent)|garde (?:ma|sa|mon|son) (?:carte|telephone|argent|passeport|papiers)|lit (?:mes|ses) (?:messages|mails|sms)|"
        r"regarde mon telephone|planter|saigner|tuer|egorger|marier|mis a la porte|dehors)")
sig("author_partner", "l'auteur est votre conjoint ou partenaire", [
    UNAMB_PARTNER + r"\b|" + after(["mon", "ma", "son", "sa", "notre"], AMB_LIST) + r"|" + KIDP + r"|(?:vecu|vivais|vivions|vit) (?:\w+ ans )?avec (?:un homme|une femme)|couple\b(?<=en couple) avec",
], negatable=False, group="author")
sig("author_ex", "l'auteur est votre ex-conjoint", [EXP + r"\b"], negatable=False, group="author")
sig("not_partner", "l'auteur n'est ni le conjoint, ni un ex, ni la famille", [
    r"ni (?:mon|ma|un|une|son|sa) (?:copain|copine|mari|femme|conjoint\w*|compagn\w*|ex|petit ami|petite amie|mec|famille|pere|mere|frere|soeur)\b|ni (?:quelqu'un|personne|un membre) de (?:ma|la|sa) famille|ex\b(?:(?<=pas d'ex)|(?<=pas mon ex)|(?<=aucun ex)|(?<=pas un ex))|(?:mari|conjoint|compagnon|copain)\b(?:(?<=pas mon mari)|(?<=pas mon conjoint)|(?<=pas mon compagnon)|(?<=pas mon copain))",
], negatable=False, group="author")
sig("partner_victim", "votre conjoint est la victime des violences", [
    r"(?:agresse|frappe|attaque|tabasse|poignarde|bouscule|renverse|menace|insulte|blesse|cogne) (?:mon|ma) (?:mari|femme|epoux|epouse|compagnon|compagne|conjoint|conjointe|copain|copine)\b",
], negatable=False, group="author")
sig("separation", "une séparation du couple est évoquée", [r"(?:separes|separees|separation|rupture|divorce)\b(?<!divorce de ma mere)(?<!divorce de mes parents)"], negatable=False, group="author")
PARTNER_SUBJ = r"(?:" + UNAMB_PARTNER + r"|" + EXP + r"|" + KIDP + r"|" + after(["mon", "ma", "son", "sa"], [n for n in AMB_LIST if n not in ("homme", "partenaire")]) + r")"
sig("partner_violence", "des violences ou menaces de votre conjoint ou ex-conjoint", [
    PARTNER_SUBJ + r"\b[^.;!?]{0,70}?" + VIOL,
    VIOL + r"[^.;!?]{0,30}?par (?:mon|ma|son|sa) (?:" + UNAMB_PARTNER[3:-1] + r"|ex|copain|copine|mec)\b",
    r"violences? conjugales?|emprise|(?:application|logiciel|appli) (?:espion|mouchard)|(?:mis|place|cache|installe|colle|trouve)\w* (?:un |une )?(?:airtag|traceur|balise)",
    PARTNER_SUBJ + r"\b[^.;!?]{0,80}?(?:(?:lit|lire) (?:mes|ses|tous mes) (?:messages|mails|sms|conversations)|mot de passe|code de (?:ma|sa) carte|pirat\w*|m'a fait quitter|decide (?:quand|de tout)|me donne \d+|chaque euro|au centime|ne me (?:la|le) rendra|ne (?:la|le) rendra)",
], negatable=False, group="author")
FAMILY_LIST = ["pere", "mere", "papa", "maman", "frere", "freres", "soeur", "soeurs", "fils", "fille", "oncle", "tante", "cousin", "cousine", "beau-pere",
               "belle-mere", "beau pere", "belle mere", "beau-frere", "belle-soeur", "beau frere", "belle soeur", "grand-pere", "grand-mere", "grand pere",
               "grand mere", "parents", "neveu", "niece", "petit-fils", "petite-fille", "petit fils", "petite fille", "daron", "daronne", "belle-famille",
               "famille", "gendre", "belle-fille", "demi-frere", "demi-soeur", "grand-oncle", "grand oncle", "beaux-parents", "enfant", "enfants", "ado"]
REL_FAMILY = "(?:" + "|".join(FAMILY_LIST) + ")"
sig("family_violence", "des violences ou menaces au sein de la famille", [
    after(DETS, FAMILY_LIST) + r"[^.;!?,]{0,90}?(?<!fait )(?<!ete )(?<!par des )" + VIOL,
    VIOL + r"[^.;!?]{0,30}?par (?:mon|ma|mes|son|sa|ses) " + REL_FAMILY + r"\b",
    r"(?:papa|maman) (?:crie et |hurle et )?(?:tape|frappe|bat|cogne|gifle) (?:maman|papa|ma mere|mon pere|mon frere|ma soeur|moi|nous)",
    r"(?:pension|retraite)\b(?:(?<=prend sa pension)|(?<=lui prend sa retraite)|(?<=me prend ma pension)|(?<=me prend ma retraite)|(?<=lui pris sa pension)|(?<=garde sa pension)|(?<=vole sa pension))|violences? (?:intra-?familiales?|familiales?)|inceste|mariage force|marier (?:de force|au bled|contre|cet ete|en )",
], negatable=False, group="author")
sig("coercive_control", "un contrôle de votre vie, de votre argent ou de votre téléphone", [
    r"(?:code|codes) (?:de (?:ma|sa) carte|bancaires?)|(?:controle|controlait|controler|verifie|verifiait|surveille|surveillait) (?:mes|ses|tout|toutes mes|tous mes) (?:depenses|tickets|comptes|messages|sorties|fait)|regarde (?:mon|son) telephone|(?:lit|lisait|lire) (?:mes|ses|tous mes) (?:messages|mails|sms)|quitter mon travail|decide (?:quand|de tout|pour moi)|donne \d+ (?:euros|€|e)\b(?: par semaine| par mois)|chaque euro|au centime|interdit de (?:voir|sortir|travailler)|gere tout|(?:garde|confisqu\w*|pris|prend) (?:ma|sa|mon|son) (?:carte|telephone|passeport|papiers|salaire)",
    r"(?:rendra|ramenera)\b(?:(?<=me la rendra)|(?<=me le rendra)|(?<=me les rendra)|(?<=la ramenera)|(?<=le ramenera))|(?:application|logiciel|appli) (?:espion|mouchard)|(?:mis|place|cache|installe|colle|trouve)\w* (?:un |une )?(?:airtag|traceur|balise|boitier gps|mouchard)|(?:installe|mis)\w* (?:un truc|une appli|un logiciel|une application) de (?:localisation|surveillance)|sait toujours ou je suis|geolocalis\w*|mot de passe de (?:ma|mon) (?:boite|facebook|compte|mail)",
], negatable=False, group="author")
sig("author_family", "l'auteur est un membre adulte de la famille", [
    after(DETS, ["pere", "mere", "frere", "freres", "soeur", "beau-pere", "beau pere", "belle-mere", "belle mere", "belle-soeur", "beau-frere", "oncle", "tante", "cousin", "cousine", "grand-pere", "grand pere", "grand-oncle", "grand oncle", "belle-famille", "petit-fils", "petit fils", "epouse", "epoux"]) + r"|(?:fils|fille) de (?:" + "|".join(str(n) for n in range(20, 60)) + r") ans",
], negatable=False, group="author")
sig("former_family", "un ancien membre de la famille (plus de lien)", [
    r"(?:ex-beau-pere|ex beau-pere|ancien beau-pere|ex-belle-mere|ancienne belle-mere|ex-beau-frere|ex-belle-soeur|plus de la famille)",
], negatable=False, group="author")
sig("domestic_hideout", "la victime se cache chez elle de l'agresseur", [
    r"(?:enferme\w*|refugie\w*|cache\w*|barricade\w*) dans (?:la|ma|sa) (?:salle de bains?|chambre|cuisine|toilettes|sdb)|bu\b(?<=il a bu)|bu\b(?<=elle a bu)|bu\b(?<=trop bu)|boit\b(?<=il boit)|boit\b(?<=elle boit)|boire\b(?<=fini de boire)|(?:tape|tambourine|cogne)\w* (?:dans|sur|contre) la porte|va m'entendre|peux pas (?:appeler|parler)",
], negatable=False, group="author")
sig("author_known_personally", "vous connaissez personnellement l'auteur", [
    r"(?:connais (?:bien|depuis|tres bien)|ami de (?:mon|ma)|amie de (?:mon|ma)|collegue de (?:mon|ma)|ami d'enfance)",
], negatable=False, group="author")
sig("self_named", "la personne donne son propre nom", [
    r"(?:suis|appelle|fils de|fille de|soussigne|soussignee|nom est) (?:m\.|mme|mr|monsieur|madame|mademoiselle) ",
], negatable=False, group="author")
sig("fake_identity", "le nom ou l'identité donnés par l'auteur sont faux", [
    r"(?:nom|identite|prenom|piece d'identite|carte grise)\b[^.;!?]{0,40}?(?:faux|fausse|pas le sien|ne correspond|invente)|faux nom|fausse identite|(?:nom|prenom)\b(?:(?<=le nom qu'il m'a donne)|(?<=le nom qu'il m'a)|(?<=nom qu'il a donne))",
], negatable=False, group="author")
sig("author_neighbour", "l'auteur est un voisin", [r"(?:voisin|voisine|voisins|voisines)\b"], negatable=False, group="author")
sig("author_colleague", "l'auteur est un collègue ou un supérieur", [
    r"(?:collegue|collegues|patron|patronne|chef|cheffe|manager|superieur|superieure|employeur|directeur|directrice|cadre de sante)\b|(?:responsable|equipe)\b(?:(?<=mon responsable)|(?<=ma responsable)|(?<=mon equipe)|(?<=ma equipe))",
], negatable=False, group="author")
sig("author_unknown", "l'auteur vous est inconnu", [
    r"(?:inconnu|inconnue|inconnus|inconnues)\b(?<!pas un inconnu)(?<!pas une inconnue)|(?:individu|individus|quelqu'un|qqn|voleur|voleurs|videur|vigile|passant|passante|automobiliste|cycliste|motard|cambrioleurs?|hommes|jeunes|bande|client)\b|homme\b(?<!avec un homme)(?<!suis un homme)(?<!marie avec un homme)",
    r"(?:garcons|ados|adolescents|mecs|types|gars|filles|personnes) (?:plus ages|plus agees|que (?:je|il|elle|on) ne connai\w*|inconnu\w*|cagoule\w*|en scooter)",
    r"(?:sais|idee de|idee) (?:pas )?qui (?:a fait|c'est|l'a fait|a pu)|(?:temoins?|suspect)\b",
    r"vu (?:qui|l'auteur|le voleur|les voleurs|personne)|(?:connais|connait) pas\b|reconnaitre",
], negatable=False, group="author")
# ---------------------------------------------------------------- offences against property
sig("theft", "un vol", [
    r"(?:vol|vols|vole|volee|voles|volees|voler|volait|volent|voleur|voleurs|voleuse|derobe\w*|cambriol\w*|arrache\w*|pickpocket\w*|pique\w*|subtilis\w*|chourav\w*|siphonn\w*|detrousse\w*|racket\w*|emporte\w*|embarque\w*|intercept\w*|falsifi\w*|devisse\w*)\b(?<!photos volees)(?<!photo volee)(?<!videos volees)(?<!video volee)(?<!traite de voleuse)(?<!traite de voleur)(?<!traitee de voleuse)(?<!traiter de voleuse)",
    r"pris (?:mon|ma|mes|nos|notre|son|sa|ses|tout|les bijoux|le portefeuille|le sac|la console|l'ordinateur|la tele)\b|pris\b(?:(?<=et l'a pris)|(?<=me l'a pris)|(?<=me l'ont pris)|(?<=on l'a pris)|(?<=on nous a pris)|(?<=on m'a pris)|(?<=on ma pris)|(?<=on lui a pris)|(?<=ont pris))|prise?s? (?:dans|pendant)|servis\b|(?:parti|partis|repartie?|reparti|partir)e?s? avec|disparu\w* (?:de|du|dans|pendant|entre)\b",
    r"y (?:etait|etaient|est|sont) plus|(?:etait|etaient) plus (?:la|dans|a sa place)|manque\w*|(?:ont|avaient|sont|etaient) disparu\w*|disparition de|plus rien dans|vide\w* (?:mon|ma|le|la|la benne|son|sa)|ete vide\w*|(?:cadenas|grillage|antivol)[^.;!?]{0,20}?(?:coupe|scie|casse|force)|(?:scie|decoupe|coupe) (?:le|mon|ma) (?:pot|catalyseur|cadenas)|catalyseur a ete|ete visite\w*",
    r"(?:bijoux|bijou|porte-?monnaie|portefeuille|telephone|tel|argent|colis|bague|chaine|collier|bracelet|alliance|enveloppe|especes|liquide|montre|sac|sacoche|velo|trottinette|scooter|moto|voiture|valise|cles|ordinateur|chequier|plaques?|euros|tirelire|coffret|boite|benne|abri|cave|garage|coffre)\b[^.;!?]{0,30}?(?:disparu\w*|envole\w*|videe?s?\b)|tire\w* (?:mon|ma|son|sa) (?:sac|telephone|tel|collier|chaine|portable)|(?:pike|chope|choure)\w* (?:mon|ma|son|sa)|plus une goutte|du (?:le |la |les )?prendre|avait plus (?:rien|le colis|mon colis)|(?:mis|glisse|fourre)\w* [^.;!?]{0,40}?dans (?:sa|son|ses) (?:sacoche|poche|sac|veste|blouson)",
], group="offence")
sig("parcel_stolen", "un colis livré ou un chéquier envoyé a disparu", [
    r"(?:colis|livraison|chequier)\b[^.;!?]{0,100}?(?:plus (?:rien|la)|disparu|vole|volee|n'y etait plus|pris|jamais arrive)|(?:photo a l'appui|pris en photo le colis|livre a \d)",
], negatable=False, group="offence")
sig("burglary", "un cambriolage", [
    r"(?:cambriol\w*|effraction|introduit\w*)\b|retourne\b(?:(?<=tout retourne)|(?<=tout etait retourne)|(?<=a ete retourne))",
    r"(?:voiture|vehicule|utilitaire|camionnette|camion|kangoo|camping-car|local|cabane|maison|appartement|cave|garage|box)\b[^.;!?]{0,25}?fractur\w*",
    r"fractur\w* (?:la|le|ma|mon|notre|leur|les) (?:voiture|vehicule|utilitaire|camionnette|camion|kangoo|local|cabane|cave|garage|box|coffre|portiere|porte|serrure|vitre)",
    r"entre\w* (?:chez moi|chez nous|chez elle|chez lui|dans (?:ma|mon|notre|la|sa|son) (?:maison|appartement|appart|garage|cave|local|cabanon|abri|chambre|box))",
    r"(?:porte|porte-fenetre|fenetre|serrure|boite aux lettres|baie vitree|portiere|cabane|sellerie|abri|cave|garage|coffre|vitre|volet|tente|casier|cadenas)s?\b[^.;!?]{0,25}?(?:forcee?s?|fracturee?s?|enfoncee?s?|defoncee?s?|brisee?s?|explosee?s?|petee?s?|ouverte?s?|coupee?s?|sciee?s?|cassee?s?)",
    r"(?:forc\w*|fractur\w*|casser|cassent|ouvrir|peter|brise\w*) (?:la|le|ma|mon|notre|les|une) (?:porte|serrure|fenetre|cadenas|boite|coffre|portiere|vitre|vitres|sellerie|cabane|abri|cave|garage|baie|voiture|vehicule|moto|scooter|camion|utilitaire)",
    r"fouill\w* (?:des|les|mes) (?:tiroirs|placards|affaires)|(?:quelqu'un|qqn|homme|hommes|mecs|types|silhouettes)\b[^.;!?]{0,30}?(?:fouill\w*|dans (?:la maison|le salon|ma maison|l'appartement|le jardin|mon jardin|sa maison))|lampe (?:torche )?(?:dans|passe)|cagoule\w*",
    r"(?:essai\w*|tente\w*) (?:d'ouvrir|de rentrer|d'entrer|de forcer)|rentrer par la fenetre|fouiller en bas|(?:maison|appartement|appart)\b[^.;!?]{0,30}?(?:quelqu'un|qqn|lampe|bruit)",
], group="offence")
sig("damage", "une dégradation", [
    r"(?:degrad(?!ant)\w*|raye|rayee|rayes|rayure\w*|tag|tags|tague\w*|casse|cassee|casses|cassees|brise\w*|creve\w*|vandalis\w*|incendi\w*(?<!de l'incendie)(?<!victimes de l'incendi)|brule\w*|defonce\w*(?<!me defonce)(?<!me defoncer)(?<!te defoncer)(?<!le defoncer)(?<!la defoncer)(?<!vous defoncer)(?<!te defonce)|abime\w*|endommag\w*|saccag\w*|crame\w*|enfonce\w*|cabosse\w*|explose\w*|pete\w*|peter|lacere\w*|miettes|peinture sur|colle dans (?:ma|la) serrure)\b",
], group="offence")
sig("vehicle", "un véhicule est concerné", [r"(?:voiture|vehicule|auto|moto|scooter|velo|trottinette|camion|camionnette|utilitaire|caisse|bagnole|caravane|camping-car|quad|vtt|vae|bicyclette|clio|twingo|golf|yaris|308|portiere|pare-brise|retro|retroviseur|pare-choc)\b"], negatable=False, group="offence")
sig("hit_and_run", "un délit de fuite", [
    r"delit de fuite|(?:pris|prise) la fuite|enfui\w*|arrete\w*\b(?<=s'est pas arrete)|arreter\b(?<=sans s'arreter)|barre\b(?:(?<=sest barre)|(?<=s'est barre))|mot (?:sur|sous) (?:le|mon) pare-brise|(?:numero|nom|coordonnees)\b(?:(?<=sans numero)|(?<=sans nom)|(?<=sans coordonnees))|mot\b(?:(?<=aucun mot)|(?<=pas de mot)|(?<=sans mot)|(?<=laisse de mot))",
    r"(?:percute|embouti|accroche|heurte|tamponne|renverse|touche|recule|rentre dedans|rentre dans)\w*[^.;!?]{0,80}?(?:parti|partie|enfui|enfuie|pris la fuite|sans s'arreter|sans laisser|sans (?:un|aucun) mot|file|disparu|redemarre|pas arrete|barre|repart\w*)",
    r"(?:repart\w*|parti|partie|filer|file) (?:vite|sans (?:s'arreter|rien dire|laisser|un mot)|a toute vitesse|en trombe)",
], negatable=False, group="offence")
# ---------------------------------------------------------------- scams
sig("scam", "une escroquerie", [
    r"fait (?:avoir|arnaquer|escroquer|pieger|berner|rouler|plumer)\b",
    r"(?:disait|disant|pretendait|pretendant) (?:etre|qu'il etait|qu'elle etait|venir|de la|du|travailler|qu'il venait|qu'ils venaient|qu'il rachetait)|(?:faisait|faisant|fait) passer pour|present\w*\b(?:(?<=se presentant)|(?<=se presentait)|(?<=s'est presente)|(?<=se presente)|(?<=s'etait presente)|(?<=presentee)) (?:comme|en tant que)|disant\b(?<=se disant)|disait\b(?<=se disait)",
    r"(?:compagnie|service|agents?) des eaux|(?:adresse|entreprise|societe|association|numero)\b[^.;!?]{0,25}?(?:n'existe pas|n'existe plus|bidon|fausse|inexistante?|fictive)|rachet\w* (?:l'or|les bijoux|de l'or)",
    r"(?:faux|fausse|fausses)(?: (?!et\b|totalement|completement|ce qu|c'est)[a-z]|\s*(?:[,.;!?)]|$))(?<!c'est faux)(?<!c'est faux )(?<!c'est faux,)(?<!c'est faux.)",
    r"(?:arnaqu\w*|escro\w*|fraud\w*|pige\w*|piege\w*|fake|scam\w*|bidon|hameconn\w*|phishing|filou\w*|abus de (?:confiance|faiblesse)|soi-disant|soi disant|soit-disant|pretendu\w*|supposee?(?<!je suppose)(?<!j'suppose)|trompe\w*|mensonge\w*|copie de|ressemblait|imitation|contrefa\w*|fantome|trop[- ]percu|rembourser la difference|trop beau|cagnottes?|cartes? cadeaux?|coupons?|transcash|neosurf|pcs|paysafecard|western union|mandat cash|moneygram)\b",
    r"(?:trading|crypto\w*|bitcoins?|usdt|placement|investissement|investi|investir|multiplier|gains?|loterie|tirage au sort|liker|missions?|taches premium|frais de (?:dossier|deblocage|douane|dedouanement|transport|livraison|verification|activation|notaire)|debloquer|deblocage|dedouanement|compte vendeur|vinted protect|recruteu\w*|job a domicile|travail a domicile|teletravail|militaire|tueur a gages|abuse|fait croire|faire croire|problemes? d'argent|livret|deja utilise|rembourser (?:la )?difference|trop (?:d')?argent|recup\w* (?:le|son|mon) compte|repris le compte)\b",
], group="offence")
sig("fake_site", "un faux site ou une fausse page", [
    r"(?:copie|copiait|copiant|imite|imitait|imitant|reprend|reprenait)\w* (?:de |du |la |le |l'|les |parfaitement |un vrai |une vraie )?(?:site|booking|poste|ants|decathlon|impots|caf|ameli|banque|vrai|vraie|presentation|logo|magasin|assurance)|(?:site|page|lien|annonce)s?\b[^.;!?]{0,40}?(?:ressembl\w*|copi\w*|imit\w*|aux couleurs)|(?:faux|fausse) (?:site|page|lien|boutique|annonce|profil|compte|cagnotte|plateforme|formulaire|application|appli|jeu|acheteur|acheteuse|vendeur|vendeuse|loueur|proprietaire)|site (?:qui ressemblait|copie|copiant|identique|frauduleux|bidon|pirate|d'arnaque|au nom tres officiel|en \.com)|(?:copie|imitation) (?:de|du) (?:site|booking|la poste|l'ants|decathlon)|ressemblait (?:exactement |en tout point |trait pour trait )?(?:a|au site)",
    r"(?:site|boutique|plateforme|page|compte|cagnotte|formation|groupe)s?\b[^.;!?]{0,40}?(?:n'existe plus|existe plus|a ferme|ferme|a disparu|disparu|supprime\w*|introuvable|inaccessible|hors ligne)",
], group="offence")
sig("not_received", "les biens payés n'ont jamais été reçus", [
    r"(?:jamais|rien|toujours pas|jamai) (?:recu|recue|recus|livre|livree|arrive|arrivee|venu|eu de colis|eu (?:le|la|les|mon|ma|mes) \w+)|(?:recu|recue|recus|livre|livree|arrive|arrivee)\b(?:(?<=pas recu)|(?<=pas recue)|(?<=pas recus)|(?<=pas livre)|(?<=pas livree)|(?<=pas arrive)|(?<=pas arrivee))",
    r"(?:colis|commande|article|produit|marchandise|achat|objet|chiot|chien|voiture|billets|telephone|iphone)s?[^.;!?]{0,40}?(?:jamais|pas|toujours pas) (?:recu|recue|arrive|arrivee|livre|livree|venu|envoye)",
    r"(?:aucune livraison|livraison(?<=pas de livraison)|jamais de livraison|(?:chiot|colis|billets|voiture)\b(?<=pas de chiot)|(?:colis|billets)\b(?:(?<=pas de colis)|(?<=pas de billets))|(?:mois|semaines) (?:et|plus tard) rien|rien sur mon compte|virement (?:a ete )?annule|virement (?:n'est )?jamais arrive|jamais paye|aucune reservation)",
    r"(?:connaissait|connait|connaissent) (?:ni |pas |)(?:la |cette |notre )?(?:reservation|ce monsieur|cette annonce|ce site)|jamais (?:mis en ligne|loue|publie)",
    r"site (?:ferme|disparu|fantome|n'existe plus|introuvable|supprime|inaccessible)|(?:vendeur|vendeuse|site|boutique|proprietaire|loueur|acheteur|acheteuse)s? (?:injoignable|ne repond plus|a disparu|m'a bloque|ma bloque|bloque|introuvable|ne donne plus de nouvelles|a supprime)",
], negatable=False, group="offence")
sig("vanished", "la personne a disparu ou ne répond plus", [
    r"(?:bloque|bloquee|bloques|ghoste|ghostee)(?<!carte bloquee)(?<!carte bloque)(?<!cb bloquee)(?<!est bloquee)(?<!est bloque)(?<!ete bloquee)(?<!ete bloque)\b(?! (?:la|ma|sa) (?:carte|cb))",
    r"(?:nouvelles?|reponse)\b(?:(?<=plus de nouvelles)|(?<=plus de nouvelle)|(?<=pas de nouvelles)|(?<=aucune nouvelle)|(?<=plus de reponse)|(?<=pas de reponse)|(?<=aucune reponse)|(?<=sans reponse))|(?:jamais|plus) (?:revenu|revenue|revu|revue|reapparu|reapparue|venu)\b|injoignable|introuvable|evapore\w*|mort\b(?<=fait le mort)|(?:repond|rappelle) (?:plus|jamais)|plus de (?:site|telephone|tel|numero)|plus rien\b(?<!y a plus rien)(?<!y avait plus rien)(?<!restait plus rien)(?! (?:dans|a l'interieur|sur place))",
    r"(?:numero|telephone|portable|ligne|tel)\b[^.;!?]{0,20}?(?:ne repond plus|n'existe plus|n'existe pas|existe plus|coupe|coupee|eteint|hors service|sur messagerie|sonne dans le vide|ne fonctionne)",
    r"(?:supprime|efface)\w* (?:son|le|leur|sa|tous|tout|ses)|(?:profil|compte|annonce|page|groupe)s?\b[^.;!?]{0,30}?(?:supprime\w*|disparu|efface\w*)|(?:il|elle|ils|elles|vendeur|vendeuse|acheteur|acheteuse|loueur|proprietaire|escroc|arnaqueur|agence|site|boutique)(?:'|\x22| \xbb)? (?:a|ont|avait|avaient|s'est|se sont|s'etait) (?:completement |totalement |purement et simplement )?(?:disparu|volatilise)e?s?\b|quitte le serveur",
    r"(?:adresse|annonce|logement|appartement|villa|maison|entreprise|formation|association|appli|application)s?\b[^.;!?]{0,20}?(?:n'existe pas|existe pas|n'existait pas|n'existe plus|fictive|bidon|inexistante?)",
    r"(?:impossible|peux pas|peux plus|possible) (?:de )?(?:retirer|recuperer|les recuperer|joindre|rien retirer)|(?:retrait|compte|fonds)\w* (?:est |etait )?(?:bloque|toujours bloque)|lien (?:est )?mort",
], negatable=False, group="offence")
sig("fake_adviser", "un faux conseiller bancaire", [
    r"faux (?:conseiller|conseillers|banquier|agent (?:de la|de ma) banque|service (?:fraude|anti-fraude|securite|client))|fausse conseillere|passer pour (?:ma|la|une|un) (?:banque|conseillere?|conseiller)|soi-?disant (?:conseill\w*|banqu\w*|de la banque|de ma banque)",
    r"service (?:fraude|securite|anti-?fraude|des fraudes)\b|(?:conseill\w*) (?:de|du|d')(?: la| ma)? ?(?:banque|bnp|lcl|societe generale|caisse d'epargne|credit agricole|credit mutuel|banque postale|boursorama|cic|hello bank|la poste|agence)",
    r"compte securise|compte de securite|virements? de securisation|(?:mettre|placer) (?:mon|son|l') argent a l'abri|numero (?:de|qui s'affichait comme celui de) (?:mon|ma) (?:agence|banque)|numero de mon agence",
], group="offence")
sig("handed_over", "vous avez remis de l'argent, la carte ou des biens vous-même", [
    r"(?:fait|faisant|effectue|envoye|realise|fais|valide|passe|faire) (?:elle-meme |moi-meme |lui-meme |moi meme )?(?:un |des |les |plusieurs |ses |mes )?(?:\w+ )?virements?|virement (?:de|d') ?\d+|(?:vire|transfere) (?:\d|l'argent|la somme|mes|mon|sur|vers|les)",
    r"(?:remis|donne|confie|tendu) (?:ma|la|mes|les|sa|ses) (?:carte|cb|cartes|bijoux|especes|argent|cles)|coursier|livreur (?:est venu|a recupere)",
    r"(?:venu|passe|passer|envoye)\b(?<!personne n'est venu)(?<!personne n'est passe)[^.;!?]{0,25}?(?:chercher|recuperer|prendre) (?:l'argent|l'enveloppe|la carte|sa carte|ma carte|les bijoux|le liquide|\d)|remis l'enveloppe",
    r"(?:donne|communique|dicte|tape|saisi|rentre|lire|lu|lit) (?:mon|le|mes|les|son|ses|sa|ma) (?:code|codes|numero de carte|numeros|identifiants|chiffres)",
], group="offence")
sig("codes_given", "vous avez donné les numéros de la carte ou des codes", [
    r"(?:donne|communique|dicte|tape|saisi|rentre|lire|lit|mis|entre|fait lire|renvoye)\w* (?:mon|le|mes|les|son|ses|sa|ma|tous les|toutes les) (?:code|codes|numero de carte|numeros|identifiants|chiffres|coordonnees bancaires|infos (?:de )?carte|informations bancaires)|(?:chiffres|numeros|coordonnees) de (?:ma|sa|la) carte|code (?:a (?:six|6) chiffres|3d|de confirmation|recu par sms)|codes? (?:recus?|envoyes?) par sms|3-?d ?secure",
], group="payment")
sig("transfer_made", "la victime a fait elle-même des virements", [
    r"(?:fait|faisant|effectue|envoye|realise|fais|valide|passe|faire) (?:elle-meme |moi-meme |lui-meme |moi meme )?(?:un |des |les |plusieurs |ses |mes )?(?:\w+ )?virements?|virement (?:de|d') ?\d+|(?:vire|transfere) (?:\d|l'argent|la somme|mes|mon|sur|vers|les)|virements? (?:de securisation|vers un compte|depuis (?:mon|son) appli)",
], group="payment")
sig("money_demanded", "de l'argent a été demandé", [
    r"(?:demand|reclam|exig|veut|voulai|voulaient|veulent|propos|redemand)\w*[^.;!?]{0,40}?(?:argent|euros|€|eur\b|virement|paiement|bitcoins?|btc|crypto|rancon|payer|paysafe\w*|cartes? (?:cadeaux?|pcs|transcash|neosurf|google play|itunes|steam)|recharges?|des sous|de la thune|\d+ ?e\b|\d+ ?\$|dollars|mandat|western union|transcash|neosurf|pcs|frais)",
    r"(?:rancon|extorsion|extorqu\w*|racket\w*|chantage|chanter)\b",
    r"(?:payer|verser|envoyer|donner|donne|envoie|verse|paye)[^.;!?]{0,25}?\d+(?:[,.]\d+)? ?(?:euros|€|e\b|eur\b|dollars|\$|bitcoins?|btc)",
], negatable=False, group="offence")
PAY_OR_ELSE = (r"(?:(?:euros|eur|bitcoins?|crypto|btc|union|moneygram|transcash|pcs|paysafecard|neosurf|paypal)\b[^.;!?]{0,30}? ou (?:il |elle |ils |je |j'|tout |on )(?:supprime|publie|diffuse|envoie|balance|efface|partage)|si (?:je|tu|il|elle|on|nous) (?:ne )?(?:lui )?(?:pai\w*|pay\w*|vers\w*|vire\w*)|si (?:je|tu|il|elle|on) (?:ne )?(?:lui )?(?:donne|envoie)\w* (?:pas )?(?:\d|l'argent|de l'argent|les|la somme)"
               r"|contre (?:\d|une? |la somme)[^.;!?]{0,25}?(?:€|euros|\d ?e\b|bitcoins?|transcash|neosurf|pcs|paysafe\w*|cartes? (?:cadeaux?|pcs|transcash|neosurf|google|itunes)|dollars)"
               r"|(?:supprime|efface|retire)(?:nt)?\b(?:(?<=pour qu'il les supprime)|(?<=pour qu'il les efface)|(?<=pour qu'il les retire)|(?<=pour qu'il la supprime)|(?<=pour qu'il la efface)|(?<=pour qu'il la retire)|(?<=pour qu'il le supprime)|(?<=pour qu'il le efface)|(?<=pour qu'il le retire)|(?<=pour qu'il l'supprime)|(?<=pour qu'il l'efface)|(?<=pour qu'il l'retire)|(?<=pour qu'il supprime)|(?<=pour qu'il efface)|(?<=pour qu'il retire)|(?<=pour qu'elle les supprime)|(?<=pour qu'elle les efface)|(?<=pour qu'elle les retire)|(?<=pour qu'elle la supprime)|(?<=pour qu'elle la efface)|(?<=pour qu'elle la retire)|(?<=pour qu'elle le supprime)|(?<=pour qu'elle le efface)|(?<=pour qu'elle le retire)|(?<=pour qu'elle l'supprime)|(?<=pour qu'elle l'efface)|(?<=pour qu'elle l'retire)|(?<=pour qu'elle supprime)|(?<=pour qu'elle efface)|(?<=pour qu'elle retire)|(?<=pour qu'ils les suppriment)|(?<=pour qu'ils les effacent)|(?<=pour qu'ils les retirent)|(?<=pour qu'ils la suppriment)|(?<=pour qu'ils la effacent)|(?<=pour qu'ils la retirent)|(?<=pour qu'ils le suppriment)|(?<=pour qu'ils le effacent)|(?<=pour qu'ils le retirent)|(?<=pour qu'ils l'suppriment)|(?<=pour qu'ils l'effacent)|(?<=pour qu'ils l'retirent)|(?<=pour qu'ils suppriment)|(?<=pour qu'ils effacent)|(?<=pour qu'ils retirent))|rends\b(?<!me rends)(?<!se rends)(?! compte)|rend contre|(?:rend|rendra|rendrait) (?:le|mon|ton|son) compte)")
sig("pay_or_else", "une menace assortie d'une demande d'argent", [PAY_OR_ELSE], negatable=False, group="offence")
sig("blackmail", "une menace assortie d'une demande (chantage)", [
    PAY_OR_ELSE + r"|sinon (?:il|elle|ils|elles|on|tout)\b",
    r"(?:chantage|chanter|extorsion|rancon)\b|menace\w* (?:de |d')(?:publier|diffuser|envoyer|partager|montrer|balancer|poster)|renonce\w* si",
], negatable=False, group="offence")
sig("account_hacked", "un compte en ligne a été piraté", [
    r"(?:compte|comptes|profil|messagerie|boite mail|adresse mail|mail|whatsapp|insta|instagram|facebook|messenger|snap|snapchat|gmail|hotmail|outlook|tiktok|twitter|discord|steam|ameli|caf|impots|netflix|paypal|vinted|leboncoin|amazon|zalando|uber|fnac|icloud|apple id|apple|google|fortnite)\b[^.;!?]{0,40}?\b(?:pirat\w*|hack\w*|pris le controle|plus acces|n'ai plus acces|ne peux plus (?:me connecter|y acceder|entrer)|bloque par|vole|volee|compromis|recupere par|repris|s'est deconnecte|deconnecte)(?<!photos vole)(?<!photos volee)(?<!photos volees)",
    r"(?:pirat\w*|hack\w*)(?<!pour hacker)(?<!pour pirater)[^.;!?]{0,30}?(?:compte|profil|insta|instagram|facebook|snap|mail|whatsapp|messagerie|tiktok|messenger|gmail|apple)",
    r"connecte\w* (?:a|sur|dans) (?:mon|ma) (?:compte|boite|messagerie|mail)|(?:change|modifie)\w* (?:mon|le|mes|l') (?:mot de passe|adresse mail|adresse de recuperation|numero de recuperation)|mot de passe (?:a ete )?(?:change|modifie)|pris le controle|prise de controle|vole mon (?:whatsapp|compte|snap|insta)|acces a (?:mon|ma) (?:compte|boite|messagerie)|connexions? (?:inconnues? )?depuis l'etranger|plus la main sur",
    r"hacker\b(?<!pour hacker)(?<!a hacker)|pirate (?:a|ecrit|envoie|poste|publie|demande|me|m'|ne|avait|de son|de mon)\b",
], group="offence")
CONTACTS = r"(?:amis|amies|contacts|proches|abonnes|potes|copains|copines|collegues|connaissances|famille|cousins|cousines|repertoire|carnet)"
sig("contacts_not_asked", "vos contacts n'ont reçu aucune demande d'argent", [
    r"(?:contacts|proches|amis|famille|entourage)\b[^.;!?]{0,30}?(?:ont rien recu|n'ont rien recu|n'ont pas recu|rien recu|aucun message|aucune demande)|personne n'a recu (?:de |d')?(?:demande|message|sollicitation)|aucun (?:de mes )?(?:contacts?|proches|amis) n'a (?:recu|ete sollicite)",
], negatable=False, group="offence")
sig("contacts_asked_money", "vos contacts ont reçu des demandes d'argent", [
    CONTACTS + r"\b[^.;!?]{0,70}?(?:argent|virement|payer|euros|€|preter|paiement|sous|depanner|mandat|code|pcs|transcash|recharges?|investi\w*|rib)",
    r"(?:demand\w*|ecrit|envoie|envoyer|ecrire|reclame|ecrivent|envoient|contacte\w*)[^.;!?]{0,40}?(?:de l'argent|des recharges|des sous)[^.;!?]{0,30}?" + CONTACTS,
    r"(?:amis|potes|contacts|cousine?|tia|tante|oncle|collegue|proches|copine|copain|abonnes|soeur|frere|camarade|personnes)\b[^.;!?]{0,40}?(?:ont|a|avait|avaient) (?:deja )?(?:paye|envoye|vire|verse|transfere)",
    r"(?:tu m'as demande|t'ai envoye)|rib\b|(?:envoyes|vires|payes)\b(?:(?<=les a envoyes)|(?<=les ont envoyes)|(?<=les a vires)|(?<=les a payes))",
], group="offence")
sig("exposure_threat", "une menace de publier ou d'envoyer des images de vous", [
    r"menac\w* (?:de |d')(?:le |la |les |l')?(?:publier|diffuser|envoyer|partager|balancer|poster|montrer)",
    r"(?:menac\w*|veut|va|vont|dit|sinon)\b[^.;!?]{0,30}?(?:publier|diffuser|envoyer|partager|balancer|poster|montrer)\w*[^.;!?]{0,40}?(?:photos?|videos?|images?|captures?|vid|tout le monde|mes contacts|ses contacts|mes amis|ses amis|ma famille|mes parents|ses parents|ma femme|mon employeur|mon patron)",
    r"(?:sinon|si (?:je|il|elle) (?:ne )?(?:paie|paye|payais|payait|verse|envoie))[^.;!?]{0,50}?(?:publi\w*|diffus\w*|envoi\w*|envoy\w*|balanc\w*|partag\w*|recoit|recevra|montr\w*|partir\w*)",
    r"(?:photos?|videos?|vid) (?:de (?:moi|lui|nous)|intimes?)\b|chanter avec",
    r"(?:filme|enregistre|enregistree|capture)\w*[^.;!?]{0,30}?(?:webcam|appel video|visio|nue?|deshabille\w*)|webcam[^.;!?]{0,60}?(?:filme|video|sites? (?:pour )?adultes?|porno)",
], negatable=False, group="offence")
sig("no_money_asked", "aucune somme n'a été demandée", [
    r"(?:rien|jamais|aucune?) (?:de )?(?:demande\w*|reclame\w*|rancon|d'argent|somme|arnaque|argent)\b|argent ?\? ?(?:non|rien|aucun|pas du tout)|(?:demande|demandent|demandait|demandaient|reclame|reclament) rien\b|dargent\b(?:(?<=pas dargent)|(?<=rien dargent))|(?:demande|reclame)(?:(?<=pas demande)|(?<=pas de demande)|(?<=pas reclame))\w*|(?:rancon|somme|arnaque|argent)\b(?:(?<=pas rancon)|(?<=pas de rancon)|(?<=pas d'argent)|(?<=pas dargent)|(?<=pas somme)|(?<=pas de somme)|(?<=pas arnaque)|(?<=pas argent))|personne (?:ne )?(?:m'a|me|ma|nous a|lui a|n'a) (?:rien |pas )?(?:demande|reclame|recu)|sans (?:rien )?demander|demande (?:pas|rien) (?:d'argent|a personne)",
], negatable=False, group="offence")
sig("card_handed", "la carte a été remise à quelqu'un", [
    r"(?:venu|passe|passer|envoye)\b(?<!personne n'est venu)(?<!personne n'est passe)[^.;!?]{0,25}?(?:chercher|recuperer|prendre) (?:l'argent|l'enveloppe|la carte|sa carte|ma carte|les bijoux|le liquide|\d)|remis l'enveloppe|coursier|(?:remis|donne|confie|tendu|remettre|donner) (?:ma|sa|la|leur) (?:carte|cb)|(?:donnee|remise) (?:au|a un|a une|a l'homme)",
], group="card")
# ---------------------------------------------------------------- offences against the person
sig("sexual", "des faits à caractère sexuel ou sexiste", [
    r"(?:viol|viols|violee|violees|violer|violait|agression sexuelle|agresse sexuellement|agressee sexuellement|attouchement\w*|tripot\w*|exhib\w*|frotteur|frott\w*|sexuel\w*|sexiste\w*|sexe|pornograph\w*|porno|pedo\w*|masturb\w*|nude|nudes|sextape|sextorsion|sextortion|revenge porn|deepfake|pute|salope|chienne|catin|seins|poitrine|fesses|caresse\w*|embrassee|jupe|sucer|baiser|soutif|soutien-gorge|sous-vetements|pelot\w*|droguee|grooming)\b|embrasse\w* (?:de force|sur la bouche|malgre)|drogue\w* (?:a mon insu|sans)",
    r"touche (?:ma|mon|sa|son) (?:petite|petit|fille|fils|soeur|frere|niece|neveu)|touche(?<=me touche)(?<!ca me touche)(?<!cela me touche)|touche(?<=la touche)|touchait(?<=me touchait)|touchait(?<=la touchait)|touchee(?<=m'a touchee)|touchee(?<=m a touchee)|toucher(?<=me toucher)|toucher(?<=fait toucher)|toucher(?<=se faire toucher)|touche (?:ma|mes|les|sa|ses) (?:seins|fesses|poitrine|parties|sexe|cuisses)",
    r"(?:remarques?|commentaires?|trucs?|choses?) (?:degueu\w* )?(?:sur|de) (?:mon|ma|son|sa|mes) (?:corps|physique|poitrine|tenues?|fesses|seins)|t'es bonne|tu es belle,? viens",
    r"gestes? (?:deplaces?|sexuels?|inappropries?)|mains sous|trou noir|relations quand je veux pas|force\w* a avoir (?:un rapport|des rapports|des relations|une relation)|filme\w* sous",
    r"(?:truc|quelque chose|qqch|drogue|ghb) dans (?:mon|son|leur) verre|(?:reveillee?|reveille) (?:chez un inconnu|chez lui|dans son lit|nue?)|aucun souvenir|rapport (?:force|non consenti)|consentement",
    r"(?:faisait|fait|faire) des secrets|(?:demande|demander|demandait|veut|exige|exigeait|reclame)\w*[^.;!?]{0,30}?(?:photos|videos|images)\w* (?:d'(?:elle|eux)|de (?:toi|lui|moi|vous)|nue?s?|intimes?|en prive|en sous-vetements|plus explicites?|osees?)|(?:photos|videos) en prive|approcher des enfants",
], group="offence")
sig("asks_photos", "quelqu'un demande des photos ou des vidéos", [
    r"(?:demande|demander|demandait|demandent|veut|voulait|exige|exigeait|reclame|propose|proposait)\w*[^.;!?]{0,30}?(?:photos?|videos?|images?|nudes)\b|demande\w* de se (?:filmer|photographier|deshabiller|montrer)|(?:se filmer|se deshabiller) (?:nue?s?|en (?:calecon|culotte|slip|sous-vetements))",
], negatable=False, group="offence")
sig("body_contact", "quelqu'un s'est collé contre vous", [
    r"colle\w* (?:contre|a) moi",
], negatable=False, group="offence")
sig("nonconsensual", "des images ou actes sans consentement", [
    r"consentement\b(?:(?<=sans mon consentement)|(?<=sans son consentement)|(?<=sans consentement)|(?<=sans leur consentement))|filmait\b(?<=savais meme pas qu'il filmait)",
], negatable=False, group="offence")
sig("intimate_images", "des images intimes", [
    r"(?:photos?|videos?|images?|snaps?|selfies?|vid|captures?)\b[^.;!?]{0,30}?(?:intimes?|nue|nues|nu\b|nus\b|denude\w*|sexy|osee|osees|en sous-vetements|en soutif|en maillot|sexuelles?|explicites?|coquines?|au lit|dans la douche|sous (?:ma|la|sa) jupe|seins nus)",
    r"(?:video|photos?|images?) de (?:nous deux|nous|moi|lui|elle)[^.;!?]{0,25}?(?:nue?|au lit|intime|en train|coucher)|coucher ensemble",
    r"(?:nudes?|sextape|revenge porn|deepfake|montages? porno\w*|photomontage|deshabille\w*|nue)\b|(?:visio|appel video|webcam)\b[^.;!?]{0,40}?(?:nue?|nus|deshabill\w*|sexe|masturb\w*|intime)",
], group="offence")
sig("harassment", "un harcèlement", [
    r"(?:harcel\w*|harcèl\w*|stalk\w*|traque\w*|cyberharcel\w*|acharne\w*|enfer\b|pourrit la vie|ecart|balance ton)",
    r"(?:suit|suivent|suivait|suivie|suivi|attend|attendent|attendre|debarque)\w* (?:partout|jusqu|tous les|chaque)",
    r"(?:messages|sms|appels|mails|fois) (?:par jour|par nuit|chaque jour)|(?:vingt|trente|cinquante|dizaines de|cent|centaines de) (?:messages|sms|appels|mails)|dizaines de fois|(?:disent|dit|disait|disaient|ecrivent|ecrit|pousse|poussent)\w* (?:a (?:mon|ma) (?:fils|fille|enfant|frere|soeur)|me|m'|lui) (?:de (?:se|me) suicider|de (?:se|me) tuer|d'aller (?:se|me) pendre)",
    r"(?:cree|creer|cree des|recree|cree de) (?:des |de )?(?:nouveaux|nouveau|faux) comptes?|moquer\b(?<=pour se moquer) (?:d'elle|de lui|de moi|de nous|de mon fils|de ma fille)|cree\w* expres|surnomment|surnommaient",
], group="offence")
sig("repeated", "des faits répétés", [
    r"(?:tous|toutes) les (?:jours|soirs|matins|mois|week-ends|deux jours|nuits|semaines)|chaque (?:jour|nuit|semaine|soir|matin|mois|fois|debut de mois)|sans (?:arret|cesse|relache)|repetition|boucle|encore et encore|h24|regulierement|reprises",
    r"depuis (?:des|plusieurs|deux|trois|quatre|cinq|six|huit|dix|quelques|\d+) (?:mois|semaines|ans|annees)|depuis (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l'ete|cet ete|le printemps|l'automne|la rentree|son arrivee|qu'il|qu'elle|que j'ai|mon coming|le divorce|la separation|la rupture|un an|un mois|une semaine)\b",
    r"(?:dure|fait) depuis|fait (?:deux|trois|quatre|cinq|six|huit|dix|plusieurs|des) (?:mois|ans|semaines|annees)|depuis (?:plus d'un|plus de|presque|bientot) (?:an|mois|\w+ (?:ans|mois|semaines))|incidents|recommence\w*|arrete pas|(?:deux|trois|quatre|plusieurs) fois|encore une fois|deuxieme fois|troisieme fois|premiere fois(?<=pas la premiere fois)|fois,? c'est (?:toutes|tous)",
    r"(?:chacune|chacun) (?:de |des )?mes|toutes\b(?<=sous toutes) (?:mes|ses)",
], negatable=False, group="offence")
sig("single_event", "un fait isolé (une seule fois)", [
    r"(?:seule fois|premiere fois|qu'une fois|seul incident|seul message|seule\b(?<=une seule)|fois\b(?:(?<=arrive une fois)|(?<=c'est une fois)|(?<=cest une fois)|(?<=juste une fois)|(?<=passe une fois)))",
], group="offence")
sig("single_event_stated", "un fait isolé, jamais arrivé avant", [
    r"(?:jamais rien dit avant|autre probleme|ni avant ni apres|avant ni apres|avait jamais rien dit|s'etait jamais)",
], negatable=False, group="offence")
HATE_GROUP = (r"(?:noir|noire|noirs|noires|negre|negresse|arabe|arabes|juif|juive|juifs|pd|pede|gouine|bougnoule|bougnoules|bicot|chinois|chinoise|musulman|musulmane|"
              r"renoi|rebeu|bamboula|singe|macaque|tarlouze|travelo|handicape|mongol|gitan|rom|roms|roumain|portugais|turc|grosse noire|grosse|africain|africains)")
sig("hate", "des propos ou actes racistes, discriminatoires ou haineux", [
    r"(?:racis\w*|antisemit\w*|homophob\w*|transphob\w*|islamophob\w*|xenophob\w*|negrophob\w*|grossophob\w*|lesbophob\w*|biphob\w*|discrimin\w*|haineux|haineuse|youpin|bougnoul\w*|negro|negresse|tarlouze|travelo|gouine|tapette|nazi\w*|croix gammee|etoile de david|singe|singes)\b",
    r"sales? (?:\w+ )?" + HATE_GROUP + r"\b",
    r"(?:retourne|rentre|retournez|rentrez) (?:dans ton pays|chez toi|chez vous|en afrique|dans ta brousse|au bled)|(?:juifs|arabes|noirs|musulmans|etrangers) dehors|dehors\b[^.;!?]{0,20}?(?:juifs|arabes|noirs)",
    r"(?:cause de|parce que|raison de|vu que|depuis que j'ai (?:dit|parle de)|apres avoir (?:vu|appris)) (?:ma|mon|mes|je suis|j'etais|je porte|son|sa|ses|elle est|il est) (?:\w+ )?(?:couleur|origine|origines|religion|handicap|orientation|voile|peau|nom|accent|noir|noire|arabe|juif|juive|musulman|musulmane|voilee|homo|homosexuel\w*|gay|lesbienne|trans|handicape\w*|enceinte|burkini|fauteuil|coming out|age)",
    r"(?:voile|burkini|kippa)\b|trans\b|coming out|marie avec un homme|mariee avec une femme|traite\w* de terroriste|ramenez des virus|cinquante ans,? ca",
    r"(?:traite\w*|compare\w*) (?:\w+ ){0,3}(?:de |a des |aux )(?:singes?|rats|vermine|macaques?|animaux|cafards)|(?:insult\w*|moqu\w*|haine) (?:contre |envers |des |les |de )?(?:juifs|noirs|arabes|musulmans|handicape\w*|personnes handicapees|trisomiques|gays|homos|homosexuels|trans|roms|femmes|asiatiques|migrants|refugies)\b",
], group="offence")
sig("discrimination", "un refus ou un traitement discriminatoire", [
    r"(?:veut|voulait|voulaient|veulent|prend|prenait|prennent|prenaient|garde|gardait|gardaient|loue|louent|louait|embauche|embauchent|embauchait|accepte|acceptent|acceptait) pas (?:de |d'|des |les )?(?:africains?|arabes?|noirs?|noires?|rebeus?|renois?|voilees?|femmes voilees|femmes enceintes|enceintes|handicapes?|fauteuils?|etrangers?|musulmans?|juifs?|chinois|asiatiques?|homos?|gays?|trans|gens comme|ca chez lui|ca ici|roms?|gitans?)",
    r"(?:voilees|rebeus|renois|africains|handicapes)\b|gens comme (?:vous|toi)",
    r"(?:refus\w*|licenci\w*|vire|viree|virer|vires|poste\b(?<=un poste)|embauche\w*|logement|location|entree)[^.;!?]{0,80}?(?:(?:a cause de|parce que|parce qu'|en raison de|quand (?:il|elle|ils) (?:a|ont) vu que)[^.;!?]{0,40}?(?:noire?s?|arabes?|africaine?s?|maghrebine?s?|musulmane?s?|juive?s?|voilee?s?|voile|enceinte|grossesse|handicap\w*|fauteuil|homo\w*|gay|lesbienne|trans|origines?|couleur|religion|accent|mon nom|mon age|femme|etrangere?|roms?|gitane?s?|orientation|obese|poids|peau)|avec (?:mon|son) voile)|(?:cause de|raison de|seulement pour|juste pour) (?:ma|mon|son|sa) (?:couleur|origine|religion|voile|handicap|fauteuil|grossesse|orientation|accent|nom|burkini)",
    r"(?:pede|pedes|pd|tapettes?|tarlouze|rebeus?|renois?)\b",
    r"refus\w*[^.;!?]{0,80}?(?:pas de ca|mauvais genre|pas de (?:voilees|noirs|arabes|rebeus|renois|handicapes|fauteuils?))",
], negatable=False, group="offence")
CONTENT = (r"(?:video|videos|publication|publications|post|posts|page|pages|groupe|groupes|compte|comptes|live|lives|story|stories|commentaire|commentaires|tweet|tweets|"
           r"chaine|hashtag|reel|reels|contenu|contenus|photo|photos|montage|montages|memes(?<=des memes)|meme(?<=un meme)|clip|topic|forum|serveur|canal|salon|defi|profil|pub|publicite)")
PLATFORM = (r"(?:facebook|instagram|insta|tiktok|twitter|x|youtube|telegram|snapchat|snap|reseaux sociaux|reseau social|en ligne|internet|le web|forum|discord|twitch|reddit|linkedin|"
            r"public|publique|publics|publiques|publiquement|partage\w*|repartage\w*|reposte\w*|retweet\w*|postee?s?|publiee?s?|mise? en ligne|circul\w*|tourne|vue?s? par|milliers|millions|viral\w*|abonnes|likes|vues|viewers|spectateurs|membres)")
sig("public_content", "un contenu public vu en ligne", [
    CONTENT + r"s?\b[^.;!?]{0,60}?\b" + PLATFORM + r"\b",
    r"(?:vu|vue|vus|tombe|tombee|trouve|trouvee|decouvert|decouverte|circule|circulent|publie|publiee|publient|poste|postee|postent|partage|partagee|partagent|diffuse|diffusee|relaye|lu(?! que| qu')|lus|montre|montree|commente|commentee|commentent)\b[^.;!?]{0,40}?(?:sur|dans|sous) (?:facebook|instagram|insta|tiktok|twitter|x|youtube|telegram|snapchat|snap|les reseaux|un groupe|une page|un forum|internet|le web|discord|twitch|reddit|linkedin|un site|un compte|un serveur|une video|un article|la page|le site|le compte|le groupe)\b",
    r"(?:x|tiktok|insta|instagram|facebook|youtube|twitter|snapchat|snap|telegram|discord|twitch|reddit|linkedin)\b[^.;!?]{0,40}?(?:compte|page|video|post|publie|poste|commentaires?|groupe|chaine|live|story|tweet|montages?)|(?:youtubeu\w*|influenceu\w*|streameu\w*|tiktokeu\w*)\b",
    r"(?:viewers|spectateurs|abonnes|partages|likes|live|lives)\b|milliers de (?:commentaires|messages|vues|membres)|publiquement (?:sur|dans|sous)|centaines de (?:commentaires|messages|partages)",
], negatable=False, group="content")
sig("illegal_content", "un contenu illicite (haine, terrorisme, pédocriminalité, appel à la violence)", [
    r"(?:apologie|lapologie|terroris\w*|djihad\w*|jihad\w*|daech|daesh|propagande|pedopornograph\w*|pedocrimin\w*|pedophil\w*|decapit\w*|egorge\w*|execution|tortur\w*|maltraitance animale|attentats?|lattentat|lattaque|fusillade|tuerie|carnage|massacre|ratonnade|negationn\w*|revisionn\w*|bombe(?<!en bombe)(?! de peinture| noire| rouge| blanche)|bombes|explosif|extermin\w*|vermine|1942|martyr|zoophil\w*|drogue|stupefiants|animaux protege\w*|especes? protegees?|braconn\w*|lyncher|euthanasier|eradiquer|heros|vengeance|pacte)\b",
    r"(?:enfants?|mineure?s?|gamines?|petites filles|fillettes) (?:nus?|abuses?|dans le bain)|appel\w* (?:au meurtre|a la violence|a tuer|au lynchage|a la haine|au viol|a l'emeute|a bruler|a attaquer|a tabasser|a frapper|a harceler)|incitation (?:a la haine|a la violence|au meurtre|au suicide)|contenus? (?:illicites?|illegaux|choquants?|haineux|pedo\w*|violents?)|maltraite un (?:chien|chat|animal)",
    r"tirer (?:au|sur le|dans le|sur tout) (?:lycee|college|ecole|monde)|menaces? de mort publiques?|chasse\b|chambres a gaz|expedition punitive|sauter\b(?<=faire sauter)|peter\b(?<=ca va peter)|caricatures? (?:nazies?|antisemites?)|tour\b(?<=qui le tour)|flammes\b|finir le travail|fichiers de cartes|tutos? pour (?:hacker|pirater)|comptes bancaires (?:pirates|voles)|armes a feu|ordonnance\b(?<=sans ordonnance)",
    r"(?:corriger|buter|cramer|lyncher|regler son compte|mettre le feu|poignarder|egorger|abattre|massacrer)\b|casser du \w+|(?:bruler|brule|brulons|brulez|cramer|cramez|cramons) (?:le|la|les|leurs?) (?:commissariat|mosquee|synagogue|eglise|mairie|ecole|camps?|maison)|trafic\b|adopter contre|(?:enfants?|filles|fillettes|mineures?|gamines)[^.;!?]{0,30}?(?:denude\w*|nue?s?\b)",
    r"(?:appelle|appellent|appelant|pousse|poussent|encourage\w*|incite\w*) (?:a|au|les gens a|les gens a les|a les|a la|a le) (?:« |'|\")?(?:tuer|frapper|harceler|bruler|violer|attaquer|casser|lyncher|aller|s'etrangler|se suicider|se scarifier|faire)|(?:promotion|apologie) (?:de la scarification|du suicide|de l'anorexie)",
    r"(?:vend|vendent|vendait|vente|vendre)\w*(?: »|'|\")? (?:un |des |de |d'|du )?(?:faux (?:diplomes|permis|papiers)|fausses (?:cartes|pieces)|bebe|enfants?|drogue|armes?|packs?|medicaments|ozempic|videos? (?:de|d') (?:mineur\w*|enfants?)|photos? de mineur\w*)|(?:packs?|videos?|photos?) (?:de|d') (?:tres )?(?:jeunes )?(?:mineure?s?|enfants?|gamines?|petites filles|fillettes|adolescentes)|(?:propose|proposent|vend|vendent)\w* (?:des |de )?(?:\xab |\x22|')?(?:tres )?jeunes (?:filles|adolescentes|mineures)",
    r"(?:photos?|videos?) volees de (?:femmes|filles|lyceennes|collegiennes|eleves)|(?:photos?|videos?) (?:de |d')?(?:femmes|filles|lyceennes)\b[^.;!?]{0,40}?(?:en cachette|a leur insu|volees|sans leur accord|prises? en)|demande aux (?:gamins|enfants|mineurs|filles)",
    r"(?:faut|faudrait|doivent etre|devraient etre) (?:les |le |la |l')?(?:tuer|gazer|noyer|bruler|exterminer|eliminer|euthanasier|pendre|buter|frapper|tabasser|eradiquer|deporter|egorger|chasser|nettoyer|renvoyer)\w*|(?:tuer|gazer|noyer|bruler|exterminer|eliminer|euthanasier|egorger|buter|chasser) (?:tous )?(?:les|des) (?:juifs|arabes|noirs|flics|keufs|pd|pedes|gays|homos|trans|femmes|roms|migrants|refugies|musulmans|chretiens|policiers|infideles|handicapes|blancs)",
    r"(?:noirs|juifs|arabes|musulmans|migrants|homos|gays|trans|roms|asiatiques|chinois|blancs|haitiens|comoriens|feministes|flics|infideles)\b[^.;!?]{0,40}?(?:singes|chasser|frapper|tuer|virer|deporter|exterminer|cramer|vermine|parasites|animaux|dehors|a la mer|violer)",
    r"(?:viendra|viens|vient|venir) (?:demain |lundi |ce soir )?avec (?:une|son|le|un) (?:arme|fusil|couteau|flingue)|(?:tuer|egorger|buter|abattre|faire exploser) (?:le|la) (?:president|ministre|depute\w*|maire|prof\w*|journaliste)|(?:tirer|poignarder|attaquer|bombarder|massacrer) (?:sur|le|la|les|tout)|(?:videos?|photos?|images?|contenus?) (?:de viols?|sexuelles? (?:d'enfants|de mineurs|de gamins|de petites filles)|pedo\w*)|(?:photos?|videos?)[^.;!?]{0,60}?(?:petites filles|fillettes|enfants|gamins|gamines|mineurs|mineures)[^.;!?]{0,40}?(?:commentaires sexuels|sexuels?|sexuelles?)|poser une bombe|(?:allumer|allume|allumez|caillasser|caillassez|cailler|attaquer|attaquez) (?:les|des) (?:pompiers|flics|keufs|policiers|condes|gendarmes)|ramenez (?:des |de l'|l')?(?:mortiers|battes|armes|barres|couteaux|essence|cocktails)|carnage|bravo aux attentats|etrangler\b|serrer le cou|defi[^.;!?]{0,60}?(?:etrangl|evanoui|ceinture)",
], negatable=False, group="content")
sig("targeted_me", "le contenu ou les faits vous visent personnellement", [
    r"(?:m'|me |m )(?:insult\w*|menac\w*|harcel\w*|humili\w*|cibl\w*|identifi\w*|nomm\w*|expos\w*|rabaiss\w*|traite\w*|touchee?\b(?<!ca me touche)(?<!cela me touche)|frott\w*|suivi\w*|suit|suivent|viol\w*|agress\w*|filme\w*|photographi\w*|forc\w*|colle\w*|embrass\w*|caress\w*|frapp\w*|gifl\w*|exig\w*|fait chanter|font chanter|drogu\w*|moqu\w*|retrouver|defoncer|tuer|crever|planter|buter)\b(?! pas)",
    r"(?:minsult\w*|mmenac\w*|mharcel\w*|mtraite\w*|mfrapp\w*)|(?:m'a|m a|m'ont|mont|m'avait)(?<!personne ne m'a)(?:(?<!personne m'a)|(?<=une personne m'a)|(?<=cette personne m'a)|(?<=la personne m'a))(?<!personne ne m a)(?<!personne ne m'avait) (?:insult\w*|menac\w*|harcel\w*|humili\w*|traite\w*|touchee|frapp\w*|gifl\w*|agress\w*|suivie?|filme\w*|viole\w*|force\w*|pousse\w*|bouscul\w*|crache\w*|tague\w*)",
    r"(?:photos?|videos?|montages?|captures?|images?) de (?:moi|nous)\b|(?:recois|recoit|recu|recevons|recevais)\b[^.;!?]{0,40}?(?:insultes|menaces|messages (?:haineux|d'insultes|de menaces|sexuels))|(?:photos?|videos?|images?|montages?|nudes?)\b[^.;!?]{0,25}? (?:de|d') (?:ma fille|mon fils|mon enfant|ma soeur|mon frere|ma niece|mon neveu)\b|(?:disant|dit|dire|raconte|racontent|raconter|ecrit|ecrivent|publie|poste|postent|affirme)\b[^.;!?]{0,25}? que je suis\b|(?:fille|fils|enfant|petite|petit)\b[^.;!?]{0,25}?(?:se fait|s'est fait|se faisait|est) (?:harcel|insult|frapp|racket|menac|moqu|tabass|agress)\w*|(?:m'envoi|menvoi|m envoi|m'ecri|mecri|m ecri)\w*[^.;!?]{0,30}?(?:insultes|menaces|nudes|photos (?:de (?:sexe|son sexe|nus?|lui nu)|intimes|obscenes|porno\w*)|videos (?:porno\w*|intimes|obscenes)|messages (?:haineux|d'insultes|de menaces|sexuels|obscenes))|contre moi|visee?\b(?:(?<=suis vise)|(?<=suis visee)|(?<=sens vise)|(?<=sens visee)|(?<=peu visee)|(?<=qu'on vise))|cible\b",
    after(["mon", "ma", "mes", "notre", "sous", "sous mes", "sous ma"], ["photo", "photos", "videos", "nudes", "visage", "nom", "adresse", "numero", "couleur", "porte", "jupe", "corps", "seins", "fesses", "poitrine", "tenue", "tenues", "physique"]) + r"|(?:chacune|chacun|toutes) de mes|porte de (?:mon|notre) (?:appartement|appart|maison|logement)",
], group="content")
NT_VERBS = r"(?:donne|achete|paye|commande|rempli|perdu|investi|scanne|clique)"
sig("nothing_lost", "la personne n'a rien payé ni donné", [
    r"rien (?:donne|achete|paye|commande|rempli|perdu|investi|scanne|clique|tape|mis|saisi|fait)\b|(?:donne|achete|paye|commande|rempli|perdu|investi|scanne|clique|tape|saisi)\b(?:(?<=pas donne)|(?<=pas achete)|(?<=pas paye)|(?<=pas commande)|(?<=pas rempli)|(?<=pas investi)|(?<=pas scanne)|(?<=pas clique)|(?<=pas tape)|(?<=pas saisi)|(?<=pas encore paye))|zero euro|(?:payer|commander|acheter)\b(?:(?<=avant de payer)|(?<=failli commander)|(?<=failli acheter)|(?<=failli payer))|(?:donne|paye)\b(?:(?<=famille n'a donne)|(?<=chez nous n'a paye)|(?<=chez nous n'a encore paye))",
], negatable=False, group="content")
sig("not_targeted", "vous êtes témoin du contenu, pas sa cible", [
    r"(?:vise|visent|visait|visaient|concerne|concernent|adresse|dirige)e?s? (?:pas|personne)|(?:vise|visee|concerne|concernee)\b(?:(?<=pas vise)|(?<=pas visee)|(?<=pas concerne)|(?<=pas concernee))",
    r"moi\b(?:(?<=pas contre moi)|(?<=pas a moi)|(?<=pas pour moi)|(?<=pas de moi)|(?<=pas moi))|fille\b(?<=pas ma fille)|fils\b(?<=pas mon fils)|enfants?\b(?:(?<=pas mon enfant)|(?<=pas mes enfants))|famille\b(?<=pas ma famille)|sont pas (?:mes|moi)|vise\b(?<=pas moi qu'on vise)|menace\b(?<=pas moi qu'on menace)",
    r"(?:suis pas|etais pas|suis) (?:juste |seulement |simplement |que )?(?:supporter|spectat\w*|lecteur|lectrice|electeur|abonnee?|membre)\b|(?:suis pas|etais pas) (?:visee?|concernee?|la cible|la personne|victime|dessus|la deputee|rom|noire?|juive?|dedans|musulmane?|policiere?|trans|gay|homo|arabe|ce joueur|cette personne)\b",
    r"personne (?:ne )?(?:me|m'|nous) ?(?:vise|a vise\w*|visait|nomme|a nommee?|cite|connait)|personne ne (?:m'a|nous a|m a) (?:menace|insulte|cible)\w*|personne ne (?:me|nous) (?:menace|insulte)\w*|(?:nomme|nommee|cite|citee)\b(?:(?<=pas nomme)|(?<=pas nommee)|(?<=pas cite)|(?<=pas citee))|personne m'a nommee?|figure pas|y (?:est|etait|suis) pas|(?:dessus|dedans)\b(?:(?<=pas dessus)|(?<=pas dedans))|photos\b(?<=pas sur les photos)",
    r"connais (?:pas|ni|aucun|aucune|personne)\b|connait pas|connaissent pas|aucun lien|sans lien|lien\b(?<=pas de lien)",
    r"contacte\w*\b(?:(?<=pas contacte)|(?<=pas contactee)|(?<=pas ete contacte)|(?<=pas ete contactee))|victime\b(?<=pas victime)|voir\b(?<=rien a voir)",
    r"spectat\w*|tombee? (?:sur|dessus)|scrollant|naviguant|surfant|vu passer|hasard|temoin|lecteur|lectrice|supporter|membre du groupe",
    r"rien " + NT_VERBS + r"|" + NT_VERBS + r"\b(?:(?<=pas donne)|(?<=pas achete)|(?<=pas paye)|(?<=pas commande)|(?<=pas rempli)|(?<=pas perdu)|(?<=pas investi)|(?<=pas scanne)|(?<=pas clique))|zero euro|non plus",
    r"(?:general|public)\b(?:(?<=c'est general)|(?<=c'est public)|(?<=cest public))|contre tout le monde",
    r"(?:veux|voudrais|souhaite|prefere) (?:juste |seulement )?(?:le |la |les )?(?:signaler|faire fermer)|signale (?:un|une|ce|cette) (?:compte|page|site|video|post|groupe|contenu|faux)|soit retire|soit ferme|autres\b(?<=pour les autres)|avant que (?:ca|quelqu'un) (?:arrive|se fasse)",
], negatable=False, group="content")
sig("threat", "des menaces", [
    r"(?:menac\w*|t'es mort|tu es mort|faire la peau|casser la gueule|faire payer)\b",
    r"(?:va|vais|vont|veut|voulait|allait|vient|viens) (?:me|te|nous|la|le|les|vous|tous nous|tous) (?:tuer|buter|frapper|egorger|planter|defoncer|massacrer|cramer|bruler|retrouver|faire la peau|faire du mal|casser|saigner|crever|tabasser|corriger|finir|descendre|flinguer|fumer|ouvrir le ventre|couper|poignarder|tirer dessus|defigurer|etrangler)\b",
    r"(?:va|vais|vont|veut|allait) (?:poignarder|tuer|egorger|abattre|planter|buter|frapper|attaquer|bruler|massacrer|tirer)\b|vais te (?:crever|tuer|defoncer|planter|buter|retrouver|saigner)|(?:mourir|crever|regretter)\b(?<=tu vas mourir)|(?:regler|regle) (?:ton|son|leur|ses|nos|ca|les) comptes?|sais ou tu (?:habites|vis)",
], group="offence")
sig("defamation", "des accusations fausses ou une atteinte à la réputation", [
    r"(?:accus\w*|traite\w*|traitant|presente\w*) (?:\w+ ){0,3}(?:de |d'|comme )(?:vol|voleu\w*|escroc|arnaqu\w*|pedophil\w*|menteu\w*|gestes)|(?:voleuse|voleur|escroc) (?:de|du|des)\b",
    r"(?:raconte|affirm|pretend|publie|accus|ecrit partout|dit partout)\w* (?:\w+ )?que (?:je|j'|j'ai|j'avais|mon taxi)|(?:completement |totalement )faux|faux,? (?:totalement|completement)|jamais vole|reputation|diffam\w*|calomn\w*|faux avis|rumeurs?|(?:courriers|lettres|messages) anonymes",
], negatable=False, group="offence")
sig("insult", "des insultes ou une diffamation", [r"(?:suicides?-toi|tue-toi|va te pendre|va crever|insult\w*|injuri\w*|traite de|traitee de|traitent de|traitait de|traite\w* d'|diffam\w*|calomn\w*|rumeurs?|ragots?|denigr\w*|moque\w*|faux avis)\b"], group="offence")
sig("violence", "des violences physiques", [
    r"(?:frapp\w*|tabass\w*|cogn\w*|gifl\w*|baffe\w*|claques?(?<=une claque)|coups? de (?:poing|pied|couteau|tete|boule|coude|genou|casque|crosse|batte|canne|epaule)|agress\w*|bagarre|battu|battue|battus|rouee? de coups|etrangl\w*|mordu\w*|griff(?!on)\w*|coups? d'epaule|tomber\b(?:(?<=m'a fait tomber)|(?<=l'a fait tomber)|(?<=m'ont fait tomber)|(?<=nous a fait tomber))|lynch\w*|passage a tabac|plaque\w* (?:au sol|contre)|assomm\w*|(?:mis|jete\w*|plaque\w*) (?:a|par|au) (?:terre|sol)|jete\w* (?:des objets|une chaise)|tord\w* le poignet|tire\w* (?:les |par les )cheveux|casse\b(?<=m'a casse) (?:le nez|le bras|la machoire|une dent|les dents|une cote))\b",
    r"(?:taper|tape|tapent|tapait|tapaient)\b(?<!je tape)(?<!j'tape)(?<!tu tape)(?! a la machine|(?:mon|ma|le|les|son|sa) (?:code|carte|numero|coordonnees|message|texte)|r? pour moi| vite| de la main| sur l'epaule)|coups\b(?! de fil| de telephone| d'oeil)|(?:pousse\w*|jete\w*) (?:violemment|par terre|au sol|contre|dans l'escalier)|(?:violences?|violente\w*)(?! (?:verbales?|morales?|psychologiques?|conjugales?|economiques?))\b",
], group="offence")
sig("injury", "une personne est blessée", [
    r"(?:blesse\w*|blessure\w*|saign\w*|sang|urgences|suture\w*|hematome\w*|bleus|ecchymose\w*|itt|entorse|plaie\w*|arcade|commotion|traumatisme\w*|evanoui\w*|inconscient\w*|ambulance|samu|platree|ko|cocard)\b|platre\b(?:(?<=dans le platre)|(?<=m'a platre)|(?<=on m'a platre))|marques? sur (?:le|les|son|sa|ses|mon|ma|mes) (?:bras|dos|corps|visage|cou|jambes?)",
    r"fracture (?:du|de la|au|ouverte)|(?:casse|cassee?) (?:le nez|le bras|la jambe|une dent|les dents|le poignet|la machoire|la hanche)|(?:jambe|bras|poignet|nez|femur|hanche|cote|cotes|clavicule|tibia|epaule|cheville|dent|dents|machoire|doigt|genou)\w* (?:cass\w*|fractur\w*)|interruption temporaire de travail|jours d'arret|certificat medical",
], group="offence")
sig("no_injury", "personne n'a été blessé", [
    r"personne n'(?:a ete|est|etait) blesse\w*|personne (?:de )?blesse\b|(?:aucun|sans) (?:de )?(?:blesse\w*|blessure)|(?:blesse|blessure)(?:(?<=pas blesse)|(?<=pas de blesse)|(?<=pas blessure)|(?<=pas de blessure))\w*|egratignure\b(?<=pas une egratignure)|personne n'a ete touche|bobo",
], negatable=False, group="offence")
sig("no_violence", "aucune violence physique", [
    r"personne (?:ne )?(?:l'a|m'a|ne m'a|ne l'a|ne nous a|nous a|lui a) (?:bouscul|touch|agress|frapp|pouss)\w*|jamais (?:touch|bouscul|pouss|agress|frapp)\w*|(?:touch|bouscul|pouss|frapp)(?:(?<=pas touch)|(?<=pas bouscul)|(?<=pas pouss)|(?<=pas frapp))\w*|agress(?:(?<=pas agress)|(?<=pas d'agress)|(?<=pas de agress))\w*|sans violence|violence\b(?<=pas de violence)|aucune violence",
], negatable=False, group="offence")
sig("weapon", "une arme", [
    r"(?:couteau\w*|arme|pistolet|revolver|fusil|flingue|batte|barre de fer|cutter|machette|machettes|sabre|hache|bombe lacrymo\w*|gazeuse|tesson|bouteille cassee|matraque|poing americain|taser|calibre|kalach\w*|kalash\w*|marteau|ciseaux|lame|baionnette|surin|schlass|opinel|coutelas)\b|armes\b(?<!sont armes)(?<!etaient armes)",
], group="offence")
sig("identity_theft", "une usurpation d'identité", [
    r"usurp\w*|nom\b(?<=mon nom)(?<!connaissait mon nom)(?<!connait mon nom)(?<!connaissaient mon nom)|utilise\w* (?:mes|ses) (?:papiers|photos)|(?:papiers|photos)\b(?:(?<=avec mes papiers)|(?<=avec mes photos))|(?:identite|passeport|permis)\b[^.;!?]{0,40}?(?:utilise\w*|servi|fraude\w*)|passer pour moi|(?:mes|avec mes) (?:photos|coordonnees|donnees)[^.;!?]{0,30}?(?:faux profil|se faire passer)",
    r"(?:sim swap\w*|carte sim|duplicata de (?:ma|la) (?:carte )?sim|autre carte sim)",
    r"(?:faux (?:profil|compte)|profil)[^.;!?]{0,40}?(?:mes photos|mon nom|ma photo)|identite\b(?<=mon identite)|visage\b(?<=mon visage)",
], group="offence")
sig("ransomware", "un rançongiciel", [
    r"(?:rancongiciel|ransomware|ransomeware|readme|ecran rouge)",
    r"(?:fichiers?|donnees|documents|photos|disque|nas|ordinateur|pc|ordi|dossiers|serveurs?|postes)[^.;!?]{0,50}?(?:chiffres?|chiffrees?|cryptes?|crypte|verrouilles?|inaccessibles|renommes?|extension (?:bizarre|etrange|inconnue)|noms? bizarres?|\.locked)",
], group="offence")
sig("tech_support_scam", "une fausse alerte virus ou un faux support technique", [
    r"(?:fenetre|pop-up|popup|message|ecran)[^.;!?]{0,60}?(?:infecte|virus|bloque|piratage|appelez|appeler|numero)|(?:support|technicien|service) (?:microsoft|apple|windows)|faux (?:antivirus|technicien|support)|main (?:a distance|sur (?:mon |son |l')(?:ordinateur|pc|ordi))|distance\b",
], group="offence")
sig("impersonation_relative", "un message se faisant passer pour un proche (nouveau numéro)", [
    r"(?:nouveau numero|change de numero|change mon numero|telephone (?:casse|tombe)[^.;!?]{0,30}?numero)|(?:coucou|salut) (?:maman|papa|mamie|papi)|(?:papa|maman|mamie),? c'est moi",
    r"etait pas (?:ma fille|mon fils|mon frere|ma soeur|lui|elle)\b",
], negatable=False, group="offence")
sig("refund_trick", "un faux remboursement ou une fausse annulation validé sur l'appli", [
    r"(?:valid\w*|approuv\w*|confirm\w*|accept\w*)[^.;!?]{0,50}?(?:remboursement|annulation|annuler|securiser|notifications?|3-?d ?secure)|(?:annuler|securiser) (?:une |la |les |des )?(?:fraude|paiements?|tentatives?|compte|remboursement)",
    r"(?:code|codes) (?:recu|recus) par sms|(?:lire|lu|dicte|donne|donner) (?:le|les) codes?|(?:etaient|c'etaient|c'etait) (?:en fait )?(?:des|un|deux) (?:paiements?|achats?)",
], negatable=False, group="payment")
sig("self_paid", "la victime a elle-même fait le seul paiement", [
    r"(?:moi-meme(?<!rien paye moi-meme)(?<!pas paye moi-meme)(?<!rien fait moi-meme)|moi meme|elle-meme(?<!carte elle-meme)|lui-meme|direct en pensant|aucun autre (?:debit|paiement)|autre(?<=pas d'autre)s? (?:debits?|paiements?|sommes?)|vu d'autres sommes|juste ce paiement|moi qui (?:ai|avais) (?:tape|valide|paye|fait|envoye)|elle qui (?:a|avait) (?:tout )?(?:tape|valide|paye|fait))",
], negatable=False, group="payment")
# ---------------------------------------------------------------- victim and place
AGE_MINOR = r"(?:10|11|12|13|14|15|16|17|8|9) ans\b(?<!y a 1\d ans)(?<!y a \d ans)(?<!depuis 1\d ans)(?<!depuis \d ans)(?<!pendant 1\d ans)(?<!age de \d ans)(?<!age de 1\d ans)(?! (?:de (?:mariage|prison|vie|carriere|service|relation)|plus tard|que|qu'|d'))"
sig("victim_minor", "la victime est mineure", [
    AGE_MINOR,
    r"(?:mineur|mineure|mineurs|mineures|college|collegien|collegienne|collegiens|lycee|lyceen|lyceenne|lyceens|ado|ados|adolescent|adolescente|adolescents|eleve|eleves|recre|recreation|bahut|3e|4e|5e|6e|3eme|4eme|5eme|6eme|terminale|cm1|cm2|troisieme|quatrieme|cinquieme|sixieme)\b",
    r"classe\b(?<!premiere classe)(?! (?:affaires|eco))",
], negatable=False, group="victim")
sig("adult_stated", "la victime dit être majeure", [
    r"(?:majeur|majeure)\b|(?:18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99) ans\b(?<!y a \d\d ans)(?<!depuis \d\d ans)(?<!pendant \d\d ans)(?<!homme de \d\d ans)(?<!femme de \d\d ans)(?<!mec de \d\d ans)(?<!type de \d\d ans)(?<!gars de \d\d ans)(?<!monsieur de \d\d ans)(?<!adulte de \d\d ans)(?<!il a \d\d ans)(?<!qui a \d\d ans)(?! (?:de (?:mariage|prison|vie|carriere|service)|plus tard))",
], negatable=False, group="victim")
ABROAD = (r"(?:espagne|italie|portugal|maroc|tunisie|algerie|thailande|grece|allemagne|belgique|suisse|angleterre|royaume-uni|londres|barcelone|madrid|"
          r"rome|lisbonne|new york|etats-unis|usa|turquie|egypte|senegal|mexique|bali|croatie|pays-bas|amsterdam|berlin|bruxelles|dubai|japon|chine|"
          r"canada(?! goose)|quebec|bresil|dominique(?<=la dominique)|sainte-lucie|madagascar|ile maurice|vietnam|inde|cote d'ivoire|cameroun|pologne|roumanie|ukraine|irlande|"
          r"ecosse|prague|budapest|istanbul|marrakech|ibiza|majorque|tenerife|crete|naples|milan|venise|florence|seville|malaga|munich|"
          r"cambodge|indonesie|australie|miami|los angeles|cuba|republique dominicaine|haiti|sint maarten|andorre|luxembourg|geneve|lausanne|suriname|comores)")
sig("abroad", "les faits se sont passés à l'étranger", [
    ABROAD + r"\b|etranger\b|hors de france",
], negatable=False, group="victim")
sig("in_france", "les faits ont eu lieu en France", [
    r"(?:ici en france|faits ont eu lieu (?:en france|ici)|(?:vol|cela) (?:a eu lieu|s'est passe) (?:ici|en france|apres)|eu lieu (?:apres|ici)|sans rapport|rien a voir avec|deplacement|retrouvee? (?:au|en|a) |vue? (?:au|en) |partie? (?:au|en) )",
], negatable=False, group="victim")
sig("victim_company", "la victime est une entreprise ou une association", [
    after(["ma", "notre", "mon"], ["societe", "entreprise", "boutique", "magasin", "commerce", "restaurant", "resto", "cabinet", "association", "asso", "pharmacie", "boulangerie", "sarl", "sas", "eurl", "pme", "startup", "start-up", "epicerie", "food-truck", "foodtruck", "atelier", "entrepot", "exploitation agricole"]) + r"(?! (?:de|d') (?:vente|e-commerce|pieces|vetements|parfums|location))",
    r"(?:suis|sommes|tiens|tenons|tant que) (?:le |la |un |une )?(?:gerant\w*|commercant\w*|artisan\w*|auto-?entrepreneur\w*|micro-?entrepreneur\w*|tresorier\w*|president\w* (?:de l'association|du club)|dirigeant\w*|patron\w* d'un|chef d'entreprise|responsable (?:du|de la|d'un|d'une) (?:magasin|carrefour|boutique|supermarche|agence|restaurant)|food-?truck|restaurant|commerce|boutique|magasin)",
    r"(?:auto-?entrepreneur\w*|micro-?entrepreneur\w*|comptable(?<=la comptable)|comptable(?<=notre comptable)|pme|sarl|eurl|food-?truck|materiel pro|outillage pro\w*|entreprise individuelle)\b|fournisseur(?:(?<=mon fournisseur)|(?<=notre fournisseur)|(?<=nos fournisseur))s?|fournisseur habituel de materiel|nos (?:clients|salaries|employes|adherents)|(?:pme|entreprise|societe|fabricant)[^.;!?]{0,40}?salaries",
    r"(?:(?:tresorier\w*|president\w*) (?:de l'association|du club|de l'ape|du comite)|(?:directeur|directrice|gerant|gerante|associee?|secretaire) (?:d'une|de l'|du|de la|de notre|d'un) (?:petite |petit )?(?:association|asso|club|entreprise|societe|cabinet|pme|commerce|boutique|agence)|ape\b(?<=pour l'ape)|responsable (?:du|de la|d'un|d'une) (?:magasin|carrefour|boutique|supermarche|agence|restaurant)|changement de rib|faux (?:president|fournisseur|pdg)|fraude au president|professionnel\b(?<=compte professionnel)|pro\b(?<=compte pro)|professionnelle\b(?<=carte professionnelle)|affaires\b(?<=carte affaires)|nom de (?:l'entreprise|la societe|l'association|l'ape|le club|la boutique|le magasin)|nos (?:ordinateurs|fichiers|devis|serveurs|clients)|(?:societe|entreprise|association) (?:a|avait) (?:paye|vire|recu)|employeur[^.;!?]{0,40}?(?:de declarer|de porter plainte|pour l'entreprise)|boite\b(?<=de ma boite)|activite\b(?<=mon activite)|compte\b(?:(?<=suis a mon compte)|(?<=travaille a mon compte)|(?<=installe a mon compte)))",
], negatable=False, group="victim")
sig("org_network", "le système informatique d'une organisation est touché", [
    r"serveurs?\b(?! (?:du|de la|au|a la) (?:restaurant|bar|cafe|brasserie))|postes de travail|postes\b(?:(?<=tous les postes)|(?<=nos postes)|(?<=des postes))|(?:prestataire|service|responsable|reseau|parc|systeme) informatique|(?:dossiers|fichiers|donnees|bilans|fiches de paie|plannings) (?:des |de nos |de mes |de tous les )?(?:patients|clients|adherents|salaries|eleves|licencies|employes)|cabinet\b|(?:petite|petit) (?:entreprise|societe|commerce|pme|boutique|association|cabinet)",
], negatable=False, group="victim")
sig("private_person", "la victime agit à titre personnel", [
    r"(?:carte|compte|ordinateur|pc|voiture|telephone|vehicule)(?: \w+)? (?:perso|personnel\w*|privee?)\b|titre (?:perso|personnel|prive)|particulier\b(?<!comme un particulier)|pro\b(?<=rien de pro)|pro\b(?<=pas pro)|entreprise\b(?:(?<=pas pour l'entreprise)|(?<=pas une entreprise)|(?<=pas de l'entreprise)|(?<=pas mon entreprise))|(?:boutique|societe)\b(?:(?<=celle de la boutique)|(?<=celle de la societe))|travail\b(?<=pas celui du travail)|metier\b(?<=pas mon metier)|famille\b(?<=pour la famille)|usage (?:perso|personnel|prive)|salariee?\b|passion\b",
], negatable=False, group="victim")
sig("victim_paid", "vous avez payé ou envoyé de l'argent vous-même", [
    r"(?:paye|payee|payes|verse|envoye|vire|transfere|regle|donne|avance|depose|investi|achete|commande|reserve|perdu|debourse|encaisse)\b[^.;!?]{0,20}?(?:\d|euros|€|par (?:carte|cb|virement|cheque|paypal|lydia|mandat)|en (?:carte|liquide|especes|bitcoin|crypto|cartes?)|avec ma carte|moi-meme|elle-meme|sur (?:un|le|ce) (?:site|compte|lien)|la facture|les frais|d'avance|l'acompte|la caution|le billet|des coupons|des cartes)",
    r"(?:acompte|avance|caution|arrhes|frais de (?:dossier|douane|livraison|transport|deblocage|verification|traitement|envoi|notaire|dedouanement))\b",
    r"(?:coupons?|recharges?|cartes?|tickets?) (?:pcs|transcash|neosurf|paysafe\w*|cadeaux?|toneo|google play)|mandat cash|western union|moneygram|paypal (?:entre amis|amis et famille)|entre amis|dehors\b(?<=en dehors) de (?:l'appli|la plateforme|vinted|leboncoin)|hors plateforme",
    r"(?:virements?|paypal|lydia|wero|revolut|mandat|moneygram|transcash|neosurf|pcs|paysafecard|usdt)\b|(?:rembourser|payer|virer|verser|envoyer)\b(?:(?<=m'a fait rembourser)|(?<=m'a fait payer)|(?<=m'a fait virer)|(?<=m'a fait verser)|(?<=m'a fait envoyer)|(?<=m'ont fait payer)|(?<=m'ont fait virer))",
    r"paid\b",
    r"(?:fait|faire) (?:le|un|des|deux|trois|plusieurs) virements?|mis \d|(?:achete|commande|reserve)\b(?:(?<=j'ai achete)|(?<=jai achete)|(?<=j ai achete)|(?<=on a achete)|(?<=j'ai commande)|(?<=jai commande)|(?<=on a commande)|(?<=a commande)|(?<=j'ai reserve)|(?<=on a reserve)|(?<=avait commande)|(?<=avait reserve)|(?<=avions reserve)|(?<=avait achete))|paye\w* (?:son|sa|ses|le|la|les) (?:billets?|passeport|visa|amende|loyer|frais|hopital|operation|dette|voyage)",
], group="offence")
sig("witness", "vous êtes témoin, pas la cible", [
    r"(?:vise|visent|visait|concerne|concernent) pas|signaler|signalez|signale\b|tombee? (?:sur|dessus)|scrollant|naviguant|surfant|vois passer|vu (?:passer|circuler)|circule|tourne\b|milliers de|centaines de (?:likes|commentaires|partages)",
], negatable=False, group="content")
# ---------------------------------------------------------------- out of scope
sig("police_misconduct", "le comportement d'un policier ou d'un gendarme", [
    r"(?:policier|policiere|policiers|gendarme|gendarmes|flic|flics|agent de police|agents de police|crs|bac|police|gendarmerie|forces de l'ordre)\b(?<!faux policier)(?<!faux gendarme)[^.;!?]{0,70}?(?:frapp\w*|insult\w*|tutoy\w*|brutal\w*|violent\w*|menott\w*|plaque\w* au sol|refus\w* (?:ma plainte|de prendre|de m'ecouter|d'enregistrer)|mal (?:parle|traite|recu)|humili\w*|controle au facies|abus\w*|bavure|gaze\w*|tabass\w*|mepris\w*|rigole\w*|moque\w*|irrespect\w*|impoli\w*|raciste\w*)|igpn|iggn",
], negatable=False, group="scope")
sig("consumer_dispute", "un litige avec un vendeur qui vous répond", [
    r"(?:vendeur|vendeuse|commercant|magasin|site|boutique|societe|entreprise|garage|artisan|operateur|sav|service client|agence|proprietaire|bailleur|plateforme|salle de sport|banque)[^.;!?]{0,60}?(?:refus\w* (?:de )?(?:me )?rembours\w*|ne veut pas (?:me )?rembours\w*|refus\w* (?:l'echange|le retour|la garantie)|garantie|litige|sav\b|retard de livraison|conditions generales|resili\w*|mauvaise qualite|malfacon|pas conforme|non conforme|defectueu\w*)",
    r"litige (?:commercial|avec)|signal ?conso|conciliateur|mediateur|associations? de consommateurs|ufc|60 millions",
], negatable=False, group="scope")
sig("phishing_no_loss", "un message frauduleux reçu, sans perte", [
    r"(?:sms|mail|e-mail|courriel|message|appel|lien)\w*[^.;!?]{0,80}?(?:je n'ai (?:rien|pas) (?:clique|donne|paye|repondu|rempli|perdu|tape|saisi)|sans (?:cliquer|repondre|rien donner)|j'ai (?:supprime|ignore|bloque|raccroche)|je n'ai rien perdu)",
    r"(?:rien|pas) (?:perdu|clique|donne|paye)[^.;!?]{0,40}?(?:sms|mail|lien|message)|(?:rien|pas|jamais|pa) (?:clique|cliquer)",
], negatable=False, group="scope")
sig("tech_help", "une demande d'aide technique", [
    r"(?:ordinateur|ordi|pc|telephone|portable|imprimante|box|wifi|tablette|mac|windows)[^.;!?]{0,40}?(?:lent|rame|bug\w*|ne marche|ne fonctionne|plante|pubs?|publicites|mis a jour|mise a jour)|mot de passe oublie|oublie (?:mon|le) mot de passe|comment (?:recuperer|changer|installer|supprimer|reinitialiser|proteger|securiser)",
], negatable=False, group="scope")
sig("question_only", "une question, sans faits décrits", [
    r"^(?:bonjour,? |salut,? )?(?:comment|combien|est-ce que|est ce que|peut-on|peut on|puis-je|puis je|ou |quand|quel|quelle|quels|quelles|faut-il|dois-je|a qui|que faire|qu'est-ce|c'est quoi|delai|quels sont)[^.!]{0,160}\?\s*$",
], negatable=False, group="scope")
# ---------------------------------------------------------------- emergency cues
sig("in_progress", "les faits sont en cours", [
    r"(?:train de|actuellement|maintenant|instant|linstant|secours|aidez[- ]moi|vite|urgent|urgence|entends(?<!m'entends)(?<!m entends)(?! (?:bien|parler|dire))|jentends|essaient|essaie|essayent|tente d'entrer|tentent d'entrer|forcer (?:la|ma) porte|forcent|force la porte|defonce la porte|tape a la porte|cogne a la porte|direct|bouge encore)\b|moment\b(?<=en ce moment)|cours\b(?<=en cours)|aide\b(?<=a l'aide)|suite\b(?<=tout de suite)",
    r"(?:quelqu'un|qqn)\b[^.;!?]{0,10}?(?:dans|chez|la\b)|sont (?:la|dedans|en bas|chez moi|encore)\b",
    # just happened or happening while the person writes (third person: "je viens de" is the writer)
    r"(?:vient|viennent) (?:de |d')|(?:passe|deroule)\b(?:(?<=ca se passe)|(?<=ca se deroule)|(?<=c'est en train de se passer)) (?:la|maintenant|en ce moment|ici|sous mes yeux|devant moi)|yeux\b(?<=sous mes yeux)",
    r"(?:ecris|ecrit|tape|parle)\b(?:(?<=pendant que je vous ecris)|(?<=pendant que je vous ecrit)|(?<=pendant que j'ecris)|(?<=au moment ou je vous ecris)|(?<=au moment ou j'ecris)|(?<=pendant que je tape))|chuchot\w*|pleine crise|crise\b(?<=en crise)",
    r"(?:venez|envoyez)\b|coups? de feu|(?:tire|tirent) (?:en l'air|en l air|sur (?:nous|moi|les gens|la foule|des gens|quelqu'un|la maison|l'immeuble)|au fusil|au pistolet|des coups)|tirs\b",
    r"minutes\b(?:(?<=y a deux minutes)|(?<=y a cinq minutes)|(?<=y a dix minutes)|(?<=y a quinze minutes)|(?<=y a vingt minutes)|(?<=y a trente minutes)|(?<=y a quelques minutes)|(?<=y a 5 minutes)|(?<=y a 10 minutes)|(?<=y a 15 minutes)|(?<=y a 20 minutes)|(?<=y a 30 minutes))|heure\b(?:(?<=y a un quart d'heure)|(?<=y a une demi-heure)|(?<=y a une heure))",
], negatable=False, group="emergency")
sig("author_present", "l'auteur est présent ou va revenir", [
    r"(?:devant|derriere) (?:ma|la|notre) porte\b(?=[^.;!?]{0,30}?(?:maintenant|en ce moment|actuellement|encore|toujours))|bas de chez moi|retour (?:la|ici|dans|devant|dehors|en bas|chez moi)\b|dix metres",
    r"(?:revenir|repasser)\b|(?:revient|rentre|rentrant) (?:ce soir|cette nuit|tout a l'heure|dans|bientot|demain)|arrive (?:dans|bientot)|arrivent\b|sera la dans|attend (?:en bas|devant|dehors|a la sortie)|(?:enferme\w*|cache\w*|barricade\w*) (?:dans|sous|chez)|rode\b|rodent\b",
    # the author is here now: "il est encore devant chez moi", "ils sont dans la cour", "il dort la"
    r"(?:est|sont|reste|restent|attend|attendent|dort)\b(?:(?<=il est)|(?<=elle est)|(?<=ils sont)|(?<=elles sont)|(?<=il reste)|(?<=ils restent)|(?<=il attend)|(?<=ils attendent)|(?<=il dort)|(?<=elle dort)) (?:encore |toujours |juste |deja )?(?:la(?=\s*(?:[,.;!?]|$|et |avec |maintenant|encore|devant|dehors|dans|je |j'|on |il |elle ))|ici|dehors|en bas|sur le palier|derriere (?:moi|nous|la porte|ma porte)|devant (?:la|ma|notre|chez|l'|le|mon)|dans (?:le hall|la cour|l'escalier|les escaliers|l'immeuble|le jardin|la maison|le salon|la cuisine|l'appartement|l'appart|le couloir|le parking|la chambre|la rue))",
    r"(?:est|sont|reste|restent|attend|attendent|rode|rodent|tourne|tournent)\b(?! pas) (?:encore |toujours |juste |deja |la )?(?:sur le palier|dans (?:le hall|la cage d'escalier|l'escalier|les escaliers|la cour|le jardin|le couloir)|derriere (?:la|ma|notre) porte|en bas de (?:chez moi|chez nous|l'immeuble|mon immeuble))",
    r"(?:suit|suivent|poursuit|poursuivent|attend|attendent|guette|guettent)\b(?:(?<=me suit)|(?<=nous suit)|(?<=me suivent)|(?<=nous suivent)|(?<=me poursuit)|(?<=nous poursuit)|(?<=m'attend)|(?<=m'attendent)|(?<=nous attend)|(?<=nous attendent)|(?<=me guette)|(?<=nous guette))(?! partout| tous| toutes| chaque| souvent| parfois| regulierement| le soir| les soirs| depuis des| depuis plusieurs| depuis (?:deux|trois|quelques) (?:jours|semaines|mois))",
    r"(?:remonter|redescendre|rentrer|revenir)\b(?:(?<=va remonter)|(?<=vont remonter)|(?<=va redescendre)|(?<=va rentrer)|(?<=vont rentrer))|(?:revient|reviennent) (?:avec|a \d)|(?:cache|cachee|caches|cachees|refugie\w*|bloque|bloquee|bloques|bloquees|enfermee?s?) (?:derriere|dans (?:la|ma|une|le|les) (?:chambre|salle|cuisine|cour|voiture|toilettes|salle de bain|cave))",
], negatable=False, group="emergency")
sig("imminent", "un danger imminent", [
    r"(?:demain|aujourd'hui|bientot|imminent\w*|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|midi(?<=avant midi))\b|soir\b(?<=ce soir)|nuit\b(?<=cette nuit)|week-?end\b(?:(?<=ce week-end)|(?<=ce weekend)|(?<=le week-end))|heure\b(?:(?<=tout a l'heure)|(?<=dans l'heure)|(?<=dans une heure))|(?:heures|minutes)\b(?:(?<=deux heures)|(?<=quelques heures)|(?<=quelques minutes)|(?<=dix minutes))|prochaine\b(?<=semaine prochaine)|20 h",
], negatable=False, group="emergency")
sig("child_danger", "un enfant est en danger", [
    r"(?:enfant|enfants|bebe|fils|fille|filles|gamin|gamine|petit|petite|petits)\b[^.;!?]{0,60}?(?:en danger|frapp\w*|disparu\w*|enleve\w*|avec lui|avec elle|seul\w* avec|menac\w*|battu\w*|secoue\w*|enferme\w*|ne repond plus|introuvable)",
    r"(?:enlevement|rapt|(?:pris|emmene|enleve) (?:mon|ma|mes|les|notre|nos) (?:enfant|enfants|fils|fille|bebe))",
], negatable=False, group="emergency")
sig("suicide", "une personne annonce vouloir mettre fin à ses jours", [
    r"tue\b(?<=je me tue)|suicid\w*(?<!suicide-toi)(?<!promotion du suicide)(?<!apologie du suicide)\b(?!-toi| des jeunes)|(?:foutre en l'air|finir(?<=en finir)|mettre fin a (?:mes|ses|tes) jours|envie de (?:vivre|mourir)|veu[tx] mourir|prefer\w* mourir|scarif\w*|avaler|adieu|issue(?<=plus d'issue)|faire du mal)\b|(?:tuer|pendre|jeter)\b(?:(?<=me tuer)|(?<=se tuer)|(?<=me pendre)|(?<=se pendre)|(?<=me jeter)|(?<=se jeter))|sauter (?:du|d'un|par la|de la|du haut|quand|a la fin)|(?:va|vais) sauter",
], negatable=False, group="emergency")
sig("public_suicide", "une personne annonce en public en ligne vouloir se donner la mort", [
    r"(?:va|vais) (?:sauter|se suicider|mourir|se tuer|tous les avaler|dormir pour toujours|en finir)|(?:pris|avale) (?:toutes ses|tous ses|des|beaucoup de|ses) (?:pilules|medicaments|cachets)|adieu|dernier live|partira cette nuit|dit au revoir|suicider",
], negatable=False, group="emergency")
sig("past_facts", "les faits sont passés", [
    r"(?:y a (?:\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs) (?:jours?|semaines?|mois|ans|annees)|hier|avant-hier|semaine derniere|mois dernier|annee derniere|an dernier|ete dernier|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|20[12]\d|(?:parti|prison\b(?<=en prison)|incarcere) depuis)\b",
    # a dated past ("dimanche dernier", "la derniere fois"), or an author gone since
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|weekend|soir|matin|nuit) derni\w*|(?:fois|nuit|soiree)\b(?:(?<=la derniere fois)|(?<=l'autre fois)|(?<=l'autre nuit)|(?<=l'autre soir)|(?<=l'autre soiree))|(?:jour|soir)\b(?:(?<=l'autre jour)|(?<=l'autre soir))|(?:reparti|repartie|repartis|enfui|enfuis|enfuie)\b(?:(?<=est reparti)|(?<=est repartie)|(?<=sont repartis)|(?<=s'est enfui)|(?<=s'est enfuie)|(?<=sont enfuis))|fuite\b(?:(?<=a pris la fuite)|(?<=ont pris la fuite))|depuis,? (?:il|elle|ils|elles) (?:ne|n'|a|n a)",

], negatable=False, group="emergency")

# --- merge the patterns of each signal into as few regexes as the extractor can still anchor:
# one regex per signal means one candidate per word instead of one per pattern (faster), and
# the extractor's anchoring (literal first words) is checked here so that no merged pattern
# ends up scanned over the whole text.
import sys
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python-lib"))
from orientation.signals.extractor import literal_prefixes, first_words  # noqa: E402

def _anchored(pattern):
    return first_words(literal_prefixes(pattern)) is not None

for item in S:
    merged, current = [], None
    for pattern in item["patterns"]:
        if not _anchored(pattern):  # keep as is (e.g. a pattern anchored at ^)
            merged.append(pattern)
            continue
        candidate = pattern if current is None else current + "|" + pattern
        if current is not None and not _anchored(candidate):
            merged.append(current)
            candidate = pattern
        current = candidate
    if current is not None:
        merged.append(current)
    item["patterns"] = merged

doc = {"version": "2026.12.2", "language": "fr",
       "description": "Signal lexicon: regular expressions over folded text (lower case, no accents, straight apostrophes). Each signal has an id used by the rules, a French 'fact' used in explanations, optional 'keys' (plain substrings: the patterns run only if one occurs), and 'negatable' (whether negation cues before or inside a match negate it).",
       "negation_cues": NEG, "window": 40, "signals": S}
json.dump(doc, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(S), 'signals')
