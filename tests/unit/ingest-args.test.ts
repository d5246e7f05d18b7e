import { parseIngestArgs, parseShard, workerArgv } from '../../src/ingest/ingest-args';
import { DEFAULT_INGEST_BATCH } from '../../src/ingest/ingest-files';
import { sumTotals } from '../../src/ingest/ingest-workers';

describe('npm run ingest command line', () => {
  it('defaults to one worker taking every input', () => {
    expect(parseIngestArgs(['a.jsonl', 'dir'])).toEqual({
      batchSize: DEFAULT_INGEST_BATCH,
      workers: 1,
      shard: { index: 0, count: 1 },
      paths: ['a.jsonl', 'dir'],
    });
  });

  it('reads --batch, --workers and --shard K/N (1-based) anywhere among the paths', () => {
    expect(parseIngestArgs(['x', '--batch', '50', 'y', '--workers', '3'])).toMatchObject({
      batchSize: 50,
      workers: 3,
      paths: ['x', 'y'],
    });
    expect(parseIngestArgs(['--shard', '2/3', 'x'])).toMatchObject({
      shard: { index: 1, count: 3 },
      workers: 1,
    });
  });

  it.each([
    [['--batch', '0', 'x'], /--batch 0/],
    [['--workers', '17', 'x'], /--workers 17/],
    [['--shard', '4/3', 'x'], /--shard 4\/3/],
    [['--shard', '0/3', 'x'], /--shard 0\/3/],
    [['--workers', '2', '--shard', '1/2', 'x'], /do not go together/],
    [['--threads', '2', 'x'], /unknown option --threads/],
    [['--batch'], /needs a value/],
    [['--workers', '2'], /no file or folder/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseIngestArgs(argv);
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it('parses shards strictly', () => {
    expect(parseShard('1/1')).toEqual({ index: 0, count: 1 });
    expect(parseShard('3/1000')).toEqual({ index: 2, count: 1000 });
    expect(parseShard('1/1001')).toBeUndefined();
    expect(parseShard('1/2/3')).toBeUndefined();
    expect(parseShard(' 1/2')).toBeUndefined();
  });

  it('gives each worker of a run its own shard of the same paths', () => {
    const args = parseIngestArgs(['--workers', '3', '--batch', '20', 'in']);
    if ('error' in args) {
      throw new Error(args.error);
    }
    expect([0, 1, 2].map(i => workerArgv(args, i))).toEqual([
      ['--batch', '20', '--shard', '1/3', 'in'],
      ['--batch', '20', '--shard', '2/3', 'in'],
      ['--batch', '20', '--shard', '3/3', 'in'],
    ]);
  });

  it('sums the workers totals', () => {
    const t = (n: number, skipped: string[]) => ({
      articles: n,
      newArticles: n - 1,
      actors: 2 * n,
      statements: 3 * n,
      events: 4 * n,
      skipped: skipped.map(where => ({ where, reason: 'bad' })),
    });
    expect(sumTotals([t(2, ['a']), t(5, []), t(1, ['b'])])).toEqual({
      articles: 8,
      newArticles: 5,
      actors: 16,
      statements: 24,
      events: 32,
      skipped: [
        { where: 'a', reason: 'bad' },
        { where: 'b', reason: 'bad' },
      ],
    });
  });
});
