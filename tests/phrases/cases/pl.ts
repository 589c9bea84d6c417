import type { LanguageCases } from './types.js';

export const pl: LanguageCases = {
  lang: 'pl',
  positives: {
    attribution: [
      'O autorze','Źródło: PAP', 'Źródło: Gazeta Zielonogórska i agencje', 'Źródła: PAP, Reuters', 'Artykuł ukazał się pierwotnie w Kurierze Nadwarciańskim'],
    'syndication-credit': ['PAP', '(PAP)', 'oprac. PAP', 'Na podstawie PAP', 'Wszelkie prawa zastrzeżone.', 'Kopiowanie i rozpowszechnianie bez zgody wydawcy zabronione.', 'Materiał nie był redagowany przez redakcję i został automatycznie pobrany z serwisu agencji.', 'PAP/Reuters'],
    'donation-appeal': ['Wesprzyj nas', 'Wesprzyj niezależne dziennikarstwo', 'Przekaż darowiznę', 'Jesteśmy niezależnym portalem utrzymywanym przez czytelników.', 'Pomóż nam utrzymać redakcję.', 'Zostań patronem', 'Każda wpłata ma znaczenie.', 'Postaw nam kawę'],
    'comment-counter': ['Komentarze', '0 komentarzy', '12 komentarzy', 'Komentarze (3)', 'Dodaj komentarz', 'Bądź pierwszy, który skomentuje', 'Pokaż komentarze', 'Zaloguj się, aby skomentować', 'Komentowanie zostało wyłączone.', 'Nie ma jeszcze komentarzy'],
    'share-prompt': ['Udostępnij', 'Udostępnij na Facebooku', 'Udostępnij ten artykuł', 'Podziel się', 'Kopiuj link', 'Facebook Twitter WhatsApp E-mail', 'Jeśli spodobał ci się ten artykuł, udostępnij go znajomym.'],
    'newsletter-signup': ['Zapisz się na newsletter', 'Zapisz się do naszego newslettera', 'Zamów bezpłatny newsletter', 'Twój adres e-mail', 'Podaj swój adres e-mail', 'Możesz zrezygnować w każdej chwili.', 'Dziękujemy za zapisanie się!', 'Newsletter'],
    'follow-prompt': ['Obserwuj nas na Twitterze', 'Śledź nas na Facebooku', 'Obserwuj nas', 'Dołącz do naszego kanału na WhatsAppie', 'Znajdziesz nas na Instagram'],
    'related-links': ['Czytaj także', 'Czytaj także: Powódź w Zielonce', 'Zobacz również', 'Polecamy', 'Najczęściej czytane', 'Powiązane artykuły', 'Może cię zainteresować', 'Następny artykuł', 'Przeczytaj też'],
    paywall: [
      'Zapraszamy do prenumeraty naszego tygodnika.','Tylko dla subskrybentów', 'Ten artykuł jest dostępny tylko dla subskrybentów', 'Wykup subskrypcję, aby czytać dalej', 'Masz już subskrypcję? Zaloguj się', 'Wykorzystałeś limit darmowych artykułów.', 'Anuluj w każdej chwili.', 'Premium', 'Aby przeczytać cały artykuł, wykup dostęp'],
    'app-promo': ['Pobierz naszą aplikację', 'Pobierz aplikację', 'Dostępna w App Store i Google Play', 'Włącz powiadomienia push', 'Pobierz darmową aplikację Gazety'],
    advertisement: [
      'Zobacz oferty na portalu ogłoszeniowym.', 'Sprawdź ceny w sklepie', 'Szukasz mieszkania? Zobacz oferty na portalu ogłoszeniowym.','Reklama', 'REKLAMA', 'Materiał sponsorowany', 'Artykuł sponsorowany', 'Dalsza część artykułu pod reklamą', 'Wyłącz adblocka'],
    'reading-meta': [
      '11 stycznia 2019 r.','Czas czytania: 3 min', '4 min czytania', 'Aktualizacja: 12.03.2024', 'Opublikowano: 12.03.2024', '2 godziny temu', 'Drukuj', 'Odsłuchaj artykuł', 'Rozmiar czcionki'],
    tags: ['Tagi: powódź, Zielonka', 'Słowa kluczowe: polityka', 'Tematy', 'Kategoria: Region', 'Wszystko o reformie emerytalnej', 'Obserwuj temat'],
    'cookie-notice': ['Ta strona używa plików cookie', 'Używamy plików cookies, aby zapewnić najlepszą jakość.', 'Akceptuj wszystkie', 'Akceptuję', 'Odrzuć wszystkie', 'Polityka prywatności i cookies', 'Korzystając z serwisu, wyrażasz zgodę na wykorzystanie plików cookies.'],
    'feedback-widget': ['Czy ten artykuł był pomocny?', 'Zgłoś błąd', 'Widzisz błąd? Napisz do nas.', 'Oceń artykuł', 'Dziękujemy za ocenę', 'Masz temat? Napisz do redakcji.'],
  },
  negatives: [
    // Offers mentioned inside a sentence are not a shop prompt.
    'Klienci mogą zobaczyć oferty na stronie banku, a ceny spadły o 5 proc.',
    'Urząd radzi, by zobaczyć oferty w kilku sklepach przed zakupem.',
    'Zobacz, jak wyglądał port w 1950 roku.',
    'Akcje spółki spadły we wtorek o 4 procent.',
    'Minister podziela zdanie opozycji w sprawie reformy.',
    'Komentarze gubernatora wywołały ostrą krytykę.',
    'Minister odmówił komentarza w tej sprawie.',
    'Źródła w rządzie podają, że porozumienie jest blisko.',
    'Według źródeł zbliżonych do śledztwa podejrzany przyznał się do winy.',
    'Źródło przecieku nie zostało ustalone.',
    'Stowarzyszenie utrzymuje się z darowizn mieszkańców.',
    'Darowizny na kampanię przekroczyły dwa miliony złotych.',
    'Piekarnia sprzedaje ciastka i torty turystom.',
    'Sprawa antymonopolowa dotycząca App Store wraca do sądu.',
    'Reklama alkoholu zostanie zakazana w telewizji.',
    'Pracownicy zarabiają 5000 zł miesięcznie.',
    'Dziękujemy za pomoc, powiedział burmistrz.',
    'Zapisy do przedszkola ruszają w poniedziałek.',
    'Finlandia chciała zostać członkiem sojuszu w 2022 roku.',
  ],
};
