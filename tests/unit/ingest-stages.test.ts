import {
  STAGES,
  percentile,
  type StageIntervals,
  StageRecorder,
  stageBreakdown,
  unionMs,
} from '../../src/bench/ingest-stages';

function spans(partial: Partial<StageIntervals>): StageIntervals {
  return { queue: [], parse: [], code: [], write: [], ...partial };
}

describe('bench:ingest stage arithmetic', () => {
  it('measures the union of overlapping and disjoint intervals once', () => {
    expect(unionMs([])).toBe(0);
    expect(
      unionMs([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 20, end: 30 },
        { start: 22, end: 25 },
      ]),
    ).toBe(25);
  });

  it('gives mean ms per article from summed time and busy share from the union', () => {
    // two parses of 40 ms in flight together, then two codings of 10 ms in turn, then one
    // 30 ms group write for both articles; a 10 ms gap at the end: wall clock 100 ms
    const b = stageBreakdown(
      spans({
        parse: [
          { start: 0, end: 40 },
          { start: 0, end: 40 },
        ],
        code: [
          { start: 40, end: 50 },
          { start: 50, end: 60 },
        ],
        write: [{ start: 60, end: 90 }],
      }),
      { start: 0, end: 100 },
      2,
    );
    expect(b.wallMs).toBe(100);
    expect(b.stages.parse).toEqual({
      count: 2,
      meanMsPerArticle: 40,
      busyShare: 0.4,
      meanConcurrency: 2,
    });
    expect(b.stages.code.meanMsPerArticle).toBe(10);
    expect(b.stages.code.busyShare).toBeCloseTo(0.2);
    expect(b.stages.write.meanMsPerArticle).toBe(15); // one group's write shared by its two articles
    expect(b.stages.write.busyShare).toBeCloseTo(0.3);
    expect(b.stages.queue).toEqual({
      count: 0,
      meanMsPerArticle: 0,
      busyShare: 0,
      meanConcurrency: 0,
    });
    expect(b.overlapShare).toBe(0);
    expect(b.idleShare).toBeCloseTo(0.1);
  });

  it('keeps every busy share within 100% when stages overlap, and says how much they overlap', () => {
    // parsing runs the whole time while writes take 60 of the 100 ms: shares 100% and 60%
    const b = stageBreakdown(
      spans({
        parse: [
          { start: 0, end: 70 },
          { start: 50, end: 100 },
        ],
        write: [
          { start: 10, end: 40 },
          { start: 60, end: 90 },
        ],
      }),
      { start: 0, end: 100 },
      4,
    );
    expect(b.stages.parse.busyShare).toBe(1);
    expect(b.stages.parse.meanMsPerArticle).toBe(30);
    expect(b.stages.parse.meanConcurrency).toBeCloseTo(1.2);
    expect(b.stages.write.busyShare).toBeCloseTo(0.6);
    const sum = STAGES.reduce((n, s) => n + b.stages[s].busyShare, 0);
    expect(sum).toBeCloseTo(1.6);
    expect(b.overlapShare).toBeCloseTo(0.6);
    expect(b.idleShare).toBe(0);
    expect(sum).toBeCloseTo(1 - b.idleShare + b.overlapShare); // two stages at most here
  });

  it('counts only the part of an interval inside the window', () => {
    const b = stageBreakdown(
      spans({ code: [{ start: -50, end: 20 }], write: [{ start: 90, end: 500 }] }),
      { start: 0, end: 100 },
      1,
    );
    expect(b.stages.code.meanMsPerArticle).toBe(20);
    expect(b.stages.write.busyShare).toBeCloseTo(0.1);
    expect(b.idleShare).toBeCloseTo(0.7);
  });

  it('hands over what it recorded and starts afresh', () => {
    const r = new StageRecorder();
    r.add('parse', 1, 2);
    r.add('write', 3, 5);
    expect(r.take()).toEqual(
      spans({ parse: [{ start: 1, end: 2 }], write: [{ start: 3, end: 5 }] }),
    );
    expect(r.take()).toEqual(spans({}));
  });
});

describe('bench:ingest read latency percentiles', () => {
  it('takes the nearest rank, and nothing of no values', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i); // 200 .. 1, unsorted
    expect(percentile(values, 0.99)).toBe(198);
    expect(percentile(values, 0.5)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.99)).toBeUndefined();
  });
});
