import { extractArticle } from '../../src/ingest/pipeline';
import { confidenceOf } from '../../src/kg/kg-batch';
import { loadSeedArticle } from '../../src/kg/seed-annotation';

const TEXT =
  'Moscow and Pyongyang deepen ties.\n\n' +
  '"We will expand our cooperation in every field," Kim Jong Un said on Tuesday.\n' +
  'He praised Russia for its support, according to KCNA.\n' +
  'Russian President Vladimir Putin praised North Korea.\n';

describe('extraction confidence', () => {
  const { batch } = extractArticle({ text: TEXT, publishedAt: '2024-06-19' });

  it('records the extractor and a confidence in [0, 1] for every statement, event and actor', () => {
    expect(batch.provenance?.extractor).toMatch(/^newsgraph-rules\/\d+\.\d+\.\d+$/);
    const ids = [...batch.statements, ...batch.events, ...batch.actors].map(x => x.id);
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      expect(batch.provenance?.confidence[id]).toBeGreaterThan(0);
      expect(batch.provenance?.confidence[id]).toBeLessThanOrEqual(1);
    }
  });

  it('is surer of an event whose source and target are both named in the sentence', () => {
    const byCode = batch.events.filter(e => e.code === '051');
    const named = byCode.find(e => e.sourceId === 'person:vladimir-putin');
    const pronoun = byCode.find(e => e.sourceId === 'person:kim-jong-un');
    expect(named).toBeDefined();
    expect(pronoun).toBeDefined();
    expect(confidenceOf(batch, named?.id ?? '')).toBeGreaterThan(
      confidenceOf(batch, pronoun?.id ?? ''),
    );
  });

  it('gives curated batches confidence 1 and the manual extractor', () => {
    const seed = loadSeedArticle().batch;
    expect(seed.provenance).toBeUndefined();
    expect(confidenceOf(seed, seed.statements[0]?.id ?? '')).toBe(1);
  });
});
