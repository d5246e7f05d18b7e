import fs from 'node:fs';
import path from 'node:path';
import {
  decideTies,
  RECOGNITION_CODE,
  TIES_RULES,
  tiesStatusOfCode,
} from '../../src/graph/diplomacy-rules';
import { TiesStatus } from '../../src/schema/diplomatic-status.type';

const ev = (id: string, typeCode: string) => ({ id, typeCode });

describe('tiesStatusOfCode', () => {
  it('reads 161 as SEVERED and 054 as ACTIVE, sub-codes included', () => {
    expect(tiesStatusOfCode('161')).toBe(TiesStatus.SEVERED);
    expect(tiesStatusOfCode('054')).toBe(TiesStatus.ACTIVE);
    expect(tiesStatusOfCode('0541')).toBe(TiesStatus.ACTIVE);
  });

  it('ignores codes that do not decide diplomatic ties', () => {
    for (const code of ['16', '160', '162', '163', '1621', '040', '051', '057', '05', '111']) {
      expect(tiesStatusOfCode(code)).toBeNull();
    }
  });

  it('names codes that exist in the shipped CAMEO table, with the meaning relied on', () => {
    const table = fs.readFileSync(
      path.join(__dirname, '../../seeds/cameo-event-codes.tsv'),
      'utf8',
    );
    const names = new Map(
      table
        .trim()
        .split('\n')
        .slice(1)
        .map(line => line.split('\t'))
        .map(cols => [cols[0], cols[5]] as const),
    );
    expect(names.get(RECOGNITION_CODE)).toBe('Grant diplomatic recognition');
    expect(TIES_RULES.map(r => [r.codePrefix, r.status, names.get(r.codePrefix)])).toEqual([
      ['161', TiesStatus.SEVERED, 'Reduce or break diplomatic relations'],
      ['054', TiesStatus.ACTIVE, 'Grant diplomatic recognition'],
    ]);
  });
});

describe('decideTies', () => {
  it('is UNKNOWN without deciding events', () => {
    expect(decideTies([])).toEqual({ status: TiesStatus.UNKNOWN, decidedBy: null });
    expect(decideTies([ev('meet', '040'), ev('sanction', '163')])).toEqual({
      status: TiesStatus.UNKNOWN,
      decidedBy: null,
    });
  });

  it('lets the latest change decide: broken, then restored', () => {
    const events = [ev('break', '161'), ev('meet', '040'), ev('restore', '054')];
    expect(decideTies(events)).toEqual({ status: TiesStatus.ACTIVE, decidedBy: events[2] });
    expect(decideTies(events.slice(0, 2))).toEqual({
      status: TiesStatus.SEVERED,
      decidedBy: events[0],
    });
  });

  it('keeps the event that began the status when it is repeated', () => {
    const events = [ev('restore', '054'), ev('break', '161'), ev('break-again', '161')];
    expect(decideTies(events).decidedBy?.id).toBe('break');
  });
});
