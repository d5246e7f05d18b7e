/**
 * The event causes report (src/eval/event-causes.ts, event-readings.ts, event-references.ts) reads an
 * article with the coder's own code: every sentence an evidence span covers, the actors the coder
 * reaches through the discourse, the sayer a verbal act takes, and what an unrecognised actor is
 * called. REAL CoreNLP parses recorded in tests/fixtures/parses, gold events written here.
 */
import type { KgEvent, Span } from '../../src/kg/kg-batch';
import { eventCauses } from '../../src/eval/event-causes';
import type { GoldActor } from '../../src/eval/event-references';
import { codeRecorded, recorded } from '../helpers/recorded-parse';

type Gold = Pick<KgEvent, 'code' | 'sourceId' | 'targetId' | 'evidence'>;

/** The span of the first occurrence of `phrase` in `text`. */
function spanOf(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + phrase.length, text: phrase };
}

const gold = (text: string, code: string, src: string, tgt: string, phrase: string): Gold => ({
  code,
  sourceId: src,
  targetId: tgt,
  evidence: [spanOf(text, phrase)],
});

/** `kind event: group: cause (detail)` of each missed event, sorted. */
function missed(name: string, events: (text: string) => Gold[], actors: GoldActor[] = []) {
  const r = recorded(name);
  const found = codeRecorded(name);
  const batch = { events: events(r.text) as KgEvent[], actors };
  return eventCauses(batch, found, r.doc, r.text, r.date)
    .filter(c => c.kind === 'missed')
    .map(c => `${c.event}: ${c.group}: ${c.cause}${c.detail ? ` (${c.detail})` : ''}`)
    .sort();
}

describe('event causes read as the coder reads', () => {
  it('reads both sentences of one evidence span that runs over two', () => {
    // "“This is an act of piracy. It threatens every ship …,” the Finnish foreign ministry said …,
    // urging the UN Security Council …": one span from the first sentence into the second
    const causes = missed('stmt6-nearest-subject', t => {
      const from = spanOf(t, 'This is an act of piracy');
      const to = spanOf(t, 'the Finnish foreign ministry said');
      const span = { start: from.start, end: to.end, text: t.slice(from.start, to.end) };
      const e = { code: '111', sourceId: 'org:fin-foreign-ministry' };
      return [{ ...e, targetId: 'org:un-security-council', evidence: [span] }];
    });
    expect(causes).toEqual([
      '111 org:fin-foreign-ministry -> org:un-security-council: coding: wrong CAMEO root (coded 020)',
    ]);
  });

  it('sees an actor the coder reaches through the discourse ("the sultanate" is Oman)', () => {
    // "… mediated by Oman, … Omani Foreign Minister … said … Iran's foreign ministry thanked the
    // sultanate for its efforts."
    const causes = missed('evt-described-state', t => [
      gold(t, '042', 'country:OMN', 'country:IRN', "Iran's foreign ministry thanked the sultanate"),
    ]);
    expect(causes).toEqual([
      '042 country:OMN -> country:IRN: arguments: both went elsewhere (thank 051: got org:irn-foreign-ministry -> country:OMN)',
    ]);
  });

  it('files a second code of a pair the coder coded as coding, not as a target gone elsewhere', () => {
    // "Poland expelled four Belarusian diplomats on Tuesday. …": 161 coded and matched; 111 missed
    const causes = missed('evt-reaction', t => [
      gold(t, '161', 'country:POL', 'country:BLR', 'Poland expelled four Belarusian diplomats'),
      gold(t, '111', 'country:POL', 'country:BLR', 'Poland expelled four Belarusian diplomats'),
    ]);
    expect(causes).toEqual([
      '111 country:POL -> country:BLR: coding: same pair, other code (coded 161 for another gold event)',
    ]);
  });

  it('gives a verbal act the sayer the coder gives it ("said … and called on")', () => {
    // "Gabon's foreign ministry said the officials had rigged the vote and called on the electoral
    // board to publish the tallies, a Cameroonian diplomat said."
    const causes = missed('causes13-said-verbal', t => [
      gold(t, '020', 'org:gab-foreign-ministry', 'country:CMR', 'called on the electoral board'),
    ]);
    expect(causes).toEqual([
      '020 org:gab-foreign-ministry -> country:CMR: arguments: target not found (call 020 (ccomp))',
    ]);
  });

  it('says what an unrecognised actor is called: a pronoun, a title, a short name, nothing', () => {
    // "She thanked Gabon for its help on Monday. The minister praised Cameroon for the talks. Soto
    // welcomed the decision of Chad."
    const soto = { id: 'person:ana-soto', name: 'Ana Soto', mentions: [] as Span[] };
    const causes = missed(
      'causes13-refs',
      t => [
        gold(t, '051', 'person:ines-obame', 'country:GAB', 'She thanked Gabon'),
        gold(t, '051', 'person:ines-obame', 'country:CMR', 'The minister praised Cameroon'),
        gold(t, '051', 'person:ana-soto', 'country:TCD', 'Soto welcomed the decision of Chad'),
        gold(t, '051', 'country:TCD', 'country:NER', 'Soto welcomed the decision of Chad'),
      ],
      [{ ...soto, mentions: [spanOf(recorded('causes13-refs').text, 'Soto')] }],
    );
    expect(causes).toEqual([
      '051 country:TCD -> country:NER: actors: target not recognised: nothing',
      '051 person:ana-soto -> country:TCD: actors: source not recognised: a short name ("Soto")',
      '051 person:ines-obame -> country:CMR: actors: source not recognised: a title or role noun ("minister (read as country:GAB)")',
      '051 person:ines-obame -> country:GAB: actors: source not recognised: a pronoun ("She")',
    ]);
  });
});
