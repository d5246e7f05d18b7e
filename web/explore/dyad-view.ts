// The dyad view: two actors side by side. Their events by month (chart.js: stacked bars per CAMEO quad
// class, the mean Goldstein score as a line), the state of their diplomatic ties, and every event
// between them with its evidence marked in the article text.
import type { Chart } from 'chart.js';
import { h, notice, replace } from './dom';
import { evidenceBlock } from './evidence';
import { applyDataColors, eventCard, formatDate } from './events';
import { actorPicker } from './picker';
import {
  ACTOR_BY_ID,
  type ActorById,
  type ActorRef,
  DIPLOMATIC_STATUS,
  DYAD,
  type DiplomaticStatus,
  type Dyad,
  RELATIONS,
  type Relations,
} from './queries';
import type { ViewState } from './state';
import { timelineChart, timelineTable } from './timeline';
import { type Cleanup, type ViewContext, viewLink } from './view';

type DyadState = Extract<ViewState, { view: 'dyad' }>;

/** diplomaticStatus takes countries, territories and historical states only. */
const STATE_LIKE = /^(country|territory|historical):/;

function statusSection(a: ActorRef, b: ActorRef, ctx: ViewContext): HTMLElement {
  const section = h(
    'section',
    { class: 'status', 'aria-labelledby': 'status-title' },
    h('h3', { id: 'status-title' }, 'Diplomatic ties'),
  );
  if (!STATE_LIKE.test(a.id) || !STATE_LIKE.test(b.id)) {
    section.append(
      h(
        'p',
        {},
        'Diplomatic status is kept between countries, territories and historical states only.',
      ),
    );
    return section;
  }
  const body = notice('Loading…');
  section.append(body);
  ctx.api
    .query<DiplomaticStatus>(DIPLOMATIC_STATUS, { a: a.id, b: b.id })
    .then(({ diplomaticStatus: s }) => {
      if (s === null || s.status === 'UNKNOWN') {
        body.replaceWith(
          h(
            'p',
            { 'data-status': 'UNKNOWN' },
            `Unknown: no event in the graph opened or severed ties between ${a.name} and ${b.name}.`,
          ),
        );
        return;
      }
      const since = s.since === null ? '' : ` since ${formatDate(s.since, s.sincePrecision)}`;
      body.replaceWith(
        h(
          'p',
          { 'data-status': s.status },
          h('strong', {}, s.status === 'ACTIVE' ? 'Active' : 'Severed'),
          `${since} (as of ${s.at}).`,
        ),
        s.basedOn === null
          ? ''
          : h(
              'p',
              {},
              `Based on: ${s.basedOn.summary} (CAMEO ${s.basedOn.type.code} ${s.basedOn.type.name})`,
            ),
        ...(s.basedOn?.evidence ?? []).map(e => evidenceBlock(e, ctx.texts)),
      );
    })
    .catch(ctx.fail);
  return section;
}

export function renderDyad(root: HTMLElement, state: DyadState, ctx: ViewContext): Cleanup {
  let chart: Chart | undefined;
  let alive = true;
  const pickers = h('div', { class: 'dyad-pickers' });
  const body = h('div', { class: 'dyad-body' });
  replace(root, h('h2', {}, 'Two actors: timeline, status, events'), pickers, body);

  const pickerFor = (slot: 'a' | 'b', current: ActorRef | null): HTMLElement =>
    actorPicker({
      api: ctx.api,
      label: slot === 'a' ? 'First actor' : 'Second actor',
      inputId: `dyad-${slot}`,
      current,
      onPick: actor => ctx.navigate({ ...state, [slot]: actor.id }),
      onError: ctx.fail,
    });
  const actor = (id: string | undefined): Promise<ActorRef | null> =>
    id === undefined
      ? Promise.resolve(null)
      : ctx.api.query<ActorById>(ACTOR_BY_ID, { id }).then(d => d.actor);

  Promise.all([actor(state.a), actor(state.b)])
    .then(([a, b]) => {
      if (!alive) {
        return;
      }
      replace(pickers, pickerFor('a', a), pickerFor('b', b));
      if (a === null || b === null || state.a === undefined || state.b === undefined) {
        replace(body, notice('Pick two actors to see how they relate.'));
        return;
      }
      renderPair(a, b).catch(ctx.fail);
    })
    .catch(ctx.fail);

  const renderPair = async (a: ActorRef, b: ActorRef): Promise<void> => {
    replace(body, notice('Loading…'));
    const [dyad, relations] = await Promise.all([
      ctx.api.query<Dyad>(DYAD, { a: a.id, b: b.id }),
      ctx.api.query<Relations>(RELATIONS, { a: a.id, b: b.id, first: 100 }),
    ]);
    if (!alive) {
      return;
    }
    const buckets = dyad.dyadTimeline;
    const total = relations.relationsBetween.totalCount;
    const canvas = h('canvas', {
      id: 'timeline-chart',
      role: 'img',
      'aria-label': `Events between ${a.name} and ${b.name} by month`,
    });
    const swap = viewLink(ctx, { view: 'dyad', a: b.id, b: a.id }, 'Swap');
    const events = relations.relationsBetween.edges.map(e => e.node);
    replace(
      body,
      h(
        'p',
        { class: 'dyad-title' },
        h('strong', {}, a.name),
        ' and ',
        h('strong', {}, b.name),
        ' · ',
        swap,
      ),
      h(
        'div',
        { class: 'dyad-grid' },
        h(
          'section',
          {
            class: 'timeline',
            'aria-labelledby': 'timeline-title',
            'data-buckets': buckets.length,
          },
          h('h3', { id: 'timeline-title' }, 'Events by month'),
          buckets.length === 0
            ? notice('No dated event between them.')
            : h('div', { class: 'chart-box' }, canvas),
          buckets.length === 0 ? '' : timelineTable(buckets),
        ),
        statusSection(a, b, ctx),
      ),
      h(
        'section',
        { class: 'dyad-events', 'aria-labelledby': 'events-title' },
        h(
          'h3',
          { id: 'events-title' },
          `Events (${total}${total > events.length ? `, first ${events.length} shown` : ''})`,
        ),
        events.length === 0 ? notice('No event between them in the graph.') : '',
        ...events.map(ev => eventCard(ev, ctx)),
      ),
    );
    applyDataColors(body);
    if (buckets.length > 0) {
      chart = timelineChart(canvas, buckets);
    }
  };

  return () => {
    alive = false;
    chart?.destroy();
  };
}
