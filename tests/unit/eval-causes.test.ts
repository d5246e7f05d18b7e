/**
 * The causes `npm run eval -- --causes` gives for missed and false actors and statements, on small
 * hand-made articles (gold, a fake parse with entity spans only, and what a coder found).
 */
import { type ActorLike, falseActorCauses, missedActorCauses } from '../../src/eval/actor-causes';
import fs from 'node:fs';
import path from 'node:path';
import { causeTable } from '../../src/eval/causes-report';
import {
  DEV4_ARTICLES,
  DEV5_ARTICLES,
  DEV6_ARTICLES,
  DEV7_ARTICLES,
  DEV8_ARTICLES,
  DEV9_ARTICLES,
  DEV10_ARTICLES,
  NEWEST_DEV_ARTICLES,
  devColumn,
  isOlderCorpusArticle,
} from '../../src/eval/dev-groups';

import { type StatementLike, statementCauses } from '../../src/eval/statement-causes';
import type { NlpDocument } from '../../src/ingest/nlp/corenlp.client';
import { ActorKind } from '../../src/kg/domain';

/** The slugs of eval/README.md's first table from the row `first` to its last row. */
function newestArticles(readme: string, first: string): string[] {
  // the first table of the file only: later tables list some of its rows again
  const lines = readme.split('\n');
  const begin = lines.findIndex(l => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > begin && !l.startsWith('|'));
  const slugs = lines
    .slice(Math.max(0, begin), end < 0 ? undefined : end)
    .map(l => /^\|\s*`([a-z0-9-]+)`\s*\|/u.exec(l)?.[1])
    .filter((s): s is string => s !== undefined);
  const at = slugs.indexOf(first);
  return at < 0 ? [] : slugs.slice(at);
}

const TEXT =
  'Chilean President Ana Soto met Mr Ruiz in Lima. Soto said the talks went well. ' +
  'Santiago welcomed it. The foreign minister said, according to Radio Sur, that ties were good.';

const at = (word: string, from = 0): { start: number; end: number; text: string } => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length, text: word };
};

/** A parse with one sentence per full stop and the given entity spans. */
function parse(entities: { word: string; ner: string; from?: number }[]): NlpDocument {
  const sentences = TEXT.split(/(?<=\.) /u).map((s, index) => {
    const begin = TEXT.indexOf(s);
    return {
      index,
      tokens: [
        {
          index: 1,
          word: s,
          originalText: s,
          lemma: s,
          pos: 'NN',
          ner: 'O',
          characterOffsetBegin: begin,
          characterOffsetEnd: begin + s.length,
        },
      ],
      basicDependencies: [],
      enhancedPlusPlusDependencies: [],
      entitymentions: entities
        .map(e => at(e.word, e.from))
        .filter(m => m.start >= begin && m.end <= begin + s.length)
        .map(m => ({
          text: m.text,
          ner: entities.find(e => e.word === m.text)?.ner ?? 'O',
          characterOffsetBegin: m.start,
          characterOffsetEnd: m.end,
          tokenBegin: 0,
          tokenEnd: 1,
        })),
    };
  });
  return { sentences };
}

const actor = (id: string, kind: ActorKind, name: string, ...words: string[]): ActorLike => ({
  id,
  kind,
  name,
  mentions: words.map(w => at(w)),
});

const soto = actor('person:ana-soto', ActorKind.PERSON, 'Ana Soto', 'Ana Soto');
const chile = actor('country:CHL', ActorKind.COUNTRY, 'Chile', 'Chilean');

describe('actor causes', () => {
  it('names a short name found apart from the full name, and the split duplicate it makes', () => {
    const short = actor('person:soto', ActorKind.PERSON, 'Soto', 'Soto said');
    const goldSoto = { ...soto, mentions: [at('Ana Soto'), at('Soto said')] };
    const found = [short, chile];
    const input = { text: TEXT, doc: parse([]), gold: [goldSoto, chile], found, ignored: [] };
    expect(missedActorCauses(input).map(c => c.cause)).toEqual([
      'other id: short name not joined to the full name',
    ]);
    // with the full name found too, the short one is a split duplicate
    const withFull = { ...input, found: [soto, short, chile] };
    expect(missedActorCauses(withFull)).toEqual([]);
    expect(falseActorCauses(withFull).map(c => c.cause)).toEqual([
      'split duplicate of a found gold actor',
    ]);
  });

  it('tells a capital the parse saw but nothing resolved from a description the parse did not see', () => {
    const gold = [
      { ...chile, mentions: [at('Santiago')] },
      actor('person:foreign-minister', ActorKind.PERSON, 'X', 'foreign minister'),
    ];
    const input = {
      text: TEXT,
      doc: parse([{ word: 'Santiago', ner: 'CITY' }]),
      gold,
      found: [],
      ignored: [],
    };
    expect(missedActorCauses(input).map(c => c.cause)).toEqual([
      'parse entity, no entry: demonym, capital or metonym of a state',
      'no parse entity: a description ("the minister", "the army")',
    ]);
    const titled = { ...input, doc: parse([{ word: 'foreign minister', ner: 'TITLE' }]) };
    expect(missedActorCauses(titled).map(c => c.cause)).toContain(
      'parse entity, no entry: a title without a name ("the foreign minister")',
    );
  });

  it('gives the kinds of a wrong kind, and boilerplate and non-actors apart', () => {
    const radio = actor('media:radio-sur', ActorKind.MEDIA_OUTLET, 'Radio Sur', 'Radio Sur');
    const asPerson = actor('person:radio-sur', ActorKind.PERSON, 'Radio Sur', 'Radio Sur');
    const lima = actor('country:PER', ActorKind.COUNTRY, 'Peru', 'Lima');
    const input = {
      text: TEXT,
      doc: parse([]),
      gold: [radio, chile],
      found: [asPerson, chile, lima],
      ignored: [at('Chilean')],
    };
    expect(missedActorCauses(input).map(c => c.cause)).toEqual([
      'other id: wrong kind (outlet as person)',
    ]);
    expect(falseActorCauses(input).map(c => c.cause)).toEqual([
      'wrong kind (person for outlet)',
      'not an actor of the gold (state)',
    ]);
    const onlyBoiler = { ...input, found: [] };
    expect(missedActorCauses(onlyBoiler).map(c => c.cause)).toContain('only in boilerplate');
  });
});

const stmt = (speakerId: string, words: string, direct = false, verb = 'said'): StatementLike => ({
  speakerId,
  span: at(words),
  direct,
  reportingVerb: verb,
});

describe('statement causes', () => {
  const radio = actor('media:radio-sur', ActorKind.MEDIA_OUTLET, 'Radio Sur', 'Radio Sur');
  const base = {
    text: TEXT,
    doc: parse([]),
    goldActors: [soto, chile, radio],
    foundActors: [soto, chile, radio],
    relations: [],
    offices: [
      {
        personId: soto.id,
        countryId: chile.id,
        title: 'President',
        role: 'x',
        since: null,
        until: null,
      },
    ],
  };

  it('splits wrong speakers by why: an outlet, the state for its person, an unnamed speaker', () => {
    const gold = [
      stmt('person:ana-soto', 'the talks went well'),
      stmt('country:CHL', 'ties were good', false, 'according to'),
    ];
    const found = [
      stmt('country:CHL', 'the talks went well'),
      stmt('media:radio-sur', 'ties were good', false, 'according to'),
    ];
    const r = statementCauses({ ...base, gold, found });
    expect(r.missed.map(c => c.cause)).toEqual([
      'wrong speaker: the state or body for its person',
      'wrong speaker: an outlet for the speaker',
    ]);
    expect(r.false.map(c => c.cause)).toEqual(r.missed.map(c => c.cause));
    const other = statementCauses({
      ...base,
      gold: [gold[1] as StatementLike],
      found: [stmt('person:luis-ruiz', 'ties were good')],
    });
    expect(other.missed.map(c => c.cause)).toEqual([
      'wrong speaker: another actor, the speaker not named in the sentence (pronoun, title)',
    ]);
  });

  it('tells merged, not found (by form, with a missing speaker) and false statements apart', () => {
    const gold = [
      stmt(soto.id, 'the talks went well'),
      stmt(soto.id, 'talks went well'),
      stmt('person:nobody', 'ties were good', true),
    ];
    const found = [stmt(soto.id, 'the talks went well'), stmt(chile.id, 'welcomed it')];
    const r = statementCauses({ ...base, gold, found });
    expect(r.missed.map(c => c.cause)).toEqual([
      'merged into another statement',
      'not found: direct quote, speaker not found',
    ]);
    expect(r.false.map(c => c.cause)).toEqual(['no gold statement: reported speech']);
  });
});

describe('the cause report', () => {
  it('takes the newest articles from the first named row to the last row of the first table', () => {
    const readme = [
      'intro',
      '| `a-b` | x |',
      '| `c-d` | y |',
      '| `e-f` | z |',
      'text',
      '| `c-d` | y |',
    ];
    expect(newestArticles(readme.join('\n'), 'c-d')).toEqual(['c-d', 'e-f']);
    expect(newestArticles(readme.join('\n'), 'nope')).toEqual([]);
  });

  it('names as new the corpus table rows from ecuador-thailand-trade-pact to dev4, then dev4 to dev10', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../eval/README.md'), 'utf8');
    const dev10 = newestArticles(readme, 'liberia-cote-divoire-helicopter-strike');
    expect(dev10).toHaveLength(6);
    expect([...DEV10_ARTICLES].sort()).toEqual([...dev10].sort());
    const dev9 = newestArticles(readme, 'guyana-suriname-rice-ban-ccj-ruling').slice(
      0,
      -dev10.length,
    );
    expect(dev9).toHaveLength(6);
    expect([...DEV9_ARTICLES].sort()).toEqual([...dev9].sort());
    const dev8 = newestArticles(readme, 'algeria-morocco-airspace-ban-extended').slice(
      0,
      -(dev9.length + dev10.length),
    );
    expect(dev8).toHaveLength(6);
    expect([...DEV8_ARTICLES].sort()).toEqual([...dev8].sort());
    const dev7 = newestArticles(readme, 'bolivia-chile-arica-port-fees-icj').slice(
      0,
      -(dev8.length + dev9.length + dev10.length),
    );
    expect(dev7).toHaveLength(6);
    expect([...DEV7_ARTICLES].sort()).toEqual([...dev7].sort());
    const dev6 = newestArticles(readme, 'ethiopia-djibouti-tadjourah-port-deal').slice(
      0,
      -(dev7.length + dev8.length + dev9.length + dev10.length),
    );
    expect(dev6).toHaveLength(6);
    expect([...DEV6_ARTICLES].sort()).toEqual([...dev6].sort());
    const dev5 = newestArticles(readme, 'niger-benin-pipeline-shutdown').slice(
      0,
      -(dev6.length + dev7.length + dev8.length + dev9.length + dev10.length),
    );
    expect(dev5).toHaveLength(6);
    expect([...DEV5_ARTICLES].sort()).toEqual([...dev5].sort());
    const dev4 = newestArticles(readme, 'uruguay-paraguay-dredger-seized').slice(
      0,
      -(dev5.length + dev6.length + dev7.length + dev8.length + dev9.length + dev10.length),
    );
    expect(dev4).toHaveLength(6);
    expect([...DEV4_ARTICLES].sort()).toEqual([...dev4].sort());
    const rows = newestArticles(readme, 'ecuador-thailand-trade-pact').slice(
      0,
      -(
        dev4.length +
        dev5.length +
        dev6.length +
        dev7.length +
        dev8.length +
        dev9.length +
        dev10.length
      ),
    );
    expect(rows).toHaveLength(16);
    expect([...NEWEST_DEV_ARTICLES].sort()).toEqual([...rows].sort());
    expect(devColumn('corpus', rows[0] ?? '')).toBe('new');
    expect(devColumn('corpus', dev4[0] ?? '')).toBe('dev4');
    expect(dev5.map(n => devColumn('corpus', n))).toEqual(dev5.map(() => 'dev5'));
    expect(dev6.map(n => devColumn('corpus', n))).toEqual(dev6.map(() => 'dev6'));
    expect(dev7.map(n => devColumn('corpus', n))).toEqual(dev7.map(() => 'dev7'));
    expect(dev8.map(n => devColumn('corpus', n))).toEqual(dev8.map(() => 'dev8'));
    expect(dev9.map(n => devColumn('corpus', n))).toEqual(dev9.map(() => 'dev9'));
    expect(dev10.map(n => devColumn('corpus', n))).toEqual(dev10.map(() => 'dev10'));
    expect(devColumn('corpus', 'poland-expels-russian-diplomats')).toBe('old');
    expect(isOlderCorpusArticle('poland-expels-russian-diplomats')).toBe(true);
    expect(
      [...rows, ...dev4, ...dev5, ...dev6, ...dev7, ...dev8, ...dev9, ...dev10].filter(
        isOlderCorpusArticle,
      ),
    ).toEqual([]);
    expect(devColumn('holdout', 'x')).toBeNull();
    expect(devColumn('validation', 'x')).toBeNull();
  });

  it('counts each cause per column, most frequent first, with a total', () => {
    const lines = causeTable(
      't',
      ['seed', 'new'],
      [
        { column: 'seed', name: 's', cases: [{ cause: 'b', example: '' }] },
        {
          column: 'new',
          name: 'n',
          cases: [
            { cause: 'a', example: '' },
            { cause: 'a', example: '' },
            { cause: 'b', example: '' },
          ],
        },
      ],
    );
    const cells = (l: string | undefined): string[] => (l ?? '').trim().split(/\s+/u);
    expect(cells(lines[1])).toEqual(['a', '0', '2', '2']);
    expect(cells(lines[2])).toEqual(['b', '1', '1', '2']);
    expect(cells(lines[3])).toEqual(['total', '1', '3', '4']);
  });
});
