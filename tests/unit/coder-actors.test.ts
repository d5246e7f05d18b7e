/**
 * The coder's actor rules (src/ingest/coder/actor-mentions.ts and the files it joins), each on the REAL
 * CoreNLP parse of a short sentence recorded in tests/fixtures/parses (`act-*`; `npm run
 * coder:parses` re-records them). The names are made up or missing from the hand-typed gazetteer, and
 * the rules that must hold without it run with NEWSGRAPH_CURATED_NAMES=off: they are what the parse and
 * the Phoenix dictionaries find on their own.
 */
import { actorAt, codeActors } from '../../src/ingest/coder/actor-mentions';
import { abbreviates } from '../../src/ingest/coder/org-acronyms';
import { ActorKind } from '../../src/schema/domain.enum';
import {
  actorIds as ids,
  codeRecorded,
  mentionsOf,
  recorded,
  withoutCuratedNames,
} from '../helpers/recorded-parse';

const code = codeRecorded;

describe('actors on the parse, without the hand-typed people, organisations and outlets', () => {
  withoutCuratedNames();

  it('resolves a later titled surname to the full name, honorific in the mention', () => {
    const b = code('act-full-then-short');
    expect(mentionsOf(b, 'person:kwame-asante-boateng')).toEqual([
      'Kwame Asante-Boateng',
      'Mr Asante-Boateng',
    ]);
    expect(b.relations).toContainEqual({
      type: 'OF_COUNTRY',
      fromId: 'person:kwame-asante-boateng',
      toId: 'country:GHA',
    });
  });

  it('resolves a headline surname to the full name named after it; the possessive stays out of the name', () => {
    const b = code('act-headline-short');
    const person = b.actors.find(a => a.id === 'person:amani-mwakyusa');
    expect(person?.name).toBe('Amani Mwakyusa');
    expect(person?.mentions.map(m => m.text)).toEqual([
      'Mwakyusa',
      'Amani Mwakyusa',
      "Amani Mwakyusa's",
    ]);
    expect(b.actors.filter(a => a.kind === ActorKind.PERSON)).toHaveLength(1);
  });

  it('gives a leader title with its country word an office of that country', () => {
    const b = code('act-headline-short');
    expect(b.offices).toEqual([
      expect.objectContaining({
        personId: 'person:amani-mwakyusa',
        countryId: 'country:TZA',
        role: 'HEAD_OF_STATE',
      }),
    ]);
  });

  it('ties a person to the country of a role in apposition, after or before the role', () => {
    const b = code('act-apposition');
    expect(b.relations).toEqual(
      expect.arrayContaining([
        { type: 'OF_COUNTRY', fromId: 'person:lindiwe-dlamini-mkhize', toId: 'country:SWZ' },
        { type: 'OF_COUNTRY', fromId: 'person:tomasz-wrobelski', toId: 'country:POL' },
      ]),
    );
    expect(b.relations.filter(r => r.fromId === 'person:lindiwe-dlamini-mkhize')).toHaveLength(1);
  });

  it('reads "Mr Kgosietsile" / "Admiral Ramotswe" as the full name the article gave, title in the mention only', () => {
    const b = code('act-titled-short');
    expect(ids(b)).toEqual([
      'country:BWA',
      'country:NAM',
      'person:neo-kgosietsile',
      'person:thabo-ramotswe',
    ]);
    expect(mentionsOf(b, 'person:neo-kgosietsile')).toEqual(['Neo Kgosietsile', 'Mr Kgosietsile']);
    // a rank before a full name is not part of the mention; before a surname it is, like "Mr"
    expect(mentionsOf(b, 'person:thabo-ramotswe')).toEqual(['Thabo Ramotswe', 'Admiral Ramotswe']);
    expect(b.statements.map(s => s.speakerId)).toContain('person:neo-kgosietsile');
  });

  it('makes a titled surname no full name explains the person of that surname, without the title', () => {
    const b = code('act-titled-surname-only');
    expect(ids(b)).toEqual(['country:MUS', 'person:tembekar']);
    expect(b.actors.find(a => a.id === 'person:tembekar')?.name).toBe('Tembekar');
    expect(mentionsOf(b, 'person:tembekar')).toEqual(['Admiral Tembekar']);
    expect(b.statements.map(s => s.speakerId)).toEqual(['person:tembekar']);
  });

  it('takes a lone surname no full name explains from the Phoenix people', () => {
    const b = code('act-dictionary-person');
    expect(ids(b)).toEqual(['person:vladimir-putin']);
    expect(mentionsOf(b, 'person:vladimir-putin')).toEqual(['Mr. Putin']);
  });

  it('makes a state body of a country word and a body name; the country word is a mention too', () => {
    const b = code('act-state-bodies');
    expect(mentionsOf(b, 'org:ken-interior-ministry')).toEqual(['Kenyan Interior Ministry']);
    expect(mentionsOf(b, 'org:chl-supreme-court')).toEqual(["Chile's Supreme Court"]);
    expect(mentionsOf(b, 'country:CHL')).toEqual(['Chile']);
    expect(b.relations).toEqual(
      expect.arrayContaining([
        { type: 'PART_OF', fromId: 'org:ken-interior-ministry', toId: 'country:KEN' },
        { type: 'PART_OF', fromId: 'org:chl-supreme-court', toId: 'country:CHL' },
      ]),
    );
  });

  it('makes a state body of a lower-case body noun the parse hangs on a country word', () => {
    const b = code('act-lower-bodies');
    expect(mentionsOf(b, 'org:bwa-foreign-ministry')).toEqual(["Botswana's foreign ministry"]);
    expect(mentionsOf(b, 'org:zmb-police')).toEqual(['Zambian police']);
    // "the Ghana court" is the Court of Appeal named before; "an army post" names no body
    expect(mentionsOf(b, 'org:gha-court-of-appeal')).toEqual([
      "Ghana's Court of Appeal",
      'Ghana court',
    ]);
    expect(mentionsOf(b, 'country:ZMB')).toEqual(['Zambian']);
    expect(mentionsOf(b, 'country:GHA')).toEqual(['Ghana', 'Ghana']);
    expect(ids(b).filter(id => id.startsWith('org:'))).toHaveLength(3);
    expect(b.relations).toContainEqual({
      type: 'PART_OF',
      fromId: 'org:bwa-foreign-ministry',
      toId: 'country:BWA',
    });
    expect(b.statements.map(s => s.speakerId)).toEqual([
      'org:bwa-foreign-ministry',
      'org:gha-court-of-appeal',
    ]);
  });

  it('reads the last words of a longer name said before as that person ("Reyes Carranza")', () => {
    const b = code('act-double-surname');
    expect(ids(b)).toEqual(['country:HND', 'person:osmin-reyes-carranza']);
    expect(mentionsOf(b, 'person:osmin-reyes-carranza')).toEqual([
      'Osmin Reyes Carranza',
      'Reyes Carranza',
    ]);
  });

  it("makes no person of the dateline's outlet, which the parse tagged PERSON", () => {
    const b = code('act-dateline-outlet-person');
    expect(ids(b)).toEqual(['country:KHM', 'country:TLS', 'person:sok-vannarith']);
  });

  it('tells outlets by an outlet noun, an outlet word in the name, or being told or cited', () => {
    const b = code('act-outlets');
    expect(ids(b)).toEqual(['country:GHA', 'media:gna', 'media:kivu-news', 'media:radio-oranje']);
    expect(mentionsOf(b, 'media:gna')).toEqual(['GNA']);
    expect(b.actors.find(a => a.id === 'media:kivu-news')?.name).toBe('Kivu News');
  });

  it("ids an organisation by the article's acronym of it, and the acronym is a mention", () => {
    const b = code('act-igo-acronym');
    expect(mentionsOf(b, 'org:iea')).toEqual(['International Energy Agency', 'IEA']);
  });

  it('keeps title tails, lower-case phrases, modifiers and geographic names out', () => {
    const b = code('act-guards');
    expect(ids(b)).toEqual(['country:PHL', 'person:mara-lindqvist']);
    expect(mentionsOf(b, 'country:PHL')).toEqual(['Philippine']);
  });
});

describe('acronyms', () => {
  it('abbreviate every significant word in order', () => {
    expect(abbreviates('UN', 'United Nations')).toBe(true);
    expect(abbreviates('ASEAN', 'Association of Southeast Asian Nations')).toBe(true);
    expect(abbreviates('NATO', 'North Atlantic Treaty Organization')).toBe(true);
    expect(abbreviates('UN', 'United Nations Security Council')).toBe(false);
    expect(abbreviates('EU', 'Energy Agency')).toBe(false);
    expect(abbreviates('IEA', 'IEA')).toBe(false);
  });
});

describe('descriptions that stand for a state', () => {
  const at = (name: string, word: string): string | null => {
    const r = recorded(name);
    const coded = codeActors(r.text, r.doc, [], r.date);
    const token = r.doc.sentences.flatMap(s => s.tokens).find(t => t.word === word);
    if (token === undefined) {
      throw new Error(`no ${word} in ${name}`);
    }
    return actorAt(coded, token.characterOffsetBegin, token.characterOffsetEnd)?.id ?? null;
  };

  it('resolve "the foreign minister" to the one state of the sentence before, as no mention', () => {
    expect(at('act-description', 'minister')).toBe('country:URY');
    const r = code('act-description');
    expect(mentionsOf(r, 'country:URY')).toEqual(['Uruguay']);
  });

  it('resolve nothing when the context names two states', () => {
    expect(at('act-description-ambiguous', 'minister')).toBeNull();
  });
});
