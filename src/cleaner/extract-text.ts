import { cleanText, type CleanSettings, type Outcome } from './clean-document.js';

/**
 * A whole page given as plain text (a scraper's visible-text dump): locate the article among the
 * lines, then clean it. Until line-level location lands this cleans every line as clean() does.
 */
export function extractTextPage(text: string, settings: CleanSettings): Outcome {
  return cleanText(text, settings);
}
