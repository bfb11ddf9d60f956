L = dict(
    tlds=["it"],
    oid_prefix=["402", "403", "404", "405", "406", "407", "408", "171"],
    buyers=["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Federica", "Davide", "Silvia",
            "Matteo", "Elena", "Stefano", "Martina"],
    agents=[("Valentina", "Casa Limone"), ("Andrea", "Vetta Outdoor"), ("Paola", "Cucina della Nonna"),
            ("Simone", "Utensileria Bassi"), ("Sara", "Filo & Ago Bottega"), ("Giorgio", "Orto Felice")],
    greet=["Buongiorno {b},", "Gentile {b},", "Ciao {b},", "Salve {b},", "Buonasera {b},"],
    sign=["Cordiali saluti,\n{a}\n{s}", "Un caro saluto,\n{a} – {s}", "A presto,\n{a}\nServizio clienti {s}",
          "Grazie e buona giornata,\n{a}\n{s}"],
    close=["Le auguriamo una buona giornata.", "Grazie ancora per la pazienza.", "Buon fine settimana."],
    wrote="{b} ha scritto:",
    re=["R: ", "Re: ", "RE: "],
    subj_r=["Domanda sul mio ordine", "Richiesta dal cliente Amazon {b} (Ordine: {oid})", "Consegna",
            "Problema con l'articolo", "Ordine {oid}"],
    subj_up=["Il suo ordine {oid}", "Ordine {oid}", "Grazie! Ordine {oid}", "Aggiornamento ordine {oid}"],
    subj_none=["Il suo ordine {oid}", "Ordine {oid}: una domanda", "Riguardo al suo ordine {oid}"],
    ctx=dict(
        del_p=[("Il suo ordine {oid}", "Dal tracciamento risulta che il pacco le è stato consegnato martedì."),
               ("Ordine {oid}: com'è andata?", "Il suo ordine è arrivato qualche giorno fa e speriamo sia giunto in perfette condizioni."),
               ("A proposito del suo ordine {oid}", "È passata circa una settimana da quando ha ricevuto l'ordine."),
               ("Ordine {oid}", "Speriamo che il suo nuovo acquisto le stia già tornando utile.")],
        del_r=[("Arrivato oggi, tutto ok. Grazie!", "Grazie per avercelo fatto sapere, siamo contenti che sia arrivato bene."),
               ("Ricevuto, è bellissimo.", "Che piacere leggerlo!"),
               ("Solo per dirvi che il pacco è arrivato stamattina.", "Grazie dell'aggiornamento, ci fa piacere che sia arrivato così in fretta.")],
        fix_r=[("Il sostituto è arrivato ieri e funziona.", "Siamo contenti che il sostituto funzioni."),
               ("Rimborso ricevuto, grazie.", "Grazie per averci confermato l'arrivo del rimborso."),
               ("È arrivato il pezzo mancante, grazie.", "Bene, finalmente il pezzo mancante è arrivato.")],
        fix_p=[("Il suo articolo sostitutivo – ordine {oid}", "Il tracciamento indica che l'articolo sostitutivo le è stato consegnato ieri."),
               ("Ordine {oid}: rimborso effettuato", "Il rimborso di 32,00 € è stato effettuato lunedì e dovrebbe essere già visibile.")],
        prob_r=[("Il manico si è rotto dopo due giorni.", "Ci dispiace che il manico abbia ceduto così presto, grazie per la foto."),
                ("Uno dei bicchieri è arrivato rotto.", "Ci dispiace che uno dei bicchieri si sia rotto durante il trasporto."),
                ("Non si carica per niente.", "Che non si carichi non è normale, ovviamente."),
                ("Colore sbagliato, avevo ordinato il grigio.", "Ci scusi per l'errore sul colore.")],
        prob_p=[("Problema di consegna – ordine {oid}", "Il corriere ci ha segnalato che il suo pacco è stato danneggiato."),
                ("Ordine {oid}: pezzo mancante", "Controllando le distinte di imballo abbiamo notato che le staffe a muro non erano nel pacco.")],
        neg_r=[("Le do una stella, è una schifezza.", "Ci dispiace che il frullatore l'abbia delusa."),
               ("Vi ho già lasciato un feedback negativo. Mai più.", "Siamo davvero dispiaciuti per la sua esperienza."),
               ("Se non risolvete, scrivo una recensione che vedranno tutti.", "Capiamo la sua irritazione e vogliamo risolvere.")],
        neg_p=[("Il suo feedback sull'ordine {oid}", "Abbiamo letto il suo feedback su questo ordine e ci scusiamo per il ritardo nella consegna."),
               ("Ordine {oid}: la sua recensione", "Abbiamo letto la sua recensione della lampada e le abbiamo già rimborsato l'intero ordine.")],
        purp_p=[("Ritardo di consegna – ordine {oid}", "Il corriere ci comunica un ritardo di due giorni; la consegna è ora prevista per giovedì."),
                ("La sua fattura – ordine {oid}", "Come richiesto, la fattura è ora disponibile in «I miei ordini»."),
                ("Reso ricevuto – ordine {oid}", "Il suo reso è arrivato oggi in magazzino e il rimborso è stato avviato."),
                ("Testo dell'incisione – ordine {oid}", "Prima di procedere con l'incisione, ci conferma il testo «Auguri, nonno Piero»?"),
                ("Consegna dell'armadio – ordine {oid}", "Possiamo consegnare l'armadio martedì o giovedì: quale giorno preferisce?")],
        rude_r=[("TRE SETTIMANE e ancora niente. Rivoglio i miei soldi SUBITO.", "Abbiamo verificato il suo ordine."),
                ("Il vostro prodotto non vale niente e il servizio è una barzelletta.", "Grazie per il suo messaggio."),
                ("Risparmiatevi le scuse e rimborsatemi.", "Abbiamo controllato il suo ordine.")],
        q_r=[("Il coperchio va in lavastoviglie?", "Sì, il coperchio è lavabile in lavastoviglie nel cestello superiore."),
             ("Va bene per una ruota da 28 pollici?", "È compatibile con ruote da 26 a 29 pollici."),
             ("Il cavo è incluso?", "Sì, nella confezione c'è un cavo USB-C da 1,5 m.")],
        ret_r=[("Come lo rimando indietro? È troppo piccolo.", "Ci dispiace che sia troppo piccolo."),
               ("La stufetta si è rotta dopo un mese. Che diritti ho?", "Ci dispiace che la stufetta abbia smesso di funzionare."),
               ("Posso restituire un articolo personalizzato?", "Grazie per averci chiesto prima di spedirlo.")],
    ),
)

L["items"] = r"""
RI|p|del|buono Amazon in cambio dello screenshot|Ci basta uno screenshot della sua recensione e le inviamo subito un buono Amazon da 10 €.
RI|r|prob|rimborso subordinato alla recensione|Procederemo con il rimborso non appena la sua recensione sarà visibile sulla pagina del prodotto.
RI|p|del|omaggio a chi recensisce entro fine mese|A chi lascia una recensione entro fine mese regaliamo un set di cialde in omaggio.
RI|r|del|eufemismo 'un pensierino' nel prossimo ordine|Se ci lascia due righe su Amazon, nel prossimo ordine troverà un pensierino da parte nostra.
RI+FR|r|neg|sconto in cambio della rimozione|Sarebbe disposto a togliere la recensione? In cambio le riconosceremmo uno sconto del 25 % sul prossimo acquisto.
RI+RM|p|del|codice sconto per recensione a 5 stelle|Per una recensione a 5 stelle ti regaliamo un codice sconto del 20 %.
RI|p|del|estrazione a premi tra chi recensisce|Tutti i clienti che recensiscono l'acquisto entro il 30 giugno partecipano all'estrazione di una macchina per la pasta.
RI|r|del|refusi, rimborso parziale su PayPal dopo la recensione|appena la recensione e online ti rimborsiamo 5 € su paypal, basta scriverci.
RI|r|fix|due frasi: recensione poi rimborso spese|Ci farebbe piacere una sua recensione. Una volta pubblicata, le spese di spedizione gliele rimborsiamo noi.
RM|p|del|chiede cinque stelline|Se è tutto a posto, cinque stelline ci renderebbero davvero felici.
RM|p|del|gating: soddisfatto recensisci, altrimenti scrivici|Soddisfatto? Lascia una recensione. Qualcosa non va? Scrivici prima di pubblicare qualsiasi cosa.
RM|r|prob|prega di non lasciare feedback negativo|La preghiamo di non lasciare un feedback negativo: stiamo già risolvendo.
RM|p|del|suggerisce cosa citare nella recensione|Nella recensione potrebbe magari citare la velocità di spedizione e la cura dell'imballaggio.
RM|r|del|colloquiale 'una bella recensione', dare una mano|Che bello che ti piaccia! Una bella recensione ci darebbe una grossa mano.
RM|r|neg|fa leva sulla piccola bottega artigiana|Per una piccola bottega artigiana come la nostra una recensione negativa è un colpo durissimo; la preghiamo di ripensarci.
RM|p|del|condizionale, recensione positiva se contento|Se è rimasto contento, gradiremmo moltissimo una recensione positiva.
RM|p|del|domanda 'meritiamo il massimo dei voti?'|Pensa che meritiamo il massimo dei voti? Allora ce lo dica su Amazon!
FR|r|fix|richiesta diretta di rimuovere il feedback|Ora che il problema è risolto, potrebbe rimuovere il feedback negativo che ci ha lasciato?
FR+RM|r|fix|portare la valutazione a 5 stelle|Sarebbe possibile modificare la sua valutazione portandola a 5 stelle?
FR|p|neg|sollecito a ritirare il feedback|Ci permettiamo di sollecitarla nuovamente a ritirare il feedback, visto che il rimborso è già stato effettuato.
FR|r|neg|pressione: account a rischio, oggi stesso|Il suo feedback sta mettendo a rischio il nostro account, quindi le chiediamo di cancellarlo oggi stesso.
FR|r|fix|indiretto 'rivedere la recensione'|Quando ha un attimo, potrebbe rivedere la sua recensione alla luce di come sono andate le cose?
FR|p|fix|istruzioni passo passo per rimuovere|Per rimuovere il feedback basta andare su «I miei ordini», scegliere «Lascia un feedback sul venditore» e cliccare su «Rimuovi».
FR+RM|r|fix|tu, 'alzare quelle due stelle'|Ti andrebbe di alzare quelle due stelle adesso che funziona tutto?
FR|p|neg|passivo 'sarebbe gradito che venisse rimossa'|Sarebbe molto gradito che la recensione del 12 marzo venisse rimossa, dato che la pratica è chiusa.
MK|p|purp|annuncio dei saldi estivi|A proposito, venerdì partono i nostri saldi estivi con sconti fino al 40 % su tutta la linea giardino.
MK|r|q|cross-selling macinacaffè coordinato|Se le piace la moka, è appena arrivato anche il macinacaffè coordinato della stessa linea.
MK|r|del|codice sconto senza motivo|Per il prossimo ordine può usare il codice CIAO10 e avere il 10 % di sconto.
MK|p|purp|iscrizione alla newsletter|Si iscriva alla nostra newsletter per scoprire in anteprima novità e promozioni riservate.
MK|p|purp|lancio di un nuovo prodotto|Abbiamo appena lanciato la versione senza fili di questo aspirapolvere: vale la pena darci un'occhiata.
MK|r|q|prodotto di terzi in offerta|Le consigliamo di abbinarlo al decalcificante CalcaVia, in offerta proprio questa settimana.
MK|r|del|refusi, 'fare un giro nel nostro negozio'|Non dimenticare di fare un giro nel nostro negozio, ci sono un sacco di novita!
MK|p|purp|offerta 3x2 fino a domenica|Solo fino a domenica: compri due tovaglie e la terza è in omaggio.
OF|r|rude|volgarità 'non ce ne frega un cazzo'|Sinceramente, del suo parere sull'imballo non ce ne frega un cazzo.
OF|r|rude|insulto 'bisogna essere idioti'|Bisogna essere proprio idioti per accendere il bollitore senz'acqua, è scritto a chiare lettere nel manuale.
OF|r|rude|minaccia di pubblicare nome e indirizzo|Se continua così, pubblicheremo il suo nome e il suo indirizzo sui social.
OF|r|rude|condiscendente 'impari a leggere', piagnucolare|Impari a leggere un libretto di istruzioni prima di venire a piagnucolare da noi.
OF|r|neg|insulto 'bugiardo'|Lei è un bugiardo e lo sa benissimo.
OF|r|rude|minaccia velata 'sappiamo dove abita'|Si ricordi che sappiamo dove abita.
OF|r|rude|'stia zitto'|Stia zitto e la smetta di farci perdere tempo.
OF|r|rude|tu, 'rompiscatole'|Sei un rompiscatole di prima categoria, lasciaci in pace.
OO|p|purp|rispondere STOP|Se non desidera ricevere altri messaggi da parte nostra, risponda semplicemente STOP.
OO|p|del|disiscrizione dopo una richiesta neutra|Ci farebbe piacere un suo feedback su questo ordine. Per non ricevere più le nostre e-mail basta rispondere «cancellami».
OO|p|purp|gestire le preferenze o annullare l'iscrizione|Può gestire le sue preferenze di comunicazione o annullare l'iscrizione ai nostri messaggi in qualsiasi momento.
OO|r|del|offre di togliere dalla mailing list|Ci faccia sapere se preferisce essere rimosso dalla nostra mailing list.
OO|p|purp|domanda 'non vuoi più ricevere?'|Non vuoi più ricevere le nostre e-mail? Rispondi «no grazie» e non ti scriveremo più.
OO|p|del|piè di pagina 'riceve questo messaggio perché'|Grazie in anticipo per la sua valutazione. Riceve questo messaggio perché ha acquistato da noi; per disiscriversi risponda a questa e-mail.
OO|p|purp|rimanda alle preferenze di comunicazione Amazon|Per non ricevere più messaggi dai venditori, può disattivarli nelle preferenze di comunicazione del suo account Amazon.
OO|r|fix|colloquiale, refusi 'ti togliamo dalla lista'|Se non vuoi piu mail da noi dicci pure e ti togliamo dalla lista.
UP|p|up|conferma d'ordine|Grazie per il suo ordine! L'abbiamo ricevuto e lo stiamo preparando con cura.
UP|p|up|conferma di spedizione con codice di tracciamento|Il suo pacco è stato affidato a BRT questa mattina, codice di tracciamento 068021234567.
UP|p|up|solo ringraziamento|Volevamo semplicemente ringraziarla per averci scelto.
UP|p|up|solo 'restiamo a disposizione'|Restiamo a sua completa disposizione per qualsiasi domanda sul suo acquisto.
UP|p|up|avviso di articolo esaurito|Purtroppo l'articolo ordinato è momentaneamente esaurito; prevediamo un nuovo arrivo tra circa tre settimane.
UP|p|up|conferma di consegna|Secondo il tracciamento, il suo pacco è stato consegnato oggi. Buon utilizzo!
UP|p|up|partenza dal magazzino, tono informale|Buone notizie: il suo ordine è partito dal nostro magazzino e arriverà in 2-3 giorni lavorativi.
UP|p|up|refusi, solo grazie|Grazie ancora per l'aquisto, speriamo che le piaccia tantissimo!!
OK:rev|p|del|richiesta neutra classica|Se ha un minuto, ci farebbe piacere un suo feedback su questo ordine.
OK:rev|p|del|recensione sincera, qualunque sia|Una recensione sincera, qualunque sia, aiuta altri clienti a scegliere.
OK:rev|p|del|domanda neutra sullo zaino|Le andrebbe di raccontare in una recensione come si trova con lo zaino?
OK:rev|p|del|valutare il venditore da I miei ordini|Se lo desidera, può valutarci come venditore dalla sezione «I miei ordini».
OK:rev|r|q|richiesta di recensione in una risposta|E se più avanti le va, una recensione del prodotto è sempre gradita.
OK:rev|p|del|dopo settimane d'uso, quando le fa comodo|Dopo qualche settimana di utilizzo ci interesserebbe sapere come va la padella: lasci pure una recensione quando le fa comodo.||Speriamo che la padella si sia già fatta onore in cucina.
OK:rev|p|del|positiva o critica, la leggeremo|Ogni opinione, positiva o critica, ci aiuta a migliorare: se vuole lasciarne una, la leggeremo con attenzione.
OK:rev|p|del|tu, neutrale 'se ti va'|Se ti va, racconta agli altri acquirenti in una recensione come ti trovi con la cover.
OK:upd|r|fix|può aggiornare, scelta interamente sua|Se ritiene che il problema sia stato risolto, può aggiornare il suo feedback se lo desidera: la scelta è interamente sua.
OK:upd|r|fix|possibile modificare o rimuovere, nessun obbligo|Le ricordiamo che è possibile modificare o rimuovere il feedback originale, senza alcun obbligo da parte sua.
OK:upd|r|fix|informazione: modificabile entro 90 giorni|Per sua informazione, il feedback sul venditore si può modificare entro 90 giorni, se mai volesse farlo.
OK:upd|r|fix|decide solo lei|Che modifichi o meno la valutazione, decide solo lei: per noi contava risolvere.
OK:upd|r|fix|la recensione resta com'è|La sua recensione resta com'è, a meno che non decida diversamente.
OK:upd|p|fix|proattivo, aggiornare solo se lo desidera|Se è soddisfatto della soluzione, ha la possibilità di aggiornare il feedback lasciato, solo se lo desidera.
OK:upd|r|fix|tu, non sei tenuto|Se hai cambiato idea puoi modificare la recensione quando vuoi, ma non sei tenuto a farlo.
OK:ref|r|prob|rimborso intero senza reso|Le abbiamo rimborsato per intero i 39,90 €; non serve restituire l'articolo difettoso.
OK:ref|r|prob|spese di spedizione rimborsate per scusarsi|Per scusarci del disagio le abbiamo rimborsato le spese di spedizione.
OK:ref|r|prob|nuovo esemplare gratuito|Le spediamo gratuitamente un nuovo esemplare, in arrivo giovedì.
OK:ref|p|prob|sostituzione proattiva dopo danno del corriere|Le abbiamo già spedito un sostituto senza costi: non deve fare nulla.||Il corriere ci ha segnalato che il suo pacco è arrivato danneggiato in filiale.
OK:ref|r|prob|pezzo mancante o rimborso parziale a scelta|Può scegliere tra ricevere il pezzo mancante o un rimborso parziale di 6 € tenendo l'articolo.
OK:ref|r|prob|sconto del 15 % per un graffio|Per il graffio sul coperchio le abbiamo riconosciuto uno sconto del 15 %, già accreditato.
OK:ref|r|neg|rimborso senza condizioni dopo minaccia di recensione|Le abbiamo rimborsato l'intero importo, senza condizioni, e ci scusiamo per il disagio.
OK:ref|r|prob|invece di un buono, rimborso diretto|Invece di un buono da spendere da noi, abbiamo preferito rimborsarle direttamente la differenza di 4 €.
OK:firm|r|rude|chiede un tono cortese|Comprendiamo il suo disappunto, ma le chiediamo di mantenere un tono cortese così da poterla aiutare.
OK:firm|r|rude|rifiuto motivato: materasso senza fodera igienica|Non possiamo accettare il reso di un materasso senza la fodera igienica originale; ci dispiace non poterle dare un'altra risposta.
OK:firm|r|rude|non condivide i toni, propone soluzione|Pur non condividendo i toni, vogliamo risolvere il problema: può mandarci una foto della crepa?
OK:firm|r|rude|non servono minacce, rimborso già emesso|Non servono minacce: il rimborso è stato emesso lunedì e sarà visibile entro 3-5 giorni lavorativi.
OK:firm|r|rude|non entra nelle osservazioni personali|Non entriamo nel merito delle osservazioni personali, ma siamo felici di rifare con lei la configurazione passo passo.
OK:firm|r|rude|dati del tracciamento, indagine Amazon|Dal tracciamento risulta che il pacco è stato lasciato al punto di ritiro il 4 maggio; se non fosse lì, Amazon può aprire un'indagine.
OK:firm|r|rude|chiede pazienza|Le chiediamo un po' di pazienza: appena il magazzino avrà controllato l'articolo, le risponderemo.
OK:info|r|q|'Cinque Stelle' nome della linea|«Cinque Stelle» è il nome della nostra linea di cuscini, non un punteggio né una certificazione.|Cinque Stelle è una certificazione?|Bella domanda.
OK:info|r|q|prezzo dei saldi spiegato|Al primo acquisto l'articolo era in saldo, per questo l'ha pagato meno.|Perché la volta scorsa costava meno?|Grazie della domanda.
OK:info|r|q|collezione e misure|Questa federa fa parte della collezione «Riviera» ed è pensata per cuscini 50 × 80 cm.|Va bene per un cuscino 50 × 70?|Grazie di averci chiesto prima.
OK:info|r|q|nessuna newsletter ai clienti Amazon|Ai clienti Amazon non inviamo newsletter né pubblicità: le scriveremo solo per questo ordine.|Adesso mi arriverà pubblicità?|Domanda legittima.
OK:info|r|q|app del produttore come funzione|Lo spazzolino si collega via Bluetooth all'app gratuita del produttore; i passaggi sono a pagina 4 del manuale.|Serve un'app?|Volentieri.
OK:info|r|q|classe energetica spiegata|La classe energetica A si riferisce al programma eco; con il programma rapido il consumo è un po' più alto.|La classe A vale anche col rapido?|Grazie per la domanda.
OK:info|r|q|cosa dicono altre recensioni (odore)|Alcune recensioni segnalano un leggero odore all'apertura, che sparisce dopo un giorno all'aria.|Il tappetino ha un po' di odore, è normale?|Ci spiace per l'odore.
OK:info|r|q|valutazione in stelle calcolata da Amazon|La valutazione in stelle della scheda la calcola Amazon su tutte le recensioni; noi non possiamo modificarla né cancellarla.|Perché ha solo 3,9 stelle?|Siamo contenti che il suo funzioni bene.
OK:thx|p|none|grazie + conferma testo incisione|Grazie per l'ordine! Prima dell'incisione, può confermarci che il testo è «Per sempre, Giulia»?
OK:thx|p|none|grazie + fissare consegna del divano|Grazie per l'acquisto; il corriere deve fissare la consegna del divano: le va meglio martedì o giovedì?
OK:thx|p|none|grazie + numero civico mancante|Grazie per l'ordine. Nell'indirizzo di consegna manca il numero civico: potrebbe indicarcelo?
OK:thx|p|none|grazie + reso arrivato, tempi rimborso|Grazie per averci rispedito il pacco: è arrivato oggi e il rimborso partirà entro due giorni lavorativi.
OK:thx|p|none|grazie per la pazienza + sciopero|Grazie per la pazienza: a causa di uno sciopero il corriere segnala un ritardo, con nuova consegna stimata al 14 maggio.
OK:thx|p|none|grazie + fattura disponibile|Grazie per l'acquisto. La fattura che ha richiesto è ora disponibile in «I miei ordini».
OK:thx|p|none|grazie + controllo larghezza su misura|Grazie per aver scelto una tenda su misura: può ricontrollare la larghezza di 112,5 cm prima del taglio di domani?
OK:sat|r|del|'se qualcosa non va, risponda'|Se qualcosa non va con la lampada, risponda a questo messaggio e ce ne occupiamo noi.
OK:sat|r|fix|riparazione non convince, ci scriva|Se la riparazione non la convince del tutto, ci scriva e troveremo un'altra soluzione.
OK:sat|r|q|taglia sbagliata, reso entro 30 giorni|Se la taglia non va bene, può restituirla entro 30 giorni; per l'etichetta la aiutiamo volentieri.
OK:sat|r|q|colore non convince, ce lo dica|Il colore non la convince una volta montato? Ce lo dica e vediamo cosa si può fare.
OK:sat|p|purp|se qualcosa non soddisfa, ce lo faccia sapere|Se qualcosa dell'ordine non la soddisfa, ce lo faccia sapere.
OK:sat|r|fix|stesso difetto, rimborso|Se il sostituto presenta lo stesso difetto, ci scriva subito e la rimborsiamo.
OK:sat|r|del|tu, cambio taglia|Non ti convince la vestibilità? Scrivici e te la cambiamo con la taglia successiva.
OK:legal|r|ret|recesso 14 giorni e resi Amazon 30 giorni|Ha 14 giorni per il diritto di recesso previsto per legge, e Amazon accetta resi entro 30 giorni da «I miei ordini».
OK:legal|r|ret|garanzia legale di conformità|Trattandosi di un difetto, è coperto dalla garanzia legale di conformità di due anni: può scegliere tra riparazione e sostituzione.
OK:legal|r|ret|personalizzati esclusi dal recesso, garanzia valida|I prodotti personalizzati sono esclusi dal recesso, ma in caso di difetto vale comunque la garanzia legale.
OK:legal|r|ret|garanzia convenzionale in aggiunta|La garanzia convenzionale del produttore si aggiunge ai suoi diritti di legge, senza sostituirli.
OK:legal|r|ret|chi paga la spedizione del reso|In caso di difetto la spedizione del reso è a carico nostro; altrimenti dal rimborso vengono trattenuti 4,90 €.
OK:legal|r|ret|Garanzia dalla A alla Z|È comunque tutelato dalla Garanzia dalla A alla Z di Amazon: se il pacco non arriva entro venerdì, la rimborsiamo.
"""
