import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../../src/build-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the type-graphql classes (run `npm run schema` after changes)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printAppSchema()).toBe(committed);
  });

  it('keeps the contract names analysts depend on', () => {
    const sdl = printAppSchema();
    for (const name of [
      'article(id: ID!): Article',
      'articles(',
      'actor(id: ID!): Actor',
      'country(iso3: String!): Actor',
      'actors(',
      'statements(',
      'relationsBetween(',
      'eventTypes(root: String): [EventType!]!',
      'enum ActorKind',
      'enum Modality',
      'enum QuadClass',
      'enum DatePrecision',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
