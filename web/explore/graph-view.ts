// The neighbourhood view: an actor and everything one step away, drawn with cytoscape. Event links are
// coloured by their mean Goldstein score and sized by event count; relations (office, citizenship,
// membership…) are thin dashed grey lines. Clicking a node expands it (its own neighbours join the
// graph, and the URL's `expand` list grows); clicking a link lists its events. The lists beside the
// graph do the same from the keyboard.
import cytoscape from 'cytoscape';
import {
  type ActorRef,
  NEIGHBORHOOD,
  type Neighborhood,
  RELATIONS,
  type Relations,
} from './queries';
import { KIND_LABELS } from './colors';
import { h, notice, replace } from './dom';
import { actorPicker } from './picker';
import { applyDataColors, eventCard } from './events';
import {
  type Model,
  STYLE,
  edgeLabel,
  elements,
  legend,
  markCytoscapeStylesheet,
  merge,
} from './graph-model';
import type { ViewState } from './state';
import { renderStart } from './start-view';
import { type Cleanup, type ViewContext, viewLink } from './view';

type GraphState = Extract<ViewState, { view: 'graph' }>;

export function renderGraph(root: HTMLElement, state: GraphState, ctx: ViewContext): Cleanup {
  const pick = (actor: ActorRef): void =>
    ctx.navigate({ view: 'graph', actor: actor.id, expand: [] });
  if (state.actor === undefined) {
    renderStart(root, ctx, pick);
    return () => undefined;
  }
  const centre = state.actor;
  const model: Model = {
    centre,
    nodes: new Map(),
    edges: new Map(),
    expanded: [],
    truncated: false,
  };
  const canvas = h('div', { class: 'graph-canvas', id: 'graph', role: 'img', 'aria-busy': 'true' });
  const summary = h('p', { class: 'graph-summary', role: 'status' }, 'Loading the neighbourhood…');
  const selection = h('section', { class: 'selection', 'aria-live': 'polite' });
  const nodeList = h('ul', { class: 'node-list' });
  const edgeList = h('ul', { class: 'edge-list' });
  const heading = h('h2', {}, 'Neighbourhood');
  const pickerSlot = h('div', { class: 'picker-slot' });
  replace(
    root,
    heading,
    pickerSlot,
    h(
      'div',
      { class: 'graph-layout' },
      h('div', { class: 'graph-main' }, canvas, legend()),
      h(
        'aside',
        { class: 'graph-side' },
        summary,
        selection,
        h('h3', {}, 'Actors'),
        h('p', { class: 'hint' }, 'Choose one to add its own connections.'),
        nodeList,
        h('h3', {}, 'Links'),
        h('p', { class: 'hint' }, 'Choose one to list its events.'),
        edgeList,
      ),
    ),
  );
  applyDataColors(root);

  markCytoscapeStylesheet();
  const cy = cytoscape({
    container: canvas,
    style: STYLE,
    boxSelectionEnabled: false,
    minZoom: 0.2,
    maxZoom: 4,
  });
  const name = (id: string): string => model.nodes.get(id)?.label ?? id;
  let alive = true;

  // Rings by hop first (the centre in the middle, deterministic), then a force-directed pass from
  // there that pulls each expansion's new actors next to the actor they came from.
  const layout = (): void => {
    cy.layout({
      name: 'concentric',
      concentric: node => 10 - Number(node.data('hop')),
      levelWidth: () => 1,
      minNodeSpacing: 36,
      spacingFactor: 1.3,
      animate: false,
      fit: false,
    }).run();
    cy.layout({
      name: 'cose',
      randomize: false,
      animate: false,
      idealEdgeLength: () => 110,
      nodeRepulsion: () => 60000,
      nodeOverlap: 20,
      numIter: 600,
      padding: 24,
    }).run();
    // A few nodes would fill the canvas with huge labels: keep them at a readable size.
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
  };

  const redraw = (): void => {
    cy.elements().remove();
    cy.add(elements(model));
    layout();
    const n = cy.nodes().length;
    const m = cy.edges().length;
    canvas.dataset['nodes'] = String(n);
    canvas.dataset['edges'] = String(m);
    canvas.setAttribute('aria-busy', 'false');
    canvas.setAttribute(
      'aria-label',
      `Graph of ${name(centre)}'s neighbourhood: ${n} actors, ${m} links (listed beside it)`,
    );
    summary.textContent =
      `${n} actors and ${m} links around ${name(centre)}` +
      (model.expanded.length > 0 ? `, with ${model.expanded.length} expanded` : '') +
      (model.truncated ? '. Only the strongest neighbours are shown.' : '.');
    replace(
      nodeList,
      [...model.nodes.values()].map(node => {
        const button = h(
          'button',
          { type: 'button', 'data-node': node.id },
          node.label,
          h('span', { class: 'kind' }, KIND_LABELS[node.kind] ?? node.kind),
        );
        button.addEventListener('click', () => selectNode(node.id));
        return h('li', {}, button);
      }),
    );
    replace(
      edgeList,
      [...model.edges.values()]
        .filter(e => model.nodes.has(e.source) && model.nodes.has(e.target))
        .map(edge => {
          const button = h(
            'button',
            { type: 'button', 'data-edge': edge.id },
            edgeLabel(edge, name),
          );
          button.addEventListener('click', () => selectEdge(edge.id));
          return h('li', {}, button);
        }),
    );
  };

  const load = async (id: string): Promise<void> => {
    const data = await ctx.api.query<Neighborhood>(NEIGHBORHOOD, { id });
    merge(model, id, data.neighborhood);
  };

  const expand = async (id: string): Promise<void> => {
    if (id === centre || model.expanded.includes(id)) {
      return;
    }
    model.expanded.push(id);
    summary.textContent = `Adding ${name(id)}’s connections…`;
    await load(id);
    if (!alive) {
      return;
    }
    redraw();
    cy.getElementById(id).select();
    ctx.navigate({ view: 'graph', actor: centre, expand: [...model.expanded] }, { render: false });
  };

  const selectNode = (id: string): void => {
    const node = model.nodes.get(id);
    if (node === undefined) {
      return;
    }
    cy.elements().unselect();
    cy.getElementById(id).select();
    replace(
      selection,
      h('h3', {}, node.label),
      h(
        'ul',
        { class: 'actions' },
        id === centre
          ? null
          : h(
              'li',
              {},
              viewLink(ctx, { view: 'graph', actor: id, expand: [] }, 'Centre the graph here'),
            ),
        h(
          'li',
          {},
          viewLink(
            ctx,
            { view: 'statements', actor: id, role: 'speaker' },
            `What ${node.label} said`,
          ),
        ),
        id === centre
          ? null
          : h(
              'li',
              {},
              viewLink(
                ctx,
                { view: 'dyad', a: centre, b: id },
                `${name(centre)} and ${node.label}: timeline`,
              ),
            ),
      ),
    );
    expand(id).catch(ctx.fail);
  };

  const selectEdge = (id: string): void => {
    const edge = model.edges.get(id);
    if (edge === undefined) {
      return;
    }
    cy.elements().unselect();
    cy.getElementById(id).select();
    const title = h('h3', {}, edgeLabel(edge, name));
    const dyad = viewLink(
      ctx,
      { view: 'dyad', a: edge.source, b: edge.target },
      'Open the dyad: timeline and status',
    );
    if (edge.kind !== 'EVENT') {
      replace(
        selection,
        title,
        h('p', {}, 'A relation between the two, not an event.'),
        h('p', {}, dyad),
      );
      return;
    }
    replace(selection, title, h('p', {}, dyad), notice('Loading its events…'));
    ctx.api
      .query<Relations>(RELATIONS, { a: edge.source, b: edge.target, first: 100 })
      .then(data => {
        const events = data.relationsBetween.edges
          .map(e => e.node)
          .filter(ev => ev.source.id === edge.source && ev.target.id === edge.target);
        const list = h(
          'div',
          { class: 'event-list', 'data-edge-events': edge.id },
          ...events.map(ev => eventCard(ev, ctx)),
        );
        replace(selection, title, h('p', {}, dyad), list);
        applyDataColors(list);
      })
      .catch(ctx.fail);
  };

  cy.on('tap', 'node', event => selectNode((event.target as cytoscape.NodeSingular).id()));
  cy.on('tap', 'edge', event => selectEdge((event.target as cytoscape.EdgeSingular).id()));

  ctx.api
    .query<Neighborhood>(NEIGHBORHOOD, { id: centre })
    .then(async data => {
      if (data.neighborhood.nodes.length === 0) {
        replace(
          root,
          h('h2', {}, 'Unknown actor'),
          notice(`No actor has the id ${centre}.`, 'error'),
        );
        return;
      }
      merge(model, centre, data.neighborhood);
      heading.textContent = `${name(centre)}: neighbourhood`;
      pickerSlot.append(
        actorPicker({
          api: ctx.api,
          label: 'Centre on another actor',
          inputId: 'actor-search',
          suggest: false,
          onPick: pick,
          onError: ctx.fail,
        }),
      );
      for (const id of state.expand) {
        model.expanded.push(id);
        await load(id);
      }
      if (alive) {
        redraw();
      }
    })
    .catch(ctx.fail);

  return () => {
    alive = false;
    cy.destroy();
  };
}
