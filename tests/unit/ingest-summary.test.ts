/** Event summaries read like the seed's: names, the modality's auxiliary, the right preposition. */
import { baseForm, composeSummary } from '../../src/ingest/summary';
import { Modality } from '../../src/schema/domain.enum';

describe('composeSummary', () => {
  const parts = {
    source: 'Russia',
    target: 'North Korea',
    verbPhrase: 'send humanitarian aid',
    preposition: 'to',
    modality: Modality.POSSIBLE,
  };

  it('reads like the seed: "Russia could send humanitarian aid to North Korea"', () => {
    expect(composeSummary(parts)).toBe('Russia could send humanitarian aid to North Korea');
  });

  it.each([
    [Modality.ASSERTED, 'sent humanitarian aid', 'Russia sent humanitarian aid to North Korea'],
    [Modality.REPORTED, 'sent  humanitarian\naid', 'Russia sent humanitarian aid to North Korea'],
    [Modality.HISTORICAL, 'sent humanitarian aid', 'Russia sent humanitarian aid to North Korea'],
    [Modality.PLANNED, 'send humanitarian aid', 'Russia will send humanitarian aid to North Korea'],
    [
      Modality.PLANNED,
      'pledged humanitarian aid',
      'Russia will pledge humanitarian aid to North Korea',
    ],
    [Modality.POSSIBLE, 'would support', 'Russia could support North Korea'],
    [
      Modality.POSSIBLE,
      'sent humanitarian aid',
      'Russia could send humanitarian aid to North Korea',
    ],
  ])('%s "%s" reads "%s"', (modality, verbPhrase, expected) => {
    const preposition = verbPhrase.includes('aid') ? 'to' : null;
    expect(composeSummary({ ...parts, modality, verbPhrase, preposition })).toBe(expected);
  });

  it('puts the preposition only where the phrase lacks one', () => {
    const at = (verbPhrase: string, preposition: string | null): string =>
      composeSummary({ ...parts, modality: Modality.ASSERTED, verbPhrase, preposition });
    expect(at('met with', null)).toBe('Russia met with North Korea');
    expect(at('met', null)).toBe('Russia met North Korea');
    expect(at('accused', null)).toBe('Russia accused North Korea');
    expect(at('imposed new sanctions', 'on')).toBe('Russia imposed new sanctions on North Korea');
    expect(at('credit line for', 'to')).toBe('Russia credit line for North Korea');
    expect(at('talked with', 'with')).toBe('Russia talked with North Korea');
  });

  it('does not repeat a target the phrase names, and says "did not" for a negated event', () => {
    expect(
      composeSummary({
        ...parts,
        modality: Modality.ASSERTED,
        verbPhrase: 'expelled four North Korean diplomats',
        preposition: null,
        targetInPhrase: true,
      }),
    ).toBe('Russia expelled four North Korean diplomats');
    expect(
      composeSummary({ ...parts, verbPhrase: 'condemned', preposition: null, negated: true }),
    ).toBe('Russia did not condemn North Korea');
  });

  it('reads nominal and passive phrases the right way round', () => {
    expect(
      composeSummary({ ...parts, verbPhrase: 'invasion of', preposition: null, form: 'nominal' }),
    ).toBe('Russia’s invasion of North Korea');
    expect(
      composeSummary({
        ...parts,
        source: 'the United States',
        target: 'Ukraine',
        verbPhrase: 'was backed by',
        preposition: null,
        form: 'passive',
      }),
    ).toBe('Ukraine was backed by the United States');
    expect(
      composeSummary({
        ...parts,
        modality: Modality.PLANNED,
        verbPhrase: 'is expected to meet',
        preposition: null,
      }),
    ).toBe('Russia is expected to meet North Korea');
  });
});

describe('baseForm', () => {
  it.each([
    ['sent', 'send'],
    ['sends', 'send'],
    ['sending', 'send'],
    ['imposed', 'impose'],
    ['imposes', 'impose'],
    ['imposing', 'impose'],
    ['praised', 'praise'],
    ['pledged', 'pledge'],
    ['condemned', 'condemn'],
    ['visited', 'visit'],
    ['negotiated', 'negotiate'],
    ['slapped', 'slap'],
    ['supplied', 'supply'],
    ['supplies', 'supply'],
    ['provides', 'provide'],
    ['provided', 'provide'],
    ['recognised', 'recognise'],
    ['recognized', 'recognize'],
    ['accused', 'accuse'],
    ['received', 'receive'],
    ['announced', 'announce'],
    ['closed', 'close'],
    ['shipped', 'ship'],
    ['called', 'call'],
    ['hosted', 'host'],
    ['threatened', 'threaten'],
    ['agreed', 'agree'],
    ['delivered', 'deliver'],
    ['donated', 'donate'],
    ['transferred', 'transfer'],
    ['urged', 'urge'],
    ['pressed', 'press'],
    ['welcomed', 'welcome'],
    ['declined', 'decline'],
    ['seized', 'seize'],
    ['freezes', 'freeze'],
    ['gave', 'give'],
    ['met', 'meet'],
    ['expelled', 'expel'],
    ['send', 'send'],
  ])('%s → %s', (word, base) => {
    expect(baseForm(word)).toBe(base);
  });
});
