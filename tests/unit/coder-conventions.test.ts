/**
 * The two annotation conventions of eval/README.md that the development gold was split on, as the coder
 * follows them, each on the REAL CoreNLP parse of short sentences recorded in tests/fixtures/parses
 * (`evt-states-agree`, `evt-retold-signing`, `act-civil-bodies`, `act-groups`; `npm run coder:parses`
 * re-records them):
 * - an act goes to whoever the sentence names as its doer, and an act told both by the states and by
 *   their people is the people's (conventions.ts `toLeaders`, `withoutRetoldActs`);
 * - unions, federations, movements and other civil-society bodies are organisations; a name with a
 *   head word shared with armed groups ("Union", "Movement", "Front") is a group only where the story
 *   says it is armed (org-groups.ts `isGroupName`, org-kinds.ts `armedEvidence`).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { withoutRetoldActs } from '../../src/ingest/coder/conventions';
import { ActorKind, Modality } from '../../src/schema/domain.enum';
import { actorIds as ids, codeRecorded, withoutCuratedNames } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>, root: string): string[] =>
  b.events
    .filter(e => e.code.startsWith(root))
    .map(e => `${e.sourceId} -> ${e.targetId}`)
    .sort();

describe('the leader convention', () => {
  it('keeps an agreement the sentence tells of two states between the states, not their leaders', () => {
    const b = codeRecorded('evt-states-agree');
    expect(triples(b, '03')).toEqual(['country:CHL -> country:PER', 'country:PER -> country:CHL']);
  });

  it('makes a signing told by the states in the headline and by their leaders in the body one act, the leaders’', () => {
    const b = codeRecorded('evt-retold-signing');
    const now = b.events.filter(e => e.code === '057' && e.modality !== Modality.HISTORICAL);
    expect(now.map(e => `${e.sourceId} -> ${e.targetId}`).sort()).toEqual([
      'person:ana-salcedo -> person:tomas-riquelme',
      'person:tomas-riquelme -> person:ana-salcedo',
    ]);
    // the treaty of 2014 is another act, and stays between the states
    const past = b.events.filter(e => e.code === '057' && e.modality === Modality.HISTORICAL);
    expect(past.map(e => `${e.sourceId} -> ${e.targetId}`).sort()).toEqual([
      'country:CHL -> country:PER',
      'country:PER -> country:CHL',
    ]);
  });

  it('drops a states’ act only for the same root, the same telling and not a past one', () => {
    const states = new Map([
      ['person:a', 'country:AAA'],
      ['person:b', 'country:BBB'],
    ]);
    const act = (code: string, s: string, t: string, modality: Modality, year?: string) => ({
      code,
      sourceId: s,
      targetId: t,
      modality,
      date: year === undefined ? null : { date: `${year}-05-01` },
    });
    const people = act('057', 'person:a', 'person:b', Modality.ASSERTED);
    const kept = [
      act('030', 'country:AAA', 'country:BBB', Modality.ASSERTED), // another root
      act('057', 'country:AAA', 'country:BBB', Modality.POSSIBLE), // a possibility, not the deed
      act('057', 'country:AAA', 'country:BBB', Modality.ASSERTED, '2019'), // an earlier signing
      act('057', 'country:AAA', 'country:BBB', Modality.HISTORICAL), // told as past
      act('057', 'country:AAA', 'country:CCC', Modality.ASSERTED), // another pair
    ];
    const dropped = act('057', 'country:AAA', 'country:BBB', Modality.ASSERTED, '2025');
    expect(withoutRetoldActs([people, ...kept, dropped], states, '2025-05-02')).toEqual([
      people,
      ...kept,
    ]);
  });
});

describe('civil-society bodies and armed groups', () => {
  withoutCuratedNames();

  it('codes a union and a movement the story does not call armed as organisations', () => {
    const b = codeRecorded('act-civil-bodies');
    expect(ids(b).filter(id => id.startsWith('group:'))).toEqual([]);
    const kinds = b.actors
      .filter(a => a.kind === ActorKind.ORGANIZATION)
      .map(a => a.id)
      .sort();
    expect(kinds).toEqual(['org:civic-dignity-movement', 'org:ggtu']);
  });

  it('keeps a union or a movement with fighters, or forces in its name, a group', () => {
    const b = codeRecorded('act-groups');
    expect(ids(b)).toEqual(
      expect.arrayContaining([
        'group:karen-national-union',
        'group:movement-of-democratic-forces-of-casamance',
      ]),
    );
  });
});
