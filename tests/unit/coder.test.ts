/**
 * The coder's rules on small sentences, each coded from the REAL CoreNLP parse recorded in
 * tests/fixtures/parses (`npm run coder:parses` re-records them from tests/fixtures/parses/sentences.json).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { calendarDate } from '../../src/ingest/coder/event-dates';
import { isNegated, modalityOf } from '../../src/ingest/coder/modality';
import { SentenceView } from '../../src/ingest/coder/sentence-view';
import { DatePrecision, Modality } from '../../src/schema/domain.enum';
import { codeRecorded, recorded } from '../helpers/recorded-parse';

const code = codeRecorded;

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

/** The first token of `name`'s parse whose word is `word`. */
function tokenOf(name: string, word: string): { view: SentenceView; index: number } {
  for (const s of recorded(name).doc.sentences) {
    const t = s.tokens.find(x => x.word === word);
    if (t !== undefined) {
      return { view: new SentenceView(s), index: t.index };
    }
  }
  throw new Error(`no token ${word} in ${name}`);
}

describe('the coder on the parse', () => {
  it('distributes conjoined subjects: one event per subject', () => {
    expect(triples(code('conj-subjects'))).toEqual([
      '111 country:CHN -> country:JPN',
      '111 country:RUS -> country:JPN',
    ]);
  });

  it('takes the source of a passive from its by-agent and the target from its subject; expelling diplomats is 161', () => {
    const b = code('passive-agent');
    expect(triples(b)).toEqual(['161 country:POL -> country:RUS']);
    expect(b.events[0]?.summary).toContain('expelled by');
  });

  it('codes nothing denied: "did not condemn", "refused to meet"', () => {
    const b = code('negated');
    expect(b.actors.map(a => a.id)).toHaveLength(4);
    expect(b.events).toEqual([]);
    const { view, index } = tokenOf('negated', 'meet');
    expect(isNegated(view, index)).toBe(true);
  });

  it('reads modality from the auxiliary: could is POSSIBLE, will is PLANNED, neither is dated', () => {
    const b = code('modal');
    const byCode = new Map(b.events.map(e => [e.code.slice(0, 2), e]));
    expect(byCode.get('16')).toMatchObject({
      sourceId: 'country:RUS',
      targetId: 'country:JPN',
      modality: Modality.POSSIBLE,
      date: null,
    });
    expect(byCode.get('07')).toMatchObject({
      sourceId: 'country:IND',
      targetId: 'country:KEN',
      modality: Modality.PLANNED,
      date: null,
    });
    const { view, index } = tokenOf('conj-subjects', 'condemned');
    expect(modalityOf(view, index)).toBe(Modality.ASSERTED);
  });

  it('codes a visit as told (042, no hosting 043 unless told) and resolves a capital and a possessive', () => {
    expect(triples(code('paired-visit'))).toEqual(['042 country:JPN -> country:PHL']);
  });

  it('lets joint subjects with no target act on each other', () => {
    expect(triples(code('joint-agree'))).toEqual([
      '057 country:PRT -> country:VNM',
      '057 country:VNM -> country:PRT',
    ]);
  });

  it('codes no event between a person and their own state', () => {
    const b = code('same-state');
    expect(b.actors.map(a => a.id).sort()).toEqual(['country:RUS', 'person:vladimir-putin']);
    expect(b.events).toEqual([]);
  });

  it('resolves a later surname to the full name and keeps the possessive out of it', () => {
    const b = code('short-name');
    const lai = b.actors.find(a => a.id === 'person:lai-ching-te');
    // the name and id never hold the possessive; the mention does (eval/README.md conventions)
    expect(lai?.name).toBe('Lai Ching-te');
    expect(lai?.mentions.map(m => m.text)).toEqual(["Lai Ching-te's", 'Lai']);
    expect(triples(b)).toEqual([
      '051 person:lai-ching-te -> country:JPN',
      '111 person:lai-ching-te -> country:CHN',
    ]);
  });

  it('dates an event from the SUTime date of its sentence, else the article day as inferred', () => {
    const [monday] = code('conj-subjects').events;
    expect(monday).toMatchObject({ date: '2024-06-17', dateInferred: false });
    const past = code('dated-past').events[0];
    expect(past).toMatchObject({
      code: '1123',
      date: '2023-03-03',
      datePrecision: DatePrecision.DAY,
      modality: Modality.HISTORICAL,
    });
    const later = code('short-name').events.find(e => e.code === '051');
    expect(later).toMatchObject({ date: '2024-06-19', dateInferred: true });
  });

  it('reads SUTime values as calendar dates with their precision', () => {
    expect(calendarDate('2024-07')).toEqual({ date: '2024-07-01', precision: DatePrecision.MONTH });
    expect(calendarDate('2023')).toEqual({ date: '2023-01-01', precision: DatePrecision.YEAR });
    expect(calendarDate('XXXX-WXX-1')).toBeNull();
    expect(calendarDate(undefined)).toBeNull();
  });

  it('takes a phrase with its tight modifiers but never the possessive marker', () => {
    const { view, index } = tokenOf('paired-visit', 'minister');
    const words = view.phrase(index).map(i => view.token(i).word);
    expect(words).toEqual(['Japan', 'prime', 'minister']);
  });
});
