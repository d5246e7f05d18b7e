// What every view gets from the page, and gives back.
import type { Api } from './api';
import type { ArticleTexts } from './evidence';
import type { ViewState } from './state';

export interface ViewContext {
  readonly api: Api;
  readonly texts: ArticleTexts;
  /** Go to a state: a new history entry; with `render: false` the view has already updated itself. */
  readonly navigate: (state: ViewState, opts?: { render?: boolean }) => void;
  /** The URL of a state, for links (so they open in a new tab too). */
  readonly href: (state: ViewState) => string;
  /** Shows an error (or the token form when the server wants a token). */
  readonly fail: (err: unknown) => void;
}

/** Frees what a view holds (a graph, a chart) when the page shows another one. */
export type Cleanup = () => void;

/** An in-page link that navigates without reloading (and still opens in a new tab). */
export function viewLink(
  ctx: ViewContext,
  state: ViewState,
  text: string,
  attrs: Record<string, string> = {},
): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = ctx.href(state);
  a.textContent = text;
  for (const [k, v] of Object.entries(attrs)) {
    a.setAttribute(k, v);
  }
  a.addEventListener('click', event => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    ctx.navigate(state);
  });
  return a;
}
