// Evidence shown where it stands: the span of article text a fact comes from, <mark>ed inside the
// sentences around it, with the whole article one click away.
import type { Api } from './api';
import { h } from './dom';
import { ARTICLE_TEXT, type ArticleById, type ArticleText, type EvidenceRef } from './queries';

/** Characters of context shown on each side of a span. */
const CONTEXT = 160;

/** Article texts by id, fetched once per page load (evidence of many facts shares an article). */
export class ArticleTexts {
  private readonly cache = new Map<string, Promise<ArticleText | null>>();
  constructor(private readonly api: Api) {}

  get(id: string): Promise<ArticleText | null> {
    let hit = this.cache.get(id);
    if (hit === undefined) {
      hit = this.api.query<ArticleById>(ARTICLE_TEXT, { id }).then(d => d.article);
      this.cache.set(id, hit);
      hit.catch(() => this.cache.delete(id));
    }
    return hit;
  }

  /** Forget everything (an article was re-ingested). */
  clear(): void {
    this.cache.clear();
  }
}

/** The text around [start, end) with the span marked; `context` characters each side (cut at spaces). */
export function highlighted(text: string, start: number, end: number, context = CONTEXT): Node[] {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : to;
  }
  return [
    from > 0 ? '…' : '',
    text.slice(from, start),
    h('mark', {}, text.slice(start, end)),
    text.slice(end, to),
    to < text.length ? '…' : '',
  ].map(part => (typeof part === 'string' ? document.createTextNode(part) : part));
}

/**
 * One piece of evidence: the span in its context (the exact span until the article text arrives),
 * the article's title, and the whole article in a <details>.
 */
export function evidenceBlock(ev: EvidenceRef, texts: ArticleTexts): HTMLElement {
  const quote = h('blockquote', { class: 'evidence-text' }, h('mark', {}, ev.text));
  const whole = h('details', { class: 'whole-article' }, h('summary', {}, 'Whole article'));
  const source = h('p', { class: 'evidence-source' }, `From “${ev.article.title}”`);
  const block = h('div', { class: 'evidence', 'data-evidence': ev.id }, quote, source, whole);
  void texts
    .get(ev.article.id)
    .then(article => {
      if (article === null || article.text.slice(ev.start, ev.end) !== ev.text) {
        return; // the article changed since: keep the stored span alone
      }
      quote.replaceChildren(...highlighted(article.text, ev.start, ev.end));
      const meta = [article.source, article.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
      source.replaceChildren(
        'From ',
        article.url === null || !/^https?:\/\//i.test(article.url)
          ? `“${article.title}”`
          : h('a', { href: article.url, rel: 'noopener noreferrer' }, article.title),
        meta === '' ? '' : ` (${meta})`,
      );
      whole.addEventListener(
        'toggle',
        () => {
          whole.append(
            h('p', { class: 'article-text' }, ...highlighted(article.text, ev.start, ev.end, 1e9)),
          );
        },
        { once: true },
      );
    })
    .catch(() => {
      // the stored span is already shown; the context is a nicety
    });
  return block;
}
