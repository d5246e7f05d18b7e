import fs from 'node:fs';
import path from 'node:path';
import { loadCameo, loadSeedArticle } from '../../src/kg/seed-annotation';
import { type KgBatch, validateBatch } from '../../src/kg/kg-batch';

const { batch, ignoredSpans } = loadSeedArticle();
const text = batch.article.text;

function allSpans(b: KgBatch): { where: string; start: number; end: number; text: string }[] {
  return [
    ...b.actors.flatMap(a => a.mentions.map(m => ({ where: a.id, ...m }))),
    ...b.statements.map(s => ({ where: s.id, ...s.span })),
    ...b.events.flatMap(e => e.evidence.map(ev => ({ where: e.id, ...ev }))),
  ];
}

describe('the curated seed', () => {
  it('stores the article verbatim, identical to the shared seed file', () => {
    const shared = path.join(__dirname, '../../../shared/seeds/000_3913594edd7dbd2b.txt');
    const copy = fs.readFileSync(
      path.join(__dirname, '../../seeds/000_3913594edd7dbd2b.txt'),
      'utf8',
    );
    expect(text).toBe(copy);
    if (fs.existsSync(shared)) {
      expect(copy).toBe(fs.readFileSync(shared, 'utf8'));
    }
  });

  it('has every span equal to the slice of the article text', () => {
    const spans = allSpans(batch);
    expect(spans.length).toBeGreaterThan(60);
    for (const s of spans) {
      expect({ where: s.where, text: text.slice(s.start, s.end) }).toEqual({
        where: s.where,
        text: s.text,
      });
    }
  });

  it('takes nothing from the boilerplate or the repeated headline', () => {
    expect(ignoredSpans.map(s => s.text.slice(0, 10))).toEqual(['The Russia', 'Also Read:']);
    for (const s of allSpans(batch)) {
      for (const ignored of ignoredSpans) {
        const overlaps = s.start < ignored.end && ignored.start < s.end;
        expect({ where: s.where, overlaps }).toEqual({ where: s.where, overlaps: false });
      }
    }
    expect(batch.actors.map(a => a.name).join(' ')).not.toMatch(/Talib/);
  });

  it('names the actors the article refers to, including metonyms and collectives', () => {
    const ids = batch.actors.map(a => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'country:RUS',
        'country:PRK',
        'country:UKR',
        'country:JPN',
        'country:USA',
        'person:vladimir-putin',
        'person:kim-jong-un',
        'media:kcna',
        'historical:soviet-union',
        'territory:donetsk-peoples-republic',
        'territory:luhansk-peoples-republic',
        'group:hostile-forces',
      ]),
    );
    const prk = batch.actors.find(a => a.id === 'country:PRK');
    expect(prk?.mentions.map(m => m.text)).toContain('Pyongyang');
  });

  it('marks history as HISTORICAL and the possible deployment as POSSIBLE', () => {
    const byCode = (code: string): string[] =>
      batch.events.filter(e => e.code === code).map(e => e.modality);
    expect(byCode('070').filter(m => m === 'HISTORICAL')).toHaveLength(1);
    expect(byCode('061')).toEqual(['POSSIBLE', 'POSSIBLE']);
    expect(batch.events.find(e => e.code === '161')?.respondsToId).not.toBeNull();
  });

  it('records that the publication date was inferred', () => {
    expect(batch.article.publishedAt).toBe('2022-08-15T00:00:00.000Z');
    expect(batch.article.publishedAtPrecision).toBe('DAY');
    expect(batch.article.publishedAtInferred).toBe(true);
  });

  it('treats the scare quote “people’s republics” as a term, not a statement', () => {
    expect(batch.statements.map(s => s.span.text)).not.toContain('people’s republics');
  });

  it('uses CAMEO codes that exist in the table', () => {
    const codes = new Set(loadCameo().map(c => c.code));
    expect(codes.size).toBe(311);
    for (const e of batch.events) {
      expect(codes.has(e.code)).toBe(true);
    }
  });
});

describe('validateBatch', () => {
  it('reports a span whose text differs from the slice, and an unknown actor', () => {
    const [first, ...rest] = batch.statements;
    if (first === undefined) {
      throw new Error('the seed has statements');
    }
    const broken: KgBatch = {
      ...batch,
      statements: [
        {
          ...first,
          span: { ...first.span, start: first.span.start + 1 },
          speakerId: 'person:nobody',
        },
        ...rest,
      ],
    };
    const problems = validateBatch(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('differs from the article slice'),
        expect.stringContaining('unknown actor person:nobody'),
      ]),
    );
    expect(validateBatch(batch)).toEqual([]);
  });
});
