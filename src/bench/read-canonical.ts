/**
 * The canonical answer of each benchmarked operation, so newsgraph's, the peer's and the floor's can be
 * compared: the same items, ids and order, in one shape (the floor answers in it directly). Numbers
 * that are sums of floats are rounded; nothing is re-sorted that the server was asked to order.
 */
import type { OperationName, OperationParams } from './read-operations';

type Json = Record<string, unknown>;
type Server = 'newsgraph' | 'peer' | 'floor';

const obj = (v: unknown): Json => (v !== null && typeof v === 'object' ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const id = (v: unknown): unknown => obj(v).id ?? null;
const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const round = (v: unknown, digits: number): unknown =>
  typeof v === 'number' ? Number(v.toFixed(digits)) : v;
const edges = (conn: unknown): Json[] => arr(obj(conn).edges).map(e => obj(obj(e).node));

/**
 * Full-text hits tied with the last one at the cut: which of them make the page is up to each
 * implementation (Lucene keeps the first by internal document order, a sort after the index call keeps
 * others), so for those only the kind and score are compared.
 */
function blurCutTies(hits: unknown[]): unknown[] {
  const last = obj(hits.at(-1)).score;
  return hits.map(h => (obj(h).score === last ? { kind: obj(h).kind, score: last } : h));
}

// --- newsgraph ---
function ngEvidenceSpan(e: unknown): Json {
  const ev = obj(e);
  return { article: String(ev.id).split('|')[0], start: ev.start, end: ev.end, text: ev.text };
}
function ngDyad(data: Json): unknown[] {
  return edges(data.dyad)
    .reverse()
    .map(n => ({
      id: n.id,
      date: n.date,
      code: obj(n.type).code,
      source: id(n.source),
      target: id(n.target),
      evidence: arr(n.evidence).map(ngEvidenceSpan),
    }));
}
function ngTimeline(data: Json): unknown[] {
  return arr(data.timeline).map(b => ({ ...obj(b), goldsteinSum: round(obj(b).goldsteinSum, 3) }));
}
function ngSearch(data: Json): unknown[] {
  return blurCutTies(
    arr(data.search).map(h => ({
      kind: obj(h).kind,
      id: id(obj(h).node),
      score: round(obj(h).score, 5),
    })),
  );
}

// --- peer ---
function peerDyad(data: Json): unknown[] {
  return arr(data.dyad).map(raw => {
    const n = obj(raw);
    return {
      id: n.id,
      date: n.date,
      code: obj(arr(n.type)[0]).code,
      source: id(arr(n.source)[0]),
      target: id(arr(n.target)[0]),
      evidence: arr(obj(n.articlesConnection).edges).map(e => ({
        article: id(obj(e).node),
        ...obj(obj(e).properties),
      })),
    };
  });
}
function peerTimeline(data: Json): unknown[] {
  return arr(data.timeline).map(b => ({ ...obj(b), goldsteinSum: round(obj(b).goldsteinSum, 3) }));
}
function peerSearch(data: Json, p: OperationParams): unknown[] {
  const hits = (field: string, kind: string): Json[] =>
    arr(obj(data[field]).edges).map(e => ({
      kind,
      id: id(obj(e).node),
      score: round(obj(e).score, 5),
    }));
  const merged = [
    ...hits('statementHits', 'STATEMENT'),
    ...hits('articleHits', 'ARTICLE'),
    ...hits('actorHits', 'ACTOR'),
  ]
    .sort(
      (x, y) =>
        Number(y.score) - Number(x.score) ||
        String(x.kind).localeCompare(String(y.kind)) ||
        String(x.id).localeCompare(String(y.id)),
    )
    .slice(0, p.searchSize);
  return blurCutTies(merged);
}

// --- floor ---
function floorRound(data: Json, op: OperationName): unknown {
  const round5 = (xs: unknown): unknown[] =>
    blurCutTies(arr(xs).map(h => ({ ...obj(h), score: round(obj(h).score, 5) })));
  const timeline = (xs: unknown): unknown[] =>
    arr(xs).map(b => ({ ...obj(b), goldsteinSum: round(obj(b).goldsteinSum, 3) }));
  const top = (xs: unknown): unknown[] => arr(xs);
  const hood = (xs: unknown): unknown[] => arr(xs).map(n => ({ id: obj(n).id, hop: obj(n).hop }));
  const d = data.data;
  switch (op) {
    case 'search':
      return round5(d);
    case 'timeline':
      return timeline(d);
    case 'dashboard': {
      const x = obj(d);
      return {
        dyad: x.dyad,
        timeline: timeline(x.timeline),
        top: top(x.top),
        neighbourhood: hood(x.neighbourhood),
        search: round5(x.search),
      };
    }
    default:
      return d;
  }
}

/** The canonical answer from one server's response body (`{data}` for GraphQL and the floor). */
export function canonical(
  server: Server,
  op: OperationName,
  body: unknown,
  p: OperationParams,
): unknown {
  if (server === 'floor') {
    return floorRound(obj(body), op);
  }
  const data = obj(obj(body).data);
  const ng = server === 'newsgraph';
  switch (op) {
    case 'dyad':
      return ng ? ngDyad(data) : peerDyad(data);
    case 'actor': {
      const a = ng ? obj(data.actor) : obj(arr(data.actor)[0]);
      const statements = ng ? edges(a.statements).reverse() : arr(a.statements).map(obj);
      return {
        id: a.id,
        name: a.name,
        statements: statements.map(s => ({
          id: s.id,
          text: s.text,
          date: s.date,
          speaker: ng ? s.speaker : arr(s.speaker)[0],
          article: ng ? obj(s.evidence).article : arr(s.articles)[0],
        })),
      };
    }
    case 'deep':
      return (ng ? edges(obj(data.actor).events) : edges(data.events)).map(n => ({
        id: n.id,
        date: n.date,
        code: ng ? obj(n.type).code : obj(arr(n.type)[0]).code,
      }));
    case 'search':
      return ng ? ngSearch(data) : peerSearch(data, p);
    case 'article': {
      const a = ng ? obj(data.article) : obj(arr(data.article)[0]);
      const one = (v: unknown): unknown => (ng ? id(v) : id(arr(v)[0]));
      return {
        id: a.id,
        title: a.title,
        events: (ng ? edges(a.events) : arr(a.events).map(obj)).map(e => ({
          id: e.id,
          code: ng ? obj(e.type).code : obj(arr(e.type)[0]).code,
          source: one(e.source),
          target: one(e.target),
        })),
        statements: (ng ? edges(a.statements) : arr(a.statements).map(obj)).map(s => ({
          id: s.id,
          speaker: one(s.speaker),
        })),
        actors: a.actors,
      };
    }
    case 'timeline':
      return ng ? ngTimeline(data) : peerTimeline(data);
    case 'dashboard':
      return {
        dyad: ng ? ngDyad(data) : peerDyad(data),
        timeline: ng ? ngTimeline(data) : peerTimeline(data),
        top: ng
          ? arr(data.top).map(r => ({
              id: id(obj(r).actor),
              name: obj(obj(r).actor).name,
              articles: obj(r).support,
              mentions: obj(r).value,
            }))
          : data.top,
        neighbourhood: ng ? arr(obj(data.neighbourhood).nodes) : data.neighbourhood,
        search: ng ? ngSearch(data) : peerSearch(data, p),
      };
    case 'path':
      if (ng ? data.path === null : arr(data.path).length === 0) {
        return null; // no path that short
      }
      return ng
        ? arr(obj(data.path).steps).map(raw => {
            const s = obj(raw);
            return [id(s.from), id(s.to), s.kind, id(s.event) ?? ''].map(text).join('>');
          })
        : obj(arr(data.path)[0]).steps;
  }
}

/** The first place two canonical answers differ ('' when equal), e.g. `[3].evidence[0].start: 10 vs 12`. */
export function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d !== '') {
        return d;
      }
    }
    return '';
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const d = firstDifference((a as Json)[k], (b as Json)[k], `${at}.${k}`);
      if (d !== '') {
        return d;
      }
    }
    return '';
  }
  return a === b ? '' : `${at || '(root)'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
