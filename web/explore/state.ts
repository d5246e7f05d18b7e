// Each view's state lives in the query string, so every view has a URL to share or bookmark:
//   /explore?view=graph&actor=country:PRK&expand=country:UKR,person:kim-jong-un
//   /explore?view=dyad&a=country:RUS&b=country:PRK
//   /explore?view=statements&actor=country:PRK&role=about
// Pure functions (no DOM), unit-tested in tests/unit/explore-state.test.ts.

export type StatementRole = 'speaker' | 'about';

export type ViewState =
  | { readonly view: 'graph'; readonly actor?: string; readonly expand: readonly string[] }
  | { readonly view: 'dyad'; readonly a?: string; readonly b?: string }
  | { readonly view: 'statements'; readonly actor?: string; readonly role: StatementRole };

export type ViewName = ViewState['view'];

/** An actor id as the API spells them (kind:slug); anything else in a URL is ignored. */
const ACTOR_ID = /^[a-z_]+:[^\s,]{1,200}$/;
const MAX_EXPANDED = 20;

function actorParam(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value !== undefined && ACTOR_ID.test(value) ? value : undefined;
}

export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  if (view === 'dyad') {
    return { view, a: actorParam(params, 'a'), b: actorParam(params, 'b') };
  }
  if (view === 'statements') {
    return {
      view,
      actor: actorParam(params, 'actor'),
      role: params.get('role') === 'about' ? 'about' : 'speaker',
    };
  }
  const actor = actorParam(params, 'actor');
  const expand = (params.get('expand') ?? '')
    .split(',')
    .map(id => id.trim())
    .filter(id => ACTOR_ID.test(id) && id !== actor);
  return { view: 'graph', actor, expand: [...new Set(expand)].slice(0, MAX_EXPANDED) };
}

/** The query string (with its "?") for a state; parseState(toSearch(s)) gives s back. */
export function toSearch(state: ViewState): string {
  const params = new URLSearchParams({ view: state.view });
  const set = (key: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') {
      params.set(key, value);
    }
  };
  switch (state.view) {
    case 'graph':
      set('actor', state.actor);
      set('expand', state.expand.join(','));
      break;
    case 'dyad':
      set('a', state.a);
      set('b', state.b);
      break;
    case 'statements':
      set('actor', state.actor);
      if (state.role === 'about') {
        params.set('role', 'about');
      }
      break;
  }
  // Ids read better with their colons left as they are.
  return `?${params.toString().replace(/%3A/gi, ':')}`;
}

/** The actor a view is about, to carry over when the user switches views. */
export function focusActor(state: ViewState): string | undefined {
  return state.view === 'dyad' ? state.a : state.actor;
}

/** The same actor in another view. */
export function switchView(state: ViewState, view: ViewName): ViewState {
  const actor = focusActor(state);
  switch (view) {
    case 'graph':
      return { view, actor, expand: [] };
    case 'dyad':
      return state.view === 'dyad' ? state : { view, a: actor };
    case 'statements':
      return { view, actor, role: 'speaker' };
  }
}
