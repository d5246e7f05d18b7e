import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { evaluateActors, evaluateEvents, evaluateStatements, score } from '../../src/eval/evaluate';
import { extractActors } from '../../src/ingest/actors';
import { findIgnoredSpans } from '../../src/ingest/clean';

describe('score', () => {
  it('computes precision, recall and F1', () => {
    const s = score(new Set(['a', 'b', 'c', 'd']), new Set(['a', 'b', 'x']));
    expect(s).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(4 / 7);
  });

  it('treats two empty sets as perfect and an empty prediction as zero', () => {
    expect(score(new Set(), new Set()).f1).toBe(1);
    expect(score(new Set(['a']), new Set()).f1).toBe(0);
  });
});

describe('the seed evaluation', () => {
  const seed = loadSeedArticle();
  // the gazetteer actors the coder starts from; the coder's own scores need the parse (npm run eval)
  const text = seed.batch.article.text;
  const { actors } = extractActors(text, findIgnoredSpans(text));
  const ev = evaluateActors(seed.batch.actors, actors, seed.ignoredSpans);

  it('reaches actor F1 >= 0.95 by id', () => {
    expect(ev.byId.f1).toBeGreaterThanOrEqual(0.95);
    expect(ev.extraIds).toEqual([]);
  });

  it('reaches mention F1 >= 0.95 by exact span', () => {
    expect(ev.byMention.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('extracts nothing from boilerplate', () => {
    expect(ev.boilerplateMentions).toEqual([]);
  });

  it('counts a mention on a boilerplate span against the extractor', () => {
    const leak = evaluateActors(
      [],
      [{ id: 'person:aqib-talib', mentions: [{ start: 1933, end: 1943, text: 'Aqib Talib' }] }],
      seed.ignoredSpans,
    );
    expect(leak.boilerplateMentions).toEqual(['person:aqib-talib@1933-1943']);
  });
});

describe('evaluateStatements and evaluateEvents', () => {
  const sp = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start) });

  it('matches statements on the same speaker and an overlapping span, one to one', () => {
    const ev = evaluateStatements(
      [
        { speakerId: 'p:a', span: sp(0, 10) },
        { speakerId: 'p:b', span: sp(20, 30) },
      ],
      [
        { speakerId: 'p:a', span: sp(5, 12) },
        { speakerId: 'p:a', span: sp(6, 9) },
        { speakerId: 'p:c', span: sp(20, 30) },
      ],
    );
    expect(ev.score).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
  });

  it('matches events on source, target and CAMEO root', () => {
    const ev = evaluateEvents(
      [
        { code: '054', sourceId: 'a', targetId: 'b' },
        { code: '161', sourceId: 'b', targetId: 'a' },
      ],
      [
        { code: '057', sourceId: 'a', targetId: 'b' },
        { code: '161', sourceId: 'a', targetId: 'b' },
      ],
    );
    expect(ev.score).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(ev.missing).toEqual(['161 b -> a']);
  });

  it('pairs an act told twice with the telling that was coded, and lists the other as missed', () => {
    // the headline's 111 and the body's 1121 are one root; the coder coded only the body's
    const gold = [
      { code: '111', sourceId: 'a', targetId: 'b', evidence: [sp(0, 20)] },
      { code: '1121', sourceId: 'a', targetId: 'b', evidence: [sp(100, 160)] },
    ];
    const ev = evaluateEvents(gold, [
      { code: '112', sourceId: 'a', targetId: 'b', evidence: [sp(120, 150)] },
    ]);
    expect(ev.score).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    expect(ev.missing).toEqual(['111 a -> b']);
    // with no telling in common the first gold event of the class is taken, as before
    const far = evaluateEvents(gold, [
      { code: '112', sourceId: 'a', targetId: 'b', evidence: [sp(300, 320)] },
    ]);
    expect(far.missing).toEqual(['1121 a -> b']);
  });
});
