import { extractActors } from '../../src/ingest/actors';
import { actorIds, codeRecorded, mentionsOf } from '../helpers/recorded-parse';

function mentionsBy(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const a of extractActors(text, []).actors) {
    out[a.id] = a.mentions.map(m => m.text);
  }
  return out;
}

describe('a name or demonym two states share, decided by tiers (actors15)', () => {
  it('reads "Congo" in a story datelined in one capital as that capital\'s state, whatever "Congolese" says', () => {
    const text =
      'BRAZZAVILLE (Test Wire) - Congo closed its river ports on Monday. Congolese officials blamed the floods.';
    const m = mentionsBy(text);
    expect(m['country:COG']).toEqual(['Congo', 'Congolese']);
    expect(m['country:COD']).toBeUndefined();
  });

  it('reads "Congo" by a capital named in the text before a demonym', () => {
    const m = mentionsBy('Kinshasa said Congo would reopen the border. Congolese troops stayed.');
    expect(m['country:COD']).toEqual(['Kinshasa', 'Congo', 'Congolese']);
    expect(m['country:COG']).toBeUndefined();
  });

  it('puts an unshared name above a capital, and a tie decides nothing', () => {
    const m = mentionsBy(
      'The Republic of Congo hosted the talks. Officials in Kinshasa said Congo had agreed.',
    );
    expect(m['country:COG']).toEqual(['Republic of Congo', 'Congo']);
    const tie = mentionsBy('Kinshasa and Brazzaville said Congo would respond.');
    expect(tie['country:COD']).toEqual(['Kinshasa']);
    expect(tie['country:COG']).toEqual(['Brazzaville']);
  });

  it('keeps a shared demonym for the state that keeps it when nothing else decides', () => {
    expect(mentionsBy('Congolese troops crossed the river.')).toEqual({
      'country:COD': ['Congolese'],
    });
    expect(mentionsBy('Dominican fishermen were detained.')).toEqual({
      'country:DOM': ['Dominican'],
    });
  });

  it('reads "Dominican" as Dominica where the story names Dominica or its capital', () => {
    expect(mentionsBy('Dominica protested after Dominican fishermen were detained.')).toEqual({
      'country:DMA': ['Dominica', 'Dominican'],
    });
    expect(mentionsBy('ROSEAU (Test Wire) - Dominican fishermen were detained.')).toEqual({
      'country:DMA': ['Dominican'],
    });
    expect(mentionsBy('Santo Domingo said Dominican fishermen were detained near Roseau.')).toEqual(
      { 'country:DOM': ['Santo Domingo', 'Dominican'], 'country:DMA': ['Roseau'] },
    );
  });
});

describe('the last words of a longer name said before are that person (actors15)', () => {
  it('reads "Rojas Vega said" after "Fernanda Rojas Vega" as her, with no second person', () => {
    const b = codeRecorded('actors15-trailing-name');
    expect(mentionsOf(b, 'person:fernanda-rojas-vega')).toEqual([
      'Fernanda Rojas Vega',
      'Rojas Vega',
    ]);
    expect(actorIds(b)).not.toContain('person:rojas-vega');
    expect(b.statements.map(s => s.speakerId)).toEqual(['person:fernanda-rojas-vega']);
    expect(b.events.map(e => [e.code, e.sourceId, e.targetId])).toEqual([
      ['040', 'person:fernanda-rojas-vega', 'country:BOL'],
    ]);
  });
});

describe('a capital inside a longer place name is no mention of its state (actors15)', () => {
  it('reads neither "New Amsterdam" nor "Santiago de Cuba" as a capital', () => {
    expect(mentionsBy('Farmers protested in New Amsterdam on Monday.')).toEqual({});
    expect(mentionsBy('The ferry left Santiago de Cuba at dawn.')['country:CHL']).toBeUndefined();
    expect(mentionsBy('Farmers protested in Amsterdam and Santiago on Monday.')).toEqual({
      'country:NLD': ['Amsterdam'],
      'country:CHL': ['Santiago'],
    });
  });
});

describe('a name ending in a facility noun is no person (actors15)', () => {
  it('reads "King Talal Canal" as no king', () => {
    const b = codeRecorded('actors15-facility-person');
    expect(actorIds(b)).toEqual(['country:JOR', 'country:SYR']);
  });
});

describe('a name with small words inside, described in apposition, is an actor (actors15)', () => {
  it('reads "the Front for Desert Liberation (FDL), an armed group" as a group', () => {
    const b = codeRecorded('actors15-joined-group');
    expect(mentionsOf(b, 'group:front-for-desert-liberation')).toEqual([
      'Front for Desert Liberation',
    ]);
  });

  it('makes no actor of a place so joined and described ("the Gulf of Guinea, a region")', () => {
    expect(actorIds(codeRecorded('actors15-joined-none'))).toEqual(['country:MLI']);
  });
});
