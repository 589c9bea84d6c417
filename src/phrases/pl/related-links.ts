import { definePhrases } from '../define.js';

export default definePhrases('pl', 'related-links', [
  {
    id: 'read-more',
    patterns: [
      '^(czytaj także|czytaj też|czytaj również|czytaj więcej|czytaj dalej|zobacz także|zobacz też|zobacz również|zobacz więcej|przeczytaj także|przeczytaj też|przeczytaj również|polecamy|polecane|polecamy również|warto przeczytać|może cię zainteresować|może cię także zainteresować|mogą cię zainteresować|powiązane|powiązane artykuły|podobne artykuły|zobacz podobne|najczęściej czytane|najpopularniejsze|najnowsze|więcej informacji|więcej artykułów|więcej wiadomości|więcej z działu|więcej na ten temat|więcej o|poprzedni artykuł|następny artykuł|poprzedni|następny|inne artykuły|przeczytaj więcej)$',
      '^(czytaj także|czytaj też|czytaj również|zobacz także|zobacz też|zobacz również|przeczytaj także|przeczytaj też|przeczytaj również|polecamy|czytaj więcej|więcej na ten temat|więcej z działu|więcej wiadomości z|powiązane artykuły|podobne artykuły)',
      '^(kliknij|kliknij tutaj|kliknij tu)',
    ],
  },
  {
    id: 'also-read',
    patterns: [
      '(może|mogą) (cię|was|pana|panią) [także |też |również ](zainteresować|zaciekawić)',
      '^(najczęściej|najchętniej) (czytane|komentowane|oglądane|udostępniane)',
    ],
  },
]);
