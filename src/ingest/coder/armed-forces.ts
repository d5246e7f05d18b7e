/**
 * A state's armed forces named two ways in one article: "Botswana Defence Force" (the parse's name) and
 * "Botswana's army" (a body noun after the country word) are one body, the state's armed forces
 * (`org:<iso3>-armed-forces`), as the gold has it. A defence force named alone keeps its own slug
 * ("the PNG Defence Force": `org:png-defence-force`).
 */
import type { MutableActor } from './name-spans';

/** Slugs of a state's military named as a force of defence. */
const FORCE_SLUGS: readonly string[] = [
  'defence-force',
  'defence-forces',
  'defense-force',
  'defense-forces',
];

/** Moves the mentions of a state's defence force to its armed forces when the article names both. */
export function joinArmedForces(actors: readonly MutableActor[]): void {
  for (const army of actors.filter(a => /^org:[a-z]{3}-armed-forces$/.test(a.id))) {
    const prefix = army.id.slice(0, 'org:xxx-'.length);
    for (const force of actors.filter(a => FORCE_SLUGS.some(s => a.id === `${prefix}${s}`))) {
      army.mentions = [...army.mentions, ...force.mentions].sort((x, y) => x.start - y.start);
      force.mentions = [];
    }
  }
}
