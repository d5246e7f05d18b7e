/**
 * Actor rules of branch actors4 on REAL CoreNLP parses (tests/fixtures/parses, `act-*`): each a class of
 * construction the development cause tables showed in several articles, checked on a made-up sentence.
 */
import { ActorKind } from '../../src/schema/domain.enum';
import {
  actorIds as ids,
  codeRecorded as code,
  mentionsOf,
  withoutCuratedNames,
} from '../helpers/recorded-parse';

describe('actor kinds and short forms on the parse', () => {
  withoutCuratedNames();

  it('joins a lone surname the parse typed as a place to the full name before it', () => {
    const b = code('act-mistyped-surname');
    expect(mentionsOf(b, 'person:elena-toledo-paz')).toEqual(['Elena Toledo Paz', 'Toledo']);
    expect(b.actors.filter(a => a.kind !== ActorKind.COUNTRY).map(a => a.id)).toEqual([
      'person:elena-toledo-paz',
    ]);
    expect(b.events).toContainEqual(
      expect.objectContaining({
        code: '051',
        sourceId: 'person:elena-toledo-paz',
        targetId: 'country:CHL',
      }),
    );
    expect(ids(b)).toEqual(['country:CHL', 'country:PER', 'person:elena-toledo-paz']);
  });
});
