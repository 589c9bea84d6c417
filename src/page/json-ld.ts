/**
 * schema.org JSON-LD: every object in the page's `application/ld+json` scripts, with `@graph`
 * arrays and nested lists flattened. Broken JSON (common: trailing commas, raw newlines) is
 * skipped or repaired lightly; nothing here throws.
 */

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w+:)?(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting|Review|Recipe|WebPage|BackgroundNewsArticle|AdvertiserContentArticle|SatiricalArticle|MedicalScholarlyArticle|Posting|HowTo)$/;
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw control characters inside strings are the usual breakage; as spaces they are harmless.
      return JSON.parse(text.replace(CONTROL_CHARS, ' '));
    } catch {
      return undefined;
    }
  }
}

export function jsonLdObjects(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  // getElementsByTagName, not a selector query: linkedom runs selectors over the whole tree slowly.
  const scripts = document.getElementsByTagName('script');
  for (const s of Array.from(scripts)) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const data = parseLoose(s.textContent ?? '');
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      } else if (v && typeof v === 'object') {
        const o = v as JsonObject;
        out.push(o);
        if (o['@graph']) stack.push(o['@graph']);
        if (o.mainEntity && typeof o.mainEntity === 'object') stack.push(o.mainEntity);
      }
    }
  }
  return out;
}

export function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

export function isArticleObject(o: JsonObject): boolean {
  return typesOf(o).some((t) => ARTICLE_TYPES.test(t));
}

/** The longest articleBody (or text) an article object declares, if any. */
export function articleBodyText(objects: readonly JsonObject[]): string | undefined {
  let best: string | undefined;
  for (const o of objects) {
    if (!isArticleObject(o)) continue;
    for (const key of ['articleBody', 'text']) {
      const v = o[key];
      if (typeof v === 'string' && v.length > (best?.length ?? 0)) best = v;
    }
  }
  return best;
}
