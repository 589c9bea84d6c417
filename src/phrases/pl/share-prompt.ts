import { definePhrases } from '../define.js';

export default definePhrases('pl', 'share-prompt', [
  {
    id: 'share-this',
    patterns: [
      '^(udostępnij|udostępnij to|podziel się|udostępnij artykuł|udostępnij ten artykuł|poleć|poleć artykuł)$',
      '^(udostępnij|poleć|prześlij) (ten|ten artykuł|artykuł|tekst|wideo|materiał|stronę)',
      '(udostępnij|prześlij|wyślij|poleć) (ten|tę|to) (artykuł|tekst|materiał|wideo|informację) (znajomym|na|przez|e mailem|mailem)',
      '^(udostępnij|podziel się) (na|przez|w|z) ',
      '^(wyślij|prześlij) (e mailem|mailem|przez e mail|przez email)',
    ],
  },
  {
    id: 'if-you-liked',
    patterns: [
      '(jeśli|jeżeli) (spodobał|podobał) (ci|wam|się) [się ](ten|ten artykuł|ten tekst|artykuł|tekst) * (udostępnij|podziel|poleć)',
      '(udostępnij|poleć|prześlij) (go|je|ten artykuł|artykuł|tekst) (znajomym|przyjaciołom|rodzinie|dalej)',
      '(podziel się|podzielcie się) (nim|tym artykułem|tym tekstem) (ze znajomymi|z przyjaciółmi|z innymi)',
    ],
  },
  {
    id: 'share-on',
    patterns: [
      '(udostępnij|podziel się|poleć) (na|przez|w|na portalu) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|wykop|e mail|email|messenger)',
      '^(twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|wykop|e mail|email|drukuj|kopiuj link) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|wykop|e mail|email|drukuj|kopiuj link) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|google news|wykop|e mail|email|drukuj|kopiuj link)',
      '(kliknij|dotknij) [tutaj ](aby|by|żeby) (udostępnić|wysłać|wydrukować)',
      'otwiera się w nowym (oknie|karcie)',
      'otwiera [w ]nowe okno',
    ],
  },
  { id: 'share-count', patterns: ['^# (udostępnień|udostępnienia|udostępnienie)$', '^(udostępnienia|udostępnień) #$'] },
  {
    id: 'copy-link',
    patterns: [
      '^(kopiuj|skopiuj) (link|adres|url|odnośnik)',
      '^(link skopiowany|skopiowano link|skopiowano do schowka)',
    ],
  },
]);
