/** The /explore URL state: every view round-trips through its query string, and junk is dropped. */
import { type ViewState, parseState, switchView, toSearch } from '../../web/explore/state';

describe('explore URL state', () => {
  const states: ViewState[] = [
    { view: 'graph', actor: undefined, expand: [] },
    { view: 'graph', actor: 'country:PRK', expand: ['country:UKR', 'person:kim-jong-un'] },
    { view: 'dyad', a: 'country:RUS', b: 'country:PRK' },
    { view: 'dyad', a: 'country:RUS', b: undefined },
    { view: 'statements', actor: 'person:kim-jong-un', role: 'speaker' },
    { view: 'statements', actor: 'country:PRK', role: 'about' },
  ];

  it.each(states)('round-trips %j', state => {
    expect(parseState(toSearch(state))).toEqual(state);
  });

  it('keeps ids readable in the URL', () => {
    expect(toSearch({ view: 'dyad', a: 'country:RUS', b: 'country:PRK' })).toBe(
      '?view=dyad&a=country:RUS&b=country:PRK',
    );
  });

  it('drops values that are not actor ids, duplicates and the centre from expand', () => {
    expect(
      parseState(
        '?view=graph&actor=country:PRK&expand=country:UKR,,nonsense,country:UKR,country:PRK',
      ),
    ).toEqual({ view: 'graph', actor: 'country:PRK', expand: ['country:UKR'] });
    expect(parseState('?view=dyad&a=<script>&b=country:PRK')).toEqual({
      view: 'dyad',
      a: undefined,
      b: 'country:PRK',
    });
  });

  it('opens the graph for an unknown view and the speaker tab for an unknown role', () => {
    expect(parseState('?view=nope&actor=country:PRK').view).toBe('graph');
    expect(parseState('?view=statements&actor=country:PRK&role=x')).toMatchObject({
      role: 'speaker',
    });
  });

  it('carries the actor over when switching views', () => {
    const graph: ViewState = { view: 'graph', actor: 'country:PRK', expand: ['country:UKR'] };
    expect(switchView(graph, 'dyad')).toEqual({ view: 'dyad', a: 'country:PRK' });
    expect(switchView(graph, 'statements')).toEqual({
      view: 'statements',
      actor: 'country:PRK',
      role: 'speaker',
    });
    expect(switchView({ view: 'dyad', a: 'country:RUS', b: 'country:PRK' }, 'graph')).toEqual({
      view: 'graph',
      actor: 'country:RUS',
      expand: [],
    });
  });
});
