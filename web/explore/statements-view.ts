// An actor's statements: what it said (or what was said about it), who said it, which outlet carried
// it, with the words marked in the article they come from.
import { h, notice, replace } from './dom';
import { evidenceBlock } from './evidence';
import { formatDate } from './events';
import { actorPicker } from './picker';
import {
  ACTOR_BY_ID,
  type ActorById,
  type ActorRef,
  STATEMENTS,
  type StatementItem,
  type Statements,
} from './queries';
import type { StatementRole, ViewState } from './state';
import { type Cleanup, type ViewContext, viewLink } from './view';

type StatementsState = Extract<ViewState, { view: 'statements' }>;

const STANCE = ['negative', 'neutral', 'positive'] as const;

function names(actors: ActorRef[]): string {
  return actors.map(a => a.name).join(', ');
}

function statementCard(s: StatementItem, ctx: ViewContext): HTMLElement {
  const facts: (HTMLElement | null)[] = [
    h('dt', {}, 'Speaker'),
    h(
      'dd',
      {},
      viewLink(ctx, { view: 'statements', actor: s.speaker.id, role: 'speaker' }, s.speaker.name),
    ),
    h('dt', {}, 'Outlet'),
    h('dd', {}, s.reportedBy === null ? 'not named' : s.reportedBy.name),
    h('dt', {}, 'Kind'),
    h(
      'dd',
      {},
      `${s.direct ? 'direct quotation' : 'reported speech'}${s.reportingVerb === null ? '' : ` (${s.reportingVerb})`}, stance ${STANCE[Math.sign(s.stance) + 1] ?? 'neutral'}`,
    ),
  ];
  if (s.about.length > 0) {
    facts.push(h('dt', {}, 'About'), h('dd', {}, names(s.about)));
  }
  if (s.addressees.length > 0) {
    facts.push(h('dt', {}, 'To'), h('dd', {}, names(s.addressees)));
  }
  return h(
    'article',
    { class: 'statement-card', 'data-statement': s.id },
    h(
      'p',
      { class: 'statement-head' },
      h('span', { class: 'event-date' }, formatDate(s.date)),
      ' ',
      h('strong', {}, s.speaker.name),
      s.reportedBy === null ? '' : ` via ${s.reportedBy.name}`,
    ),
    h('dl', { class: 'facts' }, ...facts),
    evidenceBlock(s.evidence, ctx.texts),
  );
}

export function renderStatements(
  root: HTMLElement,
  state: StatementsState,
  ctx: ViewContext,
): Cleanup {
  let alive = true;
  const header = h('div', { class: 'statements-header' });
  const body = h('div', { class: 'statements-body' });
  replace(root, h('h2', {}, 'Statements'), header, body);
  const pick = (actor: ActorRef): void =>
    ctx.navigate({ view: 'statements', actor: actor.id, role: state.role });

  if (state.actor === undefined) {
    replace(
      header,
      actorPicker({
        api: ctx.api,
        label: 'Actor',
        inputId: 'statements-actor',
        onPick: pick,
        onError: ctx.fail,
      }),
    );
    replace(body, notice('Pick an actor to read what it said, and what was said about it.'));
    return () => undefined;
  }
  const id = state.actor;
  const tab = (role: StatementRole, text: string): HTMLElement => {
    const link = viewLink(ctx, { view: 'statements', actor: id, role }, text);
    if (role === state.role) {
      link.setAttribute('aria-current', 'page');
    }
    return h('li', {}, link);
  };
  Promise.all([
    ctx.api.query<ActorById>(ACTOR_BY_ID, { id }),
    ctx.api.query<Statements>(STATEMENTS, state.role === 'about' ? { about: id } : { speaker: id }),
  ])
    .then(([{ actor }, data]) => {
      if (!alive) {
        return;
      }
      if (actor === null) {
        replace(body, notice(`No actor has the id ${id}.`, 'error'));
        return;
      }
      replace(
        header,
        actorPicker({
          api: ctx.api,
          label: 'Another actor',
          inputId: 'statements-actor',
          current: actor,
          onPick: pick,
          onError: ctx.fail,
        }),
        h(
          'ul',
          { class: 'tabs', 'aria-label': 'Statements' },
          tab('speaker', `Said by ${actor.name}`),
          tab('about', `About ${actor.name}`),
        ),
      );
      const items = data.statements.edges.map(e => e.node);
      const total = data.statements.totalCount;
      replace(
        body,
        h(
          'p',
          { class: 'count', role: 'status' },
          `${total} statement${total === 1 ? '' : 's'}${total > items.length ? `, the first ${items.length} shown` : ''}.`,
        ),
        total === 0 && state.role === 'speaker'
          ? h(
              'p',
              {},
              'Countries mostly speak through their people and outlets: see what was said ',
              viewLink(
                ctx,
                { view: 'statements', actor: id, role: 'about' },
                `about ${actor.name}`,
              ),
              '.',
            )
          : '',
        ...items.map(s => statementCard(s, ctx)),
      );
    })
    .catch(ctx.fail);
  return () => {
    alive = false;
  };
}
