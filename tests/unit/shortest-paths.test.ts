import { type StepRow, compareSteps, enumeratePaths } from '../../src/graph/shortest-paths';

function step(from: string, to: string, extra: Partial<StepRow> = {}): StepRow {
  return { from, to, kind: 'EVENT', forward: true, eventId: null, date: null, ...extra };
}

const show = (paths: ReturnType<typeof enumeratePaths>): string[] =>
  paths.map(p => p.steps.map(s => `${s.fromId}>${s.toId}:${s.kind}:${s.eventId ?? '-'}`).join(' '));

describe('compareSteps', () => {
  it('prefers events, then the latest date (undated last), then ids', () => {
    const steps = [
      step('a', 'b', { kind: 'HOLDS_OFFICE', forward: false }),
      step('a', 'b', { eventId: 'event:1', date: null }),
      step('a', 'b', { eventId: 'event:2', date: '2020-01-01' }),
      step('a', 'b', { eventId: 'event:3', date: '2022-07-01' }),
      step('a', 'b', { kind: 'OF_COUNTRY' }),
      step('a', 'b', { eventId: 'event:0', date: '2022-07-01' }),
    ];
    expect([...steps].sort(compareSteps).map(s => s.eventId ?? s.kind)).toEqual([
      'event:0',
      'event:3',
      'event:2',
      'event:1',
      'OF_COUNTRY',
      'HOLDS_OFFICE',
    ]);
  });
});

describe('enumeratePaths', () => {
  // a -> b (two events) -> d, and a -> c -> d (relations)
  const rows = [
    step('a', 'b', { eventId: 'e1', date: '2020-01-01' }),
    step('a', 'b', { eventId: 'e2', date: '2021-01-01', forward: false }),
    step('b', 'd', { eventId: 'e3', date: '2019-01-01' }),
    step('a', 'c', { kind: 'OF_COUNTRY', forward: false }),
    step('c', 'd', { kind: 'SUCCEEDS' }),
  ];

  it('lists every path in preference order, with kinds and directions', () => {
    const paths = enumeratePaths(rows, 'a', 'd', 2, 10);
    expect(show(paths)).toEqual([
      'a>b:EVENT:e2 b>d:EVENT:e3',
      'a>b:EVENT:e1 b>d:EVENT:e3',
      'a>c:OF_COUNTRY:- c>d:SUCCEEDS:-',
    ]);
    expect(paths[0]?.length).toBe(2);
    expect(paths[0]?.steps.map(s => s.direction)).toEqual(['BACKWARD', 'FORWARD']);
  });

  it('stops at limit', () => {
    expect(show(enumeratePaths(rows, 'a', 'd', 2, 1))).toEqual(['a>b:EVENT:e2 b>d:EVENT:e3']);
  });

  it('drops duplicate steps and walks that do not end at the target', () => {
    const paths = enumeratePaths([...rows, rows[0] as StepRow, step('b', 'x')], 'a', 'd', 2, 10);
    expect(paths).toHaveLength(3);
  });

  it('returns nothing without steps', () => {
    expect(enumeratePaths([], 'a', 'd', 1, 10)).toEqual([]);
  });
});
