/**
 * Actor ids on fresh text (branch ids9): the id conventions of eval/README.md ("Conventions") where the
 * coder broke them, each on the REAL CoreNLP parse of a short sentence recorded in tests/fixtures/parses
 * (`ids-*`), without the hand-typed people, organisations and outlets.
 */
import { actorIds as ids, codeRecorded, withoutCuratedNames } from '../helpers/recorded-parse';

describe('actor ids on the parse', () => {
  withoutCuratedNames();

  it("keeps a news agency's whole name in its id, and drops only a generic last word", () => {
    const b = codeRecorded('ids-agency-slug');
    expect(ids(b).filter(id => id.startsWith('media:'))).toEqual([
      'media:kivu',
      'media:mekong-valley-news-agency',
    ]);
  });
});
