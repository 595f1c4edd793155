// PLACEHOLDER written by the lead so element work can start; the article-model helper replaces this file.
import type { NormalizeResult } from './types.js';

export function normalizeArticle(input: unknown): NormalizeResult {
  try {
    const data = typeof input === 'string' ? JSON.parse(input) : input;
    if (data && typeof data === 'object' && typeof (data as { headline?: unknown }).headline === 'string') {
      return { article: data as NormalizeResult['article'], problems: [] };
    }
  } catch {
    return { article: null, problems: [{ path: '', message: 'Invalid JSON' }] };
  }
  return { article: null, problems: [{ path: 'headline', message: 'Missing headline' }] };
}
