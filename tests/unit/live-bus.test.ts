import type { EventAddedMessage } from '../../src/kg/live-messages';
import { InProcessBus, SUBSCRIBER_BUFFER } from '../../src/server/live-bus';
import { eventMatches, parseEventFilter } from '../../src/resolvers/live-filter';

function event(over: Partial<EventAddedMessage> = {}): EventAddedMessage {
  return {
    eventId: 'event:1',
    articleId: 'article:1',
    sourceId: 'country:BRA',
    targetId: 'country:URY',
    sourceCountryIds: [],
    targetCountryIds: [],
    ...over,
  };
}

describe('InProcessBus', () => {
  it('delivers to each subscriber of the topic what its filter keeps, from subscribe on', async () => {
    const bus = new InProcessBus();
    const all = bus.subscribe('eventAdded');
    const brazil = bus.subscribe('eventAdded', m => m.sourceId === 'country:BRA');
    const articles = bus.subscribe('articleIngested');
    bus.publish('eventAdded', event({ eventId: 'event:a' }));
    bus.publish('eventAdded', event({ eventId: 'event:b', sourceId: 'country:ARG' }));
    expect((await all.next()).value).toMatchObject({ eventId: 'event:a' });
    expect((await all.next()).value).toMatchObject({ eventId: 'event:b' });
    expect((await brazil.next()).value).toMatchObject({ eventId: 'event:a' });
    expect(bus.subscriberCount()).toBe(3);
    await bus.close();
    expect(bus.subscriberCount()).toBe(0);
    expect(await articles.next()).toEqual({ value: undefined, done: true });
    expect(await brazil.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps at most SUBSCRIBER_BUFFER messages for a slow reader, dropping the oldest', async () => {
    const bus = new InProcessBus();
    const slow = bus.subscribe('eventAdded');
    for (let i = 0; i < SUBSCRIBER_BUFFER + 10; i += 1) {
      bus.publish('eventAdded', event({ eventId: `event:${i}` }));
    }
    expect((await slow.next()).value).toMatchObject({ eventId: 'event:10' });
    await slow.return?.();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('ends a pending next() when the subscription is returned', async () => {
    const bus = new InProcessBus();
    const sub = bus.subscribe('articleIngested');
    const pending = sub.next();
    await sub.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});

describe('eventAdded filter', () => {
  it('matches an actor on either side, and a country through its officials', () => {
    const f = parseEventFilter('country:URY', null);
    expect(eventMatches(event(), f)).toBe(true);
    expect(eventMatches(event({ targetId: 'country:ARG' }), f)).toBe(false);
    const official = event({
      sourceId: 'person:luis-lacalle-pou',
      sourceCountryIds: ['country:URY'],
    });
    expect(eventMatches({ ...official, targetId: 'country:ARG' }, f)).toBe(true);
  });

  it('matches a dyad in either direction, and both arguments together must hold', () => {
    const dyad = parseEventFilter(null, ['country:URY', 'country:BRA']);
    expect(eventMatches(event(), dyad)).toBe(true);
    expect(eventMatches(event({ sourceId: 'country:URY', targetId: 'country:BRA' }), dyad)).toBe(
      true,
    );
    expect(eventMatches(event({ targetId: 'country:ARG' }), dyad)).toBe(false);
    const both = parseEventFilter('country:ARG', ['country:URY', 'country:BRA']);
    expect(eventMatches(event(), both)).toBe(false);
  });

  it.each([
    [['country:URY']],
    [['country:URY', 'country:URY']],
    [['a', 'b', 'c']],
    [['x', 'country:BRA']],
  ])('refuses dyad %j as BAD_USER_INPUT', dyad => {
    expect(() => parseEventFilter(null, dyad)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'dyad' }) as Error,
    );
  });
});
