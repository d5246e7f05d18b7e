/**
 * The coder's rules that read an act's target or kind from outside its clause (reactions.ts,
 * context-targets.ts, noun-events.ts, verb-supplement.ts, coder.ts's merge), each on a short text coded
 * from its REAL CoreNLP parse recorded in tests/fixtures/parses/evt-*.json (`npm run coder:parses`
 * re-records them from sentences.json).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { Modality } from '../../src/schema/domain.enum';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('acts read with their context', () => {
  it('codes aid by what is sent, training nurses as aid, and ordering a consulate closed as 161', () => {
    const b = codeRecorded('evt-aid-kinds');
    // "worth 90 million euros to Sudan": the parser hangs "to Sudan" on "worth"
    expect(triples(b)).toEqual([
      '070 country:IND -> country:KEN',
      '073 country:DEU -> country:SDN',
      '073 country:NOR -> country:TCD',
      '161 country:BLZ -> country:GTM',
    ]);
  });

  it('aims "X also pledged new funds" at whom the last aid told before went to', () => {
    expect(triples(codeRecorded('evt-also'))).toEqual([
      '070 country:FRA -> country:SDN',
      '070 org:eu -> country:SDN',
      '073 country:DEU -> country:SDN',
    ]);
  });

  it('aims a detention of "its nationals" at the holder told before, not at the doer itself', () => {
    expect(triples(codeRecorded('evt-possessed-target')).filter(t => t.startsWith('17'))).toEqual([
      '173 org:bol-police -> country:CHL',
    ]);
  });

  it('reaches no further back than the sentence before for the holder "its" stands for', () => {
    // Chile is named three sentences before "its nationals": no target, so no detention of Chile
    const b = codeRecorded('evt14-possessed-far');
    expect(triples(b).filter(t => t.startsWith('17'))).toEqual([]);
    expect(triples(b)).toContain('046 country:CHL -> country:BOL');
  });

  it('aims a detention of "the four" at the state of the people told before', () => {
    expect(triples(codeRecorded('evt-numeral-people')).filter(t => t.startsWith('173'))).toEqual([
      '173 org:gab-police -> country:CMR',
    ]);
  });

  it('aims a reaction to "the decision" at the act of the headline, told once when also reported', () => {
    const b = codeRecorded('evt-headline-reaction');
    expect(triples(b)).toEqual([
      '051 country:CHN -> country:NRU',
      '161 country:NRU -> country:TWN',
      '161 country:TWN -> country:NRU',
    ]);
    // "China welcomed the decision" and "Beijing appreciated …, according to Xinhua": one act
    expect(b.events.find(e => e.code === '051')?.evidence).toHaveLength(2);
  });

  it('aims a welcome of a visit at the visitor, and a path to the EU is the state’s, not the EU’s', () => {
    const b = codeRecorded('evt-visit-reaction');
    expect(triples(b)).toEqual([
      '042 person:luminita-odobescu -> country:MDA',
      '050 country:ROU -> country:MDA',
      '051 org:eu -> person:luminita-odobescu',
    ]);
    expect(b.events.find(e => e.code === '050')?.modality).toBe(Modality.POSSIBLE);
  });
});
