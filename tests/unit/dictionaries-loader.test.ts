import fs from 'node:fs';
import path from 'node:path';
import { convertDictionaries } from '../../src/ingest/dictionaries/dictionaries.convert';
import {
  actorsByAlias,
  codesAt,
  discardIn,
  matchActorAt,
  matchAgentAt,
  agentsFor,
  rolesAt,
  statesAt,
  synsetMembers,
  verbBlock,
  verbEntries,
} from '../../src/ingest/dictionaries/dictionary.loader';

const GENERATED = path.join(__dirname, '../../src/ingest/dictionaries/generated');

describe('generated dictionaries', () => {
  it('are exactly what the converter makes of the committed sources (run `npm run dictionaries`)', () => {
    const result = convertDictionaries();
    expect([...result.files.keys()].sort()).toEqual(fs.readdirSync(GENERATED).sort());
    for (const [name, text] of result.files) {
      expect(fs.readFileSync(path.join(GENERATED, name), 'utf8') === text).toBe(true);
    }
  });

  it('carry the MIT notice and origin in every file', () => {
    for (const name of fs.readdirSync(GENERATED)) {
      const { notice } = JSON.parse(fs.readFileSync(path.join(GENERATED, name), 'utf8')) as {
        notice: string;
      };
      expect(notice).toContain('MIT licence');
      expect(notice).toContain('openeventdata/petrarch2');
      expect(notice).toContain('676801c');
    }
  });
});

describe('dictionary loader on the real data', () => {
  it('codes ACCUSE 112 by its own line inside the BLAME block', () => {
    const [accuse, ...others] = verbEntries('accuse');
    expect(others).toEqual([]);
    expect(accuse?.block.label).toBe('BLAME');
    expect(accuse?.code).toEqual({ forward: '112', reverse: null });
    expect(verbEntries('condemn')[0]?.code.forward).toBe('111');
  });

  it('gives EXPEL the DEPORT block code and its diplomat patterns (DIPLOMAT 161, DIPLOMATS 174)', () => {
    const [expel] = verbEntries('EXPEL');
    expect(expel?.code).toEqual({ forward: '174', reverse: null });
    const post = (word: string) =>
      expel?.patterns.find(p => p.post.length === 1 && p.post[0]?.join(' ') === word);
    expect(post('DIPLOMAT')?.code.forward).toBe('161');
    expect(post('DIPLOMATS')?.code.forward).toBe('174');
  });

  it('keeps paired codes directed and [---] blocks null', () => {
    const rush = verbBlock('ACCELERATE');
    expect(rush?.code).toEqual({ forward: null, reverse: null });
    expect(
      rush?.patterns.find(p => p.postPreps[0]?.prep === 'TO' && p.post.length === 0)?.code,
    ).toEqual({
      forward: '042',
      reverse: '043',
    });
  });

  it('finds multi-word verbs by lemma and particle', () => {
    const askFor = verbEntries('ask', 'for');
    expect(askFor.length).toBeGreaterThan(0);
    expect(askFor.every(e => e.verb.after.join(' ') === 'FOR')).toBe(true);
    expect(verbEntries('ask', '').every(e => e.verb.after.length === 0)).toBe(true);
    expect(synsetMembers('&WMD')).toContain('CHEMICAL WEAPONS');
  });

  it("gives Vladimir Putin's dated roles as the file has them", () => {
    const [putin] = actorsByAlias('Vladimir Putin');
    expect(putin?.id).toBe('phoenix:vladimir-putin');
    expect(rolesAt('phoenix:vladimir-putin', '2005-06-01')).toEqual([
      { code: 'RUSGOV', from: '1999-12-31', to: '2008-05-07' },
    ]);
    expect(rolesAt('phoenix:vladimir-putin', '2009-01-01')).toEqual([
      { code: 'RUSGOV', from: '2008-05-08', to: null },
    ]);
    expect(codesAt('phoenix:vladimir-putin', '1990-01-01')).toEqual(['RUSELI']);
    expect(statesAt('phoenix:vladimir-putin', '2009-01-01')).toEqual(['country:RUS']);
    expect(rolesAt('phoenix:no-such-actor', '2009-01-01')).toEqual([]);
  });

  it('puts Kosovo people in country:XKK', () => {
    const [thaci] = actorsByAlias('HASHIM THACI');
    expect(codesAt(thaci?.id ?? '', '2010-01-01')).toEqual(['KSVGOV']);
    expect(statesAt(thaci?.id ?? '', '2010-01-01')).toEqual(['country:XKK']);
  });

  it('matches the longest actor alias and agent phrase in a token sequence', () => {
    const tokens = 'said Russian President Vladimir Putin on Tuesday'.split(' ');
    const match = matchActorAt(tokens, 1);
    expect(match).toMatchObject({
      start: 1,
      length: 4,
      phrase: 'RUSSIAN PRESIDENT VLADIMIR PUTIN',
    });
    expect(match?.values.map(a => a.id)).toEqual(['phoenix:vladimir-putin']);
    expect(matchActorAt(tokens, 0)).toBeNull();
    expect(agentsFor('minister')).toEqual([
      expect.objectContaining({ code: 'GOV', prefix: false }),
    ]);
    expect(matchAgentAt(['Foreign', 'Minister', 'Lavrov'], 0)?.length).toBe(2);
  });

  it('finds discard phrases, whole or as a stem', () => {
    expect(discardIn('fans watched the World Cup final'.split(' '))).toMatchObject({
      entry: { phrase: 'WORLD CUP', story: true },
      start: 3,
      length: 2,
    });
    expect(discardIn(['Baseballs', 'flew'])?.entry.phrase).toBe('BASEBALL');
    expect(discardIn('Russia and Ukraine agreed to talk'.split(' '))).toBeNull();
  });
});
