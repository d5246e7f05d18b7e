/**
 * Hand readings the CAMEO.2.0 dictionary lacks or misreads (verb-supplement.ts, noun-events.ts) and
 * the conventions that keep or drop an act (modality.ts, conventions.ts), each on a short sentence
 * coded from its REAL CoreNLP parse recorded in tests/fixtures/parses/coding10-*.json.
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import type { NlpSentence } from '../../src/ingest/nlp/corenlp.client';
import { SentenceView } from '../../src/ingest/coder/sentence-view';
import { readingOf } from '../../src/ingest/coder/verb-readings';
import { codeRecorded, recorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('readings the dictionary lacks or misreads', () => {
  it("codes a court's order to a state as a finding against it (116), not a demand (100)", () => {
    const t = triples(codeRecorded('coding10-court-order'));
    expect(t.filter(x => x.endsWith('-> country:PER')).map(x => x.slice(0, 3))).toEqual(['116']);
  });

  it('codes giving a state until a date to act as a demand (100)', () => {
    expect(triples(codeRecorded('coding10-deadline'))).toContain('100 country:BOL -> country:PER');
  });

  it("codes sending police officers to a state as keeping order there (074), not CAMEO's 153", () => {
    expect(triples(codeRecorded('coding10-police-sent'))).toEqual([
      '074 country:CHL -> country:PER',
    ]);
  });

  it('codes a ban on aircraft as restricting movement (191), not sanctions (163)', () => {
    expect(triples(codeRecorded('coding10-airspace-ban'))).toEqual([
      '191 country:BOL -> country:CHL',
    ]);
  });

  it('reads "impose duties on X\'s goods" as sanctions (163), the noun over the light verb', () => {
    expect(triples(codeRecorded('coding10-duties'))).toContain('163 country:PRY -> country:URY');
  });

  it('codes signing an arrangement as signing an agreement (057 both ways)', () => {
    expect(triples(codeRecorded('coding10-arrangement'))).toEqual([
      '057 country:CHL -> country:PER',
      '057 country:PER -> country:CHL',
    ]);
  });

  it('codes the signers witnessing a signing as the signing (057 both ways)', () => {
    expect(triples(codeRecorded('coding10-witnessed'))).toEqual([
      '057 person:ana-rojas -> person:luis-vargas',
      '057 person:luis-vargas -> person:ana-rojas',
    ]);
  });

  it('codes money paid to a state as economic aid (071), not a purchase (061)', () => {
    expect(triples(codeRecorded('coding10-paid'))).toEqual(['071 org:eu -> country:PRY']);
  });

  it('codes cutting off supplies to a state as an embargo (163)', () => {
    expect(triples(codeRecorded('coding10-cut-supplies'))).toEqual([
      '163 country:BOL -> country:CHL',
    ]);
  });

  it('reads leaving a country as no act (LEAVE is filed under 040)', () => {
    expect(triples(codeRecorded('coding10-left-state')).filter(t => t.startsWith('04'))).toEqual(
      [],
    );
  });
});

describe('regret as a comment (coding13)', () => {
  it('reads regretting a decision as a comment (no event reading), the appeal beside it as an act', () => {
    const r = recorded('evt13-regret');
    const view = new SentenceView(r.doc.sentences[0] as NlpSentence);
    const at = (word: string): number =>
      (r.doc.sentences[0] as NlpSentence).tokens.findIndex(t => t.word === word) + 1;
    expect(readingOf(view, at('regretted'))).toBeNull();
    expect(readingOf(view, at('urged'))?.code.forward).toBe('020');
    expect(triples(codeRecorded('evt13-regret')).filter(x => x.startsWith('11'))).toEqual([]);
  });
});

describe('acts kept or dropped', () => {
  it('drops what a schedule told in the past perfect was due to do ("had been due to sign")', () => {
    expect(triples(codeRecorded('coding10-overtaken')).filter(t => t.startsWith('057'))).toEqual(
      [],
    );
  });
});
