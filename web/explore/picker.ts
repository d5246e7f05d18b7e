// Pick an actor: a search box over `actors(search:)`, results as buttons (keyboard: Tab to a result,
// Enter or Space picks it), and the most mentioned actors as suggestions while the box is empty.
import type { Api } from './api';
import { KIND_LABELS } from './colors';
import { debounce, h, notice, replace } from './dom';
import {
  type ActorRef,
  SEARCH_ACTORS,
  type SearchActors,
  TOP_ACTORS,
  type TopActors,
} from './queries';

export interface PickerOptions {
  readonly api: Api;
  /** Visible label, e.g. "Actor" or "First actor". */
  readonly label: string;
  /** The id attribute of the search input (labels and tests find it by this). */
  readonly inputId: string;
  /** The actor shown now ("Showing …"); suggestions are offered only when there is none. */
  readonly current?: ActorRef | null;
  /** Offer the most mentioned actors while the box is empty; default: when there is no current actor. */
  readonly suggest?: boolean;
  readonly onPick: (actor: ActorRef) => void;
  readonly onError: (err: unknown) => void;
}

let topActors: Promise<ActorRef[]> | undefined;

function suggestions(api: Api): Promise<ActorRef[]> {
  topActors ??= api
    .query<TopActors>(TOP_ACTORS)
    .then(d => (d.topActors ?? []).map(r => r.actor))
    .catch((err: unknown) => {
      topActors = undefined;
      throw err;
    });
  return topActors;
}

function actorButton(actor: ActorRef, onPick: (a: ActorRef) => void): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'actor-choice', 'data-actor': actor.id },
    actor.name,
    h('span', { class: 'kind' }, KIND_LABELS[actor.kind] ?? actor.kind.toLowerCase()),
  );
  button.addEventListener('click', () => onPick(actor));
  return h('li', {}, button);
}

export function actorPicker(opts: PickerOptions): HTMLElement {
  const input = h('input', {
    id: opts.inputId,
    type: 'search',
    autocomplete: 'off',
    placeholder: 'Search a name or alias',
    'aria-describedby': `${opts.inputId}-results`,
  });
  const results = h('div', { id: `${opts.inputId}-results`, class: 'picker-results' });
  const current =
    opts.current === undefined || opts.current === null
      ? null
      : h('p', { class: 'picker-current' }, 'Showing ', h('strong', {}, opts.current.name));

  const show = (title: string, actors: ActorRef[]): void => {
    if (actors.length === 0) {
      replace(results, notice(`No actor matches “${input.value.trim()}”.`));
      return;
    }
    replace(
      results,
      h('p', { class: 'picker-title' }, title),
      h('ul', { class: 'choices' }, ...actors.map(a => actorButton(a, opts.onPick))),
    );
  };
  const showSuggestions = (): void => {
    suggestions(opts.api)
      .then(actors => {
        if (input.value.trim() === '') {
          show('Most mentioned', actors);
        }
      })
      .catch(opts.onError);
  };
  const suggest = opts.suggest ?? (opts.current === undefined || opts.current === null);
  let asked = 0;
  const search = (): void => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text === '') {
      if (suggest) {
        showSuggestions();
      } else {
        results.replaceChildren();
      }
      return;
    }
    opts.api
      .query<SearchActors>(SEARCH_ACTORS, { search: text })
      .then(d => {
        if (ticket === asked) {
          show(
            'Matches',
            d.actors.edges.map(e => e.node),
          );
        }
      })
      .catch(opts.onError);
  };
  input.addEventListener('input', debounce(search, 250));
  const form = h(
    'form',
    { class: 'picker', role: 'search' },
    h('label', { for: opts.inputId }, opts.label),
    h('div', { class: 'picker-row' }, input, h('button', { type: 'submit' }, 'Search')),
    current,
    results,
  );
  form.addEventListener('submit', event => {
    event.preventDefault();
    search();
  });
  if (suggest) {
    showSuggestions();
  }
  return form;
}
