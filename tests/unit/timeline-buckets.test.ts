import { bucketStart, nextBucket } from '../../src/graph/analytics.repository';
import { Interval } from '../../src/schema/analytics.type';

describe('timeline buckets', () => {
  it('start weeks on Monday, like Cypher date.truncate("week")', () => {
    expect(bucketStart('2022-08-15', Interval.WEEK)).toBe('2022-08-15'); // a Monday
    expect(bucketStart('2022-08-21', Interval.WEEK)).toBe('2022-08-15'); // the Sunday after
    expect(bucketStart('2023-01-01', Interval.WEEK)).toBe('2022-12-26');
  });

  it('truncate to month and year, and step across month and year ends', () => {
    expect(bucketStart('2022-07-13', Interval.MONTH)).toBe('2022-07-01');
    expect(bucketStart('2022-07-13', Interval.YEAR)).toBe('2022-01-01');
    expect(nextBucket('2022-12-01', Interval.MONTH)).toBe('2023-01-01');
    expect(nextBucket('2024-02-28', Interval.DAY)).toBe('2024-02-29');
    expect(nextBucket('2022-12-26', Interval.WEEK)).toBe('2023-01-02');
    expect(nextBucket('2019-01-01', Interval.YEAR)).toBe('2020-01-01');
  });
});
