import { stateIdOfCode } from '../../src/ingest/dictionaries/cameo-countries';
import { parseCameoVerbs } from '../../src/ingest/dictionaries/cameo-verbs.parser';
import {
  pluralOf,
  regularVerbForms,
  SkipCounter,
} from '../../src/ingest/dictionaries/dictionary-text';
import {
  parseDictionaryDate,
  parsePhoenixActors,
} from '../../src/ingest/dictionaries/phoenix-actors.parser';
import {
  parsePhoenixAgents,
  parsePhoenixDiscards,
} from '../../src/ingest/dictionaries/phoenix-lists.parser';
import { parseCodes } from '../../src/ingest/dictionaries/verb-patterns.parser';

const VERBS = [
  '# header comment',
  '&FOOD',
  '+FOOD',
  '+CASH_',
  '+PEACE_PLAN',
  '&AUXVERB_',
  '+WAS',
  '####### VERB PATTERNS #######',
  '---  BLAME   [112]  ---',
  'BLAME',
  'CONDEMN [111]   # own code',
  'BACKLASH [---]',
  '+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}',
  'WIRE_+TAP',
  'SPEED {SPEEDING SPEEDS SPED }',
  '- * (FOR {FINANCIAL AID})                  [042:043]     # RUSH',
  '- &FOOD * (TO)                             [:173]        # RUSH',
  '- $ TROOP * (TOWARD +)                     [190]',
  '- + *                                      [190]',
  '- * SPECIAL_CLAUSE (ON &FOOD)              [---]',
  '- * &UNDEFINED                             [190]',
  '- * DOWN (FROM)                            [080!]',
  '- * (FOR {FINANCIAL AID})                  [042:043]     # duplicate',
  '~ a (a b ATTACK) SAY = a b 015',
  '---  RECALL   [---]  ---',
  'RECALL',
  '- * AMBASSADOR                             [161]',
].join('\n');

describe('CAMEO verb dictionary parser', () => {
  const parsed = parseCameoVerbs(VERBS);
  const blame = parsed.blocks.find(b => b.label === 'BLAME');
  const verb = (lemma: string) => parsed.verbs.find(v => v.lemma === lemma);

  it('reads paired codes as two directed codes, never one', () => {
    expect(parseCodes('042:043')).toEqual({ forward: '042', reverse: '043' });
    expect(parseCodes(':173')).toEqual({ forward: null, reverse: '173' });
    expect(parseCodes('112')).toEqual({ forward: '112', reverse: null });
    expect(parseCodes('080!')).toBeUndefined();
    expect(blame?.patterns[0]?.code).toEqual({ forward: '042', reverse: '043' });
    expect(blame?.patterns[1]?.code).toEqual({ forward: null, reverse: '173' });
  });

  it('reads [---] as the null code: the block codes only through its patterns', () => {
    const recall = parsed.blocks.find(b => b.label === 'RECALL');
    expect(recall?.code).toEqual({ forward: null, reverse: null });
    expect(recall?.patterns.map(p => p.code.forward)).toEqual(['161']);
    expect(verb('BACKLASH')?.code).toEqual({ forward: null, reverse: null });
  });

  it("keeps a verb line's own code apart from the block's", () => {
    expect(blame?.code).toEqual({ forward: '112', reverse: null });
    expect(verb('CONDEMN')?.code).toEqual({ forward: '111', reverse: null });
    expect(verb('BLAME')?.code).toBeNull();
  });

  it('stores multi-word verbs by the + word with the other words before or after it', () => {
    expect(verb('CORDON')).toMatchObject({
      before: [],
      after: ['OFF'],
      forms: ['CORDONED', 'CORDONING', 'CORDONS'],
    });
    expect(verb('TAP')).toMatchObject({ before: ['WIRE'], after: [] });
  });

  it('takes irregular forms from {...} and generates regular ones otherwise', () => {
    expect(verb('SPEED')?.forms).toEqual(['SPED', 'SPEEDING', 'SPEEDS']);
    expect(verb('BLAME')?.forms).toEqual(['BLAMED', 'BLAMES', 'BLAMING']);
    expect(regularVerbForms('DENY')).toEqual(['DENIES', 'DENIED', 'DENYING']);
  });

  it('adds plurals to synset members unless the label or the phrase ends with _', () => {
    expect(parsed.synsets.FOOD).toEqual(['CASH', 'FOOD', 'FOODS', 'PEACE PLAN', 'PEACE PLANS']);
    expect(parsed.synsets.AUXVERB).toEqual(['WAS']);
  });

  it('reads {A B} phrases (head last), (PREP NOUN) constraints and keeps &SYN as references', () => {
    expect(blame?.patterns[0]).toMatchObject({
      pre: [],
      post: [],
      postPreps: [{ prep: 'FOR', nouns: [['FINANCIAL', 'AID']] }],
      note: 'RUSH',
    });
    expect(blame?.patterns[1]).toMatchObject({
      pre: [['&FOOD']],
      postPreps: [{ prep: 'TO', nouns: [] }],
    });
    expect(blame?.patterns.find(p => p.line === 20)).toMatchObject({
      post: [['SPECIAL', 'CLAUSE']],
      postPreps: [{ prep: 'ON', nouns: [['&FOOD']] }],
    });
  });

  it('drops the legacy $ + ^ % tokens, and the pattern when nothing else is left', () => {
    expect(blame?.patterns.find(p => p.line === 18)).toMatchObject({
      pre: [['TROOP']],
      postPreps: [{ prep: 'TOWARD', nouns: [] }],
    });
    expect(blame?.patterns.some(p => p.line === 19)).toBe(false);
    expect(parsed.skipped['patterns: $ + ^ % tokens dropped (pattern kept)']).toBe(1);
    expect(parsed.skipped['patterns: nothing left but * after dropping $ + ^ %']).toBe(1);
  });

  it('skips and counts ~ lines, undefined synsets, malformed codes and duplicates', () => {
    expect(parsed.skipped['verbs: ~ transformation line']).toBe(1);
    expect(parsed.skipped['patterns: undefined &synset']).toBe(1);
    expect(parsed.skipped['patterns: malformed code (e.g. [080!])']).toBe(1);
    expect(parsed.skipped['patterns: duplicate in its block']).toBe(1);
    expect(blame?.patterns).toHaveLength(4);
  });

  it('strips trailing # comments before reading a line', () => {
    expect(verb('CONDEMN')?.line).toBe(11);
    expect(parsed.verbs.map(v => v.lemma)).not.toContain('OWN');
  });
});

const ACTORS = [
  '# comment',
  'KOSOVO_  [KSV]',
  '+KOSOVAR_',
  'VLADIMIR_PUTIN_  # CountryInfo.txt',
  '+PUTIN_',
  '+prime_minister_Putin',
  '\t[RUSELI 700101-990809]',
  '\t[RUSGOV 991231-080507]',
  '\t[RUSGOV >080508]',
  '\t[RUSELI]',
  'OLD_KING_',
  '\t[FRAGOV <19120101]',
  '\t[FRAGOV 2004017-20061201]',
  '\t[---]',
  'JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt',
  'NO_CODES_HERE',
].join('\n');

describe('Phoenix actors parser', () => {
  const skipped = new SkipCounter();
  const actors = parsePhoenixActors(ACTORS, 'countries', skipped);
  const named = (name: string) => actors.find(a => a.name === name);

  it('reads two-digit years 00-30 as 20YY and 31-99 as 19YY, and checks the calendar', () => {
    expect(parseDictionaryDate('080507')).toBe('2008-05-07');
    expect(parseDictionaryDate('300101')).toBe('2030-01-01');
    expect(parseDictionaryDate('310101')).toBe('1931-01-01');
    expect(parseDictionaryDate('19171109')).toBe('1917-11-09');
    expect(parseDictionaryDate('100931')).toBeNull();
    expect(parseDictionaryDate('2004017')).toBeNull();
  });

  it('reads dated roles, open-ended ones and the undated default', () => {
    expect(named('VLADIMIR PUTIN')).toMatchObject({
      kind: 'person',
      roles: [
        { code: 'RUSELI', from: '1970-01-01', to: '1999-08-09' },
        { code: 'RUSGOV', from: '1999-12-31', to: '2008-05-07' },
        { code: 'RUSGOV', from: '2008-05-08', to: null },
      ],
      defaults: ['RUSELI'],
    });
    expect(named('OLD KING')?.roles).toEqual([{ code: 'FRAGOV', from: null, to: '1912-01-01' }]);
    expect(skipped.toRecord()['codes: invalid date (role dropped)']).toBe(1);
    expect(skipped.toRecord()['codes: null code [---] or empty []']).toBe(1);
  });

  it('normalises aliases to upper-case tokens and reads codes on the primary line', () => {
    expect(named('VLADIMIR PUTIN')?.aliases).toEqual([
      'PRIME MINISTER PUTIN',
      'PUTIN',
      'VLADIMIR PUTIN',
    ]);
    expect(named('JAVIER DE CUELLAR')).toMatchObject({
      roles: [{ code: 'IGOUNO', from: '1982-01-01', to: '1991-12-31' }],
      defaults: ['ELI'],
    });
    expect(named('KOSOVO')).toMatchObject({ kind: 'state', defaults: ['KSV'] });
    expect(named('NO CODES HERE')).toMatchObject({ kind: 'group', roles: [], defaults: [] });
  });

  it("maps a code's state to the project's country ids, Kosovo's KSV to country:XKK", () => {
    expect(stateIdOfCode('KSVGOV')).toBe('country:XKK');
    expect(stateIdOfCode('KSV')).toBe('country:XKK');
    expect(stateIdOfCode('RUSGOV')).toBe('country:RUS');
    expect(stateIdOfCode('USRARM')).toBe('historical:soviet-union');
    expect(stateIdOfCode('IGOUNO')).toBeNull();
    expect(stateIdOfCode('ELI')).toBeNull();
  });
});

describe('Phoenix agents and discards parsers', () => {
  const agents = parsePhoenixAgents(
    [
      '!PERSON! = MAN, WOMAN',
      'CONGRESS!PERSON! [~LEG]',
      'MINISTER [~GOV] # ns',
      'POLICE {} [~COP]',
      'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]',
      'HUMAN_RIGHTS_BODY  [NGO~]',
      'DEPUTY [~GOV]',
      'ENVOY [~GOV]',
      'BOSS [~BUS]',
      'MINISTRY_  [~GOV]',
      'NO CODE HERE',
    ].join('\n'),
  );
  const phrases = agents.agents.map(a => a.phrase);

  it('expands !MARKER! sets without plurals and reads ~ before or after the code', () => {
    expect(phrases).toEqual(expect.arrayContaining(['CONGRESSMAN', 'CONGRESSWOMAN']));
    expect(phrases).not.toContain('CONGRESSMANS');
    expect(agents.agents.find(a => a.phrase === 'HUMAN RIGHTS BODY')).toMatchObject({
      code: 'NGO',
      prefix: true,
    });
    expect(agents.agents.find(a => a.phrase === 'MINISTER')).toMatchObject({
      code: 'GOV',
      prefix: false,
    });
  });

  it('adds regular plurals, {} for none, {X} for an irregular one, and none after a trailing _', () => {
    expect(phrases).toEqual(
      expect.arrayContaining(['MINISTERS', 'DEPUTIES', 'ENVOYS', 'BOSSES', 'ATTORNEYS GENERAL']),
    );
    expect(phrases).toContain('POLICE');
    expect(phrases).not.toContain('POLICES');
    expect(phrases).not.toContain('MINISTRIES');
    expect(pluralOf('WEAPONS')).toBe('WEAPONS');
    expect(agents.skipped['agents: no [code]']).toBe(1);
  });

  it('reads discards: + for the whole story, trailing _ for a whole word, else a stem', () => {
    const { discards } = parsePhoenixDiscards(
      ['+WORLD CUP   # ab', 'BASEBALL', 'ANDRE_AGASSI_', '+ World Golf Championships'].join('\n'),
    );
    expect(discards).toEqual([
      { phrase: 'ANDRE AGASSI', story: false, wholeWord: true },
      { phrase: 'BASEBALL', story: false, wholeWord: false },
      { phrase: 'WORLD CUP', story: true, wholeWord: false },
      { phrase: 'WORLD GOLF CHAMPIONSHIPS', story: true, wholeWord: false },
    ]);
  });
});
