/**
 * ServiceSupervisor's own logic with fake processes (no database): restart after a death with a
 * doubling back-off, a crash loop ends with one fatal message, and our own stop is not a death.
 */
import {
  type ExitStatus,
  type ServiceDefinition,
  ServiceSupervisor,
  type SupervisedProcess,
  type SupervisorEvent,
} from '../../src/runtime/service.supervisor';

interface FakeProcess extends SupervisedProcess {
  /** Ends the process as a crash would. */
  die(status?: Partial<ExitStatus>): void;
  stopped: boolean;
}

function fakeService(opts: { failStarts?: number[]; slowStarts?: Record<number, number> } = {}): {
  service: ServiceDefinition<FakeProcess>;
  procs: FakeProcess[];
  startTimes: number[];
} {
  const procs: FakeProcess[] = [];
  const startTimes: number[] = [];
  let starts = 0;
  const service: ServiceDefinition<FakeProcess> = {
    name: 'fake',
    logHint: '/data/logs/fake.log',
    logTail: () => `last line of start ${starts}`,
    start: async () => {
      starts += 1;
      const n = starts;
      startTimes.push(Date.now());
      await new Promise(r => setTimeout(r, opts.slowStarts?.[n] ?? 0));
      if (opts.failStarts?.includes(n) === true) {
        throw new Error(`start ${n} failed`);
      }
      let end: (s: ExitStatus) => void = () => undefined;
      const exited = new Promise<ExitStatus>(resolve => {
        end = resolve;
      });
      const proc: FakeProcess = {
        pid: 1000 + n,
        exited,
        stopped: false,
        die: status => {
          end({ code: status?.code ?? null, signal: status?.signal ?? 'SIGKILL' });
        },
        stop: () => {
          proc.stopped = true;
          end({ code: 0, signal: null });
          return Promise.resolve();
        },
      };
      procs.push(proc);
      return proc;
    },
  };
  return { service, procs, startTimes };
}

function collect(sup: ServiceSupervisor<FakeProcess>): SupervisorEvent[] {
  const events: SupervisorEvent[] = [];
  sup.subscribe(e => events.push(e));
  return events;
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await new Promise(r => setTimeout(r, 5));
  }
}

describe('ServiceSupervisor', () => {
  it('restarts a process that died, after the back-off, and reports exit status and log tail', async () => {
    const { service, procs, startTimes } = fakeService();
    const fatal = jest.fn();
    const sup = new ServiceSupervisor(service, fatal, { backoffBaseMs: 50 });
    const events = collect(sup);
    await sup.start();
    const diedAt = Date.now();
    procs[0]?.die({ signal: 'SIGKILL' });
    await until(() => sup.state === 'up' && procs.length === 2);

    expect(startTimes[1]! - diedAt).toBeGreaterThanOrEqual(45);
    expect(sup.process).toBe(procs[1]);
    expect(sup.restarts).toBe(1);
    expect(sup.deaths).toBe(1);
    expect(events.map(e => e.type)).toEqual(['died', 'restarting', 'restarted']);
    expect(events[0]).toMatchObject({
      type: 'died',
      service: 'fake',
      pid: 1001,
      exitCode: null,
      signal: 'SIGKILL',
      logTail: 'last line of start 1',
    });
    expect(events[1]).toMatchObject({ type: 'restarting', attempt: 1, delayMs: 50 });
    expect(events[2]).toMatchObject({ type: 'restarted', pid: 1002 });
    expect(fatal).not.toHaveBeenCalled();
    await sup.stop();
    expect(procs[1]?.stopped).toBe(true);
  });

  it('doubles the back-off with each death in the window, up to the cap', () => {
    const { service } = fakeService();
    const sup = new ServiceSupervisor(service, jest.fn(), {
      backoffBaseMs: 1000,
      backoffMaxMs: 30_000,
    });
    expect([1, 2, 3, 4, 5, 6, 7].map(n => sup.backoffMs(n))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });

  it('waits longer after each quick death, and counts failed restarts as deaths', async () => {
    // start 3 (the second restart) fails: the third restart waits 4x the base
    const { service, procs, startTimes } = fakeService({ failStarts: [3] });
    const sup = new ServiceSupervisor(service, jest.fn(), { backoffBaseMs: 40, maxDeaths: 10 });
    const events = collect(sup);
    await sup.start();
    procs[0]?.die();
    await until(() => procs.length === 2 && sup.state === 'up');
    procs[1]?.die({ code: 1, signal: null });
    await until(() => procs.length === 3 && sup.state === 'up');

    const delays = events.flatMap(e => (e.type === 'restarting' ? [e.delayMs] : []));
    expect(delays).toEqual([40, 80, 160]);
    expect(events.filter(e => e.type === 'restart-failed')).toEqual([
      { type: 'restart-failed', service: 'fake', attempt: 2, error: 'start 3 failed' },
    ]);
    // the gaps between starts follow the back-off (timers never fire early)
    expect(startTimes[3]! - startTimes[2]!).toBeGreaterThanOrEqual(155);
    expect(sup.deaths).toBe(3);
    expect(sup.restarts).toBe(2);
    await sup.stop();
  });

  it('gives up on a crash loop with one fatal message that says where to look', async () => {
    // every restart fails: deaths 1 (the crash) + 3 failed restarts > maxDeaths 3
    const { service, procs } = fakeService({ failStarts: [2, 3, 4, 5, 6] });
    const fatal = jest.fn<undefined, [string]>();
    const sup = new ServiceSupervisor(service, fatal, {
      backoffBaseMs: 10,
      maxDeaths: 3,
      windowMs: 60_000,
    });
    const events = collect(sup);
    await sup.start();
    procs[0]?.die({ code: 137, signal: null });
    await until(() => sup.state === 'failed');

    expect(fatal).toHaveBeenCalledTimes(1);
    const message = fatal.mock.calls[0]?.[0] ?? '';
    expect(message).toContain('the local fake died 4 times within 1 min');
    expect(message).toContain('last: start 4 failed');
    expect(message).toContain('Look at /data/logs/fake.log');
    expect(events.at(-1)).toEqual({ type: 'gave-up', service: 'fake', message });
    expect(events.filter(e => e.type === 'restarting')).toHaveLength(3);
    // no further attempt after giving up
    await new Promise(r => setTimeout(r, 100));
    expect(events.filter(e => e.type === 'restarting')).toHaveLength(3);
    await sup.stop();
  });

  it('forgets deaths older than the window: a rare crash is restarted every time', async () => {
    const { service, procs } = fakeService();
    const fatal = jest.fn();
    const sup = new ServiceSupervisor(service, fatal, {
      backoffBaseMs: 5,
      maxDeaths: 1,
      windowMs: 60,
    });
    const events = collect(sup);
    await sup.start();
    for (let i = 0; i < 3; i += 1) {
      await new Promise(r => setTimeout(r, 80)); // the previous death leaves the window
      procs[i]?.die();
      await until(() => procs.length === i + 2 && sup.state === 'up');
    }
    expect(fatal).not.toHaveBeenCalled();
    expect(sup.restarts).toBe(3);
    expect(events.flatMap(e => (e.type === 'restarting' ? [e.delayMs] : []))).toEqual([5, 5, 5]);
    await sup.stop();
  });

  it('does not restart a process that it stopped itself', async () => {
    const { service, procs } = fakeService();
    const sup = new ServiceSupervisor(service, jest.fn(), { backoffBaseMs: 10 });
    const events = collect(sup);
    await sup.start();
    await sup.stop();
    await new Promise(r => setTimeout(r, 50));
    expect(procs).toHaveLength(1);
    expect(procs[0]?.stopped).toBe(true);
    expect(events).toEqual([]);
    expect(sup.state).toBe('stopped');
  });

  it('cancels a pending restart on stop', async () => {
    const { service, procs } = fakeService();
    const sup = new ServiceSupervisor(service, jest.fn(), { backoffBaseMs: 100 });
    await sup.start();
    procs[0]?.die();
    await until(() => sup.state === 'restarting');
    await sup.stop();
    await new Promise(r => setTimeout(r, 150));
    expect(procs).toHaveLength(1);
    expect(sup.process).toBeUndefined();
  });

  it('on stop during a restart, waits for that start and stops what it started', async () => {
    const { service, procs, startTimes } = fakeService({ slowStarts: { 2: 150 } });
    const sup = new ServiceSupervisor(service, jest.fn(), { backoffBaseMs: 5 });
    const events = collect(sup);
    await sup.start();
    procs[0]?.die();
    await until(() => startTimes.length === 2); // the restart is under way
    await sup.stop();
    expect(procs).toHaveLength(2);
    expect(procs[1]?.stopped).toBe(true);
    expect(sup.process).toBeUndefined();
    expect(events.map(e => e.type)).toEqual(['died', 'restarting']);
  });
});
