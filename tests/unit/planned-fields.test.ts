/**
 * Planned relation fields resolved without type-graphql's wrapper (resolvers/planned-fields.ts): the same
 * value as the resolver method for a planned root, and the method itself (its DataLoader or its error)
 * when the value was not planned or is null.
 */
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { isObjectType } from 'graphql';
import { buildAppSchema } from '../../src/build-schema';
import { attachPrefetched } from '../../src/graph/planner/prefetch';
import {
  PLANNED_AS_IS,
  plannedFirst,
  resolvePlannedAsIs,
} from '../../src/resolvers/planned-fields';
import { Event } from '../../src/schema/event.type';
import { Statement } from '../../src/schema/statement.type';
import { Evidence } from '../../src/schema/evidence.type';

const PROTOTYPES: Record<string, object> = {
  Event: Event.prototype,
  Statement: Statement.prototype,
  Evidence: Evidence.prototype,
};

const infoAt = (key: string) => ({ path: { key } }) as unknown as GraphQLResolveInfo;

function originals(): Map<string, GraphQLFieldResolver<unknown, unknown>> {
  const schema = buildAppSchema();
  const found = new Map<string, GraphQLFieldResolver<unknown, unknown>>();
  for (const [typeName, names] of Object.entries(PLANNED_AS_IS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      throw new Error(typeName);
    }
    for (const name of names) {
      const resolve = type.getFields()[name]?.resolve;
      if (resolve !== undefined) {
        found.set(`${typeName}.${name}`, resolve);
      }
    }
  }
  return found;
}

describe('planned relation fields', () => {
  it("returns what each field's resolver method returns for a planned value, without calling it", async () => {
    const before = originals();
    expect(before.size).toBe(Object.values(PLANNED_AS_IS).flat().length);
    for (const [field, original] of before) {
      const [typeName = ''] = field.split('.');
      const value = { planned: field };
      const root = attachPrefetched(
        Object.assign(Object.create(PROTOTYPES[typeName] ?? null) as object, { id: 'x:1' }),
        new Map([['alias', value]]),
      );
      // the method itself gives the planned value as it is (what makes the field safe to list)
      await expect(Promise.resolve(original(root, {}, {}, infoAt('alias')))).resolves.toBe(value);
      const spy = jest.fn(original);
      expect(plannedFirst(spy)(root, {}, {}, infoAt('alias'))).toBe(value);
      expect(spy).not.toHaveBeenCalled();
    }
  });

  it('calls the method when the field was not planned, or was planned null', () => {
    const spy = jest.fn(() => 'from the method');
    const wrapped = plannedFirst(spy);
    const planned = attachPrefetched({}, new Map<string, unknown>([['none', null]]));
    expect(wrapped(planned, {}, {}, infoAt('none'))).toBe('from the method');
    expect(wrapped(planned, {}, {}, infoAt('other'))).toBe('from the method');
    expect(wrapped({ id: 'x' }, {}, {}, infoAt('source'))).toBe('from the method');
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('installs once on the shared schema', () => {
    const schema = buildAppSchema();
    const source = (): unknown => {
      const type = schema.getType('Event');
      return isObjectType(type) ? type.getFields()['source']?.resolve : undefined;
    };
    resolvePlannedAsIs(schema);
    const once = source();
    resolvePlannedAsIs(schema);
    expect(source()).toBe(once);
  });
});
