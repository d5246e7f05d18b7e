import 'reflect-metadata';
import { validate } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { validateArgument } from '../../src/resolvers/validate-args';
import { ActorsArgs } from '../../src/schema/query.args';
import { PageArgs } from '../../src/schema/connection.args';
import { IngestArticleInput } from '../../src/schema/ingest.type';
import { EventFilter } from '../../src/schema/filter.input';

const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

function make<T extends object>(ctor: new () => T, fields: Partial<Record<keyof T, unknown>>): T {
  return Object.assign(new ctor(), fields);
}

/** What our validation says: null when valid, else the ArgumentValidationError's details. */
async function ours(value: unknown): Promise<unknown> {
  try {
    await validateArgument(value);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(ArgumentValidationError);
    return (err as ArgumentValidationError).extensions.validationErrors;
  }
}

/** What class-validator says with type-graphql's options: null when valid. */
async function theirs(value: object): Promise<unknown> {
  const errors = await validate(value, OPTIONS);
  return errors.length === 0 ? null : errors;
}

describe('validateArgument (type-graphql validateFn)', () => {
  it('accepts missing and short @MaxLength strings at once, without a promise', () => {
    expect(validateArgument(make(PageArgs, { first: 5, after: 'abc' }))).toBeUndefined();
    expect(validateArgument(make(ActorsArgs, { search: 'x'.repeat(200) }))).toBeUndefined();
    expect(validateArgument(make(EventFilter, {}))).toBeUndefined();
    expect(validateArgument(null)).toBeUndefined();
    expect(validateArgument('text')).toBeUndefined();
    expect(validateArgument([make(PageArgs, {}), null])).toBeUndefined();
  });

  it.each([
    ['an inherited cursor one character too long', make(ActorsArgs, { after: 'c'.repeat(513) })],
    ['a search one character too long', make(ActorsArgs, { search: 's'.repeat(201) })],
    [
      'two properties too long',
      make(ActorsArgs, { before: 'b'.repeat(600), search: 's'.repeat(900) }),
    ],
    ['a number where a string is constrained', make(PageArgs, { after: 12 })],
  ])('rejects %s exactly as class-validator does', async (_name, value) => {
    const expected = await theirs(value);
    expect(expected).not.toBeNull();
    expect(await ours(value)).toEqual(expected);
  });

  it('accepts what class-validator accepts past the length: surrogate pairs count once', async () => {
    const value = make(ActorsArgs, { search: '😀'.repeat(150) }); // 300 UTF-16 units, 150 characters
    expect(await theirs(value)).toBeNull();
    expect(await ours(value)).toBeNull();
  });

  it('leaves classes with other constraints to class-validator (ingest input)', async () => {
    const bad = make(IngestArticleInput, { text: 'x', url: 'not a url', publishedAt: 'yesterday' });
    const good = make(IngestArticleInput, { text: 'x', url: 'https://example.org/a' });
    expect(validateArgument(good)).toBeInstanceOf(Promise);
    expect(await ours(good)).toBeNull();
    expect(await ours(bad)).toEqual(await theirs(bad));
  });

  it('validates every item of a list argument', async () => {
    const items = [make(EventFilter, {}), make(EventFilter, { summaryContains: 'q'.repeat(201) })];
    const expected = await theirs(items[1] as object);
    expect(await ours(items)).toEqual(expected);
  });
});
