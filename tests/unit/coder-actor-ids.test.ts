/**
 * Actor ids on fresh text (branch ids9): the id conventions of eval/README.md ("Conventions") where the
 * coder broke them, each on the REAL CoreNLP parse of a short sentence recorded in tests/fixtures/parses
 * (`ids-*`), without the hand-typed people, organisations and outlets.
 */
import { bodySlug } from '../../src/ingest/coder/state-bodies';
import type { NlpToken } from '../../src/ingest/nlp/corenlp.client';
import { actorIds as ids, codeRecorded, withoutCuratedNames } from '../helpers/recorded-parse';

const slugOf = (name: string): string =>
  bodySlug(name.split(' ').map(word => ({ word }) as unknown as NlpToken));

describe('actor ids on the parse', () => {
  withoutCuratedNames();

  it("keeps an outlet's whole name in its id, a news agency's and a paper's", () => {
    const b = codeRecorded('ids-agency-slug');
    expect(ids(b).filter(id => id.startsWith('media:'))).toEqual([
      'media:kivu-news',
      'media:mekong-valley-news-agency',
    ]);
  });

  it('names a body of several fields by its first and a customs administration as the customs', () => {
    expect(slugOf('Department of Fisheries and Oceans')).toBe('fisheries-department');
    expect(slugOf('Ministry of Agriculture , Forestry and Fisheries')).toBe('agriculture-ministry');
    expect(slugOf('Ministry of Foreign and European Affairs')).toBe('foreign-ministry');
    expect(slugOf('Federal Customs')).toBe('customs');
    expect(slugOf('Ministry of Foreign Affairs')).toBe('foreign-ministry');
    expect(slugOf('Ministry of Transport')).toBe('transport-ministry');
  });

  it("gives a ministry with no country word to the dateline's state, unless the sentence is set in another", () => {
    const b = codeRecorded('ids-ministry-dateline');
    expect(ids(b)).toContain('org:dza-housing-ministry');
    expect(ids(b).filter(id => /tourism/.test(id) && id.startsWith('org:dza-'))).toEqual([]);
  });
});
