// The neighbourhood graph's data and looks: merging neighbourhoods (expansions), cytoscape elements
// and style, the legend. No fetching and no events here (graph-view.ts).
import type cytoscape from 'cytoscape';
import { KIND_COLORS, KIND_LABELS, RELATION_COLOR, goldsteinColor } from './colors';
import { h } from './dom';
import { formatGoldstein } from './events';
import type { GraphEdge, GraphNode, Neighborhood } from './queries';

export interface Model {
  readonly centre: string;
  readonly nodes: Map<string, GraphNode>;
  readonly edges: Map<string, GraphEdge>;
  readonly expanded: string[];
  truncated: boolean;
}

export function merge(model: Model, from: string, part: Neighborhood['neighborhood']): void {
  const base = model.nodes.get(from)?.hop ?? 0;
  for (const node of part.nodes) {
    const hop = base + node.hop;
    const known = model.nodes.get(node.id);
    if (known === undefined || known.hop > hop) {
      model.nodes.set(node.id, { ...node, hop });
    }
  }
  for (const edge of part.edges) {
    model.edges.set(edge.id, edge);
  }
  model.truncated ||= part.truncated;
}

export function goldsteinMean(edge: GraphEdge): number | null {
  return edge.kind === 'EVENT' && edge.eventCount > 0 && edge.goldsteinSum !== null
    ? edge.goldsteinSum / edge.eventCount
    : null;
}

export function edgeLabel(edge: GraphEdge, name: (id: string) => string): string {
  const ends = `${name(edge.source)} → ${name(edge.target)}`;
  if (edge.kind !== 'EVENT') {
    return `${ends}: ${edge.kind.toLowerCase().replace(/_/g, ' ')}`;
  }
  const mean = goldsteinMean(edge);
  const events = `${edge.eventCount} event${edge.eventCount === 1 ? '' : 's'}`;
  return `${ends}: ${events}${mean === null ? '' : `, Goldstein mean ${formatGoldstein(mean)}`}`;
}

export function elements(model: Model): cytoscape.ElementDefinition[] {
  const nodes = [...model.nodes.values()].map(n => ({
    group: 'nodes' as const,
    data: {
      id: n.id,
      label: n.label,
      hop: n.hop,
      color: KIND_COLORS[n.kind] ?? RELATION_COLOR,
      size: n.id === model.centre ? 44 : 30,
    },
    classes: [
      n.id === model.centre ? 'centre' : '',
      model.expanded.includes(n.id) ? 'expanded' : '',
    ].join(' '),
  }));
  const edges = [...model.edges.values()]
    .filter(e => model.nodes.has(e.source) && model.nodes.has(e.target))
    .map(e => ({
      group: 'edges' as const,
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        color: e.kind === 'EVENT' ? goldsteinColor(goldsteinMean(e)) : RELATION_COLOR,
        width: e.kind === 'EVENT' ? Math.min(14, 2 + 2.5 * Math.sqrt(e.eventCount)) : 1.5,
      },
      classes: e.kind === 'EVENT' ? 'event' : 'relation',
    }));
  return [...nodes, ...edges];
}

export const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 12,
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111827' } },
  {
    selector: 'node.expanded',
    style: { 'border-width': 3, 'border-color': '#111827', 'border-style': 'double' },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 0.9,
    },
  },
  { selector: 'edge.relation', style: { 'line-style': 'dashed' } },
  {
    selector: ':selected',
    style: { 'overlay-color': '#1d4ed8', 'overlay-opacity': 0.25, 'overlay-padding': 6 },
  },
] as cytoscape.StylesheetJson;

export function legend(): HTMLElement {
  const item = (cls: string, color: string, text: string): HTMLElement =>
    h('li', {}, h('span', { class: `swatch ${cls}`, 'data-color': color }), text);
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    item('line', goldsteinColor(-8), 'conflict (Goldstein < 0)'),
    item('line', goldsteinColor(6), 'cooperation (Goldstein > 0)'),
    item('line dashed', RELATION_COLOR, 'relation: office, citizenship, membership…'),
    ...Object.entries(KIND_COLORS).map(([kind, color]) =>
      item('dot', color, KIND_LABELS[kind] ?? kind),
    ),
  );
}

/**
 * Cytoscape adds an inline <style> (position: relative on its container) unless an element with this
 * id exists. The page's CSP blocks inline styles, and explore.css sets that rule already, so a marker
 * element takes the stylesheet's place.
 */
export function markCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id) === null) {
    document.head.append(h('meta', { id, name: 'cytoscape-style', content: 'in explore.css' }));
  }
}
