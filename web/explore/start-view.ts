// The start page (/explore without an actor): what the page is for, an actor search with the most
// mentioned actors as suggestions, and the way to the other two views.
import { h, replace } from './dom';
import { actorPicker } from './picker';
import type { ActorRef } from './queries';
import { type ViewContext, viewLink } from './view';

export function renderStart(
  root: HTMLElement,
  ctx: ViewContext,
  pick: (actor: ActorRef) => void,
): void {
  replace(
    root,
    h('h2', {}, 'Explore an actor’s connections'),
    h(
      'p',
      { class: 'lead' },
      'Pick a country, person or organization to see who it deals with: ',
      'each link is a set of events (green cooperative, red conflictual, thicker for more events).',
    ),
    actorPicker({
      api: ctx.api,
      label: 'Actor',
      inputId: 'actor-search',
      onPick: pick,
      onError: ctx.fail,
    }),
    h(
      'p',
      { class: 'lead' },
      'Or compare two actors month by month in ',
      viewLink(ctx, { view: 'dyad' }, 'Dyad'),
      ', or read who said what in ',
      viewLink(ctx, { view: 'statements', role: 'speaker' }, 'Statements'),
      '.',
    ),
  );
}
