/**
 * The cause breakdown of `npm run eval -- --causes` (src/eval/event-causes.ts): one cause per missed
 * and per false event, found on REAL CoreNLP parses recorded in tests/fixtures/parses, against gold
 * events written here.
 */
import type { KgEvent, Span } from '../../src/kg/kg-batch';
import { causeTable, tallyCauses } from '../../src/eval/event-cause-table';
import { eventCauses } from '../../src/eval/event-causes';
import { codeRecorded, recorded } from '../helpers/recorded-parse';

type Gold = Pick<KgEvent, 'code' | 'sourceId' | 'targetId' | 'evidence'>;

/** A gold event whose evidence is the first occurrence of `phrase` in `text`. */
function gold(text: string, code: string, src: string, tgt: string, phrase: string): Gold {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  const span: Span = { start, end: start + phrase.length, text: phrase };
  return { code, sourceId: src, targetId: tgt, evidence: [span] };
}

/** The causes of `events` against what the coder finds in the recorded parse `name`. */
function causesOf(name: string, events: (text: string) => Gold[]) {
  const r = recorded(name);
  const found = codeRecorded(name);
  const causes = eventCauses({ events: events(r.text) as KgEvent[] }, found, r.doc, r.text, r.date);
  return causes.map(c => `${c.kind} ${c.event}: ${c.group}: ${c.cause}`).sort();
}

describe('event causes', () => {
  it('explains a wrong root both ways, an unseen source and a target told a sentence before', () => {
    // "Poland expelled four Belarusian diplomats on Tuesday. Belarus condemned the decision."
    const causes = causesOf('evt-reaction', t => [
      gold(t, '161', 'country:POL', 'country:BLR', 'Poland expelled four Belarusian diplomats'),
      gold(t, '120', 'country:BLR', 'country:POL', 'Belarus condemned the decision'),
      gold(t, '042', 'country:DEU', 'country:BLR', 'Belarus condemned the decision'),
    ]);
    expect(causes).toEqual([
      'false 111 country:BLR -> country:POL: coding: wrong CAMEO root',
      'missed 042 country:DEU -> country:BLR: actors: source not recognised: nothing',
      'missed 120 country:BLR -> country:POL: coding: wrong CAMEO root',
    ]);
  });

  it('files a pair coded for another gold event of the pair as a missing code, not as its target', () => {
    const causes = causesOf('evt-reaction', t => [
      gold(t, '161', 'country:POL', 'country:BLR', 'Poland expelled four Belarusian diplomats'),
      gold(t, '111', 'country:BLR', 'country:POL', 'Belarus condemned the decision'),
      gold(t, '051', 'country:BLR', 'country:POL', 'Belarus condemned the decision'),
    ]);
    expect(causes).toEqual([
      'missed 051 country:BLR -> country:POL: coding: same pair, other code',
    ]);
  });

  it('names the precision rule that dropped a reading with the right arguments, and a reversed pair', () => {
    // "Germany did not condemn Brazil. Spain refused to meet Argentina."
    expect(
      causesOf('negated', t => [
        gold(t, '111', 'country:DEU', 'country:BRA', 'Germany did not condemn Brazil'),
      ]),
    ).toEqual(['missed 111 country:DEU -> country:BRA: precision: blocked: negated']);
    expect(
      causesOf('evt-reaction', t => [
        gold(t, '161', 'country:BLR', 'country:POL', 'Poland expelled four Belarusian diplomats'),
        gold(t, '111', 'country:BLR', 'country:POL', 'Belarus condemned the decision'),
      ]),
    ).toEqual([
      'false 161 country:POL -> country:BLR: coding: reversed',
      'missed 161 country:BLR -> country:POL: coding: reversed',
    ]);
  });

  it('reads every sentence of a gold event told over a quotation, not only its first', () => {
    // "“This is an act of piracy. It threatens every ship …,” the Finnish foreign ministry said …,
    // urging the UN Security Council to …": the first sentence names no one.
    const causes = causesOf('stmt6-nearest-subject', t => [
      {
        ...gold(t, '111', 'org:fin-foreign-ministry', 'org:un-security-council', 'act of piracy'),
        evidence: [
          gold(t, '', '', '', 'This is an act of piracy').evidence[0] as Span,
          gold(t, '', '', '', 'the Finnish foreign ministry said').evidence[0] as Span,
        ],
      },
    ]);
    // the act is coded on the right pair in the quotation's last sentence, with another root
    expect(causes).toEqual([
      'false 020 org:fin-foreign-ministry -> org:un-security-council: coding: wrong CAMEO root',
      'missed 111 org:fin-foreign-ministry -> org:un-security-council: coding: wrong CAMEO root',
    ]);
  });

  it('does not call a false act a wrong root when its pair has a gold act only in another sentence', () => {
    // "Poland expelled four Belarusian diplomats on Tuesday. Belarus condemned the decision."
    const causes = causesOf('evt-reaction', t => [
      gold(t, '161', 'country:POL', 'country:BLR', 'Poland expelled four Belarusian diplomats'),
      gold(t, '042', 'country:BLR', 'country:POL', 'Poland expelled four Belarusian diplomats'),
    ]).filter(c => c.startsWith('false'));
    expect(causes).toEqual(['false 111 country:BLR -> country:POL: gold: not an event in gold']);
  });

  it('counts causes per set with group subtotals', () => {
    const c = {
      kind: 'missed' as const,
      group: 'actors' as const,
      cause: 'source not recognised',
      detail: '',
      event: 'x',
      sentence: 's',
    };
    const f = {
      ...c,
      kind: 'false' as const,
      group: 'gold' as const,
      cause: 'not an event in gold',
    };
    expect([...tallyCauses([c, c, f])]).toEqual([
      ['missed actors: source not recognised', 2],
      ['false gold: not an event in gold', 1],
    ]);
    const table = causeTable([
      { name: 'a', causes: [c, f] },
      { name: 'b', causes: [c] },
    ]);
    expect(table.map(l => l.replace(/\s+/g, ' ').trim())).toEqual([
      'cause a b all',
      'FALSE GOLD 1 0 1',
      'not an event in gold 1 0 1',
      'MISSED ACTORS 1 1 2',
      'source not recognised 1 1 2',
    ]);
  });
});
