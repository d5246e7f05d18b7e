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
  DEV17_ARTICLES,
  DEV_GROUPS,
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

  it('names as new the corpus table rows from ecuador-thailand-trade-pact to dev4, then each first-sight group', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../eval/README.md'), 'utf8');
    // the groups' rows end the table, oldest group first: each group runs from its first row to the next's
    let later = 0;
    for (const g of [...DEV_GROUPS].reverse()) {
      const first = [...g.articles][0] ?? '';
      const rows = newestArticles(readme, first);
      const own = later === 0 ? rows : rows.slice(0, -later);
      expect(own).toHaveLength(g.articles.size);
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect([...g.articles].sort()).toEqual([...own].sort());
      expect(own.map(n => devColumn('corpus', n))).toEqual(own.map(() => g.column));
      expect(own.filter(isOlderCorpusArticle)).toEqual([]);
      later += own.length;
    }
    expect(DEV_GROUPS.map(g => g.column)).toEqual(DEV_GROUPS.map((_, i) => `dev${i + 4}`));
    expect(DEV_GROUPS[0]?.articles).toBe(DEV4_ARTICLES);
    expect(DEV_GROUPS.at(-1)?.articles).toBe(DEV17_ARTICLES);
    const rows = newestArticles(readme, 'ecuador-thailand-trade-pact').slice(0, -later);
    expect(rows).toHaveLength(16);
    expect([...NEWEST_DEV_ARTICLES].sort()).toEqual([...rows].sort());
    expect(rows.map(n => devColumn('corpus', n))).toEqual(rows.map(() => 'new'));
    expect(rows.filter(isOlderCorpusArticle)).toEqual([]);
    expect(devColumn('corpus', 'poland-expels-russian-diplomats')).toBe('old');
    expect(isOlderCorpusArticle('poland-expels-russian-diplomats')).toBe(true);
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
