import { baseVerbs, deverbalRoot } from '../../src/ingest/coder/deverbal-nouns';

describe('nouns derived from verbs', () => {
  it('undoes the regular nominalising suffixes', () => {
    expect(baseVerbs('detention')).toContain('detain');
    expect(baseVerbs('accusation')).toContain('accuse');
    expect(baseVerbs('criticism')).toContain('criticise');
    expect(baseVerbs('expulsion')).toContain('expel');
    expect(baseVerbs('withdrawal')).toContain('withdraw');
  });

  it('gives the CAMEO root of the verb a noun comes from', () => {
    expect(deverbalRoot('detention')).toBe('17');
    expect(deverbalRoot('accusation')).toBe('11');
    expect(deverbalRoot('ban')).toBe('17');
  });

  it('names no act for nouns of no coded verb, nor for sayings', () => {
    expect(deverbalRoot('vessel')).toBeNull();
    expect(deverbalRoot('explanation')).toBeNull();
    expect(deverbalRoot('announcement')).toBeNull();
    expect(deverbalRoot('crossing')).toBeNull();
  });
});
