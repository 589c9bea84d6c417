/**
 * The most frequent function words of each language, used only to guess a document's language:
 * short lists of words that are common in running text and rare in other languages' text.
 * Broad stopword lists (stopwords-iso) overlap too much across languages for this job.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'have', 'this', 'from', 'which', 'were', 'they', 'been', 'would', 'their', 'said', 'after'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'sich', 'auch', 'auf', 'eine', 'dem', 'wird', 'ein', 'wie', 'noch', 'nach', 'aus', 'werden'],
  fr: ['le', 'les', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'pas', 'sur', 'avec', 'sont', 'mais', 'cette', 'aux', 'du', 'il', 'elle', 'ont', 'par'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'como', 'pero', 'sus', 'fue', 'este', 'esta', 'también', 'desde', 'cuando', 'sobre', 'entre'],
  it: ['il', 'della', 'che', 'non', 'per', 'sono', 'una', 'gli', 'dei', 'delle', 'nel', 'alla', 'anche', 'questo', 'come', 'più', 'stato', 'dalla', 'degli', 'essere', 'nei', 'hanno', 'nella', 'sulla', 'agli'],
  pt: ['os', 'que', 'não', 'uma', 'para', 'com', 'por', 'mais', 'como', 'dos', 'das', 'foi', 'pelo', 'pela', 'também', 'são', 'está', 'seu', 'sua', 'ao'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'zijn', 'op', 'met', 'voor', 'dat', 'aan', 'ook', 'maar', 'werd', 'bij', 'nog', 'heeft', 'wordt', 'deze'],
  pl: ['się', 'nie', 'jest', 'na', 'że', 'do', 'to', 'jak', 'ale', 'przez', 'jego', 'tak', 'już', 'od', 'tym', 'był', 'być', 'oraz', 'które', 'czy'],
  sv: ['och', 'att', 'det', 'som', 'är', 'för', 'inte', 'med', 'var', 'har', 'till', 'den', 'av', 'på', 'om', 'men', 'ett', 'han', 'hon', 'efter'],
  da: ['og', 'at', 'det', 'er', 'til', 'ikke', 'med', 'som', 'har', 'på', 'af', 'for', 'var', 'den', 'de', 'en', 'vi', 'han', 'hun', 'efter'],
  no: ['og', 'det', 'er', 'til', 'ikke', 'med', 'som', 'har', 'på', 'av', 'for', 'var', 'den', 'en', 'vi', 'han', 'hun', 'etter', 'også', 'skal'],
  fi: ['ja', 'on', 'ei', 'että', 'oli', 'se', 'mutta', 'kun', 'myös', 'ovat', 'hän', 'joka', 'tai', 'kuin', 'mukaan', 'sen', 'vain', 'olla', 'jo', 'nyt'],
  cs: ['a', 'je', 'se', 'na', 'že', 'to', 'v', 've', 'jsou', 'byl', 'jako', 'by', 'ale', 'pro', 'jeho', 'také', 'který', 'která', 'bylo', 'než'],
  sk: ['a', 'je', 'sa', 'na', 'že', 'to', 'v', 'vo', 'sú', 'bol', 'ako', 'by', 'ale', 'pre', 'jeho', 'tiež', 'ktorý', 'ktorá', 'bolo', 'aj'],
  ro: ['și', 'în', 'să', 'nu', 'este', 'care', 'cu', 'pe', 'la', 'din', 'mai', 'au', 'fost', 'pentru', 'că', 'sunt', 'acest', 'dar', 'sau', 'ca'],
  hu: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'meg', 'van', 'volt', 'de', 'már', 'csak', 'még', 'mint', 'ki', 'el', 'azt', 'lesz', 'után'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'ama', 'olan', 'sonra', 'kadar', 'değil', 'ise', 'en', 'her', 'şu', 'oldu', 'olduğunu', 'göre', 'ancak', 'ayrıca'],
  id: ['dan', 'yang', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'akan', 'pada', 'juga', 'ke', 'ada', 'oleh', 'sudah', 'karena', 'bisa', 'saat', 'mereka'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'но', 'из', 'за', 'он', 'его', 'так', 'же', 'от', 'для', 'был', 'было'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'та', 'це', 'як', 'але', 'із', 'за', 'він', 'його', 'до', 'від', 'для', 'був', 'також', 'які'],
  bg: ['и', 'на', 'да', 'се', 'не', 'е', 'за', 'от', 'че', 'с', 'по', 'са', 'това', 'като', 'но', 'той', 'бе', 'към', 'още', 'при'],
  el: ['και', 'το', 'να', 'του', 'της', 'την', 'με', 'που', 'τα', 'για', 'από', 'είναι', 'στο', 'των', 'θα', 'δεν', 'στην', 'οι', 'ότι', 'σε'],
};

/** Scripts that tell the language by themselves, tested in order on the document's letters. */
export const SCRIPT_LANGUAGES: readonly { lang: string; script: RegExp }[] = [
  { lang: 'ja', script: /[\u3040-\u30FF]/u },
  { lang: 'ko', script: /[\uAC00-\uD7AF]/u },
  { lang: 'zh', script: /\p{Script=Han}/u },
  { lang: 'ar', script: /\p{Script=Arabic}/u },
  { lang: 'he', script: /\p{Script=Hebrew}/u },
  { lang: 'hi', script: /\p{Script=Devanagari}/u },
  { lang: 'th', script: /\p{Script=Thai}/u },
];
