L = dict(
    tlds=["pl"],
    oid_prefix=["405", "406", "407", "408"],
    buyers=["Anna", "Piotr", "Katarzyna", "Tomasz", "Magda", "Marcin", "Agnieszka", "Paweł", "Ewa", "Kuba", "Zofia", "Michał"],
    agents=[("Joanna", "Domowa Przystań"), ("Krzysiek", "Szlak Outdoor"), ("Beata", "Kuchnia Babci Heli"),
            ("Łukasz", "Narzędziownia Nowak"), ("Monika", "Nitka i Igła"), ("Adam", "Zielony Ogródek")],
    greet=["Dzień dobry,", "Dzień dobry,", "Witamy serdecznie,", "Cześć {b}!", "Szanowni Państwo,"],
    sign=["Pozdrawiamy serdecznie,\n{a}\n{s}", "Z wyrazami szacunku,\n{a}\nZespół {s}", "Miłego dnia!\n{a} – {s}",
          "Pozdrawiam,\n{a}\n{s}"],
    close=["Życzymy miłego dnia.", "Jeszcze raz dziękujemy za cierpliwość.", "Udanego weekendu!"],
    wrote="{b} napisał(a):",
    re=["Odp: ", "Re: ", "RE: "],
    subj_r=["Pytanie o zamówienie", "Zapytanie od klienta Amazon {b} (Zamówienie: {oid})", "Dostawa",
            "Problem z produktem", "Zamówienie {oid}"],
    subj_up=["Twoje zamówienie {oid}", "Zamówienie {oid}", "Dziękujemy! Zamówienie {oid}", "Informacja o zamówieniu {oid}"],
    subj_none=["Zamówienie {oid}", "Zamówienie {oid} – krótkie pytanie", "W sprawie zamówienia {oid}"],
    ctx=dict(
        del_p=[("Zamówienie {oid}", "Według śledzenia przesyłki paczka dotarła do Państwa we wtorek."),
               ("Zamówienie {oid} – czy wszystko dotarło?", "Zamówienie zostało doręczone kilka dni temu i mamy nadzieję, że dotarło w idealnym stanie."),
               ("Krótka wiadomość w sprawie zamówienia {oid}", "Minął już mniej więcej tydzień od doręczenia zamówienia."),
               ("Twoje zamówienie {oid}", "Mamy nadzieję, że nowy zakup już dobrze służy.")],
        del_r=[("Doszło dzisiaj, wszystko ok. Dzięki!", "Dziękujemy za informację, cieszymy się, że wszystko dotarło."),
               ("Odebrane, wygląda super.", "Miło to słyszeć!"),
               ("Tylko informuję, że paczka przyszła rano.", "Dziękujemy za wiadomość, dobrze, że dostawa poszła tak szybko.")],
        fix_r=[("Nowy egzemplarz doszedł wczoraj i działa.", "Cieszymy się, że nowy egzemplarz działa."),
               ("Zwrot pieniędzy dotarł, dziękuję.", "Dziękujemy za potwierdzenie otrzymania zwrotu."),
               ("Brakująca część dotarła, dzięki.", "Dobrze, że brakująca część już jest.")],
        fix_p=[("Produkt zastępczy – zamówienie {oid}", "Według śledzenia produkt zastępczy został wczoraj doręczony."),
               ("Zamówienie {oid}: zwrot zrealizowany", "Zwrot w kwocie 132,00 zł został zlecony w poniedziałek i powinien być już widoczny na koncie.")],
        prob_r=[("Uchwyt odpadł po dwóch dniach.", "Bardzo nam przykro, że uchwyt tak szybko odpadł, dziękujemy za zdjęcie."),
                ("Jedna ze szklanek przyszła stłuczona.", "Przykro nam, że jedna ze szklanek stłukła się w transporcie."),
                ("W ogóle się nie ładuje.", "To oczywiście nie powinno tak wyglądać."),
                ("Zły kolor, zamawiałam szary.", "Przepraszamy za pomyłkę z kolorem.")],
        prob_p=[("Problem z dostawą – zamówienie {oid}", "Przewoźnik poinformował nas, że przesyłka została uszkodzona."),
                ("Zamówienie {oid}: brakująca część", "Sprawdzając listy pakowania zauważyliśmy, że w paczce zabrakło uchwytów ściennych.")],
        neg_r=[("Daję 1 gwiazdkę, to badziew.", "Przykro nam, że blender Państwa rozczarował."),
               ("Wystawiłem już negatywny komentarz. Nigdy więcej.", "Bardzo żałujemy, że tak to wyglądało."),
               ("Jeśli tego nie załatwicie, napiszę opinię, którą wszyscy zobaczą.", "Rozumiemy zdenerwowanie i chcemy to rozwiązać.")],
        neg_p=[("Państwa opinia o zamówieniu {oid}", "Przeczytaliśmy opinię o tym zamówieniu i przepraszamy za opóźnioną dostawę."),
               ("Zamówienie {oid}: Państwa recenzja", "Przeczytaliśmy recenzję lampki biurkowej i zwróciliśmy już całą kwotę zamówienia.")],
        purp_p=[("Opóźnienie dostawy – zamówienie {oid}", "Przewoźnik zgłasza dwudniowe opóźnienie; dostawa planowana jest teraz na czwartek."),
                ("Faktura – zamówienie {oid}", "Zgodnie z prośbą faktura jest już dostępna w „Moich zamówieniach”."),
                ("Zwrot otrzymany – zamówienie {oid}", "Państwa zwrot dotarł dziś do magazynu i zleciliśmy zwrot pieniędzy."),
                ("Treść grawera – zamówienie {oid}", "Zanim rozpoczniemy grawerowanie: czy napis ma brzmieć „Wszystkiego najlepszego, Basia”?"),
                ("Termin dostawy szafy – zamówienie {oid}", "Możemy dostarczyć szafę we wtorek lub w czwartek – który dzień bardziej Państwu odpowiada?")],
        rude_r=[("TRZY TYGODNIE i nic. Chcę zwrotu pieniędzy NATYCHMIAST.", "Sprawdziliśmy Państwa zamówienie."),
                ("Wasz produkt jest do niczego, a obsługa to żart.", "Dziękujemy za wiadomość."),
                ("Darujcie sobie wymówki i oddajcie pieniądze.", "Przyjrzeliśmy się zamówieniu.")],
        q_r=[("Czy pokrywkę można myć w zmywarce?", "Tak, pokrywkę można myć w górnym koszu zmywarki."),
             ("Czy pasuje do koła 28 cali?", "Pasuje do kół od 26 do 29 cali."),
             ("Czy kabel jest w zestawie?", "Tak, w zestawie jest kabel USB-C o długości 1,5 m.")],
        ret_r=[("Jak to odesłać? Za mały rozmiar.", "Szkoda, że rozmiar nie pasuje."),
               ("Grzejnik przestał działać po miesiącu. Jakie mam prawa?", "Przykro nam, że grzejnik przestał działać."),
               ("Czy można zwrócić produkt personalizowany?", "Dziękujemy, że pytają Państwo przed odesłaniem.")],
    ),
)

L["items"] = r"""
RI|p|del|karta podarunkowa za zrzut ekranu opinii|Wystarczy przesłać nam zrzut ekranu opublikowanej opinii, a w podziękowaniu wyślemy kartę podarunkową o wartości 40 zł.
RI|r|prob|zwrot pieniędzy dopiero po opublikowaniu opinii|Zwrot pełnej kwoty zlecimy, gdy tylko Państwa opinia pojawi się na Amazonie.
RI|p|del|gratisowe wkłady dla wystawiających opinię|Każdy, kto w tym miesiącu wystawi opinię, otrzyma od nas gratis zestaw zapasowych wkładów.
RI|r|del|eufemizm 'drobny upominek' w kolejnym zamówieniu|Jeśli zostawią Państwo kilka słów na stronie produktu, do kolejnego zamówienia dorzucimy drobny upominek.
RI+FR|r|neg|rabat w zamian za usunięcie opinii|Czy rozważyliby Państwo usunięcie opinii? W zamian zaproponujemy 20% rabatu na kolejne zakupy.
RI+RM|p|del|kod rabatowy za 5 gwiazdek|Za ocenę 5 gwiazdek dostaniesz od nas kod na 15% zniżki na następne zakupy.
RI|p|del|losowanie wśród opiniujących|Wśród wszystkich klientów, którzy dodadzą opinię do 30 czerwca, rozlosujemy ekspres do kawy.
RI|r|del|potocznie, bez polskich znaków, zwrot BLIKiem|jak tylko opinia bedzie widoczna, oddamy ci 20 zl blikiem, daj znac.
RI|p|del|przyszłe korzyści, strona bierna|Klienci, którzy wystawili opinię, są później zapraszani do naszych zamkniętych promocji.
RM|p|del|prośba o pięć gwiazdek|Jeśli wszystko się zgadza, pięć gwiazdek bardzo by nas ucieszyło.
RM|p|del|filtrowanie: zadowolony pisze opinię, reszta najpierw do nas|Jesteś zadowolony? Napisz opinię. Coś nie tak? Najpierw napisz do nas, zanim cokolwiek opublikujesz.
RM|r|prob|prośba o niewystawianie negatywnej opinii|Prosimy nie wystawiać negatywnej opinii – już zajmujemy się sprawą.
RM|p|del|narzuca treść opinii|Byłoby super, gdyby w opinii wspomnieli Państwo o szybkiej wysyłce i solidnym opakowaniu.
RM|r|del|potocznie 'łapka w górę', pozytywna opinia|Cieszymy się, że się podoba! Łapka w górę w postaci pozytywnej opinii bardzo by nam pomogła.
RM|r|neg|litość: mała firma rodzinna, przed wystawieniem|Dla małej rodzinnej firmy negatywna ocena to ogromny cios, dlatego prosimy, by jej nie wystawiać.|Jeśli tego nie załatwicie, dam wam jedną gwiazdkę.
RM|p|del|tryb warunkowy, pozytywna opinia jeśli zadowoleni|Jeśli są Państwo zadowoleni, będziemy wdzięczni za pozytywną opinię.
RM|p|del|pytanie 'czy zasłużyliśmy na szóstkę?'|Czy zasłużyliśmy na szóstkę? Jeśli tak, prosimy pokazać to w opinii.
FR|r|fix|bezpośrednia prośba o usunięcie komentarza|Skoro problem został rozwiązany, czy mogliby Państwo usunąć negatywny komentarz, który nam wystawili?
FR+RM|r|fix|zmiana oceny na 5 gwiazdek|Czy byłaby możliwość zmiany oceny na 5 gwiazdek?
FR|p|neg|ponaglenie do wycofania opinii o sprzedawcy|Uprzejmie przypominamy o prośbie wycofania opinii o sprzedawcy, ponieważ zwrot został już zrealizowany.
FR|r|neg|presja: zagrożone konto, jeszcze dziś|Ta opinia zagraża naszemu kontu sprzedawcy, dlatego bardzo prosimy o jej usunięcie jeszcze dziś.
FR|r|fix|pośrednio 'zaktualizować przy okazji'|Może przy okazji zechcieliby Państwo zaktualizować opinię tak, by oddawała obecny stan rzeczy?
FR|p|fix|instrukcja usunięcia krok po kroku|Aby usunąć opinię, wystarczy wejść w „Moje zamówienia”, wybrać „Oceń sprzedawcę” i kliknąć „Usuń”.
FR+RM|r|fix|na ty, 'dorzucisz parę gwiazdek'|Może dorzucisz parę gwiazdek, skoro wszystko już działa?
FR|p|neg|strona bierna 'gdyby opinia została wycofana'|Bylibyśmy wdzięczni, gdyby opinia z 12 marca została wycofana, ponieważ sprawa jest już zamknięta.
MK|p|purp|letnia wyprzedaż|Przy okazji: od piątku trwa nasza letnia wyprzedaż z rabatami do 40% na cały asortyment ogrodowy.
MK|r|q|cross-selling pasujących kubków|Jeśli czajnik przypadł do gustu, pasujące kubki z tej samej serii właśnie wróciły na stan.
MK|r|del|kod rabatowy bez powodu|Na kolejne zamówienie mają Państwo 10% zniżki z kodem WITAJ10.
MK|p|purp|zapis do newslettera|Zapisz się do naszego newslettera, a jako pierwszy dowiesz się o nowościach i promocjach.
MK|p|purp|nowy produkt|Właśnie wprowadziliśmy bezprzewodową wersję tego odkurzacza – warto rzucić okiem.
MK|r|q|produkt innej firmy w promocji|Polecamy połączyć go z odkamieniaczem marki KamienStop, który jest w tym tygodniu w promocji.
MK|r|del|bez polskich znaków, zajrzyj do sklepu|Zajrzyj koniecznie do naszego sklepu, mamy mase nowosci!
MK|p|purp|trzeci komplet gratis w tym tygodniu|Tylko w tym tygodniu: przy zakupie dwóch kompletów pościeli trzeci dostaną Państwo gratis.
OF|r|rude|wulgaryzm 'gówno nas obchodzi'|Szczerze mówiąc, gówno nas obchodzi, co sądzi Pan o opakowaniu.
OF|r|rude|obelga 'tylko idiota'|Tylko idiota włącza czajnik bez wody, przecież jest to napisane w instrukcji.
OF|r|rude|groźba upublicznienia nazwiska i adresu|Jeśli to się nie skończy, opublikujemy Pana nazwisko i adres w internecie.
OF|r|rude|protekcjonalnie 'naucz się czytać'|Najpierw naucz się czytać instrukcję, a potem przychodź z pretensjami.
OF|r|neg|obelga 'kłamca'|Jest Pan kłamcą i dobrze Pan o tym wie.
OF|r|rude|zawoalowana groźba 'wiemy, gdzie Pan mieszka'|Proszę pamiętać, że wiemy, gdzie Pan mieszka.
OF|r|rude|'zamknij się'|Zamknij się wreszcie i przestań zawracać nam głowę.
OF|r|rude|wulgaryzm na początku zdania|Kurwa, ile razy mamy to tłumaczyć?
OO|p|purp|odpisz STOP|Jeśli nie chcą Państwo otrzymywać od nas kolejnych wiadomości, wystarczy odpisać STOP.
OO|p|del|wypisanie się po neutralnej prośbie|Będziemy wdzięczni za opinię o tym zamówieniu. Z otrzymywania naszych e-maili można się wypisać, odpowiadając na tę wiadomość.
OO|p|purp|zmiana preferencji lub rezygnacja|W każdej chwili mogą Państwo zmienić preferencje komunikacji lub zrezygnować z naszych wiadomości.
OO|r|del|propozycja usunięcia z listy mailingowej|Prosimy dać znać, jeśli mamy usunąć Państwa z naszej listy mailingowej.
OO|p|purp|pytanie 'nie chcesz więcej maili?'|Nie chcesz więcej maili od nas? Odpisz „nie, dziękuję” i gotowe.
OO|p|del|stopka 'otrzymują Państwo tę wiadomość, ponieważ'|Z góry dziękujemy za ocenę. Otrzymują Państwo tę wiadomość, ponieważ zrobili Państwo u nas zakupy; aby zrezygnować, wystarczy odpowiedzieć na ten e-mail.
OO|p|purp|odsyła do preferencji komunikacji Amazon|Jeśli nie chcą Państwo otrzymywać wiadomości od sprzedawców, można to wyłączyć w preferencjach komunikacji na koncie Amazon.
OO|r|fix|potocznie, bez polskich znaków|Jak nie chcesz wiecej maili od nas, daj znac to cie wypiszemy.
UP|p|up|potwierdzenie zamówienia|Dziękujemy za zamówienie! Otrzymaliśmy je i przygotowujemy do wysyłki.
UP|p|up|potwierdzenie wysyłki z numerem przesyłki|Paczka została dziś nadana przez InPost, numer przesyłki to 620123456789012345678901.
UP|p|up|same podziękowania|Chcieliśmy po prostu serdecznie podziękować za zakupy w naszym sklepie.
UP|p|up|tylko 'jesteśmy do dyspozycji'|W razie jakichkolwiek pytań dotyczących produktu jesteśmy do Państwa dyspozycji.
UP|p|up|informacja o braku towaru|Niestety zamówiony produkt jest chwilowo niedostępny; nowej dostawy spodziewamy się za około trzy tygodnie.
UP|p|up|potwierdzenie doręczenia|Według śledzenia przesyłki paczka została dziś doręczona. Miłego użytkowania!
UP|p|up|informacja o wysyłce, na ty|Dobra wiadomość: Twoje zamówienie opuściło dziś rano nasz magazyn i dotrze w ciągu 1–2 dni roboczych.
UP|p|up|bez polskich znaków, same podziękowania|Jeszcze raz dziekujemy za zakupy i zyczymy udanego dnia!
OK:rev|p|del|neutralna prośba o opinię, klasyczna|Jeśli znajdą Państwo chwilę, będziemy wdzięczni za opinię o tym zamówieniu.
OK:rev|p|del|szczera opinia, jakakolwiek będzie|Szczera opinia, niezależnie od tego, jaka będzie, pomaga innym klientom w wyborze.
OK:rev|p|del|neutralne pytanie o plecak|Czy zechcieliby Państwo opisać w recenzji, jak sprawdza się plecak?
OK:rev|p|del|ocena sprzedawcy w Moich zamówieniach|Sprzedawcę można ocenić w zakładce „Moje zamówienia”, jeśli mają Państwo ochotę.
OK:rev|r|q|prośba o recenzję w odpowiedzi na pytanie|A jeśli później znajdą Państwo chwilę, recenzja produktu zawsze jest mile widziana.
OK:rev|p|del|po kilku tygodniach, w dowolnym momencie|Gdy patelnia posłuży już kilka tygodni, chętnie dowiemy się, jak się sprawuje – recenzję można dodać w dowolnym momencie.||Mamy nadzieję, że patelnia dobrze sprawdza się w Państwa kuchni.
OK:rev|p|del|pozytywna czy krytyczna, pomaga|Każda opinia, pozytywna czy krytyczna, pomaga nam się rozwijać, więc chętnie ją przeczytamy.
OK:rev|p|del|na ty, neutralnie 'jeśli masz ochotę'|Jeśli masz ochotę, napisz w recenzji innym kupującym, jak sprawdza się etui.
OK:upd|r|fix|można zaktualizować, decyzja należy do Państwa|Jeśli uważają Państwo, że sprawa została rozwiązana, mogą Państwo zaktualizować opinię – decyzja należy wyłącznie do Państwa.
OK:upd|r|fix|edycja lub usunięcie możliwe, bez obowiązku|Istnieje możliwość edycji lub usunięcia pierwotnej opinii, ale oczywiście nie ma takiego obowiązku.
OK:upd|r|fix|informacja: 90 dni na edycję|Dla informacji: opinię o sprzedawcy można edytować przez 90 dni, gdyby kiedyś była taka potrzeba.
OK:upd|r|fix|wyłącznie Państwa decyzja|Czy zmienią Państwo ocenę, czy nie – to wyłącznie Państwa decyzja; dla nas najważniejsze było rozwiązanie problemu.
OK:upd|r|fix|opinia pozostaje bez zmian|Opinia pozostaje bez zmian, chyba że zdecydują Państwo inaczej.
OK:upd|p|fix|proaktywnie, aktualizacja tylko z własnej woli|Jeśli rozwiązanie jest satysfakcjonujące, mogą Państwo zaktualizować wcześniejszą opinię, ale tylko jeśli mają Państwo taką wolę.
OK:upd|r|fix|na ty, ale nie musisz|Jeśli zmieniłeś zdanie, możesz w każdej chwili edytować recenzję – ale nie musisz.
OK:ref|r|prob|pełny zwrot bez odsyłania|Zwróciliśmy pełną kwotę 119,00 zł; nie trzeba odsyłać uszkodzonego produktu.
OK:ref|r|prob|zwrot kosztów wysyłki w ramach przeprosin|W ramach przeprosin zwróciliśmy koszty wysyłki.
OK:ref|r|prob|nowy egzemplarz bezpłatnie|Nowy egzemplarz został wysłany bezpłatnie i powinien dotrzeć w czwartek.
OK:ref|p|prob|proaktywna wymiana po uszkodzeniu w transporcie|Wysłaliśmy już bezpłatnie nowy egzemplarz – nie muszą Państwo nic robić.||Przewoźnik poinformował nas, że przesyłka została uszkodzona.
OK:ref|r|prob|wybór: brakująca część albo częściowy zwrot|Mogą Państwo wybrać: doślemy brakującą część albo zwrócimy 25 zł, a produkt zostaje u Państwa.
OK:ref|r|prob|15% zwrotu za rysę|Za rysę na pokrywce zwróciliśmy 15% ceny zakupu.
OK:ref|r|neg|bezwarunkowy zwrot po groźbie negatywnej opinii|Zwróciliśmy całą kwotę, bez żadnych warunków, i bardzo przepraszamy za kłopot.
OK:ref|r|prob|zamiast bonu zwrot różnicy na konto|Zamiast bonu do wykorzystania u nas woleliśmy zwrócić różnicę 16 zł bezpośrednio na konto.
OK:firm|r|rude|prośba o kulturalny ton|Rozumiemy Państwa zdenerwowanie, ale prosimy o zachowanie kulturalnego tonu, abyśmy mogli pomóc.
OK:firm|r|rude|uprzejma odmowa ze względów higienicznych|Niestety nie możemy przyjąć zwrotu używanego ochraniacza na materac ze względów higienicznych; przykro nam, że nie możemy udzielić innej odpowiedzi.
OK:firm|r|rude|nie zgadzamy się z formą, ale pomagamy|Choć nie zgadzamy się z formą wiadomości, chcemy rozwiązać problem: czy mogą Państwo przesłać zdjęcie pęknięcia?
OK:firm|r|rude|groźby niepotrzebne, zwrot zlecony|Groźby nie są potrzebne – zwrot został zlecony w poniedziałek i pojawi się na koncie w ciągu 3–5 dni roboczych.
OK:firm|r|rude|bez odnoszenia się do osobistych uwag|Nie będziemy odnosić się do osobistych uwag, ale chętnie jeszcze raz krok po kroku przejdziemy z Państwem konfigurację.
OK:firm|r|rude|fakty ze śledzenia, dochodzenie Amazon|Według śledzenia paczka trafiła 4 maja do paczkomatu; jeśli jej tam nie ma, Amazon może wszcząć dochodzenie.
OK:firm|r|rude|prośba o cierpliwość|Prosimy o odrobinę cierpliwości: gdy magazyn sprawdzi produkt, od razu się odezwiemy.
OK:info|r|q|'Pięć Gwiazdek' to nazwa serii|„Pięć Gwiazdek” to nazwa naszej serii poduszek, a nie ocena ani certyfikat.|Czy Pięć Gwiazdek to jakiś certyfikat?|Dobre pytanie.
OK:info|r|q|cena z wyprzedaży wyjaśniona|Przy pierwszym zamówieniu produkt był na wyprzedaży, dlatego cena była niższa.|Dlaczego poprzednio było taniej?|Dziękujemy za pytanie.
OK:info|r|q|kolekcja i rozmiar|Ta poszewka należy do kolekcji „Bałtyk” i pasuje do poduszek 40 × 40 cm.|Czy pasuje na poduszkę 50 cm?|Dobrze, że pytają Państwo przed otwarciem.
OK:info|r|q|brak newsletterów dla klientów Amazon|Nie wysyłamy klientom Amazon newsletterów ani reklam; odezwiemy się tylko w sprawie tego zamówienia.|Czy teraz będę dostawać reklamy?|Rozumiemy to pytanie.
OK:info|r|q|aplikacja producenta jako funkcja|Waga łączy się przez Bluetooth z bezpłatną aplikacją producenta; instrukcja jest na stronie 4.|Czy potrzebna jest aplikacja?|Chętnie pomożemy.
OK:info|r|q|klasa energetyczna wyjaśniona|Klasa energetyczna A dotyczy programu eko; w programie szybkim zużycie jest nieco wyższe.|Czy klasa A dotyczy też programu szybkiego?|Dziękujemy za pytanie.
OK:info|r|q|co piszą inne recenzje (zapach)|W niektórych recenzjach wspomina się o lekkim zapachu po rozpakowaniu; zwykle znika po dniu wietrzenia.|Mata trochę pachnie, czy to normalne?|Przykro nam z powodu zapachu.
OK:info|r|q|ocenę w gwiazdkach wylicza Amazon|Ocenę w gwiazdkach na stronie produktu wylicza Amazon; nie możemy jej zmienić ani usunąć.|Dlaczego tylko 3,9 gwiazdki?|Cieszymy się, że Państwa egzemplarz działa świetnie.
OK:thx|p|none|podziękowanie + potwierdzenie grawera|Dziękujemy za zamówienie! Przed grawerowaniem prosimy o potwierdzenie, że napis ma brzmieć „Na zawsze, Ola”.
OK:thx|p|none|podziękowanie + termin dostawy sofy|Dziękujemy za zakup; przewoźnik musi umówić dostawę sofy – czy bardziej odpowiada Państwu wtorek czy czwartek?
OK:thx|p|none|podziękowanie + brak numeru mieszkania|Dziękujemy za zamówienie. W adresie dostawy brakuje numeru mieszkania – czy mogą Państwo go podać?
OK:thx|p|none|podziękowanie + zwrot dotarł|Dziękujemy za odesłanie paczki: dotarła dziś, a zwrot pieniędzy nastąpi w ciągu dwóch dni roboczych.
OK:thx|p|none|podziękowanie za cierpliwość + strajk|Dziękujemy za cierpliwość: z powodu strajku przewoźnik zgłasza opóźnienie, nowy przewidywany termin to 14 maja.
OK:thx|p|none|podziękowanie + faktura VAT dostępna|Dziękujemy za zakup. Fakturę VAT, o którą Państwo prosili, można już pobrać w „Moich zamówieniach”.
OK:thx|p|none|podziękowanie + sprawdzenie szerokości rolety|Dziękujemy za wybór rolety na wymiar – prosimy jeszcze raz sprawdzić szerokość 112,5 cm przed jutrzejszym cięciem.
OK:sat|r|del|'jeśli coś będzie nie tak, odpowiedzcie'|Jeśli coś będzie nie tak z lampką, wystarczy odpowiedzieć na tę wiadomość, a zajmiemy się tym.
OK:sat|r|fix|naprawa niesatysfakcjonująca, kontakt|Jeśli naprawa nie będzie w pełni satysfakcjonująca, prosimy o kontakt – znajdziemy inne rozwiązanie.
OK:sat|r|q|rozmiar nie pasuje, 30 dni na zwrot|Jeśli rozmiar nie pasuje, produkt można zwrócić w ciągu 30 dni; chętnie pomożemy z etykietą.
OK:sat|r|q|kolor nie pasuje, dajcie znać|Kolor po zawieszeniu jednak nie pasuje? Prosimy dać znać, zobaczymy, co da się zrobić.
OK:sat|p|purp|niezadowolenie z czegokolwiek, napiszcie|Jeśli cokolwiek w zamówieniu budzi Państwa niezadowolenie, prosimy nam o tym napisać.
OK:sat|r|fix|ta sama usterka, zwrot pieniędzy|Gdyby nowy egzemplarz miał tę samą usterkę, prosimy od razu napisać – zwrócimy pieniądze.
OK:sat|r|del|na ty, wymiana rozmiaru|Nie pasuje krój? Napisz do nas, a wymienimy na większy rozmiar.
OK:legal|r|ret|14 dni na odstąpienie i 30 dni Amazon|Przysługuje Państwu ustawowe 14 dni na odstąpienie od umowy, a Amazon przyjmuje zwroty przez 30 dni w „Moich zamówieniach”.
OK:legal|r|ret|niezgodność towaru z umową|Ponieważ urządzenie jest wadliwe, przysługują Państwu uprawnienia z tytułu niezgodności towaru z umową – naprawa lub wymiana do wyboru.
OK:legal|r|ret|personalizowane bez odstąpienia, wada objęta|Produkty personalizowane nie podlegają odstąpieniu od umowy, ale w przypadku wady obowiązują oczywiście przepisy o niezgodności towaru z umową.
OK:legal|r|ret|gwarancja producenta niezależnie od ustawy|Gwarancja producenta obowiązuje niezależnie od uprawnień ustawowych i ich nie ogranicza.
OK:legal|r|ret|kto pokrywa koszty odesłania|W przypadku wady koszty odesłania pokrywamy my; przy zwrocie bez wady od kwoty zwrotu odliczamy 15 zł.
OK:legal|r|ret|Gwarancja od A do Z|W każdym przypadku chroni Państwa Gwarancja od A do Z Amazon; jeśli paczka nie dotrze do piątku, zwrócimy pieniądze.
"""
