/**
 * `npm run coder:parses` picks which test sentences to record: by default only those with no recording yet
 * (re-recording an old one can move SUTime's weekday dates under its test), the named ones, or all with --all.
 */
import { namesToRecord } from '../../src/ingest/coder/parse-record.cli';

const specs = {
  old: { text: 'Chile recalled its ambassador.', date: '2025-03-04' },
  fresh: { text: 'Peru welcomed the talks.', date: '2025-03-04' },
};
const recorded = (name: string): boolean => name === 'old';

describe('namesToRecord', () => {
  it('records only the sentences with no recording by default', () => {
    expect(namesToRecord(specs, [], recorded)).toEqual(['fresh']);
  });

  it('re-records the named sentences, recorded or not', () => {
    expect(namesToRecord(specs, ['old'], recorded)).toEqual(['old']);
  });

  it('re-records every sentence with --all', () => {
    expect(namesToRecord(specs, ['--all'], recorded)).toEqual(['old', 'fresh']);
  });

  it('names the file to edit when a sentence is unknown', () => {
    expect(() => namesToRecord(specs, ['missing'], recorded)).toThrow(
      'not in tests/fixtures/parses/sentences.json: missing (add them there first)',
    );
  });
});
