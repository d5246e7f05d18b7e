import { loadCameo, loadSeedArticle } from '../../src/kg/seed-annotation';
import { validateBatch } from '../../src/kg/kg-batch';
import { evaluateEvents } from '../../src/eval/evaluate';
import { loadEventVerbs, resolveDate } from '../../src/ingest/events';
import { extractArticle } from '../../src/ingest/pipeline';

function eventsOf(text: string, publishedAt: string | null = '2022-08-15T00:00:00Z') {
  const { batch } = extractArticle({ text, publishedAt });
  expect(validateBatch(batch)).toEqual([]);
  return batch.events;
}

describe('the event dictionary', () => {
  it('uses only CAMEO codes from seeds/cameo-event-codes.tsv and compiles', () => {
    const codes = new Set(loadCameo().map(r => r.code));
    for (const v of loadEventVerbs()) {
      expect(codes.has(v.code)).toBe(true);
      expect(() => new RegExp(v.pattern, 'gi')).not.toThrow();
    }
  });
});

describe('resolveDate', () => {
  it('reads "In July" in an August 2022 article as 2022-07 with MONTH precision', () => {
    expect(resolveDate('In July, it happened.', '2022-08-15T00:00:00Z')).toEqual({
      date: '2022-07-01',
      precision: 'MONTH',
    });
  });

  it('biases a month after the article date to the previous year', () => {
    expect(resolveDate('In October, it happened.', '2022-08-15')?.date).toBe('2021-10-01');
  });

  it('reads "in 2019" as a YEAR', () => {
    expect(resolveDate('the deal struck in 2019', '2022-08-15')).toEqual({
      date: '2019-01-01',
      precision: 'YEAR',
    });
  });
});

describe('extractEvents', () => {
  it('reads "severed all diplomatic connections with Pyongyang" as 161 UKR -> PRK', () => {
    const [e, ...rest] = eventsOf(
      'Ukraine, which is resisting a Russian invasion of its territory, severed all diplomatic connections with Pyongyang.',
    ).filter(x => x.code === '161');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      sourceId: 'country:UKR',
      targetId: 'country:PRK',
      modality: 'ASSERTED',
      respondsToId: null,
    });
  });

  it('reads "a Russian invasion of its territory" as 190 RUS -> UKR', () => {
    const events = eventsOf('Ukraine is resisting a Russian invasion of its territory.');
    expect(events.map(e => [e.code, e.sourceId, e.targetId])).toEqual([
      ['190', 'country:RUS', 'country:UKR'],
    ]);
  });

  it('marks "might be deployed" as POSSIBLE', () => {
    const events = eventsOf(
      'Russia recognized the Donetsk People’s Republic, and officials there suggested that North Korean personnel might be deployed there to assist with construction.',
    );
    const e = events.find(x => x.code === '061');
    expect(e).toMatchObject({ sourceId: 'country:PRK', modality: 'POSSIBLE' });
  });

  it('dates "In July, North Korea recognized …" to 2022-07 with MONTH precision', () => {
    const events = eventsOf('In July, North Korea recognized Ukraine.');
    expect(events.map(e => [e.code, e.sourceId, e.targetId, e.date, e.datePrecision])).toEqual([
      ['054', 'country:PRK', 'country:UKR', '2022-07-01', 'MONTH'],
    ]);
  });

  it('resolves "them" to the last plural mention and "formerly" to HISTORICAL', () => {
    const events = eventsOf(
      'Russia issued a decree recognizing two separatist entities in eastern Ukraine. North Korea was one of the few nations to formally recognize them. Formerly, the Soviet Union was an ally of North Korea, providing aid.',
    );
    expect(events.map(e => `${e.code} ${e.sourceId} ${e.targetId} ${e.modality}`)).toEqual([
      '054 country:RUS territory:donetsk-peoples-republic ASSERTED',
      '054 country:RUS territory:luhansk-peoples-republic ASSERTED',
      '054 country:PRK territory:donetsk-peoples-republic ASSERTED',
      '054 country:PRK territory:luhansk-peoples-republic ASSERTED',
      '070 historical:soviet-union country:PRK HISTORICAL',
    ]);
  });

  it('links "in retaliation" to the latest earlier event of the target', () => {
    const events = eventsOf(
      'North Korea recognized two separatist entities in eastern Ukraine. Ukraine severed all diplomatic ties with Pyongyang in retaliation.',
    );
    const sever = events.find(e => e.code === '161');
    const recognition = events.filter(e => e.sourceId === 'country:PRK');
    expect(recognition.map(e => e.targetId)).toEqual([
      'territory:donetsk-peoples-republic',
      'territory:luhansk-peoples-republic',
    ]);
    expect(sever?.respondsToId).toBe(recognition[0]?.id);
  });

  it('finds nothing without a dictionary trigger', () => {
    expect(eventsOf('Russia and North Korea were mentioned together.')).toEqual([]);
  });
});

describe('events on the seed', () => {
  const seed = loadSeedArticle();
  const { batch } = extractArticle({
    text: seed.batch.article.text,
    publishedAt: seed.batch.article.publishedAt,
  });
  const ev = evaluateEvents(seed.batch.events, batch.events);

  it('reaches event F1 >= 0.83 (source, target, CAMEO root)', () => {
    expect(ev.score.f1).toBeGreaterThanOrEqual(0.83);
    expect(ev.score.precision).toBeGreaterThanOrEqual(0.92);
  });

  it('dates Kim meeting Putin to 2019 as HISTORICAL and reads his projection as REPORTED', () => {
    const kim = batch.events.filter(e => e.sourceId === 'person:kim-jong-un');
    // the projection has no date in the text: the publication day, inferred (as the annotation has it)
    expect(kim.map(e => [e.code, e.targetId, e.modality, e.date, e.dateInferred])).toEqual([
      ['030', 'person:vladimir-putin', 'REPORTED', '2022-08-15', true],
      ['040', 'person:vladimir-putin', 'HISTORICAL', '2019-01-01', false],
    ]);
  });

  it('produces a sound batch whose codes are all in the CAMEO table', () => {
    expect(validateBatch(batch)).toEqual([]);
    const codes = new Set(loadCameo().map(r => r.code));
    expect(batch.events.filter(e => !codes.has(e.code))).toEqual([]);
  });
});
