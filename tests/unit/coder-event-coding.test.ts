/**
 * How the coder chooses the CAMEO code (mutual-nouns.ts, verb-supplement.ts), each on a short sentence
 * coded from its REAL CoreNLP parse recorded in tests/fixtures/parses/evt-*.json (`npm run coder:parses`).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { betweenStates } from '../../src/ingest/coder/conventions';
import { mutualNounCode } from '../../src/ingest/coder/mutual-nouns';
import { SentenceView } from '../../src/ingest/coder/sentence-view';
import { codeRecorded, recorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('choosing the CAMEO code', () => {
  it('codes a meeting or talks "between" two parties each way, with the code of HOLD * NOUN', () => {
    const b = codeRecorded('evt-between-nouns');
    const mutual = b.events.filter(e => e.code === '046');
    expect(mutual.map(e => `${e.sourceId} -> ${e.targetId}`).sort()).toEqual([
      'country:CHL -> country:PER',
      'country:PER -> country:CHL',
      'country:SDN -> country:TCD',
      'country:TCD -> country:SDN',
    ]);
    // talks only offered are no talks; clashes are no HOLD pattern and code nothing here
    expect(triples(b).filter(t => t.includes('country:BOL') && t.startsWith('046'))).toEqual([]);
    expect(triples(b).filter(t => t.startsWith('19'))).toEqual([]);
  });

  it('takes the codes of mutual nouns from the paired HOLD patterns of CAMEO.2.0 only', () => {
    const s = recorded('evt-between-nouns').doc.sentences;
    const codeOf = (word: string): string | null => {
      for (const sentence of s) {
        const t = sentence.tokens.find(x => x.word === word);
        if (t !== undefined) {
          return mutualNounCode(new SentenceView(sentence), t.index);
        }
      }
      return null;
    };
    expect(codeOf('meeting')).toBe('046');
    expect(codeOf('talks')).toBe('046');
    expect(codeOf('accord')).toBeNull();
    expect(codeOf('clashes')).toBeNull();
  });

  it('matches no object pattern on the agent of a passive or participle ("signed by the armed forces minister")', () => {
    // CAMEO's SIGN * &MILITARY (062) is about what is signed; the "by" phrase names the signers
    expect(triples(codeRecorded('evt-passive-agent'))).toEqual([
      '057 country:CHL -> country:PER',
      '057 country:PER -> country:CHL',
    ]);
  });

  it("codes one state's ban on another's officials as sanctions (163), not CAMEO's domestic 172", () => {
    // and "condemned the bans" still finds the banning states (reactions.ts)
    expect(triples(codeRecorded('evt-entry-bans'))).toEqual([
      '111 country:BOL -> country:CHL',
      '111 country:BOL -> country:PER',
      '163 country:CHL -> country:BOL',
      '163 country:PER -> country:BOL',
    ]);
    expect(betweenStates('172', 'country:CHL', 'country:BOL')).toBe('163');
    expect(betweenStates('1721', 'country:CHL', 'country:CHL')).toBe('1721');
    expect(betweenStates('172', 'org:ecowas', 'country:BOL')).toBe('172');
  });

  it("reads a chargé d'affaires summoned as an envoy summoned, a protest (114)", () => {
    expect(triples(codeRecorded('evt-charge-daffaires'))).toEqual([
      '114 country:CHL -> country:PER',
    ]);
  });

  it('codes taking a state to a court as a lawsuit on that state (115), the court no target', () => {
    // CAMEO.2.0's TAKE reads 171 (seize); the court is where the case goes, not whom it is aimed at
    const b = codeRecorded('evt-court-veto-truce');
    expect(triples(b).filter(t => t.includes('country:PER'))).toEqual([
      '115 country:PER -> country:ECU',
    ]);
  });

  it("codes blocking another state's bid or talks as a veto (129), not CAMEO's exclusion (170)", () => {
    const b = codeRecorded('evt-court-veto-truce');
    expect(triples(b).filter(t => t.includes('country:COL'))).toEqual([
      '129 country:COL -> country:VEN',
    ]);
  });

  it('codes agreeing to stop firing or end hostilities as the ceasefire itself (087) each way', () => {
    // also where the parser reads "agreed on Monday to stop" as an advcl with "Monday" its subject
    const b = codeRecorded('evt-court-veto-truce');
    expect(triples(b).filter(t => /CHL|ARG|PRY|BOL/.test(t))).toEqual([
      '087 country:ARG -> country:CHL',
      '087 country:BOL -> country:PRY',
      '087 country:CHL -> country:ARG',
      '087 country:PRY -> country:BOL',
    ]);
  });

  it('reads lifting sanctions as easing them (085), the code most tied CAMEO.2.0 patterns give', () => {
    // LIFT lists "* SANCTION" once as 0351 (intent) and "* SANCTIONS" / "* SANCTION" as 085
    expect(triples(codeRecorded('evt-lifted-sanctions'))).toEqual([
      '085 country:CHL -> country:BOL',
    ]);
  });

  it('codes suspending a state as reduced relations (161), suspending cooperation with one as 160', () => {
    // CAMEO.2.0's SUSPEND reads 1721 (restrictions on political freedoms) and has no "* COOPERATION"
    expect(triples(codeRecorded('evt-suspensions'))).toEqual([
      '160 country:CHL -> country:PER',
      '161 org:african-union -> country:GIN',
    ]);
  });
});

describe('a court asked to rule', () => {
  it('codes no appeal (020) to a court asked "to rule", and keeps one to a state asked to act', () => {
    expect(triples(codeRecorded('evt9-ask-to-rule'))).toEqual(['020 country:COL -> country:VEN']);
  });

  it('reads a flight that carries an object as a transport (SEND block), not a visit', () => {
    // "Malawi flew relief to flood-hit Mozambique on Sunday. Zambia's foreign minister flew to Maputo
    // on Monday."
    expect(triples(codeRecorded('evt-flown-cargo'))).toEqual([
      '042 country:ZMB -> country:MOZ',
      '073 country:MWI -> country:MOZ',
    ]);
  });
});
