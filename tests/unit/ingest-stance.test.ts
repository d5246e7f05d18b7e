import { stanceOf } from '../../src/ingest/stance';
import { loadSeedArticle } from '../../src/kg/seed-annotation';

describe('stanceOf', () => {
  it.each([
    ['Their comradely friendship would only get stronger', 1],
    ['We thank China for its support', 1],
    ['Russia condemned the sanctions', -1],
    ['We will never accept this provocation', -1],
    ['They are not hostile to us', 1],
    ['We have never been friends', -1],
    ['We do not support the sanctions', -1],
    ['The meeting took place in Geneva', 0],
    ['We support the talks but condemn the strikes', 0],
  ])('%s → %d', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it('reads the reporting verb as a cue', () => {
    expect(stanceOf('the decision', 'welcomed')).toBe(1);
    expect(stanceOf('the decision', 'denounced')).toBe(-1);
    expect(stanceOf('the decision', 'said')).toBe(0);
  });

  it('agrees with the curated stance of at least 9 of the 10 seed statements', () => {
    const seed = loadSeedArticle().batch;
    const agree = seed.statements.filter(
      s => stanceOf(s.span.text, s.reportingVerb) === s.stance,
    ).length;
    expect(agree).toBeGreaterThanOrEqual(9);
  });
});
