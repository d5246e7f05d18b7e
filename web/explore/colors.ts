// Colours shared by the graph, the legend and the timeline.

export const KIND_COLORS: Readonly<Record<string, string>> = {
  COUNTRY: '#2563a8',
  PERSON: '#b45309',
  ORGANIZATION: '#6d28d9',
  MEDIA_OUTLET: '#7c6a0a',
  TERRITORY: '#0f766e',
  HISTORICAL_STATE: '#6b7280',
  GROUP: '#be185d',
};

export const KIND_LABELS: Readonly<Record<string, string>> = {
  COUNTRY: 'country',
  PERSON: 'person',
  ORGANIZATION: 'organization',
  MEDIA_OUTLET: 'media outlet',
  TERRITORY: 'territory',
  HISTORICAL_STATE: 'historical state',
  GROUP: 'group',
};

export const QUAD_COLORS = {
  verbalCooperation: '#86c5a4',
  materialCooperation: '#1f7a4d',
  verbalConflict: '#f0a08a',
  materialConflict: '#b42318',
} as const;

export const RELATION_COLOR = '#9ca3af';

function mix(a: readonly number[], b: readonly number[], t: number): string {
  const c = a.map((x, i) => Math.round(x + ((b[i] ?? x) - x) * t));
  return `rgb(${c.join(', ')})`;
}

const RED = [180, 35, 24];
const GREY = [120, 120, 120];
const GREEN = [31, 122, 77];

/** A Goldstein mean (-10 conflict … +10 cooperation) as red … grey … green. */
export function goldsteinColor(mean: number | null): string {
  if (mean === null || Number.isNaN(mean)) {
    return RELATION_COLOR;
  }
  const t = Math.min(1, Math.abs(mean) / 10);
  // a little colour even for small scores, so sign is always visible
  const shade = mean === 0 ? 0 : 0.35 + 0.65 * t;
  return mean < 0 ? mix(GREY, RED, shade) : mix(GREY, GREEN, shade);
}
