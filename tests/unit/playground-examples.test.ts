import { parse, validate } from 'graphql';
import { buildAppSchema } from '../../src/build-schema';
import { PLAYGROUND_EXAMPLES } from '../../src/server/playground-examples';

describe('playground examples', () => {
  it('preload the analyst questions as named operations', () => {
    expect(PLAYGROUND_EXAMPLES.map(e => e.name)).toEqual(
      expect.arrayContaining([
        'RelationsRussiaNorthKorea',
        'DyadIndexPerMonth',
        'WhatKimJongUnSaid',
        'WhoRecognizesDonetsk',
        'WhoCutTiesWithPyongyang',
        'HowUkraineConnectsToNorthKorea',
        'WhoAreTheHostileForces',
        'HistoryInvoked',
        'HowWellSourced',
        'PossibleOrPlanned',
      ]),
    );
  });

  it.each(PLAYGROUND_EXAMPLES.map(e => [e.name, e.query] as const))(
    '%s is valid against the schema',
    (_name, query) => {
      expect(validate(buildAppSchema(), parse(query))).toEqual([]);
    },
  );
});
