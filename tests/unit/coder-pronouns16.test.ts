import { codeRecorded } from '../helpers/recorded-parse';

/** Each statement's speaker with the first words of its span. */
const speakers = (name: string): [string, string][] =>
  codeRecorded(name).statements.map(s => [
    s.speakerId,
    s.span.text.split(' ').slice(0, 3).join(' '),
  ]);

describe('a "he" / "she" speaker goes on with the last person who spoke (pronouns16)', () => {
  it('takes up the speaker, not a person named inside what was reported', () => {
    expect(speakers('pronouns16-she-after-reported')).toEqual([
      ['person:lena-vosk', 'the tariff broke'],
      ['person:lena-vosk', 'Estonia would answer'],
    ]);
  });

  it('speaks as an unnamed spokesman did, for the body he speaks for', () => {
    expect(speakers('pronouns16-he-after-spokesman')).toEqual([
      ['org:chl-foreign-ministry', 'the fishing talks'],
      ['org:chl-foreign-ministry', 'We want a'],
    ]);
  });

  it('looks before a quotation of several sentences that closes before the pronoun', () => {
    expect(speakers('pronouns16-she-quote-sentences')).toEqual([
      ['person:amina-odhiambo', 'the clinics, which'],
      ['person:amina-odhiambo', 'Patients cannot wait.'],
    ]);
  });

  it('does not reach past a person who is the subject of a later sentence', () => {
    expect(speakers('pronouns16-he-after-newer-subject')).toEqual([
      ['person:jan-novak', 'the embassy would'],
      ['person:eva-horak', 'the troops would'],
    ]);
  });
});
