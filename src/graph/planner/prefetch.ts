/**
 * How planned answers reach the field resolvers: an object read by a plan carries, under a symbol, the
 * values of its planned relation fields keyed by response key. The symbol is enumerable so that the
 * copies type-graphql makes of a root value (`Object.assign(new Article(), row)`) keep it; JSON and
 * `Object.keys` ignore symbols. A field resolver asks for its own key and falls back to its DataLoader when absent.
 * Keys are response keys because GraphQL validation makes one response key of one object always the
 * same field with the same arguments.
 */
const PREFETCHED = Symbol('newsgraph.prefetched');

interface Carrier {
  [PREFETCHED]?: ReadonlyMap<string, unknown>;
}

export function attachPrefetched<T extends object>(
  target: T,
  values: ReadonlyMap<string, unknown>,
): T {
  (target as Carrier)[PREFETCHED] = values; // an ordinary (enumerable) property: cheaper than defining one
  return target;
}

/** The planned value of `key` on `source`, or undefined when that field was not planned. */
export function prefetched<T>(
  source: object,
  key: string | number,
): { readonly value: T } | undefined {
  const values = (source as Carrier)[PREFETCHED];
  const k = String(key);
  return values?.has(k) === true ? { value: values.get(k) as T } : undefined;
}
