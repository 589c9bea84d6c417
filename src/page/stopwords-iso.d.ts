// The package ships JSON without types: language code -> stopword list.
declare module 'stopwords-iso' {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
