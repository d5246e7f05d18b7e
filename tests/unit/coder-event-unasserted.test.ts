/**
 * Acts told in a clause the sentence does not assert (branch precision13): what a state denied, what
 * is in question, what it has "no plans" to do. Each text is coded from its REAL CoreNLP parse recorded
 * in tests/fixtures/parses/evt-*.json.
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('acts in clauses not asserted', () => {
  it('codes no act a state denied, nor one in reports it dismissed; keeps the act told plainly', () => {
    // "denied that … had seized", "dismissed reports that it had expelled", "denied shelling"
    expect(triples(codeRecorded('evt-unasserted-denials'))).toEqual([
      '161 country:FJI -> country:TON',
    ]);
  });

  it('codes no act in question ("unclear whether", "Will …?") nor one with "no plans"', () => {
    expect(triples(codeRecorded('evt-unasserted-questions'))).toEqual([
      '057 country:BEN -> country:NER',
      '057 country:NER -> country:BEN',
    ]);
  });
});

describe('a participle on a clause subject', () => {
  it('codes no arrest of the speaker by the police that arrested the subject of his clause', () => {
    // "three of the gunmen, arrested … by Guinean police, had confessed": the gunmen were arrested,
    // not Konte (the main clause's subject), and the gunmen name no actor
    const b = codeRecorded('evt-participle-subject');
    expect(b.events.filter(e => e.code.startsWith('17'))).toEqual([]);
  });
});

describe('a relative clause that describes its noun', () => {
  it('codes no act from a simple present set off by commas ("Fiji, which supplies Tonga …")', () => {
    // the present perfect of the second sentence is told as an act and kept
    expect(triples(codeRecorded('evt-descriptive-relative'))).toEqual([
      '057 country:VUT -> country:WSM',
      '057 country:WSM -> country:VUT',
      '060 country:VUT -> country:TON',
      '161 country:FJI -> country:WSM',
    ]);
  });

  it('keeps the act of another subject in a relative clause ("Malawi, which Zambia accuses …")', () => {
    expect(triples(codeRecorded('evt-object-relative'))).toEqual([
      '112 country:ZMB -> country:MWI',
    ]);
  });
});
