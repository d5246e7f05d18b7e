import { makeSnippet, SNIPPET_LENGTH } from '../../src/graph/snippet';

const marked = (s: { text: string; highlights: readonly { start: number; end: number }[] }) =>
  s.highlights.map(h => s.text.slice(h.start, h.end));

describe('makeSnippet', () => {
  it('returns a short text whole, with every match marked', () => {
    const s = makeSnippet(
      ['Their “comradely friendship” would only get stronger'],
      ['comradely', 'friendship'],
    );
    expect(s.text).toBe('Their “comradely friendship” would only get stronger');
    expect(marked(s)).toEqual(['comradely', 'friendship']);
    expect(s.highlights[0]).toEqual({ start: 7, end: 16 });
  });

  it('centres a long text on the first match, cut at word boundaries with ellipses', () => {
    const before = 'alpha '.repeat(60);
    const after = ' omega'.repeat(60);
    const s = makeSnippet([`${before}Pyongyang${after}`], ['pyongyang']);
    expect(s.text.startsWith('…alpha')).toBe(true);
    expect(s.text.endsWith('omega…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(marked(s)).toEqual(['Pyongyang']);
    const [h] = s.highlights;
    const centre = ((h?.start ?? 0) + (h?.end ?? 0)) / 2;
    expect(Math.abs(centre - s.text.length / 2)).toBeLessThan(10);
  });

  it('matches whole tokens case-insensitively, as the analyzer does', () => {
    const s = makeSnippet(
      ['On the anniversary of Pyongyang’s liberation. Although PYONGYANG did not name them'],
      ['pyongyang'],
    );
    expect(marked(s)).toEqual(['PYONGYANG']);
    expect(makeSnippet(['Kimchi and Kim'], ['kim']).highlights).toEqual([{ start: 11, end: 14 }]);
  });

  it('collapses whitespace runs (paragraph breaks) into single spaces', () => {
    const s = makeSnippet(['first line.\n\n  KCNA   reported'], ['kcna']);
    expect(s.text).toBe('first line. KCNA reported');
    expect(marked(s)).toEqual(['KCNA']);
  });

  it('uses the first text that contains a match, else the start of the first text', () => {
    const s = makeSnippet(['no match here', 'North Korea (also DPRK, Pyongyang)'], ['dprk']);
    expect(s.text).toBe('North Korea (also DPRK, Pyongyang)');
    const none = makeSnippet([`${'word '.repeat(50)}end`, 'other'], ['absent']);
    expect(none.text.startsWith('word word')).toBe(true);
    expect(none.text.endsWith('…')).toBe(true);
    expect(none.highlights).toEqual([]);
  });

  it('copes with no terms and empty texts', () => {
    expect(makeSnippet(['', 'Title'], [])).toEqual({ text: 'Title', highlights: [] });
    expect(makeSnippet([], ['x'])).toEqual({ text: '', highlights: [] });
  });

  it('treats terms as text, not as regular expressions', () => {
    const s = makeSnippet(['a.b and axb'], ['a.b']);
    expect(marked(s)).toEqual(['a.b']);
  });
});
