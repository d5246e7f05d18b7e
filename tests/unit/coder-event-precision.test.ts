/**
 * The coder's precision rules on acts read on new text (branch precision9): each on a short text
 * coded from its REAL CoreNLP parse recorded in tests/fixtures/parses/evt-*.json.
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('acts not coded on new text', () => {
  it('codes no act of an opposition party or a union on "the government" of the state nearby', () => {
    const b = codeRecorded('evt-opposition-government');
    expect(b.actors.map(a => a.id).sort()).toEqual([
      'country:BRA',
      'org:boatmens-union',
      'org:green-alliance',
    ]);
    // both speak of their own government, not of Brazil, the one state of the context
    expect(triples(b)).toEqual([]);
  });

  it('codes no appeal to a court asked to rule, but keeps an appeal "to rule out" a step', () => {
    // the case against Argentina is the act (115 in the annotations), not an appeal to the court
    expect(triples(codeRecorded('evt-court-ruling'))).toEqual(['020 country:PRY -> country:ARG']);
  });

  it('codes no mediation by the state that turned down an offer to mediate', () => {
    // "turned down an offer from Brazil to mediate": the mediation was offered, not done
    const b = codeRecorded('evt-offer-noun');
    expect(b.events.filter(e => e.code.startsWith('045'))).toEqual([]);
  });

  it('reads raising an issue with a leader as a meeting (040), and with a bloc as no act', () => {
    // the dictionary read "will raise the issue with" as disapproval (110)
    expect(triples(codeRecorded('evt-raise-issue'))).toEqual([
      '040 person:ana-torres -> person:luis-paredes',
    ]);
  });

  it('reads inviting a leader to visit as an intent to meet (036), not a meeting (040)', () => {
    const invited = codeRecorded('evt-invite-visit').events.filter(e =>
      e.summary.includes('invited'),
    );
    expect(invited.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`)).toEqual([
      '036 person:ana-souza -> person:luis-paredes',
    ]);
  });

  it('reads "was ready to hold talks with Chile" as Peru’s intent to meet (036), one way', () => {
    expect(triples(codeRecorded('evt-ready-talks'))).toEqual(['036 country:PER -> country:CHL']);
  });

  it('codes no complaint at the European Commission a complaint is lodged with', () => {
    // the Commission is the forum; the ban is Spain's
    expect(triples(codeRecorded('evt-forum-complaint'))).toEqual([
      '163 country:ESP -> country:PRT',
    ]);
  });
});
