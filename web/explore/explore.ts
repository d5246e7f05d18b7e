// The /explore page: a shell (header, view tabs, token form) and a router over the query string.
// Each view (graph, dyad, statements) renders into <main> and hands back a cleanup.
import './explore.css';
import { AuthRequiredError, createApi, getToken, setToken } from './api';
import { debounce, h, notice, replace } from './dom';
import { renderDyad } from './dyad-view';
import { ArticleTexts } from './evidence';
import { renderGraph } from './graph-view';
import { type IngestedArticle, type LiveStatus, startLiveUpdates } from './live';
import { type ViewName, type ViewState, parseState, switchView, toSearch } from './state';
import { renderStatements } from './statements-view';
import { type Cleanup, type ViewContext, viewLink } from './view';

interface PageConfig {
  endpoint: string;
  needsToken: boolean;
  playground: string | null;
}

const TABS: readonly [ViewName, string][] = [
  ['graph', 'Graph'],
  ['dyad', 'Dyad'],
  ['statements', 'Statements'],
];

function readConfig(): PageConfig {
  const text = document.getElementById('explore-config')?.textContent ?? '{}';
  const raw = JSON.parse(text) as Partial<PageConfig>;
  return {
    endpoint: raw.endpoint ?? '/graphql',
    needsToken: raw.needsToken === true,
    playground: raw.playground ?? null,
  };
}

function start(): void {
  const config = readConfig();
  const api = createApi(config.endpoint);
  const texts = new ArticleTexts(api);
  const nav = h('ul', { class: 'tabs' });
  const tokenSlot = h('div', { class: 'token-slot' });
  const main = h('main', { id: 'view', tabindex: '-1' });
  // "live" / "offline" beside the token, and a polite note under the header when an article arrives.
  const liveBadge = h('span', { class: 'live-status', 'data-live': 'connecting' }, 'connecting');
  const liveNote = h('p', { class: 'live-note', role: 'status', 'aria-live': 'polite' });
  const shell = h(
    'div',
    { class: 'shell' },
    h(
      'header',
      { class: 'top' },
      h('p', { class: 'brand' }, h('a', { href: '/explore' }, 'newsgraph'), ' explore'),
      h('nav', { 'aria-label': 'Views' }, nav),
      h(
        'div',
        { class: 'top-right' },
        liveBadge,
        tokenSlot,
        config.playground === null ? '' : h('a', { href: config.playground }, 'GraphQL playground'),
      ),
    ),
    liveNote,
    main,
  );
  replace(document.getElementById('explore') ?? document.body, shell);

  let cleanup: Cleanup = () => undefined;
  let syncLive: () => void = () => undefined;
  const href = (state: ViewState): string => `${window.location.pathname}${toSearch(state)}`;

  const showTokenForm = (message: string): void => {
    const input = h('input', {
      id: 'token',
      type: 'password',
      autocomplete: 'off',
      required: true,
    });
    const form = h(
      'form',
      { class: 'token-form' },
      h('label', { for: 'token' }, 'Reader token'),
      h('div', { class: 'picker-row' }, input, h('button', { type: 'submit' }, 'Use token')),
    );
    form.addEventListener('submit', event => {
      event.preventDefault();
      const token = input.value.trim();
      if (token !== '') {
        setToken(token);
        render();
      }
    });
    replace(
      main,
      h('h2', {}, 'A token is needed'),
      h('p', {}, message),
      h(
        'p',
        {},
        'It is kept in this browser tab only (sessionStorage) and sent as a Bearer token.',
      ),
      form,
    );
    input.focus();
  };

  const fail = (err: unknown): void => {
    if (err instanceof AuthRequiredError) {
      const hadToken = getToken() !== null;
      setToken(null);
      cleanup();
      cleanup = () => undefined;
      showTokenForm(
        hadToken
          ? `The server refused that token (${err.message}). Paste a reader token.`
          : 'This server answers reads only with a token (READ_ACCESS=token). Paste a reader token.',
      );
      renderToken();
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    main.prepend(notice(`The request failed: ${message}`, 'error'));
  };

  const renderToken = (): void => {
    syncLive();
    if (getToken() === null) {
      tokenSlot.replaceChildren();
      return;
    }
    const forget = h('button', { type: 'button', class: 'link-button' }, 'Forget token');
    forget.addEventListener('click', () => {
      setToken(null);
      render();
    });
    replace(tokenSlot, 'Token set · ', forget);
  };

  const ctx: ViewContext = {
    api,
    texts,
    href,
    fail,
    navigate: (state, opts = {}) => {
      window.history.pushState(null, '', href(state));
      if (opts.render !== false) {
        render();
        main.focus({ preventScroll: true });
      } else {
        renderNav(state);
      }
    },
  };

  const renderNav = (state: ViewState): void => {
    replace(
      nav,
      TABS.map(([view, text]) => {
        const link = viewLink(ctx, switchView(state, view), text);
        if (view === state.view) {
          link.setAttribute('aria-current', 'page');
        }
        return h('li', {}, link);
      }),
    );
  };

  function render(): void {
    cleanup();
    cleanup = () => undefined;
    const state = parseState(window.location.search);
    renderNav(state);
    renderToken();
    if (config.needsToken && getToken() === null) {
      showTokenForm(
        'This server answers reads only with a token (READ_ACCESS=token). Paste a reader token.',
      );
      return;
    }
    switch (state.view) {
      case 'graph':
        cleanup = renderGraph(main, state, ctx);
        break;
      case 'dyad':
        cleanup = renderDyad(main, state, ctx);
        break;
      case 'statements':
        cleanup = renderStatements(main, state, ctx);
        break;
    }
  }

  window.addEventListener('popstate', render);

  const showLive = (status: LiveStatus, reason?: string): void => {
    const text = status === 'connecting' ? 'connecting' : status;
    liveBadge.dataset['live'] = status;
    liveBadge.textContent = text;
    liveBadge.title =
      status === 'live'
        ? 'New articles redraw this view as they are ingested'
        : (reason ?? 'Live updates are not connected; the view shows what was last loaded');
  };
  // Several articles in a burst redraw once; the note names the last one. A search being typed in
  // the view is not wiped: the redraw waits until the box loses focus.
  const redraw: () => void = debounce(() => {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && main.contains(active) && active.value !== '') {
      active.addEventListener('blur', redraw, { once: true });
      return;
    }
    texts.clear();
    render();
  }, 250);
  const onArticleIngested = (article: IngestedArticle): void => {
    liveNote.textContent = `New article: ${article.title}.`;
    liveNote.dataset['article'] = article.id;
    redraw();
  };
  // Live updates follow the token: a new or forgotten token reconnects with it (render calls this).
  let liveToken: string | null | undefined;
  let stopLive: () => void = () => undefined;
  syncLive = (): void => {
    const token = getToken();
    if (token === liveToken) {
      return;
    }
    liveToken = token;
    stopLive();
    if (config.needsToken && token === null) {
      stopLive = () => undefined;
      showLive('offline', 'A reader token is needed');
      return;
    }
    stopLive = startLiveUpdates(config.endpoint, { onArticleIngested, onStatus: showLive });
  };
  render();
}

start();
