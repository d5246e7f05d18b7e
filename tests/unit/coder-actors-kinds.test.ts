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

describe('state bodies the parse half-tags', () => {
  withoutCuratedNames();

  it('reads a bank, a department and a body the parse put in a lower-case ORGANIZATION', () => {
    const b = code('act-entity-bodies');
    expect(mentionsOf(b, 'org:bol-central-bank')).toEqual(["Bolivia's central bank"]);
    // "department" is dropped from the id, as in "Treasury Department"
    expect(mentionsOf(b, 'org:chl-home-affairs')).toEqual(["Chile's home affairs department"]);
    // "Argentine" hangs on "interior", not on "ministry"
    expect(mentionsOf(b, 'org:arg-interior-ministry')).toEqual(['Argentine interior ministry']);
    expect(b.relations).toContainEqual({
      type: 'PART_OF',
      fromId: 'org:arg-interior-ministry',
      toId: 'country:ARG',
    });
    expect(b.events).toContainEqual(
      expect.objectContaining({
        code: '163',
        sourceId: 'org:chl-home-affairs',
        targetId: 'org:arg-interior-ministry',
      }),
    );
  });
});

describe('legislatures', () => {
  withoutCuratedNames();

  it("names a state's legislature and its members as one body, the dateline's when no country is said", () => {
    const b = code('act-legislatures');
    // told the National Assembly: a body of the dateline's state, not an outlet one is told
    expect(mentionsOf(b, 'org:per-parliament')).toEqual(['National Assembly']);
    expect(mentionsOf(b, 'org:bol-parliament')).toEqual(['Bolivian lawmakers']);
    expect(mentionsOf(b, 'org:chl-parliament')).toEqual(["Chile's House of Representatives"]);
    expect(b.actors.filter(a => a.kind === ActorKind.MEDIA_OUTLET)).toEqual([]);
    expect(b.relations).toContainEqual({
      type: 'PART_OF',
      fromId: 'org:chl-parliament',
      toId: 'country:CHL',
    });
  });
});

describe('the kind a description gives a name', () => {
  withoutCuratedNames();

  it('makes organisations and groups of names the parse took for people or places', () => {
    const b = code('act-described-kinds');
    const kinds = Object.fromEntries(b.actors.map(a => [a.id, a.kind]));
    expect(kinds).toEqual({
      'country:KEN': ActorKind.COUNTRY,
      // close apposition: "the cotton growers' federation Algodar" (tagged PERSON)
      'org:algodar': ActorKind.ORGANIZATION,
      // loose apposition: "Brennan Steelworks, the Ontario manufacturer," (tagged PERSON)
      'org:brennan-steelworks': ActorKind.ORGANIZATION,
      // "a hacking group known as Grey Heron": an armed or clandestine group
      'group:grey-heron': ActorKind.GROUP,
      // "the campaign group River Watch Africa" (tagged LOCATION): a civil organisation
      'org:river-watch-africa': ActorKind.ORGANIZATION,
    });
    expect(b.statements.map(s => s.speakerId)).toEqual(['org:brennan-steelworks']);
    expect(b.events).toContainEqual(
      expect.objectContaining({ code: '020', sourceId: 'org:river-watch-africa' }),
    );
  });
});

describe("bare bodies of the dateline's state", () => {
  withoutCuratedNames();

  it('reads "Police" and "the interior ministry" as bodies of the state the story is told from', () => {
    const b = code('act-home-bodies');
    expect(mentionsOf(b, 'org:ken-police')).toEqual(['Police']);
    expect(mentionsOf(b, 'org:ken-interior-ministry')).toEqual(['interior ministry']);
    // "its foreign ministry" is Uganda's, "a police spokesman" a person: neither is a Kenyan body
    expect(ids(b)).toEqual(['country:UGA', 'org:ken-interior-ministry', 'org:ken-police']);
    expect(b.events).toContainEqual(
      expect.objectContaining({ code: '173', sourceId: 'org:ken-police', targetId: 'country:UGA' }),
    );
  });
});

describe('names with particles', () => {
  withoutCuratedNames();

  it('keeps the whole name the parse read over a particle, not the part before it', () => {
    const b = code('act-name-particles');
    expect(mentionsOf(b, 'media:voz-del-valle')).toEqual(['Voz del Valle']);
    expect(ids(b)).toEqual(['country:HND', 'media:voz-del-valle']);
    expect(b.statements.map(s => s.speakerId)).toEqual(['media:voz-del-valle']);
  });
});

describe('names of things the parse took for people', () => {
  withoutCuratedNames();

  it('makes no person of a name with an article or ending in a feature noun', () => {
    const b = code('act-thing-names');
    // "in Amanda Bay" is a place, "the Linda Hayes" a ship, "the Amiri Diwan" a palace
    expect(b.actors.filter(a => a.kind === ActorKind.PERSON).map(a => a.id)).toEqual([
      'person:kofi-mensah',
      'person:hamad-bin-khalid',
    ]);
    expect(mentionsOf(b, 'person:kofi-mensah')).toEqual(['Kofi Mensah', 'Mensah']);
  });
});

describe('names a sourcing phrase introduces', () => {
  withoutCuratedNames();

  it('makes an outlet of a name after "according to" unless a word of it names a state body', () => {
    const b = code('act-sourced-bodies');
    expect(b.actors.find(a => a.id === 'org:volta-defence-force')?.kind).toBe(
      ActorKind.ORGANIZATION,
    );
    expect(b.actors.find(a => a.id === 'media:lagoon-chronicle')?.kind).toBe(
      ActorKind.MEDIA_OUTLET,
    );
    expect(ids(b)).not.toContain('media:volta-defence-force');
  });
});

describe('words inside names', () => {
  withoutCuratedNames();

  it('keeps small words inside a name and reads no state inside a prefixed word', () => {
    const b = code('act-words-in-names');
    expect(mentionsOf(b, 'media:la-voix-du-golfe')).toEqual(['La Voix du Golfe']);
    // "Inter-American" is one word of the parse: no mention of the United States
    expect(ids(b)).not.toContain('country:USA');
    expect(ids(b)).toContain('org:inter-american-commission');
    // "Emirati-owned" is split at the hyphen: the Emirates stay
    expect(mentionsOf(b, 'country:ARE')).toEqual(['Emirati']);
  });
});

describe("the dateline's outlet", () => {
  withoutCuratedNames();

  it('reads no state in the name of the outlet the story is sourced to, only in the story', () => {
    const b = code('act-dateline-outlet');
    // "(Ghanaian Wire Service)" is the source; "Ghanaian traders" is Ghana
    expect(mentionsOf(b, 'country:GHA')).toEqual(['Ghanaian']);
    expect(b.actors.find(a => a.id === 'country:GHA')?.mentions[0]?.start).toBeGreaterThan(40);
  });
});
