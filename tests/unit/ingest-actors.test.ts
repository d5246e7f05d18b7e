import fs from 'node:fs';
import path from 'node:path';
import { ActorKind } from '../../src/schema/domain.enum';
import type { KgActor } from '../../src/kg/kg-batch';
import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { extractActors, slugify } from '../../src/ingest/actors';
import { findIgnoredSpans } from '../../src/ingest/clean';

const FIXTURES = path.join(__dirname, '../fixtures/articles');
const seed = loadSeedArticle();
const seedText = seed.batch.article.text;
/** The gazetteer actors the coder starts from (coder/actor-mentions.ts), outside boilerplate. */
const seedRun = extractActors(seedText, findIgnoredSpans(seedText));

function actor(actors: readonly KgActor[], id: string): KgActor | undefined {
  return actors.find(a => a.id === id);
}

function mentionTexts(actors: readonly KgActor[], id: string): string[] {
  return actor(actors, id)?.mentions.map(m => m.text) ?? [];
}

function idsOf(text: string): string[] {
  return extractActors(text, []).actors.map(a => a.id);
}

describe('extractActors on the seed', () => {
  it('finds the curated actors by id', () => {
    const ids = seedRun.actors.map(a => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'country:RUS',
        'country:PRK',
        'country:UKR',
        'country:JPN',
        'country:USA',
        'person:vladimir-putin',
        'person:kim-jong-un',
        'media:kcna',
        'historical:soviet-union',
        'territory:donetsk-peoples-republic',
        'territory:luhansk-peoples-republic',
        'group:hostile-forces',
        'group:the-west',
      ]),
    );
  });

  it('extracts nothing from the "Also Read" line or the repeated headline', () => {
    const mentions = seedRun.actors.flatMap(a => a.mentions);
    for (const ignored of seed.ignoredSpans) {
      expect(mentions.filter(m => m.start < ignored.end && ignored.start < m.end)).toEqual([]);
    }
    const ids = seedRun.actors.map(a => a.id);
    expect(ids).not.toContain('person:yaqub-talib');
    expect(ids).not.toContain('person:aqib-talib');
  });

  it('resolves the capital Pyongyang (with its possessive) to North Korea', () => {
    expect(mentionTexts(seedRun.actors, 'country:PRK')).toEqual(
      expect.arrayContaining(['Pyongyang’s', 'Pyongyang']),
    );
  });

  it('resolves "Mr. Kim" to Kim Jong Un and "Mr. Putin" / "Putin" to Vladimir Putin', () => {
    expect(mentionTexts(seedRun.actors, 'person:kim-jong-un')).toEqual([
      'Kim Jong Un',
      'Mr. Kim',
      'Mr. Kim’s',
      'Mr. Kim',
    ]);
    expect(mentionTexts(seedRun.actors, 'person:vladimir-putin')).toEqual([
      'Mr. Putin',
      'Putin',
      'Mr. Putin',
    ]);
  });

  it('maps demonyms to their country, with "anti-" and "<Demonym> government"', () => {
    expect(mentionTexts(seedRun.actors, 'country:PRK')).toContain('North Korean');
    expect(mentionTexts(seedRun.actors, 'country:JPN')).toEqual(['Japan', 'anti-Japanese']);
    expect(mentionTexts(seedRun.actors, 'country:RUS')[0]).toBe('Russian government');
  });

  it('reads "two “people’s republics” in eastern Ukraine" as both Donbas entities', () => {
    for (const id of ['territory:donetsk-peoples-republic', 'territory:luhansk-peoples-republic']) {
      expect(mentionTexts(seedRun.actors, id)).toEqual([
        'two separatist entities in eastern Ukraine',
        'two “people’s republics” in eastern Ukraine',
      ]);
    }
  });

  it('links people and outlets to their country and Russia to the Soviet Union', () => {
    const rel = seedRun.relations.map(r => `${r.fromId} ${r.type} ${r.toId}`);
    expect(rel).toEqual(
      expect.arrayContaining([
        'person:vladimir-putin OF_COUNTRY country:RUS',
        'person:kim-jong-un OF_COUNTRY country:PRK',
        'media:kcna OF_COUNTRY country:PRK',
        'territory:donetsk-peoples-republic OF_COUNTRY country:UKR',
        'country:RUS SUCCEEDS historical:soviet-union',
      ]),
    );
    expect(seedRun.offices.map(o => o.personId).sort()).toEqual([
      'person:kim-jong-un',
      'person:vladimir-putin',
    ]);
  });

  it('is deterministic', () => {
    expect(extractActors(seedText, findIgnoredSpans(seedText))).toEqual(seedRun);
  });
});

describe('extractActors rules', () => {
  it('reads "US" as the United States but not "us"', () => {
    expect(idsOf('Tell us more, said the US envoy.')).toEqual(['country:USA']);
    expect(idsOf('Let us talk about it.')).toEqual([]);
    expect(idsOf('The U.S. and the UN disagreed.')).toEqual(['country:USA', 'org:un']);
  });

  it('maps demonyms and metonyms to the state', () => {
    expect(idsOf('North Korean troops')).toEqual(['country:PRK']);
    expect(idsOf('The Kremlin said')).toEqual(['country:RUS']);
    expect(idsOf('Soviet tanks')).toEqual(['historical:soviet-union']);
  });

  it('reads "Equatoguinean" as Equatorial Guinea', () => {
    expect(idsOf('a handful of Equatoguinean fishermen')).toEqual(['country:GNQ']);
  });

  it('reads a capital that is also a given name ("Sofia") only beside its state, never before a name', () => {
    const text = 'Bulgaria vetoed the talks. She said Sofia was ready to meet Skopje.';
    expect(mentionTexts(extractActors(text, []).actors, 'country:BGR')).toEqual([
      'Bulgaria',
      'Sofia',
    ]);
    expect(idsOf('She said Sofia was ready to meet Skopje.')).toEqual(['country:MKD']);
    expect(idsOf('Bulgaria welcomed Sofia Petrova.')).toEqual(['country:BGR']);
  });

  it('reads a name two states share ("Congo") as the one the article names otherwise, else neither', () => {
    const text =
      'Angola will host talks between the Democratic Republic of Congo and Uganda. Ugandan troops occupied parts of Congo.';
    expect(mentionTexts(extractActors(text, []).actors, 'country:COD')).toEqual([
      'Democratic Republic of Congo',
      'Congo',
    ]);
    expect(idsOf('Brazzaville said Congo would respond.')).toEqual(['country:COG']);
    expect(idsOf('Uganda accused Congo.')).toEqual(['country:UGA']);
    expect(idsOf('Kinshasa and Brazzaville said Congo would respond.')).toEqual([
      'country:COD',
      'country:COG',
    ]);
  });

  it('reads a bare "Korea" as the Korea the article named first, and nothing otherwise', () => {
    expect(idsOf('Seoul said Korea would respond.')).toEqual(['country:KOR']);
    expect(idsOf('Korea is a peninsula.')).toEqual([]);
  });

  it('resolves a surname only to a person named in full; honorifics respect gender', () => {
    expect(idsOf('Mr. Kim arrived.')).toEqual([]);
    const { actors } = extractActors(
      'Kim Yo Jong spoke after Kim Jong Un left. Ms. Kim then added a warning; Mr. Kim did not.',
      [],
    );
    expect(mentionTexts(actors, 'person:kim-yo-jong')).toEqual(['Kim Yo Jong', 'Ms. Kim']);
    expect(mentionTexts(actors, 'person:kim-jong-un')).toEqual(['Kim Jong Un', 'Mr. Kim']);
  });

  it('makes a new person from a titled full name and resolves the later surname', () => {
    const { actors, relations } = extractActors(
      'Ukrainian Foreign Minister Dmytro Kuleba met Mr. Putin. Kuleba said little.',
      [],
    );
    const kuleba = actor(actors, 'person:dmytro-kuleba');
    expect(kuleba?.kind).toBe(ActorKind.PERSON);
    expect(kuleba?.mentions.map(m => m.text)).toEqual(['Dmytro Kuleba', 'Kuleba']);
    expect(relations).toContainEqual({
      type: 'OF_COUNTRY',
      fromId: 'person:dmytro-kuleba',
      toId: 'country:UKR',
    });
  });

  it('does not take institutions after a title for a new person', () => {
    expect(idsOf('UN General Assembly President Abdulla Shahid spoke.')).toEqual([
      'org:un-general-assembly',
      'person:abdulla-shahid',
    ]);
    expect(idsOf('The Minister Of State said.')).toEqual([]);
  });

  it('attaches a ministry to its country with PART_OF', () => {
    const { actors, relations } = extractActors('the Ukrainian Foreign Ministry said', []);
    expect(actors.map(a => [a.id, a.mentions.map(m => m.text)])).toEqual([
      ['org:ukr-foreign-ministry', ['Ukrainian Foreign Ministry']],
      ['country:UKR', ['Ukrainian']],
    ]);
    expect(relations).toEqual([
      { type: 'PART_OF', fromId: 'org:ukr-foreign-ministry', toId: 'country:UKR' },
    ]);
  });

  it('makes people from titles the gazetteer lacks and from lower-case role words', () => {
    const { actors, relations } = extractActors(
      'Foreign Secretary Vikram Misri spoke. Kenyan opposition leader Kalonzo Musyoka objected; Musyoka left.',
      [],
    );
    expect(mentionTexts(actors, 'person:vikram-misri')).toEqual(['Vikram Misri']);
    expect(mentionTexts(actors, 'person:kalonzo-musyoka')).toEqual(['Kalonzo Musyoka', 'Musyoka']);
    expect(relations).toContainEqual({
      type: 'OF_COUNTRY',
      fromId: 'person:kalonzo-musyoka',
      toId: 'country:KEN',
    });
    expect(idsOf('Sudanese army chief Abdel Fattah al-Burhan thanked Germany.')).toContain(
      'person:abdel-fattah-al-burhan',
    );
  });

  it('makes people from a role in apposition, before or after the name, and resolves the surname', () => {
    const text =
      "His spokesman, Manuel Adorni, spoke. Ruslan Petrov, Georgia's foreign minister, replied. " +
      'The foreign ministers of the two countries, Ararat Mirzoyan and Jeyhun Bayramov, met. ' +
      'Adorni and Bayramov left.';
    const { actors, relations } = extractActors(text, []);
    expect(mentionTexts(actors, 'person:manuel-adorni')).toEqual(['Manuel Adorni', 'Adorni']);
    expect(mentionTexts(actors, 'person:ararat-mirzoyan')).toEqual(['Ararat Mirzoyan']);
    expect(mentionTexts(actors, 'person:jeyhun-bayramov')).toEqual(['Jeyhun Bayramov', 'Bayramov']);
    expect(relations).toContainEqual({
      type: 'OF_COUNTRY',
      fromId: 'person:ruslan-petrov',
      toId: 'country:GEO',
    });
  });

  it('makes a person of a bare full name that speaks, but not of sentence openers or places', () => {
    expect(idsOf('Maria Lopez said the talks failed.')).toEqual(['person:maria-lopez']);
    expect(idsOf('Later Tuesday said nothing.')).toEqual([]);
    expect(idsOf('Real Madrid said the match was off.')).toEqual(['country:ESP']);
  });

  it('reads "the <Demonym> leader" as the leader of that country named before, and only then', () => {
    const text =
      'Argentine President Javier Milei spoke in Madrid. "No," the Argentine leader said. ' +
      'A Spanish leader replied.';
    const { actors } = extractActors(text, []);
    expect(mentionTexts(actors, 'person:javier-milei')).toEqual([
      'Javier Milei',
      'Argentine leader',
    ]);
    // the country keeps its own mention of the demonym
    expect(mentionTexts(actors, 'country:ARG')).toEqual(['Argentine', 'Argentine']);
    expect(idsOf('"No," the Argentine leader said.')).toEqual(['country:ARG']);
  });

  it('knows news agencies, outlets, organisations and disputed territories from the data files', () => {
    expect(
      idsOf(
        'EFE, PTI, Anadolu Agency, Yonhap and WAM reported that YPF and the WFP work in Nagorno-Karabakh.',
      ),
    ).toEqual([
      'media:efe',
      'media:pti',
      'media:anadolu',
      'media:yonhap',
      'media:wam',
      'org:ypf',
      'org:wfp',
      'territory:nagorno-karabakh',
    ]);
  });

  it('makes an outlet of "<Name> news agency" / "state broadcaster <Name>" and finds its later name', () => {
    const { actors, relations } = extractActors(
      'the Macedonian news agency MIA said so, and state broadcaster Kanal Pet agreed. MIA added more. ' +
        'The Spanish newspaper reported it.',
      [],
    );
    expect(actors.map(a => [a.id, a.kind, a.mentions.map(m => m.text)])).toEqual([
      ['country:MKD', ActorKind.COUNTRY, ['Macedonian']],
      ['media:mia', ActorKind.MEDIA_OUTLET, ['MIA', 'MIA']],
      ['media:kanal-pet', ActorKind.MEDIA_OUTLET, ['Kanal Pet']],
      ['country:ESP', ActorKind.COUNTRY, ['Spanish']],
    ]);
    expect(relations).toContainEqual({
      type: 'OF_COUNTRY',
      fromId: 'media:mia',
      toId: 'country:MKD',
    });
  });

  it('reads an outlet by its name after the noun, not by the place before it, and keeps the places inside it', () => {
    const { actors } = extractActors(
      'Boats burned, according to the Encarnacion-based broadcaster Radio Itapua. ' +
        'Pinas spoke to the Georgetown daily Essequibo Chronicle and the broadcaster Vanuatu Sky Radio. ' +
        'It was reported by the state-run newspaper The Rising Nepal.',
      [],
    );
    expect(actors.map(a => a.id)).toEqual([
      'media:radio-itapua',
      'country:GUY',
      'media:essequibo-chronicle',
      'media:vanuatu-sky-radio',
      'media:the-rising-nepal',
    ]);
  });

  it('reads a name opened by "Radio" as an outlet, up to a full stop', () => {
    expect(idsOf('She told Radio Mazava. Radio Itapua said so.')).toEqual([
      'media:radio-mazava',
      'media:radio-itapua',
    ]);
  });

  it('does not match an outlet alias inside a longer proper name, but keeps it alone or after a country word', () => {
    expect(idsOf('The figures were given by the weekly Gazeta Andina on Friday.')).not.toContain(
      'media:andina',
    );
    expect(idsOf('The figures were given by Andina do Sul on Friday.')).not.toContain(
      'media:andina',
    );
    expect(idsOf('Andina said so. The Peruvian Andina agreed, according to Andina.')).toEqual([
      'media:andina',
      'country:PER',
    ]);
  });

  it('reads an outlet name with a particle in it ("the daily Folha do Norte") to its end', () => {
    expect(idsOf('according to the business daily Folha do Norte.')).toEqual([
      'media:folha-do-norte',
    ]);
  });

  it('slugifies names like the seed ids', () => {
    expect(slugify("Donetsk People's Republic")).toBe('donetsk-peoples-republic');
    expect(slugify('António Guterres')).toBe('antonio-guterres');
  });

  it('spells out letters that have no accent to drop (ø, æ, ı), so no letter becomes a hyphen', () => {
    expect(slugify('Karen Østergaard')).toBe('karen-ostergaard');
    expect(slugify('Jens Kjærgaard')).toBe('jens-kjaergaard');
    expect(slugify('Emre Yalçın')).toBe('emre-yalcin');
    expect(slugify('Łukasz Żak')).toBe('lukasz-zak');
  });
});

describe('fixture articles', () => {
  const expected = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, 'expected-actors.json'), 'utf8'),
  ) as Record<string, string[]>;
  const files = Object.keys(expected).filter(k => !k.startsWith('$'));

  it('has three fixtures', () => {
    expect(files).toHaveLength(3);
  });

  it.each(files)('%s: finds exactly the expected actor ids', file => {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const ignoredSpans = findIgnoredSpans(text);
    const { actors } = extractActors(text, ignoredSpans);
    expect(actors.map(a => a.id).sort()).toEqual([...(expected[file] ?? [])].sort());
    const mentions = actors.flatMap(a => a.mentions);
    for (const s of ignoredSpans) {
      expect(mentions.filter(m => m.start < s.end && s.start < m.end)).toEqual([]);
    }
  });
});
