/**
 * Guards added in the review of round 15 (coder 0.18.0), each on the REAL CoreNLP parse of a short
 * sentence recorded in tests/fixtures/parses (`lead15-*`).
 */
import type { KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const events = (b: KgBatch): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('a quoted label on a person named by a role noun (quoting.ts)', () => {
  it('is an insult, not a statement of the one who said it', () => {
    const b = codeRecorded('lead15-titled-insult');
    expect(events(b)).toEqual(['111 country:KEN -> country:SOM']);
    expect(b.statements).toEqual([]);
  });
});

describe('"the two islands" (discourse.ts, state-forms.ts)', () => {
  it('names no pair of states when the pair is not two island states', () => {
    // Russia is no island state: the signing has no doers the coder can name
    const b = codeRecorded('lead15-mainland-islands');
    expect(events(b)).toEqual(['046 country:JPN -> country:RUS', '046 country:RUS -> country:JPN']);
  });
});

describe('an envoy "summoned in" a capital (summoned-envoys.ts)', () => {
  it('is summoned by that capital’s state, though two other states are named', () => {
    const b = codeRecorded('lead15-summoned-in');
    expect(events(b)).toEqual(['114 country:PER -> country:CHL']);
  });
});
