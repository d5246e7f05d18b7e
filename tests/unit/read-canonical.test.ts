/**
 * The read benchmark's equivalence check without a database: each server's answer brought to the
 * canonical shape, and where two canonical answers first differ.
 */
import { canonical, firstDifference } from '../../src/bench/read-canonical';
import type { OperationParams } from '../../src/bench/read-operations';

const params = { searchSize: 3 } as OperationParams;

const span = (article: string, start: number): Record<string, unknown> => ({
  article,
  start,
  end: start + 4,
  text: 'text',
});

describe('canonical answers', () => {
  it('reads newsgraph\u2019s backward dyad page newest first, as the peer and the floor order it', () => {
    const node = (id: string, date: string): Record<string, unknown> => ({
      node: {
        id,
        date,
        type: { code: '040' },
        source: { id: 'country:FRA' },
        target: { id: 'country:BRA' },
        evidence: [
          { id: `article:a|${date === '2020-01-01' ? 1 : 2}-5`, start: 1, end: 5, text: 'x' },
        ],
      },
    });
    const ng = canonical(
      'newsgraph',
      'dyad',
      {
        data: {
          dyad: { edges: [node('event:old', '2020-01-01'), node('event:new', '2021-01-01')] },
        },
      },
      params,
    ) as { id: string; evidence: { article: string }[] }[];
    expect(ng.map(e => e.id)).toEqual(['event:new', 'event:old']);
    expect(ng[0]?.evidence[0]?.article).toBe('article:a');
  });

  it('merges the peer\u2019s three full-text fields by score like newsgraph\u2019s one list', () => {
    const edges = (...hits: [string, number][]): unknown => ({
      edges: hits.map(([id, score]) => ({ score, node: { id } })),
    });
    const peer = canonical(
      'peer',
      'search',
      {
        data: {
          statementHits: edges(['statement:s', 0.5]),
          articleHits: edges(['article:a', 0.9], ['article:b', 0.1]),
          actorHits: edges(['actor:x', 0.7]),
        },
      },
      params,
    );
    const ng = canonical(
      'newsgraph',
      'search',
      {
        data: {
          search: [
            { kind: 'ARTICLE', score: 0.9, node: { id: 'article:a' } },
            { kind: 'ACTOR', score: 0.7, node: { id: 'actor:x' } },
            { kind: 'STATEMENT', score: 0.5, node: { id: 'statement:s' } },
          ],
        },
      },
      params,
    );
    expect(firstDifference(ng, peer)).toBe('');
  });

  it('compares hits tied with the last one by kind and score only, and the others by id', () => {
    const floor = (ids: string[], scores: number[]): unknown =>
      canonical(
        'floor',
        'search',
        { data: ids.map((id, i) => ({ kind: 'ARTICLE', id, score: scores[i] })) },
        params,
      );
    // which of the documents tied at the cut make the page is up to the implementation
    expect(
      firstDifference(
        floor(['a', 'b', 'c'], [0.9, 0.5, 0.5]),
        floor(['a', 'b', 'd'], [0.9, 0.5, 0.5]),
      ),
    ).toBe('');
    // a hit above the cut is not
    expect(
      firstDifference(
        floor(['a', 'b', 'c'], [0.9, 0.5, 0.4]),
        floor(['x', 'b', 'c'], [0.9, 0.5, 0.4]),
      ),
    ).toBe('[0].id: "a" vs "x"');
  });

  it('treats a missing path the same from all three servers', () => {
    expect(canonical('newsgraph', 'path', { data: { path: null } }, params)).toBeNull();
    expect(canonical('peer', 'path', { data: { path: [] } }, params)).toBeNull();
    expect(canonical('floor', 'path', { data: null }, params)).toBeNull();
  });
});

describe('firstDifference', () => {
  it('is empty for equal answers whatever the key order', () => {
    expect(firstDifference({ a: [1, { b: 2, c: 'x' }] }, { a: [1, { c: 'x', b: 2 }] })).toBe('');
  });

  it('names the first differing place, including a missing item', () => {
    expect(firstDifference([span('article:a', 1)], [span('article:a', 2)])).toBe(
      '[0].end: 5 vs 6', // keys in sorted order
    );
    expect(firstDifference([1, 2], [1])).toBe('[1]: 2 vs undefined');
  });
});
