import { definePhrases } from '../define.js';

export default definePhrases('de', 'share-prompt', [
  {
    id: 'share-this',
    patterns: [
      '^teilen$',
      '^(artikel|beitrag|seite|video|diesen artikel|diesen beitrag|den artikel|jetzt) teilen',
      '(diesen|den) (artikel|beitrag|text) (teilen|weiterempfehlen|versenden|empfehlen)',
      '^(teilen|teile|teilt) [sie ](diesen|den|diese|das) (artikel|beitrag|seite|video)',
      '^(artikel|beitrag) (per|via) (e mail|email|mail) (versenden|teilen|senden)',
      '^(per|via) (e mail|email|mail) (teilen|versenden|senden)',
    ],
  },
  {
    id: 'if-you-liked',
    patterns: [
      '(wenn|falls) (ihnen|dir|euch) (dieser|der|dieses|das) * gefallen (hat|haben) * (teilen|empfehlen|weiter)',
      '(teilen|empfehlen) sie (ihn|ihm|es|diesen artikel|den artikel|ihn gern|uns) (mit|weiter|gerne|gern)',
      '(mit|an) (freunden|freunde|freundinnen|bekannten) (teilen|empfehlen|weiterleiten|schicken)',
    ],
  },
  {
    id: 'share-on',
    patterns: [
      '(auf|uber|via|bei|per) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|flipboard|google news|xing|e mail|email) teilen',
      '^teilen (auf|uber|via|per|bei|mit) ',
      '^(twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|flipboard|google news|xing|e mail|email|drucken|link kopieren) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|flipboard|google news|xing|e mail|email|drucken|link kopieren) (twitter|x|facebook|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|mastodon|whatsapp|snapchat|pinterest|flipboard|google news|xing|e mail|email|drucken|link kopieren)',
      '(klicken|tippen) [sie ][hier ]um (auf|uber|per|via) * (zu teilen|teilen)',
      '(offnet|offnet sich) in [einem ]neuen (fenster|tab)',
    ],
  },
  { id: 'share-count', patterns: ['^# (mal geteilt|geteilt|shares)$', '^(geteilt|shares) #$'] },
  {
    id: 'copy-link',
    patterns: [
      '^(link|url|artikel link) (kopieren|teilen)',
      '^(link kopiert|in die zwischenablage kopiert)',
      '^(kopieren|kopiere) [sie ][den ]link',
    ],
  },
  {
    id: 'save-or-pin',
    patterns: [
      '(bei|auf) pinterest (speichern|merken|pinnen)',
      // A recipe card's button row: only action words, nothing else on the line.
      '^[zum ]rezept (drucken|ausdrucken|speichern|merken) [drucken|pinnen|merken|speichern|teilen] [drucken|pinnen|merken|speichern|teilen]',
      '^(drucken|pinnen|merken|speichern|teilen|bewerten) (drucken|pinnen|merken|speichern|teilen|bewerten) [drucken|pinnen|merken|speichern|teilen|bewerten]$',
    ],
  },
]);
