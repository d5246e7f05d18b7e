// One event as a card: when, who to whom, the CAMEO type and its Goldstein score, and its evidence.
import { goldsteinColor } from './colors';
import { h } from './dom';
import { evidenceBlock } from './evidence';
import type { EventItem } from './queries';
import { type ViewContext, viewLink } from './view';

export function formatDate(date: string | null, precision?: string | null): string {
  if (date === null) {
    return 'undated';
  }
  if (precision === 'YEAR') {
    return date.slice(0, 4);
  }
  return precision === 'MONTH' ? date.slice(0, 7) : date;
}

export function formatGoldstein(value: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}`;
}

export function eventCard(ev: EventItem, ctx: ViewContext): HTMLElement {
  const score = ev.type.goldstein;
  return h(
    'article',
    { class: 'event-card', 'data-event': ev.id },
    h(
      'p',
      { class: 'event-head' },
      h('span', { class: 'event-date' }, formatDate(ev.date, ev.datePrecision)),
      ' ',
      viewLink(ctx, { view: 'graph', actor: ev.source.id, expand: [] }, ev.source.name),
      ' → ',
      viewLink(ctx, { view: 'graph', actor: ev.target.id, expand: [] }, ev.target.name),
    ),
    h(
      'p',
      { class: 'event-type' },
      h('span', { class: 'cameo' }, `CAMEO ${ev.type.code}`),
      ` ${ev.type.name} `,
      h(
        'span',
        {
          class: 'goldstein',
          'data-color': goldsteinColor(score),
          title: 'Goldstein score: -10 most conflictual, +10 most cooperative',
        },
        `Goldstein ${formatGoldstein(score)}`,
      ),
      ev.modality === 'ASSERTED' ? '' : h('span', { class: 'modality' }, ev.modality.toLowerCase()),
    ),
    h('p', { class: 'event-summary' }, ev.summary),
    ...ev.evidence.map(e => evidenceBlock(e, ctx.texts)),
  );
}

/** Colours carried in data-color (inline style attributes are blocked by the page's CSP). */
export function applyDataColors(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-color]')) {
    const color = el.dataset['color'];
    if (color !== undefined) {
      el.style.setProperty('--chip', color);
    }
  }
}
