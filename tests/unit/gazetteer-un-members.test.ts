import { extractActors } from '../../src/ingest/actors';
import { countryId, loadGazetteer } from '../../src/ingest/gazetteer/gazetteer';
import extras from '../../src/ingest/gazetteer/country-extras.json';
import unMembers from '../../src/ingest/gazetteer/un-members.json';

interface Extra {
  readonly demonyms?: readonly string[];
  readonly capitals?: readonly string[];
  readonly noDemonym?: string;
  readonly noCapital?: string;
  readonly sharedDemonyms?: readonly string[];
}

const gaz = loadGazetteer();
const table = extras.countries as Record<string, Extra | undefined>;
const states = [...unMembers.members, ...unMembers.observers];

/** The ids a gazetteer alias of that exact text names. */
function idsOfAlias(text: string): Set<string> {
  return new Set(gaz.aliases.filter(a => a.text === text).map(a => a.id));
}

describe('every UN member and observer state in the gazetteer', () => {
  it('lists the 193 members and 2 observers once each', () => {
    expect(unMembers.members).toHaveLength(193);
    expect(new Set(states).size).toBe(195);
  });

  it.each(states)('%s has a name, a demonym and a capital, or says why not', iso3 => {
    const actor = gaz.actors.get(countryId(iso3));
    expect(actor?.name).toBeTruthy();
    const extra = table[iso3] ?? {};
    expect((extra.demonyms ?? []).length > 0 || (extra.noDemonym ?? '').length > 0).toBe(true);
    expect((extra.capitals ?? []).length > 0 || (extra.noCapital ?? '').length > 0).toBe(true);
  });

  it('gives each demonym and capital to one state only, a shared demonym to the two that list it', () => {
    const sharedDemonyms = new Set(states.flatMap(iso3 => table[iso3]?.sharedDemonyms ?? []));
    const shared = states.flatMap(iso3 => {
      const extra = table[iso3] ?? {};
      return [...(extra.demonyms ?? []), ...(extra.capitals ?? [])].filter(
        w => idsOfAlias(w).size !== (sharedDemonyms.has(w) ? 2 : 1),
      );
    });
    expect(shared).toEqual([]);
  });

  it.each(states)('%s: its name, demonym and capital each find the state in a sentence', iso3 => {
    const id = countryId(iso3);
    const name = gaz.actors.get(id)?.name ?? '';
    const extra = table[iso3] ?? {};
    const words = [name, ...(extra.demonyms ?? []), ...(extra.capitals ?? [])];
    for (const word of words) {
      const run = extractActors(`Officials said on Monday that ${word} would answer soon.`, []);
      expect([word, run.actors.map(a => a.id)]).toEqual([word, [id]]);
    }
  });

  it('finds the states the ISO names missed in their news form', () => {
    const ids = (text: string): string[] => extractActors(text, []).actors.map(a => a.id);
    expect(ids('Brunei and Micronesia signed.')).toEqual(['country:BRN', 'country:FSM']);
    expect(ids('The Holy See said the Vatican would help Burma.')).toEqual([
      'country:VAT',
      'country:MMR',
    ]);
    expect(ids('A Saint Lucian minister met Vincentian and Kittitian envoys.')).toEqual([
      'country:LCA',
      'country:VCT',
      'country:KNA',
    ]);
  });
});
