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

# ---------------------------------------------------------------- shared vocabulary
JAI = r"(?:j'ai|jai|j ai|g|je l'ai|jlai|je lai)"
CARDW = r"(?:carte|cartes|cb|e-carte)"
CONTAINER = (r"(?:portefeuille|porte-?feuille|porte-?monnaie|porte-?cartes?|sac|sacs|sac a main|sac a dos|poche|tiroir|coque|"
             r"veste|pochette|bureau|sacoche|etui|jean|manteau|boite|boite a bijoux|secretaire|chambre|cabas|blouse|main|mains|boite a gants)")
HELD = (r"(?:avec moi|avec elle|avec lui|avec nous|sur moi|sur elle|sur lui|sur nous|chez moi|chez elle|chez lui|chez nous|"
        r"a la maison|en ma possession|en sa possession|en notre possession|en main|entre les mains|entre mes mains|"
        r"dans (?:mon|ma|son|sa|le|la|mes|ses) (?:\w+ )?" + CONTAINER + r"|"
        r"(?:est|etait) (?:bien |toujours |encore )?(?:la|ici)(?=\s*(?:[,.;!?]|$|avec|dans|et|je|elle|chez))|"
        r"ici avec moi|rangee?|jamais (?:quitte\w*|perdue?|pretee?|sortie?|lachee?|donnee?)|ne (?:me|m'|l'|la|le|les) quitte|"
        r"(?:n'a|n a|a) (?:jamais|pas) (?:quitte|bouge|ete (?:perdue|volee|sortie))|(?:a|ont) pas bouge|pas bouge|"
        r"n'en (?:est|bouge) (?:jamais|pas)|n'en bouge pas|dort dans)")
sig("card_held", "votre carte est toujours en votre possession", [
    CARDW + r"\b[^.;!?]{0,50}?" + HELD,
    r"(?:j'ai|jai|j ai|g|il a|elle a|on a|nous avons) (?:toujours|encore|bien|tjrs|tjs|chacun) (?:ma|sa|la|mes|ses|notre|nos|notre|leur) (?:carte|cb|cartes)",
    r"(?:j'ai|jai|j ai|g|il a|elle a) (?:ma|sa|la) (?:carte|cb)\b(?! (?:bloquee|volee|perdue|qui|a ete|ete))",
    r"(?:je l'ai|je l ai|jl'ai|jlai|je lai|je la|il l'a|elle l'a|elle la|on l'a|je les ai) (?:toujours|encore|bien|tjrs|tjs|ici|sur moi|avec moi|en main|dans (?:mon|ma|la|le) \w+)\b",
    CARDW + r"\b[^.;!?]{0,25}?(?:je l'ai|jlai|je lai|je l ai|elle l'a|il l'a)\b(?! ?(?:perdu|egare|oublie|donne|prete|laisse|remis|fait tomber|retrouv|plus))",
    r"(?:elle|il) (?:est|etait) (?:toujours |bien |encore )?(?:avec moi|sur moi|chez moi|chez elle|a la maison|la,|ici|dans (?:mon|ma|son|sa) " + CONTAINER + r")",
    r"(?:ne|n') ?(?:l'ai|l ai|l'a|la|les ai) (?:jamais|pas) (?:lachee|quittee|donnee|pretee|perdue|sortie|remise|eue en main)",
    r"(?:rien|jamais rien) remis a personne|personne n'est venu (?:la |le )?(?:chercher|chez)|(?:donnee?|remise?|pretee?) a personne(?! d'autre que)",
    r"(?:n'ai|ai|jai|j'ai|j ai|g) (?:pas|pa|jamais|jamai) (?:perdu|egare|prete|donne|paume|remis) (?:ma|la|mes|sa) (?:carte|cb|cartes)",
    r"(?:carte|cb)s? (?:n'a|n a|a) (?:pas|jamais) (?:ete )?(?:perdue|volee)|(?:pas|ni) (?:perdue|volee) ni (?:volee|perdue)",
    r"(?:card is with me|i have my card|card with me)",
], negatable=False, group="card")
sig("card_found", "la carte crue perdue ou volée a été retrouvée", [
    r"(?:je l'ai|je l ai|jlai|je lai|on l'a|l'ai|je les ai) (?:finalement |enfin )?retrouvee?s?\b",
    r"(?:carte|cb|portefeuille|porte-?cartes)[^.;!?]{0,30}?(?<!plus )(?<!pas )retrouvee?s?\b",
    r"(?:finalement|en fait) (?:elle|il) (?:etait|est) (?:dans|la|coince)|mais non,? (?:je l'ai|elle est|elle etait)",
], negatable=False, group="card")
sig("card_stolen", "votre carte ou votre portefeuille a été volé", [
    r"(?:vol|vole|volee|voles|volees|derobe|derobee|arrache|arrachee|pique|piquee|subtilise|subtilisee|chourave|pris|prise|garde|echange|echangee)\b[^.;!?]{0,40}?(?:ma |mon |la |le |mes |sa |son )?(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|porte-?cartes|sac a main|sac)",
    r"(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|porte-?cartes|sac a main)s?\b[^.;!?]{0,40}?(?:vole|volee|voles|volees|derobe|derobee|arrache|arrachee|pique|piquee|subtilise|subtilisee|m'a ete prise?|a ete prise?|n'y (?:etait|est) plus|n'etait plus|avait ete sorti|a disparu|avait disparu)",
    r"vol (?:de|du|d'un|de mon|de ma) (?:carte|cb|portefeuille|sac|porte-monnaie)",
    r"plus de (?:carte|cb|portefeuille)\b|(?:on|il|quelqu'un) (?:m'a|ma|lui a) (?:pris|vole|subtilise) (?:ma|mon|sa|son) (?:carte|cb|portefeuille|sac)",
], group="card")
LOSS = r"(?:perdu|perdue|perdus|egare|egaree|paume|paumee|oublie|oubliee|laisse tomber|fait tomber|faire tomber|tombe de ma poche|plus retrouve|plus retrouvee|impossible de (?:la |le )?retrouver|introuvable|probablement tombee?)"
sig("card_lost", "votre carte (ou votre téléphone) a été perdue, pas volée", [
    LOSS + r"[^.;!?]{0,40}?(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|chequier|telephone|portable|iphone|smartphone|tel\b|sac)",
    r"(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|chequier|telephone|portable|iphone|smartphone|sac)s?\b[^.;!?]{0,30}?" + LOSS,
    r"(?:perte|pertes) (?:de|du|d'un|de mon|de ma) (?:carte|cb|portefeuille|chequier|telephone|portable)",
    r"(?:oublie|laisse)\w* (?:dans|sur) (?:le|un) (?:taxi|train|bus|vtc|uber)",
], group="card")
MERCH = (r"(?:amazon|amzn|aliexpress|cdiscount|shein|temu|paypal|uber ?eats|uber|deliveroo|apple|apple\.com|app store|itunes|google play|netflix|spotify|"
         r"steam|zalando|booking|airbnb|ebay|wish|playstation|psn|xbox|fnac|fnac\.com|darty|asos|vinted|fortnite|roblox|microsoft|disney|"
         r"canal|deezer|wizz|ryanair|sncf|sncf connect|binance|coinbase|just eat|prime video|boulanger|sephora|nike|adidas|la redoute|veepee|samsung|"
         r"drive|casino en ligne|paris sportifs|paris en ligne|jeux en ligne|jeu mobile)")
PAY = (r"(?:achat|achats|paiement|paiements|payement|debit|debits|prelevement|prelevements|transaction|transactions|commande|commandes|"
       r"operation|operations|depense|depenses|abonnement|abonnements|montant|montants|reservation|reservations|recharges?|depots?|courses)")
sig("payment_online", "les paiements ont été faits en ligne", [
    PAY + r"[^.;!?]{0,60}?(?:en ligne|sur internet|internet|sur (?:des |un |le |les |plusieurs |deux |trois |d'autres )?sites?|sur le net|online|a distance|e-commerce|web|dans (?:un|une|l')? ?(?:appli|application|jeu)|" + MERCH + r")",
    r"(?:sur|chez|de|par|via) (?:le site (?:de |d')?)?" + MERCH + r"\b",
    MERCH + r"\b[^.;!?]{0,40}?" + PAY,
    r"(?:achete|commande|paye|payes|regle|reserve|debite|debitee|depense)\w*[^.;!?]{0,30}?(?:en ligne|sur internet|sur le net|sur (?:un|des|plusieurs) sites?)",
    r"(?:en ligne|sur internet|online|internet)[^.;!?]{0,30}?" + PAY,
    r"(?:sites?|site internet) (?:de|d'|en|chinois|turcs?|espagnols?|anglais|asiatiques?|etrangers?|americains?|que je (?:ne )?connais)",
    r"(?:payment|payments|purchases?) (?:on|online)",
], group="payment")
sig("payment_shop", "les paiements ont été faits en magasin", [
    r"(?:en magasin|dans (?:un|des|une|plusieurs|les) (?:magasins?|boutiques?|commerces?|supermarches?|superettes?|stations?(?:-service)?|bureaux de tabac|tabacs?|kebabs?|bijoutiers?|pharmacies?)|sans contact|au supermarche|chez (?:un|des) (?:commercants?|bijoutiers?)|terminal de paiement|\btpe\b|dans une station|au comptoir|a la pompe|aux peages?|peages?|stations?-service|achats au comptoir|avec la puce)",
], group="payment")
sig("payment_atm", "des retraits ont été faits au distributeur", [
    r"(?:retrait|retraits|retire|retiree|retires)[^.;!?]{0,40}?(?:distributeur|dab|guichet|especes|liquide|cash|ailleurs)",
    r"(?:distributeur|distributeurs|\bdab\b|guichet automatique|gab\b)",
], group="payment")
UNAUTH_TAIL = r"(?:inconnus?|inconnues?|frauduleux|frauduleuses?|suspects?|suspectes?|bizar\w*|anormaux|anormales?|non autorises?|pas (?:de moi|faits? par moi|a moi)|sans (?:mon accord|mon autorisation|que je))"
sig("unauthorised_payments", "des paiements ont été faits sans votre accord", [
    PAY + r"[^.;!?]{0,50}?" + UNAUTH_TAIL,
    PAY + r"[^.;!?]{0,60}?(?:que je (?:n'ai|n ai|ai) (?:pas|jamais)|que (?:je|j') ?(?:n'ai )?(?:pas|jamais) (?:faits?|effectues?|autorises?)|que je (?:ne )?(?:connais|reconnais) pas|jamais (?:faits?|effectues?|autorises?))",
    r"(?:je n'ai|j'ai|jai|j ai|g|je n ai|il n'a|elle n'a|on n'a|nous n'avons) (?:pas|jamais|jamai|pa|rien|meme pas|aucun\w*) (?:fait|effectue|autorise|commande|valide|reserve|souscrit|achete|rien (?:commande|achete|reserve|souscrit))",
    r"(?:je n'ai|j'ai|jai|je n ai|il n'a|elle n'a) (?:rien|jamais rien) (?:commande|achete|fait|autorise|valide|reserve|souscrit)",
    r"(?:pas moi|c'est pas moi|ce n'est pas moi|ce n'etait pas moi|ce n'etait aucun de nous|pas lui|c'est pas elle|c pas elle|pas mes enfants)\b",
    r"(?:je|elle|il) (?:ne )?(?:joue|parie) jamais|(?:elle|il|je) (?:n'a|n'ai|a|ai) jamais (?:joue|parie)",
    r"(?:a mon insu|a son insu|sans mon accord|sans son accord|sans mon autorisation)",
    r"(?:operations?|paiements?|achats?|debits?|prelevements?) contest\w*|(?:je|elle|il) (?:ne )?(?:reconnais|reconnait|connais|connait) pas (?:ces|ce|les|cette)",
    r"(?:fraude|fraudes|piratage|piratee|pirate|hacke|hackee|clonee|copiee|utilisee|utilise|debitee|servi) [^.;!?]{0,30}?(?:ma |la |mes |sa )?(?:carte|cb)",
    r"(?:carte|cb)s?\b[^.;!?]{0,30}?(?:a ete |ont ete |est |a )?(?:piratee|hackee|clonee|copiee|utilisee|fraudee|debitee|servi|a servi)",
    r"(?:on|quelqu'un|qqn|quelquun|quelqu un|ils|un inconnu|le pirate) (?:a|ont|m'a|ma) (?:utilise|pris|debite|vide|fait des (?:achats|courses|commandes)|achete|commande|reserve|regle|paye|depense)",
    r"(?:i did not|not me)",
], negatable=False, group="payment")
sig("saved_card", "la carte enregistrée dans un compte marchand a servi", [
    r"(?:carte|cb)s?(?: bancaire| bleue| visa)?(?: credit mutuel| [a-z]+)? (?:enregistree|liee|reliee|associee|sauvegardee|memorisee|qui y est reliee|rattachee)",
    r"(?:avec|sur) (?:la|ma) (?:carte|cb) (?:du|dans le|de mon) compte",
], negatable=False, group="card")
# ---------------------------------------------------------------- where: online or in person
NET = (r"(?:internet|le net|facebook|fb|insta|instagram|snap|snapchat|tiktok|whatsapp|whats app|telegram|messenger|discord|twitter|"
       r"leboncoin|le bon coin|lbc|vinted|marketplace|tinder|meetic|bumble|grindr|youtube|twitch|linkedin|reddit|skype|viber|"
       r"site de rencontres?|sites? de rencontres?|appli de rencontres?|reseaux? sociaux?|en ligne|online|web|mail|mails|e-mail|email|courriel|"
       r"indeed|seloger|la centrale|shopify|google|jeu en ligne|un site|le site|ce site|sur un site|un forum|un serveur|"
       r"visio|appel video|webcam|lien|un lien|teams|wero|lydia|paypal|revolut)")
sig("facts_online", "les faits se sont passés sur internet", [
    r"(?:internet|facebook|fb|insta|instagram|snap|snapchat|tiktok|whatsapp|telegram|messenger|discord|twitter|leboncoin|lbc|vinted|marketplace|tinder|meetic|bumble|grindr|youtube|twitch|linkedin|reddit|skype|viber|indeed|seloger|shopify|google|webcam|visio|wero|lydia|paypal)\b",
    r"(?:en ligne|online|sur le net|sur le web|site (?:internet|web|de vente|frauduleux|de rencontres?|de location|de reservation|de trading|de paris|d'annonces|d'emploi|de revente|de pieces)|sites? de rencontres?|appli de rencontres?|reseaux sociaux|reseau social|message prive|messages prives|par (?:mail|e-mail|email|courriel|messages?)|un mail|un e-mail|un courriel|un lien|le lien|sur (?:un|le|ce|une|des) (?:site|forum|serveur|appli|application|plateforme|groupe|jeu)|jeu en ligne|appel video|la centrale)\b",
    r"(?:annonce|annonces) (?:en ligne|sur|trouvee sur|vue sur)",
], group="channel")
sig("met_in_person", "vous avez rencontré la personne", [
    r"(?:en main propre|en mains propres|remis en mains? propres?|remise en main propre|on s'est (?:vus|vues|rencontres|rencontrees|rejoints|retrouves|retrouvees|donne rendez-vous)|nous nous sommes vus|je l'ai rencontre|je l ai rencontre|je les ai rencontres|je l'ai vu en vrai|je l'ai vue en vrai|(?:il|elle|ils|le gars|l'acheteur|le vendeur|l'acheteuse|la vendeuse|un acheteur|le type) (?:est|sont) (?:venu|venue|venus|passe|passee|passes|monte|reparti)\b|venu(?:e|s)? (?:chez moi|a la maison|jusqu'a|recuperer|chercher|voir (?:la|le|ma|mon))|en vrai|en personne|face a face|physiquement|(?:a|au|le|un) (?:premier )?rendez-vous)",
    r"(?:je lui ai|je leur ai) (?:remis|donne|tendu|laisse) (?:le|la|les|mon|ma|mes)",
    r"(?:il|elle) (?:m'a|ma|nous a) (?:remis|donne) (?:un|le|des|les) (?:cheque|billets|chèque)",
    r"(?:je suis alle|on est alle|je suis allee|nous sommes alles) (?:le |la |les )?(?:chercher|voir)",
    r"(?:rdv|rendez-vous) (?:sur|devant|au|a|dans)",
], group="channel")
sig("never_met", "vous n'avez jamais rencontré la personne", [
    r"(?:jamais|pas|jamai|pa) (?:rencontre|rencontree|rencontres|vu|vue|vus|croise|croisee)(?: en vrai| en personne| physiquement| personne| quiconque|)",
    r"(?:connu|connue|rencontre|rencontree) (?:sur|via|par) (?:internet|un site|facebook|insta|instagram|tinder|meetic|snap|whatsapp|telegram|une appli|un jeu|un forum|discord)",
    r"(?:uniquement|seulement|que) (?:par|en|sur) (?:messages?|ligne|internet|mail|mails|whatsapp|telephone|snap|telegram|messenger|sms|ecrit|courriel)",
    r"(?:ne|n') ?(?:l'ai|l ai|les ai|l'avais|les avais|l'a|les a|l'avons|les avons) (?:jamais|pas) (?:vu|vue|vus|rencontre|rencontree|rencontres)",
    r"(?:jlai|jl'ai|je l'ai|je lai|on s'est|on ne s'est|on s est|nous ne nous sommes|ne s'est|ne se sont) (?:jamais|pas) (?:vu|vue|vus|vues|rencontre\w*|croise\w*)",
    r"(?:personne rencontre|jamais vu personne|vu personne|rencontre personne|pas rencontre jamais|autrement qu'en photo|juste des (?:appels|mails|messages)|tout (?:est|s'est passe|passait|etait|se passait|s'est fait) (?:en ligne|par (?:messages?|mail|internet|courriel|telephone|whatsapp|ecrit)|sur internet))",
    r"(?:ne|n') ?(?:connaissait|connais|connait) (?:ces gens|ces personnes|cette personne|ce vendeur) que (?:par|sur)",
    r"(?:never met)",
], negatable=False, group="channel")
sig("cash_paid", "vous avez payé ou reçu de l'argent en liquide, en personne", [
    r"(?:en liquide|en especes|en cash|cash\b|en billets|billets de (?:10|20|50|100))",
    r"(?:cheque de banque|cheque)\b[^.;!?]{0,60}?(?:faux|falsifie|contrefait|sans provision|rejete)",
    r"(?:faux|fausse|faux cheque|faux billets?) (?:cheque|billets?|de banque)",
    r"(?:billets?|cheque|place|places)[^.;!?]{0,30}?(?:etaient|etait|sont|est) (?:faux|fausses?|un faux|contrefaits?)",
], group="channel")
# ---------------------------------------------------------------- author
sig("author_named", "vous connaissez le nom de l'auteur", [
    r"(?:m\.|mme|mr|mlle|monsieur|madame|mademoiselle) (?!(?:qui|que|de|du|des|le|la|les|un|une|a|au|et|est|se|s'|m'|ma|mon|sa|son|tres|bien|agee?|tout|en|avec|dans|pour|par|sur|je|il|elle|on|nous|vous|ne|n'|monsieur|madame|l'|d'|c'est|etait|s'est|lui|m|mme|n|pas|qu'|veuillez|bonjour|ou|si|comme)\b)[a-z][a-z'-]{2,}",
    r"(?:je connais|je sais|on connait|j'ai|jai|nous avons|on a) (?:son nom|le nom|son identite|son adresse|son nom et|ses coordonnees|sa plaque)",
    r"(?:il|elle) s'appelle|(?:il|elle) s appelle|du nom de|se nomme|je connais son nom|c'est (?:m\.|mme|monsieur|madame) ",
    r"je sais (?:exactement |tres bien )?qui (?:c'est|a fait|l'a fait|est l'auteur)|(?:il|elle) sait (?:tres bien )?qui c'est",
    r"(?:mon|ma|notre|la|le|un|une) (?:locataire|femme de menage|nounou|baby-?sitter|aide a domicile|auxiliaire de vie|colocataire|ex-beau-pere|ancien beau-pere|tresoriere?|garagiste)\b",
], negatable=False, group="author")
REL_PARTNER = (r"(?:mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|copain|copine|concubin|concubine|partenaire|mec|meuf|"
               r"petit ami|petite amie|petit copain|petite copine|cheri|cherie|homme|pere de (?:mes|ma|mon) (?:enfants|fille|fils)|mere de (?:mes|ma|mon) (?:enfants|fille|fils))")
REL_EX = (r"(?:ex|ex-(?:mari|femme|compagnon|compagne|copain|copine|conjoint|conjointe|epoux|epouse|petit ami|petite amie|partenaire)|"
          r"ancien (?:compagnon|conjoint|mari|copain|partenaire)|ancienne (?:compagne|conjointe|copine|partenaire))")
REL_FAMILY = (r"(?:pere|mere|papa|maman|frere|freres|soeur|soeurs|fils|fille|oncle|tante|cousin|cousine|beau-pere|belle-mere|beau pere|belle mere|"
              r"beau-frere|belle-soeur|beau frere|belle soeur|grand-pere|grand-mere|grand pere|grand mere|parents|neveu|niece|petit-fils|"
              r"petite-fille|petit fils|petite fille|daron|daronne|belle-famille|famille|gendre|belle-fille|demi-frere|demi-soeur|grand-oncle|grand oncle|"
              r"beaux-parents|enfants?|ado)")
VIOL = (r"(?:frapp\w*|tape\w*|tap\w* (?:dessus|sur)|tabass\w*|cogn\w*|gifl\w*|claque\w*|baffe\w*|bat\b|battu\w*|battai\w*|bats\b|violent\w*|pouss\w*|bouscul\w*|"
        r"etrangl\w*|strangul\w*|mordu\w*|griff\w*|secou\w*|jete\w* (?:par terre|au sol|contre|des objets|une chaise)|lance\w* (?:des objets|une chaise)|menac\w*|insult\w*|humili\w*|rabaiss\w*|"
        r"controle\w*|surveill\w*|(?:m'|me |l'|la |les |nous )enferm\w*|enferme (?:dehors|a clef|a cle)|sequestr\w*|viol\b|viole\b|violee\b|attouch\w*|harcel\w*|empech\w*|interdit\w*|prive\w*|crache\w*|"
        r"coups?\b(?! de fil)(?! de telephone)(?! de main)(?! d'oeil)|degomm\w*|cass\w* la gueule|tir\w* les cheveux|brul\w*|tord\w* le poignet|"
        r"maltrait\w*|traite de|traitee de|me traite|m'a traite\w*|fouill\w*|espionn\w*|geolocalis\w*|pris (?:ma|sa|son|mon) (?:carte|pension|telephone|argent|passeport|papiers)|"
        r"prend (?:ma|sa|son|mon) (?:carte|pension|retraite|argent)|garde (?:ma|sa|mon|son) (?:carte|telephone|argent|passeport|papiers)|lit (?:mes|ses) (?:messages|mails|sms)|"
        r"regarde mon telephone|planter|saigner|tuer|egorger|marier|mis a la porte|dehors)")
sig("author_partner", "l'auteur est votre conjoint ou partenaire", [r"(?:mon|ma|notre|son|sa) " + REL_PARTNER + r"\b"], negatable=False, group="author")
sig("author_ex", "l'auteur est votre ex-conjoint", [r"(?:mon|ma|notre|son|sa) " + REL_EX + r"\b(?!-(?:beau|belle|patron|collegue|employeur|voisin|proprio|bailleur|coloc))"], negatable=False, group="author")
PARTNER_ONLY = REL_PARTNER.replace("|homme|", "|")
sig("partner_violence", "des violences ou menaces de votre conjoint ou ex-conjoint", [
    r"(?:mon|ma|notre|son|sa) (?:" + PARTNER_ONLY[3:-1] + r"|" + REL_EX[3:-1] + r")\b[^.;!?]{0,70}?" + VIOL,
    VIOL + r"[^.;!?]{0,30}?par (?:mon|ma|son|sa) (?:" + PARTNER_ONLY[3:-1] + r"|" + REL_EX[3:-1] + r")\b",
    r"violences? conjugales?|violences? (?:de|par) (?:mon|ma) (?:conjoint|compagnon|mari|ex)|emprise|(?:application|logiciel|appli) (?:espion|mouchard)|airtag|traceur gps",
    r"(?:mon|ma|son|sa) (?:" + PARTNER_ONLY[3:-1] + r"|" + REL_EX[3:-1] + r")\b[^.;!?]{0,80}?(?:lit (?:mes|ses|tous mes) (?:messages|mails|sms|conversations)|mot de passe|code de (?:ma|sa) carte|pirat\w*|m'a fait quitter|decide (?:quand|de tout)|me donne \d+|chaque euro|au centime|ne me (?:la|le) rendra|ne (?:la|le) rendra)",
], group="author")
sig("family_violence", "des violences ou menaces au sein de la famille", [
    r"(?:mon|ma|mes|notre|nos|son|sa|ses) " + REL_FAMILY + r"\b[^.;!?]{0,70}?(?<!fait )(?<!ete )(?<!par des )" + VIOL,
    VIOL + r"[^.;!?]{0,30}?par (?:mon|ma|mes|son|sa|ses) " + REL_FAMILY + r"\b",
    r"(?:papa|maman|mon pere|ma mere|mon beau-pere|mes parents) (?:crie et |hurle et )?(?:tape|frappe|bat|cogne|gifle) (?:maman|papa|ma mere|mon pere|mon frere|ma soeur|moi|nous)",
    r"violences? (?:intra-?familiales?|familiales?)|inceste|mariage force|(?:me|la|le|nous) marier (?:de force|au bled|contre|cet ete|en )|marier (?:au bled|de force)",
], group="author")
sig("author_neighbour", "l'auteur est un voisin", [r"(?:mon|ma|mes|le|la|les|notre|nos|un|une) (?:voisin|voisine|voisins|voisines)\b"], negatable=False, group="author")
sig("author_colleague", "l'auteur est un collègue ou un supérieur", [r"(?:mon|ma|mes|un|une|le|la) (?:collegue|collegues|patron|patronne|chef|cheffe|chef d'equipe|manager|superieur|superieure|employeur|directeur|directrice|responsable|cadre de sante|n\+1|equipe)\b"], negatable=False, group="author")
sig("author_unknown", "l'auteur vous est inconnu", [
    r"(?:inconnu|inconnue|inconnus|inconnues|un individu|des individus|un homme|une femme|deux hommes|trois hommes|un mec|un gars|un type|des jeunes|deux jeunes|une bande|des voleurs|le voleur|les voleurs|quelqu'un|qqn|personne n'a rien vu)\b",
    r"(?:je ne sais|je sais|j'ai|jai|aucune idee de) (?:pas |aucune idee de |)?qui (?:a fait|c'est|l'a fait|a pu)",
    r"(?:sans|pas de|aucun) (?:temoins?|idee|suspect)",
    r"(?:pas vu|rien vu|jamais vu) (?:qui|l'auteur|le voleur|les voleurs|personne)",
    r"(?:je ne|je) (?:le|la|les) connais pas|(?:ne|n') ?(?:saurai[st]?|saurait) pas (?:le|la|les) reconnaitre",
], negatable=False, group="author")
# ---------------------------------------------------------------- offences against property
sig("theft", "un vol", [
    r"(?:vol|vols|vole|volee|voles|volees|voler|volait|volent|voleur|voleurs|voleuse|derobe\w*|cambriol\w*|arrache\w*|pickpocket\w*|pique\w*|subtilis\w*|chourav\w*|siphonn\w*|detrousse\w*|racket\w*)\b",
    r"(?:on m'a pris|on ma pris|on m a pris|on nous a pris|on lui a pris|on l'a prise?|se sont servis|(?:a|ont|avait|avaient) pris (?:mon|ma|mes|le|la|les|nos|notre|son|sa|ses|un|une|des|deux|trois|tout)|(?:ils|il|elle) ont? pris (?:mon|ma|mes|le|la|les|nos|son|sa|ses|un|une|deux)|(?:a|ont) ete (?:prise?s?|emporte\w*|embarque\w*)|emporte\w* (?:mon|ma|mes|le|la|les|nos|son|sa|ses|quatre|deux|trois|tout|un|une)|parti avec|partis avec|repartie? avec|il est reparti avec|embarque\w*)\b",
    r"(?:n'y (?:etait|etaient|est|sont) plus|n'etait plus la|n'etaient plus la|n'etait plus dans|il n'y avait plus|plus (?:de|rien dans) (?:mon |ma |mes |le |la )?(?:portefeuille|sac|telephone|velo|carte|cles|colis|valise)|il manque|il manquait|a disparu|ont disparu|avait disparu|disparition de|plus rien dans|a ete vide|ont ete vides?|vide (?:mon|ma|le|la)|(?:cadenas|grillage|antivol)[^.;!?]{0,20}?(?:coupe|scie|casse|force)|(?:scie|decoupe|coupe) (?:le|mon|ma) (?:pot|catalyseur|cadenas)|catalyseur a ete|a ete visite|ont ete visites?)",
], group="offence")
sig("burglary", "un cambriolage", [
    r"(?:cambriol\w*|effraction|fractur\w*|entre\w* (?:chez moi|chez nous|chez elle|chez lui|dans (?:ma|mon|notre|la|sa|son) (?:maison|appartement|appart|garage|cave|local|cabanon|abri|chambre|box))|s'est introduit|se sont introduits|a ete visite\w*|ont ete visite\w*|tout (?:etait )?retourne)",
    r"(?:porte|porte-fenetre|fenetre|serrure|boite aux lettres|baie vitree|portiere|cabane|sellerie|abri|cave|garage|coffre|vitre|volet|tente|casier|cadenas)s?\b[^.;!?]{0,25}?(?:forcee?s?|fracturee?s?|enfoncee?s?|defoncee?s?|brisee?s?|explosee?s?|petee?s?|ouverte?s?|coupee?s?|sciee?s?|cassee?s?)",
    r"(?:forc\w*|fractur\w*|casser|cassent|ouvrir|peter|brise\w*) (?:la|le|ma|mon|notre|les|une) (?:porte|serrure|fenetre|cadenas|boite|coffre|portiere|vitre|vitres|sellerie|cabane|abri|cave|garage|baie)",
    r"(?:essai\w*|tente\w*) (?:d'ouvrir|de rentrer|d'entrer|d'ouvrir la|de forcer)|rentrer par la fenetre|fouiller en bas|(?:dans|chez) (?:la maison|ma maison|mon appart\w*)[^.;!?]{0,30}?(?:homme cagoule|quelqu'un|qqn|lampe|bruit)",
], group="offence")
sig("damage", "une dégradation", [
    r"(?:degrad\w*|raye|rayee|rayes|rayure\w*|tag|tags|tague\w*|casse|cassee|casses|cassees|casse tout|brise\w*|creve\w*|vandalis\w*|incendi\w*|brule\w*|defonce\w*|abime\w*|endommag\w*|saccag\w*|crame\w*|enfonce\w*|cabosse\w*|explose\w*|pete\w*|peter|lacere\w*|en miettes|peinture sur|colle dans (?:ma|la) serrure)\b",
], group="offence")
sig("vehicle", "un véhicule est concerné", [r"(?:voiture|vehicule|auto|moto|scooter|velo|trottinette|camion|camionnette|utilitaire|caisse|bagnole|caravane|camping-car|quad|vtt|vae|bicyclette|clio|twingo|golf|yaris|308|portiere|pare-brise|retro|retroviseur|pare-choc)\b"], negatable=False, group="offence")
sig("hit_and_run", "un délit de fuite", [
    r"delit de fuite|(?:pris|prise|a pris) la fuite|s'est enfuie?|ne s'est pas arrete\w*|sans s'arreter|(?:aucun|pas de|sans (?:laisser de |un )?)mot (?:sur|sous) (?:le|mon) pare-brise|petit mot[^.;!?]{0,30}?sans (?:numero|nom)",
    r"(?:percute|embouti|accroche|heurte|tamponne|renverse|touche|recule|rentre dedans|rentre dans)\w*[^.;!?]{0,80}?(?:parti|partie|enfui|enfuie|pris la fuite|sans s'arreter|sans laisser|sans (?:un|aucun) mot|file|disparu|redemarre|pas arrete)",
], group="offence")
# ---------------------------------------------------------------- scams
sig("scam", "une escroquerie", [
    r"(?:s'est fait|se sont fait|me suis fait|je me suis fait|s est fait|mest fait|m'est fait|m'a fait|ma fait) (?:avoir|arnaquer|escroquer|pieger|berner|rouler|plumer)",
    r"se (?:disait|disant|presentait|presentant|presente|faisait passer|faisant passer)|se fait passer",
    r"(?:arnaqu\w*|escro\w*|fraud\w*|faux|fausse|fausses|pige\w*|piege\w*|fake|scam\w*|bidon|hameconn\w*|phishing|filou\w*|abuse de ma confiance|abus de (?:confiance|faiblesse)|soi-disant|soi disant|soit-disant|pretendu\w*|supposee?|trompe\w*|mensonge\w*|copie de|ressemblait (?:exactement |en tout point |trait pour trait )?a|imitation|contrefa\w*)\b",
    r"(?:trading|crypto\w*|bitcoins?|usdt|placement|investissement|investi|investir|multiplier|gains?|loterie|tirage au sort|liker des|missions|taches premium|frais de (?:dossier|deblocage|douane|dedouanement|transport|livraison|verification|activation|notaire)|debloquer|deblocage|dedouanement|virement de verification|compte vendeur|vinted protect|recruteu\w*|job a domicile|travail a domicile|teletravail|en mission|militaire|tueur a gages)\b",
], group="offence")
sig("fake_site", "un faux site ou une fausse page", [
    r"(?:faux|fausse) (?:site|page|lien|boutique|annonce|profil|compte|cagnotte|plateforme|formulaire|application|appli)|site (?:qui ressemblait|copie|copiant|identique|frauduleux|bidon|pirate|d'arnaque|au nom tres officiel)|(?:copie|imitation) (?:de|du) (?:site|booking|la poste|l'ants|decathlon)|ressemblait (?:exactement |en tout point |trait pour trait )?(?:a|au site)|site en \.com",
    r"(?:site|boutique|plateforme|page|compte)s?\b[^.;!?]{0,40}?(?:n'existe plus|existe plus|a ferme|ferme|a disparu|disparu|supprime\w*|introuvable|inaccessible|hors ligne)",
], group="offence")
sig("not_received", "les biens payés n'ont jamais été reçus", [
    r"(?:jamais|pas|rien|toujours pas|jamai|pa) (?:recu|recue|recus|livre|livree|arrive|arrivee|eu de colis|eu (?:le|la|les|mon|ma|mes) \w+)",
    r"(?:colis|commande|article|produit|marchandise|achat|objet|chiot|chien|voiture|billets|telephone|iphone)s?[^.;!?]{0,40}?(?:jamais|pas|toujours pas) (?:recu|recue|arrive|arrivee|livre|livree|venu|envoye)",
    r"(?:rien n'est arrive|rien (?:n'est )?(?:arrive|venu|recu)|aucune livraison|pas de livraison|jamais de livraison|jamais livre|pas de (?:chiot|colis|billets|voiture|reponse)|(?:trois|deux|quatre|six) (?:mois|semaines) (?:et|plus tard) rien|mois et rien|semaines et rien|rien sur mon compte|virement (?:a ete )?annule|virement (?:n'est )?jamais arrive|jamais paye)",
    r"(?:n'avait|n'a|avait) aucune reservation|(?:ne connaissait|ne connait|connait pas|connaissent pas|connaissait pas|ne connaissent) (?:ni |pas |)(?:la |cette |notre )?(?:reservation|ce monsieur|cette annonce|ce site)|n'a jamais (?:mis|loue|publie)|n'ont jamais loue|jamais publie",
    r"site (?:ferme|disparu|fantome|n'existe plus|introuvable|supprime|inaccessible)|(?:vendeur|vendeuse|site|boutique|proprietaire|loueur|acheteur|acheteuse)s? (?:injoignable|ne repond plus|a disparu|m'a bloque|ma bloque|bloque|introuvable|ne donne plus de nouvelles|a supprime)",
], negatable=False, group="offence")
sig("vanished", "la personne a disparu ou ne répond plus", [
    r"(?:m'a|ma|m a|nous a|l'a|la|les a|me|m'ont|mont) (?:bloque|bloquee|bloques|ghoste|ghostee)",
    r"(?:plus (?:de|aucune) (?:nouvelles?|reponse)|(?:jamais|pas|plus) (?:revenu|revenue|revu|revue|reapparu|reapparue)|il est jamais venu|jamais venu|(?:injoignable|introuvable|evapore|evaporee)|fait le mort|ne repond plus|repond plus|rappelle plus|ne rappelle plus|plus rien|aucune reponse|sans reponse|plus de (?:site|telephone|tel|numero))",
    r"(?:numero|telephone|portable|ligne|tel)\b[^.;!?]{0,20}?(?:ne repond plus|n'existe plus|n'existe pas|existe plus|coupe|coupee|eteint|hors service|sur messagerie|sonne dans le vide|ne fonctionne)",
    r"(?:supprime|efface)\w* (?:son|le|leur|sa|tous|tout|ses)|(?:profil|compte|annonce|page|groupe)s?\b[^.;!?]{0,30}?(?:supprime\w*|disparu|a disparu|efface\w*)|(?:a|ont|avait) (?:disparu|tout efface|quitte le serveur)|disparue?\b",
    r"(?:adresse|annonce|logement|appartement|villa|maison|entreprise|formation|association|appli|application)s?\b[^.;!?]{0,20}?(?:n'existe pas|existe pas|n'existait pas|n'existe plus|fictive|bidon|inexistante?)",
    r"(?:impossible de|je ne peux pas|pas possible de|ne peux plus) (?:retirer|recuperer|les recuperer|joindre|rien retirer)|(?:retrait|compte|fonds)\w* (?:est |etait )?(?:bloque|toujours bloque)|lien (?:est )?mort",
], negatable=False, group="offence")
sig("fake_adviser", "un faux conseiller bancaire", [
    r"faux (?:conseiller|conseillers|banquier|agent (?:de la|de ma) banque|service (?:fraude|anti-fraude|securite|client))|fausse conseillere",
    r"se (?:faisant|faisait|fait) passer pour (?:ma|la|une|un) (?:banque|conseillere?|conseiller)",
    r"(?:soi-disant|soi disant|un monsieur|une femme|un homme|une dame|quelqu'un|qui se disait|se disant|se presentant comme|un soi disant) (?:du |de la |le |la )?(?:service (?:fraude|securite|anti-?fraude)|conseill\w*|securite) (?:de|du|d')?",
    r"(?:service (?:fraude|securite|anti-?fraude)|conseill\w*) (?:de|du|d')(?: la| ma)? ?(?:banque|bnp|lcl|societe generale|caisse d'epargne|credit agricole|credit mutuel|banque postale|boursorama|cic|hello bank|la poste|agence)",
    r"(?:compte securise|compte de securite|virements? de securisation|(?:mettre|placer) (?:mon|son|l') argent a l'abri|numero (?:de|qui s'affichait comme celui de) (?:mon|ma) (?:agence|banque)|numero de mon agence)",
], group="offence")
sig("handed_over", "vous avez remis de l'argent, la carte ou des biens vous-même", [
    r"(?:fait|effectue|envoye|realise|fais|valide|passe|faire) (?:elle-meme |moi-meme |lui-meme |moi meme )?(?:un|des|plusieurs|deux|trois|quatre|\d+|les) virements?",
    r"(?:virement (?:de|d') ?\d+|j'ai (?:vire|transfere))",
    r"(?:remis|donne|confie|tendu) (?:ma|la|mes|les|sa|ses) (?:carte|cb|cartes|bijoux|especes|argent|cles)|coursier|livreur (?:est venu|a recupere)|(?:jlai|je l'ai|je lai) donnee",
    r"(?:donne|communique|dicte|tape|saisi|rentre|lire|lu|lit) (?:mon|le|mes|les|son|ses|sa|ma) (?:code|codes|numero de carte|numeros|identifiants|chiffres)",
], group="offence")
sig("money_demanded", "de l'argent a été demandé", [
    r"(?:demand|reclam|exig|veut|voulai|voulaient|veulent|propos|redemand)\w*[^.;!?]{0,40}?(?:argent|euros|€|\beur\b|virement|paiement|bitcoins?|btc|crypto|rancon|payer|paysafe\w*|cartes? (?:cadeaux?|pcs|transcash|neosurf|google play|itunes|steam)|recharges?|des sous|de la thune|\d+ ?e\b|\d+ ?\$|dollars|mandat|western union|transcash|neosurf|pcs|frais)",
    r"(?:rancon|extorsion|extorqu\w*|racket\w*|chantage|fait chanter|font chanter|faisait chanter)",
    r"(?:payer|verser|envoyer|donner|lui envoie|je lui envoie)[^.;!?]{0,25}?\d+ ?(?:euros|€|e\b|eur\b|dollars|\$)",
], group="offence")
sig("blackmail", "une menace assortie d'une demande (chantage)", [
    r"(?:si (?:je|tu|il|elle|on|nous) (?:ne )?(?:lui )?(?:pai\w*|pay\w*|verse\w*|donne\w*|envoie\w*|vire\w*)|sinon (?:il|elle|ils|elles|on|tout)\b|contre (?:\d|une? |la somme)[^.;!?]{0,25}?(?:€|euros|\be\b|bitcoins?|transcash|neosurf|pcs|paysafe\w*|cartes?|dollars)|(?:me le|me la|me les|nous le) (?:rend|rendra|rendre|rendrait) contre)",
    r"(?:chantage|fait chanter|font chanter|faisait chanter|extorsion|rancon|me menace d'envoyer|menace de (?:publier|diffuser|envoyer|partager|montrer|balancer|poster)|(?:il|elle|ils) (?:renoncera|renonce) si)",
], negatable=False, group="offence")
sig("account_hacked", "un compte en ligne a été piraté", [
    r"(?:compte|comptes|profil|messagerie|boite mail|adresse mail|mail|whatsapp|insta|instagram|facebook|messenger|snap|snapchat|gmail|hotmail|outlook|tiktok|twitter|discord|steam|ameli|caf|impots|netflix|paypal|vinted|leboncoin|amazon|zalando|uber|fnac|icloud|apple id|apple|google|fortnite)\b[^.;!?]{0,40}?(?:pirat\w*|hack\w*|pris le controle|plus acces|n'ai plus acces|ne peux plus (?:me connecter|y acceder|entrer)|bloque par|vole|volee|compromis|recupere par|repris|s'est deconnecte|deconnecte)",
    r"(?:pirat\w*|hack\w*)[^.;!?]{0,30}?(?:compte|profil|insta|instagram|facebook|snap|mail|whatsapp|messagerie|tiktok|messenger|gmail|apple)",
    r"(?:quelqu'un|qqn|on|un inconnu|il|ils) (?:s'est connecte|se sont connectes|a pris le controle|ont pris le controle|a change (?:mon|le) mot de passe|ont change (?:mon|le|mes) mot|a change l'adresse|a accede|ont accede)|mot de passe (?:a ete )?(?:change|modifie) (?:sans|par)|pris le controle de mon|on m'a vole mon (?:whatsapp|compte|snap|insta)",
    r"(?:le pirate|le hacker|les pirates)\b",
], group="offence")
sig("contacts_asked_money", "vos contacts ont reçu des demandes d'argent", [
    r"(?:mes|a mes|aux|a tous mes|tous mes|plusieurs de mes|ses|mes propres|tout mon|a tout mon|a mes|mon) (?:amis|amies|contacts|proches|abonnes|potes|copains|copines|collegues|parents|connaissances|famille|cousins|cousines|repertoire)[^.;!?]{0,70}?(?:argent|virement|payer|euros|€|preter|paiement|sous|depanner|mandat|code|pcs|transcash|recharges?|investi\w*|rib)",
    r"(?:demand\w*|ecrit|envoie|envoyer|ecrire|reclame)[^.;!?]{0,40}?(?:de l'argent|des recharges|des sous)[^.;!?]{0,30}?(?:a mes|a tous mes|a tout mon|aux|a ses|a mon) (?:amis|contacts|proches|abonnes|repertoire|cousins|famille)",
    r"(?:une copine|un copain|une amie|un ami|ma soeur|mon frere|mon oncle|ma tante|ma mere|mon pere|un ancien camarade|deux personnes|des amis|des contacts|plusieurs amis|un cousin|une cousine)[^.;!?]{0,40}?(?:a|ont|avait) (?:deja )?(?:envoye|vire|verse|paye|transfere)",
    r"(?:je t'ai envoye|tu m'as demande)",
], group="offence")
sig("exposure_threat", "une menace de publier ou d'envoyer des images de vous", [
    r"(?:menac\w*|veut|va|vont|dit qu'il va|il dit il)[^.;!?]{0,30}?(?:publier|diffuser|envoyer|partager|balancer|poster|montrer)\w*[^.;!?]{0,40}?(?:photos?|videos?|images?|captures?|vid|tout le monde|mes contacts|ses contacts|mes amis|ses amis|ma famille|mes parents|ses parents|ma femme|mon employeur|mon patron)",
    r"(?:sinon|si (?:je|il|elle) (?:ne )?(?:paie|paye|payais|payait|verse|envoie))[^.;!?]{0,50}?(?:publi\w*|diffus\w*|envoi\w*|envoy\w*|balanc\w*|partag\w*|recoit|recevra|montr\w*|partir\w*)",
    r"(?:a|ont|avait) (?:une|des|la|mes|ses|ma|sa) (?:photos?|videos?|vid) (?:de (?:moi|lui|elle)|intimes?|de nous)|(?:ils|il|elle) (?:ont|a) (?:la|ma|une) video de moi|(?:me|le|la) (?:fait|font) chanter avec",
    r"(?:filme|enregistre|enregistree|capture)\w*[^.;!?]{0,30}?(?:webcam|appel video|visio|nue?|deshabille\w*)|(?:webcam)[^.;!?]{0,60}?(?:filme|video|sites? (?:pour )?adultes?|porno)",
], negatable=False, group="offence")
sig("no_money_asked", "aucune somme n'a été demandée", [
    r"(?:personne (?:ne )?(?:m'a|me|ma|nous a|lui a) (?:rien )?(?:demande|reclame)|(?:ne|n') ?(?:m'a|m'ont|nous a|lui a|m a) (?:rien|pas|jamais) (?:demande|reclame)|aucune demande (?:d'argent|de rancon)|(?:pas|jamais|aucune?) (?:de )?(?:demande d'argent|rancon)|il ne veut pas d'argent|ne veut pas d'argent|rien demande|(?:il|le pirate|elle) n'a rien demande|aucun message|aucune somme|pas demande (?:d'argent|de l'argent)|sans demander d'argent|jamais demande (?:d'argent|argent))",
], negatable=False, group="offence")
sig("card_handed", "la carte a été remise à quelqu'un", [
    r"(?:coursier|(?:remis|donne|confie|tendu|remettre|donner) (?:ma|sa|la|leur) (?:carte|cb)|(?:jlai|je l'ai|je lai|elle l'a|il l'a) (?:donnee|remise)|(?:est venu|passer|passe) (?:la |le )?(?:chercher|recuperer))",
], group="card")
# ---------------------------------------------------------------- offences against the person
sig("sexual", "des faits à caractère sexuel ou sexiste", [
    r"(?:viol|viols|violee|violees|violer|violait|viole par|agression sexuelle|agresse sexuellement|agressee sexuellement|attouchement\w*|tripot\w*|main aux fesses|mains aux fesses|exhib\w*|frotteur|frott\w*|sexuel\w*|sexiste\w*|sexe|pornograph\w*|porno|pedo\w*|masturb\w*|nude|nudes|sextape|sextorsion|sextortion|revenge porn|deepfake|pute|salope|chienne|catin|sa queue|son sexe|ses parties|mes seins|ma poitrine|mes fesses|les fesses|me toucher|m'a touchee|m a touchee|touchee|caresse\w*|embrasse\w*|bise forcee|sous (?:ma|sa|leur) jupe|me sucer|me baiser|te baiser|la baiser|viens me|t'es bonne|tu es belle|seins nus|en soutif|en sous-vetements|soutien-gorge)\b",
    r"(?:s'est colle|se collait|s'est frotte|colle contre moi|collé contre moi)|(?:remarques?|commentaires?|trucs?|choses?) (?:degueu\w* )?(?:sur|de) (?:mon|ma|son|sa|mes) (?:corps|physique|poitrine|tenues?|fesses|seins)",
    r"(?:mis|met|mettre) (?:un truc|quelque chose|qqch|une drogue|du ghb) dans (?:mon|son|leur) verre|(?:reveillee?|reveille) (?:chez un inconnu|dans son lit|nue?)|sans aucun souvenir|force\w* a avoir (?:un rapport|des rapports)|rapport (?:force|non consenti)|sans (?:mon|son) consentement",
    r"(?:faisait|fait|faire) des secrets|(?:demande|demander|demandait|veut|exige|exigeait|reclame)\w*[^.;!?]{0,30}?(?:des |d'autres |de nouvelles |plus de )?(?:photos|videos|images)(?! de (?:la|ma) (?:carte|piece))|envoie\w* des photos en prive|approcher des enfants|grooming",
], group="offence")
sig("intimate_images", "des images intimes", [
    r"(?:photos?|videos?|images?|snaps?|selfies?|vid|captures?)\b[^.;!?]{0,30}?(?:intimes?|nue|nues|nu\b|nus\b|denude\w*|sexy|osee|osees|de moi nue?|en sous-vetements|en soutif|en maillot|sexuelles?|explicites?|coquines?|au lit|dans la douche|sous (?:ma|la|sa) jupe|seins nus)",
    r"(?:nudes?|sextape|revenge porn|deepfake|montages? porno\w*|photomontage|j'etais nue?|je me suis deshabille\w*|se filmer nue?|filme(?:e|r)? nue?|en appel video|appel video|visio)\b",
    r"(?:video|photos?|images?) de (?:nous deux|moi|lui|elle)[^.;!?]{0,25}?(?:nue?|au lit|intime|en train)",
], group="offence")
sig("harassment", "un harcèlement", [
    r"(?:harcel\w*|harcèl\w*|stalk\w*|traque\w*|cyberharcel\w*|s'acharne\w*|fait vivre un enfer|me pourrit la vie|me met a l'ecart|mettent a l'ecart|compte balance|balance ton)",
    r"(?:me suit|me suivent|me suivait|m'a suivie?|ma suivie?|m'attend|m attend|m'attendent|vient attendre|viennent attendre|debarque)\w* (?:partout|jusqu|devant|a la sortie|tous les|a mon|au)",
    r"(?:messages|sms|appels|mails|fois) (?:par jour|par nuit|chaque jour)|(?:vingt|trente|cinquante|dizaines de|cent) (?:messages|sms|appels|mails|fois)",
    r"(?:cree|creer|cree des|recree|cree de) (?:des |de )?(?:nouveaux|nouveau) comptes?",
], group="offence")
sig("repeated", "des faits répétés", [
    r"(?:tous les (?:jours|soirs|matins|mois|week-ends|deux jours)|toutes les (?:nuits|semaines)|chaque (?:jour|nuit|semaine|soir|matin|mois|fois|debut de mois)|sans arret|sans cesse|a repetition|en boucle|encore et encore|tout le temps|h24|regulierement|sans relache|a plusieurs reprises)",
    r"(?:depuis|ca dure depuis|ca fait) (?:des|plusieurs|deux|trois|quatre|cinq|six|huit|dix|quelques|\d+) (?:mois|semaines|ans|annees)",
    r"(?:depuis (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l'ete|cet ete|le printemps|l'automne|la rentree|son arrivee|qu'il|qu'elle|que j'ai|mon coming|le divorce|la separation|la rupture|un an|des mois|un mois|une semaine|deux ans))",
    r"(?:plusieurs fois par (?:jour|semaine)|des dizaines de (?:messages|appels)|des centaines de|recommence|continue de|continuent de|n'arrete pas|arrete pas|a chaque fois|deux fois ce mois|(?:deux|trois|quatre|plusieurs) fois|encore une fois|de nouveau|a nouveau|la deuxieme fois|la troisieme fois|pas la premiere fois|c'est pas la premiere)",
    r"(?:me suit|me suivent|me suivait|m'attend|m attend|m'attendent) (?:partout|jusqu|devant|a la sortie|tous les)",
    r"(?:sous (?:chacune|toutes|chacun) (?:de |des )?mes)",
], negatable=False, group="offence")
sig("single_event", "un fait isolé (une seule fois)", [
    r"(?:une seule fois|la seule fois|premiere fois|c'etait une fois|une fois,|il ne m'avait jamais|jamais rien dit avant|pas d'autre probleme|ne s'etait jamais|qu'une fois|juste ca,|seul incident|un seul message|une seule)",
], negatable=False, group="offence")
HATE_GROUP = (r"(?:noir|noire|noirs|noires|negre|negresse|arabe|arabes|juif|juive|juifs|pd|pede|gouine|bougnoule|bougnoules|bicot|chinois|chinoise|musulman|musulmane|"
              r"renoi|rebeu|bamboula|singe|macaque|tarlouze|travelo|handicape|mongol|gitan|rom|roms|roumain|portugais|turc|grosse noire|grosse|africain|africains)")
sig("hate", "des propos ou actes racistes, discriminatoires ou haineux", [
    r"(?:racis\w*|antisemit\w*|homophob\w*|transphob\w*|islamophob\w*|xenophob\w*|negrophob\w*|grossophob\w*|lesbophob\w*|biphob\w*|discrimin\w*|haine raciale|haineux|haineuse|youpin|bougnoul\w*|negro|negresse|tarlouze|travelo|gouine|tapette|nazi\w*|croix gammee|etoile de david)\b",
    r"(?:sale|sales) (?:\w+ )?" + HATE_GROUP + r"\b",
    r"(?:retourne|rentre|retournez|rentrez) (?:dans ton pays|chez toi|chez vous|en afrique|dans ta brousse|dans ton pays|au bled)|(?:juifs|arabes|noirs|musulmans|etrangers) dehors|\bdehors\b[^.;!?]{0,20}?(?:juifs|arabes|noirs)|emojis? (?:de )?singes?|des singes en emoji|les singes",
    r"(?:a cause de|parce que|en raison de|quand il a vu que|depuis que j'ai (?:dit|parle de)|apres avoir (?:vu|appris)) (?:ma|mon|mes|je suis|j'etais|je porte|son|sa|ses|elle est|il est|j'etais) (?:\w+ )?(?:couleur|origine|origines|religion|handicap|orientation|voile|peau|nom|accent|noir|noire|arabe|juif|juive|musulman|musulmane|voilee|homo|homosexuel\w*|gay|lesbienne|trans|handicape\w*|enceinte|burkini|fauteuil|coming out|age)",
    r"(?:ne (?:prend|prenait|prennent|garde|gardait|veut|voulait|louent|loue|embauche|embauchent|embaucher) pas (?:de |des |les )?(?:femmes enceintes|femmes voilees|voilees|noirs|arabes|africains|etrangers|handicapes|homos|gens comme|chinois|musulmans|juifs)|pas de (?:voilees|noirs|arabes|ca chez lui|ca ici)|n'embauche pas des|voulait pas de (?:ca|noirs|arabes))",
    r"(?:avec (?:mon|son|ton|ce) (?:voile|burkini)|(?:mon|son|sa|ma) (?:voile|burkini|kippa|religion|orientation)|femme trans|homme trans|je suis trans|marie avec un homme|mariee avec une femme|coming out|vous les (?:chinois|arabes|noirs|juifs|musulmans)|les chinois (?:vous )?ramen|traite\w* de terroriste|me traitent de terroriste|une femme de (?:cinquante|soixante|\d+) ans,? ca|en fauteuil[^.;!?]{0,80}?(?:refuse|pas de ca))",
], group="offence")
sig("public_content", "un contenu public vu en ligne", [
    r"(?:video|videos|publication|publications|post|posts|page|pages|groupe|groupes|compte|comptes|live|lives|story|stories|commentaire|commentaires|tweet|tweets|message public|chaine|hashtag|reel|reels|contenu|contenus|site|sites|annonce|photo|photos|montage|montages|meme|memes|clip|topic|forum|serveur|canal|salon|defi|pub|publicite|profil)s?\b[^.;!?]{0,60}?(?:facebook|instagram|insta|tiktok|twitter|\bx\b|youtube|telegram|snapchat|snap|reseaux sociaux|reseau social|en ligne|internet|le web|forum|discord|twitch|reddit|linkedin|public|publique|publics|publiques|publiquement|partage\w*|circul\w*|tourne|vue?s? par|milliers|millions|viral\w*|abonnes|likes|vues|viewers|spectateurs|membres)",
    r"(?:vu|vue|tombe|tombee|trouve|trouvee|decouvert|decouverte|circule|circulent|publie|poste|partage|diffuse|relaye|lu|lis|montre)\w*[^.;!?]{0,40}?(?:sur|dans|sous) (?:facebook|instagram|insta|tiktok|twitter|x|youtube|telegram|snapchat|snap|les reseaux|un groupe|une page|un forum|internet|le web|discord|twitch|reddit|linkedin|un site|un compte|un serveur|une video|un article|la page|le site|le compte|le groupe)\b",
    r"(?:compte|groupe|page|live|story|serveur|canal|chaine|forum)s? (?:x|insta|instagram|tiktok|facebook|fb|snap|snapchat|telegram|discord|youtube|whatsapp|public|publique|anonyme|twitch)\b",
    r"(?:en live|en direct|live (?:tiktok|facebook|insta|instagram|twitch|youtube)|facebook live|(?:viewers|spectateurs|abonnes|partages|likes|vues|membres)\b|(?:des milliers de|des centaines de|plein de) (?:commentaires|messages))",
], group="content")
sig("illegal_content", "un contenu illicite (haine, terrorisme, pédocriminalité, appel à la violence)", [
    r"(?:apologie|terroris\w*|djihad\w*|jihad\w*|daech|daesh|propagande|pedopornograph\w*|pedocrimin\w*|pedophil\w*|enfants? (?:nus?|abuses?|dans le bain)|appel\w* (?:au meurtre|a la violence|a tuer|au lynchage|a la haine|au viol|a l'emeute|a bruler|a attaquer|a tabasser|a frapper|a harceler)|incitation (?:a la haine|a la violence|au meurtre|au suicide)|contenus? (?:illicites?|illegaux|choquants?|haineux|pedo\w*|violents?)|decapit\w*|egorge\w*|execution|tortur\w*|maltraitance animale|maltraite un (?:chien|chat|animal)|attentats?|fusillade|tuerie|carnage|massacre|tirer (?:au|sur le|dans le|sur tout) (?:lycee|college|ecole|monde)|menaces? de mort publiques?|ratonnade|chasse aux|faire la chasse|negationn\w*|revisionn\w*|chambres a gaz|expedition punitive|bombe|bombes|explosif|engin explosif|fabriquer une bombe|faire sauter|ca va peter|extermin\w*|vermine|1942|caricatures? (?:nazies?|antisemites?)|martyr)\b",
    r"(?:aller|va|vont|allait|faut) (?:la|le|les|lui) (?:corriger|chercher|buter|tuer|cramer|lyncher|regler son compte)|mettre le feu|casser du (?:\w+)|(?:les|des|tous les) (?:noirs|juifs|arabes|musulmans|migrants|homos|gays|trans|femmes voilees|roms|asiatiques|chinois|blancs|haitiens|comoriens|feministes|flics|infideles)\b[^.;!?]{0,40}?(?:singes|chasser|frapper|tuer|virer|deporter|exterminer|cramer|vermine|parasites|animaux|dehors|a la mer|violer)",
    r"(?:appelle|appellent|appelant|pousse|poussent|encourage\w*|incite\w*) (?:a|au|les gens a) (?:tuer|frapper|harceler|bruler|violer|attaquer|casser|lyncher|aller|s'etrangler|se suicider|se scarifier|faire)|(?:promotion|apologie) (?:de la scarification|du suicide|de l'anorexie)",
    r"(?:vend|vendent|vendait|vente de|vendre) (?:des |de )?(?:faux (?:diplomes|permis|papiers)|fausses (?:cartes|pieces)|armes?|drogue|packs?|videos d'enfants|de l'ozempic|medicaments|ozempic)|sans ordonnance|armes a feu|(?:packs?|videos) d'enfants|tutos? pour (?:hacker|pirater)|comptes bancaires (?:pirates|voles)",
    r"(?:va|vais|vont|allait|veut) (?:tuer|egorger|buter|abattre|faire exploser) (?:le|la|les|un|une|des) (?:president|ministre|depute\w*|maire|prof\w*|journaliste)|bravo aux attentats|(?:etait|est) un heros|defi[^.;!?]{0,60}?(?:etrangl|evanoui|ceinture)|(?:s'etrangler|serrer le cou)",
], group="content")
sig("targeted_me", "le contenu ou les faits vous visent personnellement", [
    r"(?:m'|me |m )(?:insult\w*|menac\w*|harcel\w*|humili\w*|cibl\w*|tag\w*|identifi\w*|nomm\w*|expos\w*|rabaiss\w*|traite\w*|ecri\w*|envoi\w*|suiv\w*|suit)(?! pas)",
    r"(?:photos? de moi|videos? de moi|ma photo|mes photos|mes videos|mon visage|mon nom|mon adresse|mon numero|ma couleur|ma porte|notre porte|sur ma porte|sur notre porte|contre moi|sous mes|mes propres videos|chacune de mes|c'est moi qui suis visee?|je suis (?:la )?(?:visee?|cible)|ma cible|sa cible)",
], negatable=False, group="content")
sig("not_targeted", "vous êtes témoin du contenu, pas sa cible", [
    r"(?:ne|n') ?(?:me|m') ?(?:vise|visent|visait|visaient|concerne|concernent|est adresse)\w* pas|(?:ca|il|elle|cela) (?:me|m') ?(?:visait|vise|concerne) pas|me visait pas",
    r"(?:pas (?:contre|a|pour) moi|pas de moi\b|pas moi (?:la|le|qui)|c'est pas moi|ce n'est pas moi|c pas moi|ce ne sont pas (?:mes|moi)|ce n'est pas (?:mon|ma|mes) (?:enfant|fille|fils|famille))",
    r"(?:je ne suis pas|je suis pas|jsuis pas|je n'etais pas|je n'y suis pas|je ne suis) (?:visee?|concernee?|la cible|la personne|victime|dessus|la deputee|rom|noir|juif|dedans)",
    r"(?:personne (?:ne )?(?:me|m') ?(?:vise|a vise|visait|nomme|a nommee?|ne me vise)|personne m'a nommee?|pas visee?|pas concernee?|n'est pas visee?|ne sont pas visee?s?|n'y (?:est|figure|etait) pas|je n'y figure pas|n'est pas (?:dessus|sur les photos|dedans))",
    r"(?:je ne (?:le|la|les) connais pas|je (?:le|la|les) connais (?:pas|ni)|je ne connais (?:pas|ni) (?:la |le |les |cette |cet |ce |ces )?(?:personne|victime|femme|homme|jeune|famille|journaliste|fille|garcon|eleve|gens|auteurs?|lui)|je connais ni|je ne la connais|aucun lien avec|je ne connais pas cette|sans lien avec)",
    r"(?:pas (?:mon|ma|mes) (?:enfants?|fille|fils|famille)|(?:ma fille|mon fils|mes enfants) (?:n'est|n'a|ne sont|n'ont) pas (?:visee?s?|contacte\w*|concernee?s?|dessus|de compte)|(?:ma fille|mon fils) n'y (?:est|figure) pas)",
    r"(?:juste spectat\w*|je suis (?:juste |seulement |simplement )?tombee? (?:sur|dessus)|suis tombee? sur|en (?:scrollant|naviguant|surfant|cherchant)|j'ai (?:juste )?vu (?:passer|le tweet|le post)|(?:l'a|a) (?:juste )?vu passer|par hasard)",
    r"(?:je n'ai rien|jai rien|j'ai rien|je n'ai pas|jai pas|j'ai pas|moi j'ai pas|elle n'avait rien|personne chez nous n'a) (?:donne|achete|paye|commande|rempli|mis|perdu|investi|scanne|clique|encore paye)|zero euro|moi non plus",
    r"(?:c'est general|c'est public|contre tout le monde)",
    r"(?:je (?:veux|voudrais|souhaite) (?:juste |seulement )?(?:le |la |les )?(?:signaler|faire fermer|que ce soit retire|qu'il soit ferme)|je le signale|je signale (?:un|une|ce|cette)|pour les autres|avant que (?:ca|quelqu'un) (?:arrive|se fasse))",
], negatable=False, group="content")
sig("threat", "des menaces", [
    r"(?:menac\w*|(?:va|vais|vont|veut|voulait|allait|vient) (?:me|te|nous|la|le|les|vous|tous nous|tous) (?:tuer|buter|frapper|egorger|planter|defoncer|massacrer|cramer|bruler|retrouver|faire la peau|faire du mal|casser|saigner|crever|tabasser|corriger)|t'es mort|tu es mort|tu vas (?:mourir|crever|le payer|voir|regretter)|je vais te (?:crever|tuer|defoncer|planter|buter|retrouver)|regler (?:ton|son|leur|ses|nos) comptes?|faire la peau|je sais ou tu (?:habites|vis)|on sait ou tu|casser la gueule|me le faire payer)",
], group="offence")
sig("insult", "des insultes ou une diffamation", [r"(?:insult\w*|injuri\w*|traite de|traitee de|m'a traite\w*|m a traite\w*|diffam\w*|calomn\w*|rumeurs?|ragots?|denigr\w*|moque\w*|faux avis)\b"], group="offence")
sig("violence", "des violences physiques", [
    r"(?:frapp\w*|tabass\w*|cogn\w*|gifl\w*|baffe\w*|claque|coups? de (?:poing|pied|couteau|tete|boule|coude|genou|casque|crosse|batte|canne|epaule)|agress\w*|bagarre|battu|battue|battus|rouee? de coups|bouscul\w*|etrangl\w*|mordu\w*|griff\w*|lynch\w*|passage a tabac|plaque\w* (?:au sol|contre)|assomm\w*|mis a terre|jete\w* (?:par terre|au sol|des objets|une chaise)|tord\w* le poignet|tire\w* (?:les cheveux|par les cheveux))\b",
    r"(?:me|m'|la|le|l'|les|nous) (?:tape|tapent|tapait|tapaient|a tape|ont tape)\b|(?:en train de|vient de) (?:me |la |le |les )?(?:taper|frapper)|(?:il|elle|ils) (?:me |la |le |l'a |nous )?(?:tape|tapent|frappe|frappent|bat)\b|(?:coups|des coups)\b(?! de fil| de telephone| d'oeil)|(?:pousse\w*|jete\w*) (?:violemment|par terre|au sol|contre|dans l'escalier)|(?:violences?|violente\w*)(?! (?:verbales?|morales?|psychologiques?|conjugales?|economiques?))\b",
], group="offence")
sig("injury", "une personne est blessée", [
    r"(?:blesse\w*|blessure\w*|saign\w*|en sang|hopital|aux urgences|points de suture|suture\w*|fracture (?:du|de la|au|ouverte)|fracture\w* (?:le|la|au) (?:bras|jambe|poignet|nez|cote|crane|machoire)|cass\w* (?:le nez|le bras|la jambe|une dent|les dents|le poignet|la machoire|la hanche)|(?:jambe|bras|poignet|nez|femur|hanche|cote|cotes)\w* cass\w*|col du femur|hematome\w*|bleus|des bleus|ecchymose\w*|\bitt\b|interruption temporaire de travail|jours d'arret|certificat medical|entorse|plaie\w*|arcade|commotion|traumatisme\w*|evanoui\w*|inconscient\w*|ambulance|samu|platre\w*|\bko\b|cocard|une marque sur)\b",
], group="offence")
sig("weapon", "une arme", [
    r"(?:couteau\w*|arme|armes|arme blanche|arme a feu|arme a la main|pistolet|revolver|fusil|flingue|batte|barre de fer|cutter|machette|machettes|sabre|hache|bombe lacrymo\w*|gazeuse|tesson|bouteille cassee|matraque|poing americain|taser|calibre|kalach\w*|kalash\w*|tournevis|marteau|ciseaux|lame|baionnette|surin|schlass|opinel|coutelas)\b",
], group="offence")
sig("identity_theft", "une usurpation d'identité", [
    r"usurp\w* (?:d'|de mon |mon |de son )?identite|usurpation|(?:a|en|sous) mon nom|(?:avec|utilise) (?:mes|ses) (?:papiers|photos et mon nom)|(?:carte d'identite|piece d'identite|passeport|permis)[^.;!?]{0,40}?(?:utilise\w*|servi|fraude\w*)|credit\w* (?:a|en) mon nom|ouvert (?:un|des) comptes? (?:a|en) mon nom|se fait passer pour moi|se faisant passer pour moi|faux (?:profil|compte) (?:a|avec) (?:mon nom|mes photos)|(?:mes|avec mes) (?:photos|coordonnees|donnees)[^.;!?]{0,30}?(?:faux profil|se faire passer)",
    r"(?:sim swap\w*|carte sim|duplicata de (?:ma|la) (?:carte )?sim|autre carte sim)",
    r"(?:faux (?:profil|compte)|profil)[^.;!?]{0,40}?(?:mes photos|mon nom|ma photo)|(?:utilise|utilisent|prend) mon nom|mon identite|c'est moi l'arnaqueu\w*|c'est mon visage",
], group="offence")
sig("ransomware", "un rançongiciel", [
    r"(?:rancongiciel|ransomware|ransomeware)",
    r"(?:fichiers?|donnees|documents|photos|disque|nas|ordinateur|pc|ordi)[^.;!?]{0,50}?(?:chiffres?|chiffrees?|cryptes?|crypte|verrouilles?|inaccessibles|renommes?|extension bizarre|\.locked)",
    r"(?:ecran rouge|fichier readme|readme)",
], group="offence")
sig("tech_support_scam", "une fausse alerte virus ou un faux support technique", [
    r"(?:fenetre|pop-up|popup|message|ecran)[^.;!?]{0,60}?(?:infecte|virus|bloque|piratage|appelez|appeler|numero)|(?:support|technicien|service) (?:microsoft|apple|windows)|faux (?:antivirus|technicien|support)|(?:pris|prend|a pris) la main (?:a distance|sur)|connecte\w* a distance|prise en main a distance",
], group="offence")
sig("impersonation_relative", "un message se faisant passer pour un proche (nouveau numéro)", [
    r"(?:nouveau numero|change de numero|change mon numero|mon nouveau numero|c'est mon nouveau|telephone (?:casse|tombe)[^.;!?]{0,30}?numero)|(?:coucou|bonjour|salut) (?:maman|papa|mamie|papi)|(?:papa|maman),? c'est moi",
    r"(?:c'etait|ce n'etait|c'etait) pas (?:ma fille|mon fils|mon frere|ma soeur|lui|elle)|ce n'etait pas (?:ma fille|mon fils|mon frere|ma soeur|lui|elle)",
], negatable=False, group="offence")
sig("refund_trick", "un faux remboursement ou une fausse annulation validé sur l'appli", [
    r"(?:valid\w*|approuv\w*|confirm\w*|accept\w*)[^.;!?]{0,50}?(?:remboursement|annulation|annuler|securiser|notifications?|3-?d ?secure|l'appli)|(?:pour|afin d') ?(?:annuler|securiser|bloquer|rembourser|proteger) (?:une |la |les |des )?(?:fraude|paiements?|carte|tentatives?|compte|remboursement)",
    r"(?:code|codes) (?:recu|recus) par sms|(?:lire|lu|dicte|donne|donner) (?:le|les) codes?|(?:en fait|qui etai\w*|c'etaient?) (?:en fait )?(?:des|un|deux) (?:paiements?|achats?)",
], negatable=False, group="payment")
sig("self_paid", "la victime a elle-même fait le seul paiement", [
    r"(?:moi-meme|moi meme|elle-meme|lui-meme|c'est moi qui (?:ai|avais) (?:tape|valide|paye|fait|envoye)|c'est elle qui (?:a|avait) (?:tout )?(?:tape|valide|paye|fait)|j'ai fait le paiement|j'ai paye direct|(?:aucun|pas d') ?autres? (?:debits?|paiements?|sommes?)|juste ce paiement|pas d'autre paiement|n'ai pas vu d'autres? sommes?|(?:c'est|c) moi qui ai (?:paye|valide))",
], negatable=False, group="payment")
# ---------------------------------------------------------------- victim and place
sig("victim_minor", "la victime est mineure", [
    r"(?:j'ai|jai|j ai|g|agee? de|age de|ai|a|elle a|il a) (?:1[0-7]|[89]) ans",
    r"(?:10|11|12|13|14|15|16|17|8|9) ans\b[^.;!?]{0,15}?(?:je |j'|et je|,)",
    r"(?:mineur|mineure|mineurs|mineures|college|collegien|collegienne|collegiens|lycee|lyceen|lyceenne|lyceens|ado|ados|adolescent|adolescente|adolescents|eleve|eleves|recre|recreation|bahut)\b",
    r"en (?:3e|4e|5e|6e|3eme|4eme|5eme|6eme|seconde|premiere|terminale|cm1|cm2|troisieme|quatrieme|cinquieme|sixieme)\b",
    r"(?:mon|ma|notre|sa|son) (?:fils|fille|enfant|ado|petit|petite|garcon|niece|neveu|petit-fils|petite-fille) (?:de|d'|qui a) (?:1[0-7]|[0-9]) ?ans",
    r"(?:la|ma|en|sa) classe\b",
], negatable=False, group="victim")
sig("adult_stated", "la victime dit être majeure", [
    r"(?:je suis|suis) (?:majeur|majeure)|(?:j'ai|jai|j ai|g) (?:1[89]|[2-9]\d) ans|(?:homme|femme) de (?:1[89]|[2-9]\d) ans|(?:il|elle) a (?:1[89]|[2-9]\d) ans",
], negatable=False, group="victim")
ABROAD = (r"(?:espagne|italie|portugal|maroc|tunisie|algerie|thailande|grece|allemagne|belgique|suisse|angleterre|royaume-uni|londres|barcelone|madrid|"
          r"rome|lisbonne|new york|etats-unis|usa|turquie|egypte|senegal|mexique|bali|croatie|pays-bas|amsterdam|berlin|bruxelles|dubai|japon|chine|"
          r"canada|quebec|bresil|dominique|sainte-lucie|madagascar|ile maurice|vietnam|inde|cote d'ivoire|cameroun|pologne|roumanie|ukraine|irlande|"
          r"ecosse|prague|budapest|vienne|istanbul|marrakech|ibiza|majorque|tenerife|crete|naples|milan|venise|florence|seville|malaga|munich|"
          r"cambodge|indonesie|australie|miami|los angeles|cuba|republique dominicaine|haiti|sint maarten|andorre|luxembourg|geneve|lausanne|suriname|comores)")
sig("abroad", "les faits se sont passés à l'étranger", [
    r"(?:en|au|aux|a|dans le|pres de|a cote de) " + ABROAD + r"\b|a l'etranger|hors de france|(?:en|pendant (?:mes|nos|les)) vacances (?:en|au|aux|a) " + ABROAD,
], negatable=False, group="victim")
sig("in_france", "les faits ont eu lieu en France", [
    r"(?:en france|ici en france|en metropole|les faits ont eu lieu (?:en france|ici)|a eu lieu (?:apres|ici)|sans rapport|c'est sans rapport|rien a voir avec)",
], negatable=False, group="victim")
sig("victim_company", "la victime est une entreprise ou une association", [
    r"(?:ma|notre|mon|de notre|de ma|de mon|la|le) (?:societe|entreprise|boutique|magasin|commerce|restaurant|resto|cabinet|association|asso|pharmacie|boulangerie|sarl|sas|eurl|pme|startup|start-up|epicerie|food-?truck|atelier|entrepot|franchise|exploitation agricole)\b(?! (?:de|d') (?:vente|e-commerce|pieces|vetements|parfums|location))",
    r"(?:en tant que|je suis|nous sommes|je tiens|nous tenons) (?:le |la |un |une )?(?:gerant\w*|commercant\w*|artisan\w*|auto-entrepreneur\w*|autoentrepreneur\w*|micro-entrepreneur\w*|tresorier\w*|president\w* (?:de l'association|du club)|dirigeant\w*|patron\w* d'un|chef d'entreprise|responsable (?:du|de la|d'un|d'une) (?:magasin|carrefour|boutique|supermarche|agence|restaurant)|food-?truck|restaurant|commerce|boutique|magasin)",
    r"(?:nos|des|les) (?:clients|salaries|employes|adherents)\b|compte (?:professionnel|pro)\b|carte (?:professionnelle|affaires)\b|(?:pour|au nom de) (?:l'entreprise|la societe|l'association|l'ape|le club|la boutique|le magasin)|je vous ecris pour (?:l'entreprise|la societe)|tous nos (?:ordinateurs|fichiers|devis|serveurs)|nos (?:ordinateurs|fichiers|devis|serveurs)|(?:une|la|notre) pme\b",
], negatable=False, group="victim")
sig("private_person", "la victime agit à titre personnel", [
    r"(?:carte|compte|ordinateur|pc|voiture|telephone|vehicule)s? (?:perso|personnel\w*|privee?)|a titre (?:perso|personnel|prive)|(?:je suis|en tant que) (?:un |une )?particulier|pas (?:pour |de |celle de )?(?:l'entreprise|la boutique|la societe|mon entreprise|pro\b|professionnel\w*|celui du travail)|rien de pro|pas une entreprise|non (?:celle |pas celle )?de (?:la|ma) (?:boutique|societe)|ce n'est pas mon metier|pour la famille|usage (?:perso|personnel|prive)|(?:ma|mon|sa|son) (?:carte|compte|ordinateur|pc) perso|c'est ma carte perso|(?:je suis|suis) (?:\w+ )?salariee?|c'est (?:pour|ma passion)|pas celui du travail",
], negatable=False, group="victim")
sig("victim_paid", "vous avez payé ou envoyé de l'argent vous-même", [
    r"(?:j'ai|jai|j ai|g|on a|nous avons|elle a|il a|ma mere a|mon pere a|il avait|elle avait|j'avais|on avait|nous avions|ils ont)\s(?:deja |meme |tout |moi-meme |elle-meme )?(?:paye|payee|payes|verse|envoye|vire|transfere|regle|donne|avance|depose|mis|investi|achete|commande|reserve|perdu|debourse|encaisse|fait le virement|fait (?:un|des|deux|trois|plusieurs) virements?)\b",
    r"(?:acompte|avance|caution|arrhes|frais de (?:dossier|douane|livraison|transport|deblocage|verification|traitement|envoi|notaire|dedouanement))\b",
    r"(?:coupons?|recharges?|cartes?|tickets?) (?:pcs|transcash|neosurf|paysafe\w*|cadeaux?|toneo|google play)|mandat cash|western union|moneygram|paypal (?:entre amis|amis et famille)|(?:entre amis)|en dehors de (?:l'appli|la plateforme|vinted|leboncoin)|hors plateforme",
    r"(?:par|en|via) (?:un |des |plusieurs )?(?:virements?|paypal|lydia|wero|revolut|mandat|western union|moneygram|coupons?|recharges?|transcash|neosurf|pcs|paysafecard|bitcoins?|crypto|usdt)\b",
    r"(?:payes?|payees?|verses?|vires?|envoyes?|deposes?|investis?|debourses?|depenses?)\b[^.;!?]{0,15}?(?:par|en|sur|au|a la|a une|a un|moi|pour)\b",
    r"(?:paid|sent)\b",
], group="offence")
sig("witness", "vous êtes témoin, pas la cible", [
    r"(?:ne|pas|pa) (?:me vise|me visent|me visait|me concerne|me concernent|m'est adresse)|(?:je ne suis pas|je suis pas|jsuis pas) (?:visee?|concernee?|la cible|la personne)|je ne connais pas (?:la personne|la victime|cette personne|cette femme|cet homme|ce jeune)|ce n'est pas moi|c'est pas moi|je (?:signale|veux signaler|voudrais signaler|souhaite signaler)|a signaler|signalez|je vois passer|(?:suis|est) tombee? (?:sur|dessus)|tombe sur|en (?:scrollant|naviguant|surfant)|j'ai vu (?:passer|circuler)|qui circule|qui tourne|milliers de|des centaines de (?:likes|commentaires|partages)",
], negatable=False, group="content")
# ---------------------------------------------------------------- out of scope
sig("police_misconduct", "le comportement d'un policier ou d'un gendarme", [
    r"(?:policier|policiere|policiers|gendarme|gendarmes|flic|flics|agent de police|agents de police|crs|la bac|la police|la gendarmerie|les forces de l'ordre)\b(?<!faux policier)(?<!faux gendarme)[^.;!?]{0,70}?(?:frapp\w*|insult\w*|tutoy\w*|brutal\w*|violent\w*|menott\w*|plaque\w* au sol|refus\w* (?:ma plainte|de prendre|de m'ecouter|d'enregistrer)|mal (?:parle|traite|recu)|humili\w*|controle au facies|abus\w*|bavure|gaze\w*|tabass\w*|mepris\w*|rigole\w*|moque\w*|irrespect\w*|impoli\w*|raciste\w*)|igpn|iggn",
], negatable=False, group="scope")
sig("consumer_dispute", "un litige avec un vendeur qui vous répond", [
    r"(?:vendeur|vendeuse|commercant|magasin|site|boutique|societe|entreprise|garage|artisan|operateur|sav|service client|agence|proprietaire|bailleur|plateforme|salle de sport|banque)[^.;!?]{0,60}?(?:refus\w* (?:de )?(?:me )?rembours\w*|ne veut pas (?:me )?rembours\w*|refus\w* (?:l'echange|le retour|la garantie)|garantie|litige|sav\b|retard de livraison|conditions generales|resili\w*|mauvaise qualite|malfacon|pas conforme|non conforme|defectueu\w*)",
    r"litige (?:commercial|avec)|signal ?conso|conciliateur|mediateur|associations? de consommateurs|ufc|60 millions",
], negatable=False, group="scope")
sig("phishing_no_loss", "un message frauduleux reçu, sans perte", [
    r"(?:sms|mail|e-mail|courriel|message|appel|lien)\w*[^.;!?]{0,80}?(?:je n'ai (?:rien|pas) (?:clique|donne|paye|repondu|rempli|perdu|tape|saisi)|sans (?:cliquer|repondre|rien donner)|j'ai (?:supprime|ignore|bloque|raccroche)|je n'ai rien perdu)",
    r"(?:rien|pas) (?:perdu|clique|donne|paye)[^.;!?]{0,40}?(?:sms|mail|lien|message)",
    r"(?:n'ai|ai|jai) (?:pas|rien|jamais|pa) (?:clique|cliquer)",
], negatable=False, group="scope")
sig("tech_help", "une demande d'aide technique", [
    r"(?:ordinateur|ordi|pc|telephone|portable|imprimante|box|wifi|tablette|mac|windows)[^.;!?]{0,40}?(?:lent|rame|bug\w*|ne marche|ne fonctionne|plante|pubs?|publicites|mis a jour|mise a jour)|mot de passe oublie|oublie (?:mon|le) mot de passe|comment (?:recuperer|changer|installer|supprimer|reinitialiser|proteger|securiser)",
], negatable=False, group="scope")
sig("question_only", "une question, sans faits décrits", [
    r"^(?:bonjour,? |salut,? )?(?:comment|combien|est-ce que|est ce que|peut-on|peut on|puis-je|puis je|ou |quand|quel|quelle|quels|quelles|faut-il|dois-je|a qui|que faire|qu'est-ce|c'est quoi|delai|quels sont)[^.!]{0,160}\?\s*$",
], negatable=False, group="scope")
# ---------------------------------------------------------------- emergency cues
sig("in_progress", "les faits sont en cours", [
    r"(?:en train de|en ce moment|actuellement|la maintenant|maintenant|a l'instant|a linstant|tout de suite|au secours|a l'aide|aidez[- ]moi|vite|urgent|urgence|en cours|j'entends|jentends|j entends|il y a quelqu'un|y a quelqu'un|ils sont (?:la|dedans|en bas|chez moi|encore)|il est (?:la|dedans|chez moi)|ils essaient|il essaie|ils essayent|tente d'entrer|tentent d'entrer|forcer (?:la|ma) porte|forcent|force la porte|defonce la porte|tape a la porte|cogne a la porte|sont en train|est en train|ca se passe maintenant|ca bouge encore|en direct)\b",
], negatable=False, group="emergency")
sig("author_present", "l'auteur est présent ou va revenir", [
    r"(?:il|elle|ils|elles|l'agresseur|l'homme|le type|le mec|le gars|mon (?:mari|ex|conjoint|compagnon|copain|pere|voisin|frere|beau-pere)) (?:est|sont) (?:encore |toujours |de nouveau |)(?:la|ici|devant|dans (?:l'appartement|l'appart|la maison|le jardin|l'immeuble|la cage|le hall|la cuisine|la chambre|le salon|mon jardin)|en bas|dehors|derriere la porte|chez moi|a cote|dans la piece)\b",
    r"(?:devant (?:ma|la|notre) porte|(?:il|elle|ils) (?:va|vont|doit|doivent|devrait) (?:revenir|rentrer|repasser)|(?:revient|rentre|revenir|rentrer|en rentrant) (?:ce soir|cette nuit|tout a l'heure|dans|bientot|demain)|il arrive|ils arrivent|sera la dans|m'attend (?:en bas|devant|dehors|a la sortie)|je suis (?:enferme\w*|cache\w*|barricade\w*)|(?:enferme\w*|cache\w*|barricade\w*) (?:dans|sous|chez)|il rode|ils rodent|il me suit (?:la|en ce moment)|il attend dehors|(?:il|elle) crie a dix metres)",
], negatable=False, group="emergency")
sig("imminent", "un danger imminent", [
    r"(?:ce soir|cette nuit|demain|tout a l'heure|dans (?:une|deux|quelques|\d+) (?:heures?|minutes?)|dans l'heure|aujourd'hui|ce week-end|ce weekend|le week-end|ce samedi|ce dimanche|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|la semaine prochaine|bientot|imminent\w*|a 20 h|avant midi)\b",
], negatable=False, group="emergency")
sig("child_danger", "un enfant est en danger", [
    r"(?:mon|ma|mes|un|une|le|la|les|notre|nos) (?:enfant|enfants|bebe|fils|fille|filles|gamin|gamine|petit|petite|petits)\b[^.;!?]{0,60}?(?:en danger|frapp\w*|disparu\w*|enleve\w*|avec lui|avec elle|seul\w* avec|menac\w*|battu\w*|secoue\w*|enferme\w*|ne repond plus|introuvable)",
    r"(?:enlevement|rapt|(?:il|elle) a (?:pris|emmene|enleve) (?:mon|ma|mes|les|notre|nos) (?:enfant|enfants|fils|fille|bebe))",
], negatable=False, group="emergency")
sig("suicide", "une personne annonce vouloir mettre fin à ses jours", [
    r"(?:suicid\w*|me (?:tuer|foutre en l'air|pendre|supprimer)|(?:se|me|te) (?:tuer|foutre en l'air|supprimer|pendre)|en finir|mettre fin a (?:mes|ses|tes) jours|plus envie de vivre|envie de mourir|veut mourir|veux mourir|prefer\w* mourir|(?:sauter|me jeter|se jeter) (?:du|d'un|par la|de la|du haut)|va sauter|vais sauter|scarif\w*|les avaler|adieu|ne vois plus d'issue|se faire du mal)",
], negatable=False, group="emergency")
sig("past_facts", "les faits sont passés", [
    r"(?:il y a (?:\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs) (?:jours?|semaines?|mois|ans|annees)|hier|avant-hier|la semaine derniere|le mois dernier|l'annee derniere|l'an dernier|l'ete dernier|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|le \d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|le \d{1,2}/\d{1,2}|en 20\d\d|depuis (?:il|qu'il|qu'elle) est (?:parti|en prison|incarcere))\b",
], negatable=False, group="emergency")

doc = {"version": "2026.12.2", "language": "fr",
       "description": "Signal lexicon: regular expressions over folded text (lower case, no accents, straight apostrophes). Each signal has an id used by the rules, a French 'fact' used in explanations, optional 'keys' (plain substrings: the patterns run only if one occurs), and 'negatable' (whether negation cues before or inside a match negate it).",
       "negation_cues": NEG, "window": 40, "signals": S}
json.dump(doc, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(S), 'signals')
