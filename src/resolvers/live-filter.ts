/**
 * The server-side filter of `eventAdded(actor:, dyad:)`: which new events a subscription receives. An
 * actor matches an event it is the source or the target of, and a country also matches the events of
 * its officials (offices named in the article), as relationsBetween does for two countries.
 */
import { BadUserInputError } from '../errors/errors';
import type { EventAddedMessage } from '../kg/live-messages';
import { parseOptionalId, parseId } from './input';

export interface EventFilter {
  readonly actor: string | null;
  readonly dyad: readonly [string, string] | null;
}

/** Checks the arguments of eventAdded: ids as everywhere, and a dyad of exactly two distinct actors. */
export function parseEventFilter(
  actor: string | null | undefined,
  dyad: readonly string[] | null | undefined,
): EventFilter {
  if (dyad === null || dyad === undefined) {
    return { actor: parseOptionalId(actor, 'actor'), dyad: null };
  }
  const [a, b] = dyad;
  if (dyad.length !== 2 || a === undefined || b === undefined || a === b) {
    throw new BadUserInputError(
      'dyad must name two different actors, e.g. [country:FRA, country:DEU]',
      'dyad',
    );
  }
  return {
    actor: parseOptionalId(actor, 'actor'),
    dyad: [parseId(a, 'dyad'), parseId(b, 'dyad')],
  };
}

export function eventMatches(message: EventAddedMessage, filter: EventFilter): boolean {
  const source = [message.sourceId, ...message.sourceCountryIds];
  const target = [message.targetId, ...message.targetCountryIds];
  if (filter.actor !== null && !source.includes(filter.actor) && !target.includes(filter.actor)) {
    return false;
  }
  if (filter.dyad === null) {
    return true;
  }
  const [a, b] = filter.dyad;
  return (source.includes(a) && target.includes(b)) || (source.includes(b) && target.includes(a));
}
