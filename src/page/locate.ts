import type { PageKind } from '../types.js';

export interface PageRemoval {
  element: Element;
  kind: PageKind;
  ruleId: string;
  reason: string;
}

export interface LocatedArticle {
  root: Element;
  excluded: PageRemoval[];
  outside: PageRemoval[];
}

// Interim locator until the candidate-scoring one lands: the first semantic container, else the body.
export function locateArticle(document: Document, _options: { url?: string; lang?: string } = {}): LocatedArticle {
  const root = document.querySelector('article, main, [role=main]') ?? document.body ?? document.documentElement;
  return { root, excluded: [], outside: [] };
}
