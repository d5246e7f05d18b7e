import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { findIgnoredSpans, overlapsAny } from '../../src/ingest/clean';

describe('findIgnoredSpans', () => {
  it('finds exactly the curated ignored spans of the seed (repeated headline, Also Read)', () => {
    const seed = loadSeedArticle();
    const found = findIgnoredSpans(seed.batch.article.text);
    expect(found.map(({ start, end, text }) => ({ start, end, text }))).toEqual(
      seed.ignoredSpans.map(({ start, end, text }) => ({ start, end, text })),
    );
    expect(found[0]?.reason).toMatch(/repeated headline/);
    expect(found[1]?.reason).toMatch(/Also Read/);
  });

  it('never rewrites the text: every span is the slice of the original', () => {
    const text =
      'Headline here\n\nHeadline here\n\nBody text.\n\nRead more: Another story\n\n© 2024 Example Media. All rights reserved.';
    for (const s of findIgnoredSpans(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('ignores a related-articles list up to the next blank line, and the comment section to the end', () => {
    const text = [
      'Title',
      '',
      'Paris and Berlin agreed on Monday.',
      '',
      'Related articles',
      'China warns Japan',
      'Kim meets Putin',
      '',
      'The talks resume in May.',
      '',
      'Leave a Reply',
      'Your email address will not be published.',
      'Great article about Russia!',
    ].join('\n');
    const spans = findIgnoredSpans(text);
    expect(spans.map(s => s.reason)).toEqual([
      'site boilerplate: a list of related articles',
      'site boilerplate: the comment section',
    ]);
    expect(spans[0]?.text).toBe('Related articles\nChina warns Japan\nKim meets Putin');
    expect(spans[1]?.text.startsWith('Leave a Reply')).toBe(true);
    expect(spans[1]?.end).toBe(text.length);
    expect(text.slice(spans[0]?.end)).toContain('The talks resume in May.');
  });

  it('ignores copyright lines and legal disclaimers but keeps body lines that merely mention them', () => {
    const text = [
      'Title',
      'The court ruled on copyright law in France.',
      'Disclaimer: The views expressed are those of the author.',
      'Copyright 2024 Example News',
    ].join('\n');
    const reasons = findIgnoredSpans(text).map(s => s.reason);
    expect(reasons).toEqual([
      'site boilerplate: a legal disclaimer',
      'site boilerplate: a copyright line',
    ]);
  });

  it('ignores "Most read:" / "Top stories:" / "Trending:" link lines, not body lines that use the words', () => {
    const text = [
      'Title',
      'The most read newspaper in Spain reported the talks.',
      'Most read: Real Madrid fans celebrate league title',
      'Top stories: Paris and Berlin agree',
      'Trending now: Kim meets Putin',
    ].join('\n');
    const spans = findIgnoredSpans(text);
    expect(spans.map(s => s.text)).toEqual([
      'Most read: Real Madrid fans celebrate league title',
      'Top stories: Paris and Berlin agree',
      'Trending now: Kim meets Putin',
    ]);
  });

  it('returns nothing for a clean article', () => {
    expect(findIgnoredSpans('One line.\n\nAnother line.')).toEqual([]);
  });

  it('overlapsAny is half-open', () => {
    const spans = [{ start: 5, end: 10, text: 'xxxxx' }];
    expect(overlapsAny(0, 5, spans)).toBe(false);
    expect(overlapsAny(9, 12, spans)).toBe(true);
    expect(overlapsAny(10, 12, spans)).toBe(false);
  });
});
