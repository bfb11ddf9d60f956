L = dict(
    tlds=["fr", "fr", "fr", "com.be", "fr"],
    oid_prefix=["402", "403", "404", "405", "406", "407", "171"],
    buyers=["Camille", "Julien", "Nathalie", "Thomas", "Sophie", "Karim", "Élodie", "Mathieu", "Claire",
            "Antoine", "Inès", "Pascal", "Léa"],
    agents=[("Aurélie", "Maison Lavande"), ("Romain", "Atelier du Bois Doré"), ("Céline", "Cuisine & Cocotte"),
            ("Hugo", "Outillage Dupuis"), ("Manon", "Les Petits Fils"), ("Yannick", "Jardin Bleu")],
    greet=["Bonjour {b},", "Bonjour {b},", "Chère cliente, cher client,", "Bonsoir {b},", "Madame, Monsieur,"],
    sign=["Bien cordialement,\n{a}\n{s}", "Belle journée,\n{a} – {s}", "Cordialement,\n{a}\nService client {s}",
          "À bientôt,\n{a}\n{s}"],
    close=["Nous vous souhaitons une excellente journée.", "Merci encore pour votre patience.", "Bon week-end à vous."],
    wrote="{b} a écrit :",
    re=["Re : ", "RE: ", "Re: "],
    subj_r=["Question sur ma commande", "Demande du client Amazon {b} (Commande : {oid})", "Livraison",
            "Problème avec l'article", "Commande {oid}"],
    subj_up=["Votre commande {oid}", "Commande {oid}", "Merci ! Commande {oid}", "Suivi de la commande {oid}"],
    subj_none=["Votre commande {oid}", "Commande {oid} : petite question", "À propos de votre commande {oid}"],
    ctx=dict(
        del_p=[("Votre commande {oid}", "D'après le suivi, votre colis vous a été remis mardi."),
               ("Commande {oid} : tout s'est bien passé ?", "Votre commande a été livrée il y a quelques jours et nous espérons que tout est arrivé en bon état."),
               ("Suite à votre commande {oid}", "Cela fait maintenant une semaine que vous avez reçu votre commande."),
               ("Commande {oid}", "Nous espérons que votre nouvel article vous rend déjà service au quotidien.")],
        del_r=[("Colis bien reçu aujourd'hui, merci !", "Merci de nous avoir prévenus, nous sommes contents que tout soit arrivé."),
               ("Reçu, c'est très joli.", "Ça nous fait plaisir de lire ça."),
               ("Juste pour dire que la commande est arrivée ce matin.", "Merci pour l'info, tant mieux si la livraison a été rapide.")],
        fix_r=[("Le remplacement est arrivé hier et fonctionne.", "Ravis que l'appareil de remplacement fonctionne."),
               ("J'ai bien reçu le remboursement, merci.", "Merci de nous confirmer la bonne réception du remboursement."),
               ("La pièce manquante est arrivée, merci.", "Tant mieux, la pièce manquante est enfin arrivée.")],
        fix_p=[("Votre article de remplacement – commande {oid}", "Le suivi indique que votre article de remplacement a été livré hier."),
               ("Commande {oid} : remboursement effectué", "Votre remboursement de 32,00 € a été effectué lundi et devrait apparaître sur votre compte.")],
        prob_r=[("La poignée s'est cassée au bout de deux jours.", "Désolés que la poignée ait cédé si vite, et merci pour la photo."),
                ("Un des verres est arrivé cassé.", "Nous sommes navrés qu'un des verres ait été cassé pendant le transport."),
                ("L'appareil ne charge pas du tout.", "Un appareil qui ne charge pas, ce n'est évidemment pas normal."),
                ("Mauvaise couleur, j'avais commandé du gris.", "Toutes nos excuses pour l'erreur de couleur.")],
        prob_p=[("Problème de livraison – commande {oid}", "Le transporteur nous a signalé que votre colis avait été endommagé."),
                ("Commande {oid} : pièce manquante", "En vérifiant nos bons de préparation, nous avons constaté que les fixations murales manquaient dans votre colis.")],
        neg_r=[("Je mets 1 étoile, c'est de la camelote.", "Nous sommes désolés que le blender vous ait déçu."),
               ("J'ai déjà laissé une évaluation négative. Plus jamais.", "Nous regrettons sincèrement votre expérience."),
               ("Si ce n'est pas réglé, je laisse un avis que tout le monde verra.", "Nous comprenons votre agacement et voulons régler cela.")],
        neg_p=[("Votre évaluation – commande {oid}", "Nous avons lu votre évaluation de cette commande et regrettons le retard de livraison."),
               ("Commande {oid} : suite à votre commentaire", "Nous avons lu votre commentaire sur la lampe de bureau et vous avons déjà remboursé l'intégralité de la commande.")],
        purp_p=[("Retard de livraison – commande {oid}", "Le transporteur nous informe d'un retard de deux jours ; la livraison est désormais prévue jeudi."),
                ("Votre facture – commande {oid}", "Comme demandé, votre facture est disponible dans « Vos commandes »."),
                ("Retour reçu – commande {oid}", "Votre retour est arrivé aujourd'hui dans notre entrepôt et le remboursement a été lancé."),
                ("Texte de gravure – commande {oid}", "Avant de lancer la gravure, pouvez-vous confirmer le texte « Joyeux anniversaire Lou » ?"),
                ("Créneau de livraison de votre armoire – commande {oid}", "Notre transporteur peut livrer l'armoire mardi ou jeudi : quel jour vous convient le mieux ?")],
        rude_r=[("TROIS SEMAINES et toujours rien. Je veux mon argent MAINTENANT.", "Nous avons vérifié votre commande."),
                ("Votre produit ne vaut rien et votre service est une blague.", "Merci pour votre message."),
                ("Épargnez-moi vos excuses et remboursez-moi.", "Nous avons examiné votre commande.")],
        q_r=[("Le couvercle passe-t-il au lave-vaisselle ?", "Oui, le couvercle passe au lave-vaisselle, dans le panier du haut."),
             ("Ça s'adapte à une roue de 28 pouces ?", "Il s'adapte aux roues de 26 à 29 pouces."),
             ("Le câble est-il fourni ?", "Oui, un câble USB-C de 1,5 m est inclus.")],
        ret_r=[("Comment je renvoie l'article ? Il est trop petit.", "Dommage qu'il soit trop petit."),
               ("Le radiateur ne marche plus après un mois. Quels sont mes droits ?", "Nous sommes désolés que le radiateur soit tombé en panne."),
               ("Peut-on retourner un article personnalisé ?", "Merci de nous poser la question avant le renvoi.")],
    ),
)

L["items"] = r"""
RI|p|del|carte cadeau contre capture d'écran de l'avis|Envoyez-nous simplement une capture d'écran de votre avis publié et nous vous ferons parvenir une carte cadeau de 10 €.
RI|r|prob|remboursement conditionné à la publication d'un avis|Nous procéderons au remboursement dès que votre commentaire sera visible sur la fiche produit.
RI|p|del|échantillon offert pour tout avis déposé|Pour tout avis déposé avant la fin du mois, un échantillon de notre nouvelle bougie vous sera offert.
RI|r|del|euphémisme 'petit geste' sur la prochaine commande|Si vous prenez deux minutes pour nous laisser un avis, on aura un petit geste pour vous sur votre prochaine commande.
RI+FR|r|neg|bon d'achat en échange du retrait de l'avis|Seriez-vous d'accord pour retirer votre avis ? Nous vous offririons volontiers un bon d'achat de 15 € en échange.
RI+RM|p|del|réduction contre une note de 5 étoiles|Une note de 5 étoiles vous donne droit à 20 % de réduction sur votre prochain achat chez nous.
RI|p|del|tirage au sort pour les auteurs d'avis|Chaque avis laissé ce mois-ci vous inscrit automatiquement à notre tirage au sort pour gagner un robot pâtissier.
RI|r|del|fautes, remboursement partiel par virement après l'avis|on vous rembourse 5 € par virement des que votre avis est en ligne, il suffit de nous prevenir.
RI|p|del|avantages futurs, tournure impersonnelle|Les clients ayant publié un avis bénéficient par la suite d'avantages réservés sur nos prochaines collections.
RM|p|del|demande explicite de 5 étoiles|Si tout vous convient, un petit 5 étoiles nous ferait énormément plaisir.
RM|p|del|filtrage : satisfait = avis, sinon nous écrire|Vous êtes satisfait ? Laissez-nous un avis. Un souci ? Écrivez-nous d'abord, avant de publier quoi que ce soit.
RM|r|prob|demande de ne pas laisser d'avis négatif|Merci de ne pas laisser d'avis négatif pour le moment, nous réglons le problème au plus vite.
RM|p|del|dicte le contenu de l'avis|N'hésitez pas à préciser dans votre avis que le colis est arrivé en 48 h et que l'emballage était soigné.
RM|r|del|familier 'un avis au top', coup de pouce|Ravi que ça vous plaise ! Un avis au top sur Amazon nous donnerait un sacré coup de pouce.
RM|r|neg|culpabilisation : petite entreprise familiale|Un avis négatif peut coûter très cher à une petite entreprise familiale comme la nôtre, pensez-y avant de noter.
RM|p|del|conditionnel, commentaire positif si le produit a plu|Si le produit vous a plu, nous serions ravis de lire un commentaire positif de votre part.
RM|p|del|question 'méritons-nous la note maximale ?'|Vous trouvez que nous méritons la note maximale ? Alors n'hésitez pas à le dire sur Amazon.
FR|r|fix|demande directe de suppression|Maintenant que tout est rentré dans l'ordre, pourriez-vous supprimer l'évaluation négative que vous nous avez laissée ?
FR+RM|r|fix|modifier la note pour passer à 5 étoiles|Serait-il possible de modifier votre note pour la passer à 5 étoiles ?
FR|p|neg|relance insistante sur l'évaluation vendeur|Nous nous permettons de vous relancer au sujet de votre évaluation vendeur, que nous vous serions reconnaissants de retirer.
FR|r|neg|pression : compte vendeur en danger|Votre commentaire met notre compte en danger, nous vous demandons donc de le supprimer dès aujourd'hui.
FR|r|fix|indirect 'revoir votre commentaire'|Peut-être accepteriez-vous de revoir votre commentaire pour qu'il reflète la suite des événements ?
FR|p|fix|instructions pas à pas pour retirer l'évaluation|Pour retirer votre évaluation, rendez-vous dans « Vos commandes », cliquez sur « Évaluer le vendeur » puis sur « Supprimer ».
FR+RM|r|fix|tutoiement, 'rajouter quelques étoiles'|Tu pourrais rajouter quelques étoiles à ton avis maintenant que tout fonctionne ?
FR|p|neg|voix passive, 'serait apprécié que l'avis soit retiré'|Il serait très apprécié que l'avis publié le 12 mars soit retiré, le litige étant désormais clos.
MK|p|purp|annonce des soldes|Au passage, nos soldes d'été démarrent vendredi avec jusqu'à -40 % sur toute la gamme jardin.
MK|r|q|vente croisée, tasses assorties|Si la théière vous plaît, les tasses assorties de la même collection viennent d'arriver en stock.
MK|r|del|code promo sans lien avec un problème|Pour votre prochaine commande, profitez de 10 % de remise avec le code BIENVENUE10.
MK|p|purp|invitation à la newsletter, ventes privées|Inscrivez-vous à notre newsletter pour découvrir en avant-première nos nouveautés et nos ventes privées.
MK|p|purp|lancement d'un nouveau produit|Nous venons de lancer une version sans fil de cet aspirateur, à découvrir sans tarder.
MK|r|q|produit tiers recommandé en promotion|Nous vous conseillons le détartrant de la marque CalcaNet, actuellement en promotion.
MK|r|del|fautes, 'jeter un oeil a notre boutique'|Pensez a jeter un oeil a notre boutique, y'a plein de nouveautés en ce moment !
MK|p|purp|offre groupée limitée dans le temps|Offre limitée : pour l'achat d'un coussin, le deuxième est à moitié prix jusqu'à dimanche.
OF|r|rude|grossièreté 'on s'en fout'|Franchement, on s'en fout de votre avis sur l'emballage.
OF|r|rude|insulte 'vrai crétin'|Il faut être un vrai crétin pour brancher l'appareil sans eau, c'est écrit en gros dans la notice.
OF|r|rude|menace de divulguer nom et adresse|Si vous continuez, nous publierons votre nom et votre adresse sur les réseaux.
OF|r|rude|condescendance 'apprenez à lire', pleurnicher|Apprenez à lire une notice avant de venir pleurnicher chez nous.
OF|r|neg|insulte 'menteur'|Vous êtes un menteur et vous le savez très bien.
OF|r|rude|menace voilée 'nous connaissons votre adresse'|N'oubliez pas que nous connaissons votre adresse, on ne vous oubliera pas.
OF|r|rude|grossièreté 'fermez-la'|Fermez-la et arrêtez de nous faire perdre notre temps.
OF|r|rude|juron 'c'est pas notre merde'|Votre colis perdu, c'est pas notre merde, voyez ça avec le transporteur.
OO|p|purp|répondre STOP pour ne plus recevoir|Si vous ne souhaitez plus recevoir nos messages, répondez simplement STOP.
OO|p|del|désinscription après une demande d'avis neutre|Votre avis sur cette commande nous intéresse si vous avez un moment. Pour vous désinscrire de nos e-mails, il suffit de répondre « désinscription ».
OO|p|purp|gérer vos préférences de communication|Vous pouvez à tout moment gérer vos préférences de communication ou vous désabonner de nos messages.
OO|r|del|retrait de la liste de diffusion proposé|Dites-nous si vous préférez être retiré de notre liste de diffusion.
OO|p|purp|question 'vous ne souhaitez plus recevoir ?'|Vous ne souhaitez plus recevoir ce type de message ? Un simple « non merci » en réponse suffit.
OO|p|del|pied de page 'vous recevez ce message car'|Nous vous remercions par avance de votre évaluation. Vous recevez ce message car vous avez commandé chez nous ; pour ne plus en recevoir, répondez à cet e-mail.
OO|p|purp|renvoie aux préférences de communication Amazon|Pour ne plus recevoir de messages des vendeurs, vous pouvez les désactiver dans vos préférences de communication Amazon.
OO|r|fix|familier, fautes 'dites le et on vous désinscrit'|Si vous voulez plus de mails de notre part, dites le et on vous désinscrit.
UP|p|up|confirmation de commande|Merci pour votre commande ! Nous l'avons bien reçue et la préparons avec soin.
UP|p|up|avis d'expédition avec numéro de suivi|Votre colis a été remis à Colissimo ce matin, numéro de suivi 6A12345678901.
UP|p|up|remerciement seul|Toute l'équipe tenait simplement à vous remercier pour votre confiance.
UP|p|up|'à votre disposition' seulement|Nous restons à votre entière disposition pour toute question concernant votre article.
UP|p|up|avis de rupture de stock|Malheureusement, l'article commandé est actuellement en rupture de stock ; le réassort est prévu sous trois semaines.
UP|p|up|confirmation de livraison|D'après le suivi, votre colis vous a été livré aujourd'hui. Bonne utilisation !
UP|p|up|expédition, ton familier|Bonne nouvelle, votre commande est partie de notre entrepôt et arrive chez vous d'ici 2 à 3 jours ouvrés.
UP|p|up|fautes, simple merci|Encore merci pour vottre achat et bonne journée a vous.
OK:rev|p|del|demande d'avis neutre, classique|Si vous avez un instant, votre avis sur cette commande nous serait précieux.
OK:rev|p|del|positif comme négatif, aide les autres clients|Votre retour, positif comme négatif, aide d'autres clients à faire leur choix : n'hésitez pas à laisser un commentaire sur Amazon.
OK:rev|p|del|question neutre 'quelques minutes pour évaluer'|Auriez-vous quelques minutes pour évaluer votre expérience d'achat ?
OK:rev|p|del|évaluation vendeur via Vos commandes|Vous pouvez, si vous le souhaitez, évaluer notre boutique depuis la rubrique « Vos commandes ».
OK:rev|r|q|demande d'avis dans une réponse SAV|Et si l'envie vous en prend plus tard, un commentaire sur le produit serait le bienvenu.
OK:rev|p|del|après les premiers plats, quand vous voulez|Maintenant que la cocotte a fait ses premiers plats, votre avis nous intéresse – quand vous voulez.||Nous espérons que la cocotte a trouvé sa place dans votre cuisine.
OK:rev|p|del|avis honnête quel qu'il soit|Un avis honnête, quel qu'il soit, nous aide à nous améliorer.
OK:rev|p|del|invitation neutre 'si vous le souhaitez'|Nous vous invitons à partager votre ressenti sur le produit, si vous le souhaitez.
OK:upd|r|fix|libre de mettre à jour, entièrement votre choix|Si vous estimez que le problème est réglé, libre à vous de mettre à jour votre évaluation ; c'est entièrement votre choix.
OK:upd|r|fix|modifier ou supprimer possible, sans obligation|Sachez qu'il est possible de modifier ou de supprimer l'évaluation initiale, sans aucune obligation de votre part.
OK:upd|r|fix|information : modifiable pendant 90 jours|Pour information, une évaluation vendeur reste modifiable pendant 90 jours, si jamais vous le souhaitez.
OK:upd|r|fix|c'est vous qui décidez|Que vous changiez votre note ou non, c'est vous qui décidez : l'essentiel pour nous était de trouver une solution.
OK:upd|r|fix|l'avis reste tel quel sauf décision contraire|Votre avis reste tel quel tant que vous n'en décidez pas autrement.
OK:upd|p|fix|proactif, mise à jour possible uniquement si souhaité|Si vous êtes satisfait de la solution apportée, vous avez la possibilité de mettre à jour votre évaluation, uniquement si vous le souhaitez.
OK:upd|r|fix|tutoiement, rien ne t'y oblige|Si tu as changé d'avis, tu peux modifier ton commentaire quand tu veux – rien ne t'y oblige.
OK:ref|r|prob|remboursement intégral sans retour|Nous vous avons remboursé intégralement les 27,90 € ; inutile de nous renvoyer l'article défectueux.
OK:ref|r|prob|frais de port remboursés en guise d'excuse|En guise d'excuse pour ce désagrément, nous vous avons remboursé les frais de port.
OK:ref|r|prob|nouvel exemplaire envoyé gratuitement|Un nouvel exemplaire vous est envoyé gratuitement et devrait arriver jeudi.
OK:ref|p|prob|remplacement proactif après colis endommagé|Nous avons déjà expédié un remplacement sans frais, vous n'avez rien à faire.||Le transporteur nous a signalé que votre colis avait été endommagé.
OK:ref|r|prob|pièce manquante ou remboursement partiel au choix|Nous pouvons soit vous envoyer la pièce manquante, soit vous rembourser 6 € si vous préférez garder l'article tel quel.
OK:ref|r|prob|remise de 15 % pour une rayure|Une remise de 15 % vous a été remboursée ce matin pour compenser la rayure sur le plateau.
OK:ref|r|neg|remboursement sans condition après menace d'avis négatif|Nous vous avons remboursé l'intégralité de la commande, sans condition, et nous sommes désolés pour ce désagrément.
OK:ref|r|prob|pas de bon d'achat, différence remboursée|Plutôt qu'un bon d'achat, nous avons préféré vous rembourser directement la différence de 4 €.
OK:firm|r|rude|demande de rester courtois|Nous comprenons votre agacement, mais nous vous prions de rester courtois afin que nous puissions vous aider.
OK:firm|r|rude|refus motivé : lavage à 60 °C|Nous ne pouvons pas reprendre un article lavé à 60 °C alors que l'étiquette indique 30 °C ; nous le regrettons sincèrement.
OK:firm|r|rude|désaccord sur le ton, solution proposée|Même si nous ne partageons pas votre façon de présenter les choses, nous voulons trouver une solution : pouvez-vous nous envoyer une photo ?
OK:firm|r|rude|menaces inutiles, remboursement déjà fait|Les menaces ne sont pas nécessaires : le remboursement a été effectué lundi et apparaîtra sous 3 à 5 jours ouvrés.
OK:firm|r|rude|pas de réponse aux remarques personnelles|Nous ne répondrons pas aux remarques personnelles, mais nous restons disponibles pour reprendre l'installation avec vous, étape par étape.
OK:firm|r|rude|faits du suivi, enquête via Amazon|Le suivi indique que le colis a été déposé en point relais le 4 mai ; s'il n'y est pas, Amazon peut ouvrir une enquête.
OK:firm|r|rude|demande de patience|Nous vous demandons un peu de patience : dès que l'entrepôt aura contrôlé l'article, nous reviendrons vers vous.
OK:info|r|q|'Cinq étoiles' nom de gamme, pas une note|« Cinq étoiles » est simplement le nom de notre gamme de draps, pas une note ni un label.|Cinq étoiles, c'est un label hôtelier ?|Bonne question.
OK:info|r|q|prix des soldes expliqué|Vous aviez profité des soldes lors de votre premier achat, d'où la différence de prix.|Pourquoi c'était moins cher la dernière fois ?|Merci pour votre question.
OK:info|r|q|collection et dimensions|Cette housse fait partie de la collection « Bretagne » et convient aux coussins de 40 × 40 cm uniquement.|Elle va sur un coussin de 45 cm ?|Merci de nous avoir demandé avant.
OK:info|r|q|pas de newsletter aux clients Amazon|Nous n'envoyons ni newsletter ni publicité aux clients Amazon ; vous n'aurez de nos nouvelles qu'au sujet de cette commande.|Je vais recevoir de la pub maintenant ?|C'est une question légitime.
OK:info|r|q|application du fabricant, fonction du produit|La balance se connecte en Bluetooth à l'application gratuite du fabricant ; la procédure figure page 4 de la notice.|Faut-il une appli ?|Avec plaisir.
OK:info|r|q|classe énergétique expliquée|La classe énergétique A concerne le programme éco ; en mode rapide, la consommation est un peu plus élevée.|La classe A vaut aussi en mode rapide ?|Merci pour votre question.
OK:info|r|q|ce que disent d'autres commentaires (odeur)|Certains commentaires signalent une légère odeur au déballage ; elle disparaît après une journée à l'air libre.|Le tapis sent un peu, c'est normal ?|Désolés pour cette odeur.
OK:info|r|q|note en étoiles calculée par Amazon|La note en étoiles affichée sur la fiche est calculée par Amazon ; nous ne pouvons ni la modifier ni la supprimer.|Pourquoi seulement 3,9 étoiles alors que le mien est parfait ?|Ravis que le vôtre vous donne satisfaction.
OK:thx|p|none|merci + confirmation du prénom à graver|Merci pour votre commande ! Avant la gravure, pouvez-vous nous confirmer le prénom « Maëlys » avec tréma ?
OK:thx|p|none|merci + créneau de livraison du canapé|Merci pour votre achat ; le transporteur doit convenir d'un créneau pour livrer le canapé : préférez-vous mardi ou jeudi ?
OK:thx|p|none|merci + numéro de rue manquant|Merci pour votre commande. Il manque le numéro de rue dans l'adresse de livraison ; pourriez-vous nous l'indiquer ?
OK:thx|p|none|merci + retour reçu, délai de remboursement|Merci pour le retour du colis : il nous est bien parvenu et le remboursement suivra sous deux jours ouvrés.
OK:thx|p|none|merci de votre patience + retard dû à une grève|Merci de votre patience : en raison d'une grève, le transporteur annonce un retard, avec une nouvelle date estimée au 14 mai.
OK:thx|p|none|merci + facture avec TVA disponible|Merci pour votre achat. La facture avec TVA que vous avez demandée est désormais disponible dans « Vos commandes ».
OK:thx|p|none|merci + vérification de la largeur sur mesure|Merci d'avoir choisi un store sur mesure : pourriez-vous vérifier la largeur de 112,5 cm avant la découpe prévue demain ?
OK:sat|r|del|'si quelque chose ne va pas, répondez'|Si quelque chose ne va pas avec la lampe, répondez simplement à ce message et nous nous en occupons.
OK:sat|r|fix|réparation pas satisfaisante, nous contacter|Si la réparation ne vous donne pas entière satisfaction, contactez-nous et nous trouverons une autre solution.
OK:sat|r|q|taille qui ne convient pas, retour sous 30 jours|Si la taille ne convient pas, vous pouvez retourner l'article sous 30 jours ; nous pouvons vous aider pour l'étiquette.
OK:sat|r|q|couleur qui ne plaît pas, dites-le-nous|La couleur ne vous plaît pas une fois posée ? Dites-le-nous, nous verrons ce que nous pouvons faire.
OK:sat|p|purp|si quoi que ce soit ne convient pas|Si quoi que ce soit ne vous convient pas dans cette commande, faites-le-nous savoir.
OK:sat|r|fix|même défaut, écrivez-nous aussitôt|Si le remplacement présente le même défaut, écrivez-nous aussitôt et nous vous rembourserons.
OK:sat|r|del|coupe pas satisfaisante, échange|Pas satisfait de la coupe ? Contactez-nous et nous procéderons à l'échange contre la taille au-dessus.
OK:legal|r|ret|rétractation 14 jours et retours Amazon 30 jours|Vous disposez d'un délai de rétractation de 14 jours, et Amazon accepte les retours pendant 30 jours via « Vos commandes ».
OK:legal|r|ret|garantie légale de conformité|L'appareil étant défectueux, vous bénéficiez de la garantie légale de conformité de deux ans : réparation ou remplacement, au choix.
OK:legal|r|ret|articles personnalisés exclus, garantie légale maintenue|Les articles personnalisés sont exclus du droit de rétractation, mais la garantie légale s'applique bien en cas de défaut.
OK:legal|r|ret|garantie commerciale en plus des droits légaux|La garantie commerciale du fabricant s'ajoute à vos droits légaux sans les remplacer.
OK:legal|r|ret|qui paie les frais de retour|Les frais de retour sont à notre charge en cas de défaut ; pour un retour sans défaut, 4,90 € sont déduits du remboursement.
OK:legal|r|ret|Garantie A à Z expliquée|Vous êtes de toute façon protégé par la Garantie A à Z d'Amazon ; si le colis n'arrive pas d'ici vendredi, nous vous rembourserons.
"""
