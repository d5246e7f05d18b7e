// The dyad timeline: events by month as stacked bars per CAMEO quad class (chart.js), the mean
// Goldstein score as a line on its own axis, and the same numbers as a table for keyboards and
// screen readers.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { QUAD_COLORS } from './colors';
import { h } from './dom';
import { formatGoldstein } from './events';
import type { TimelineBucket } from './queries';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
);

const SERIES = [
  ['verbalCooperation', 'verbal cooperation'],
  ['materialCooperation', 'material cooperation'],
  ['verbalConflict', 'verbal conflict'],
  ['materialConflict', 'material conflict'],
] as const;

export function timelineChart(canvas: HTMLCanvasElement, buckets: TimelineBucket[]): Chart {
  return new Chart(canvas, {
    data: {
      labels: buckets.map(b => b.start.slice(0, 7)),
      datasets: [
        ...SERIES.map(([key, label]) => ({
          type: 'bar' as const,
          label,
          data: buckets.map(b => b[key]),
          backgroundColor: QUAD_COLORS[key],
          stack: 'events',
          yAxisID: 'y',
          order: 2,
          maxBarThickness: 64,
        })),
        {
          type: 'line' as const,
          label: 'mean Goldstein',
          data: buckets.map(b => b.goldsteinMean),
          borderColor: '#111827',
          backgroundColor: '#111827',
          yAxisID: 'goldstein',
          spanGaps: false,
          order: 1,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true },
        y: {
          stacked: true,
          beginAtZero: true,
          title: { display: true, text: 'events' },
          ticks: { precision: 0 },
        },
        goldstein: {
          position: 'right',
          min: -10,
          max: 10,
          grid: { drawOnChartArea: false },
          title: { display: true, text: 'Goldstein' },
        },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

export function timelineTable(buckets: TimelineBucket[]): HTMLElement {
  return h(
    'details',
    { class: 'timeline-table' },
    h('summary', {}, 'The timeline as a table'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'month'),
          h('th', { scope: 'col' }, 'events'),
          ...SERIES.map(([, label]) => h('th', { scope: 'col' }, label)),
          h('th', { scope: 'col' }, 'mean Goldstein'),
        ),
      ),
      h(
        'tbody',
        {},
        ...buckets.map(b =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, b.start.slice(0, 7)),
            h('td', {}, String(b.count)),
            ...SERIES.map(([key]) => h('td', {}, String(b[key]))),
            h('td', {}, b.goldsteinMean === null ? '–' : formatGoldstein(b.goldsteinMean)),
          ),
        ),
      ),
    ),
  );
}
