import { Interval } from '../../src/schema/analytics.type';
import { Modality } from '../../src/schema/domain.enum';
import { LinkKind, StepDirection } from '../../src/schema/link.enum';
import {
  diplomaticStatusId,
  evidenceId,
  officeId,
  pathId,
  pathStepId,
  searchHitId,
  timelineBucketId,
} from '../../src/resolvers/object-id';

describe('object ids for a normalising client cache', () => {
  it('tell apart spans of one article and offices of one person', () => {
    expect(evidenceId({ articleId: 'article:a', start: 0, end: 10 })).toBe('article:a|0-10');
    expect(evidenceId({ articleId: 'article:a', start: 0, end: 10 })).not.toBe(
      evidenceId({ articleId: 'article:a', start: 0, end: 11 }),
    );
    const office = {
      personId: 'person:putin',
      countryId: 'country:RUS',
      role: 'HEAD_OF_STATE',
      since: '2000-05-07',
    };
    expect(officeId(office)).not.toBe(officeId({ ...office, since: '2012-05-07' }));
    expect(officeId({ ...office, since: null })).toBe('person:putin|country:RUS|HEAD_OF_STATE|');
  });

  it('give a dyad bucket every argument that changes its values, in a stable order', () => {
    const q = {
      a: 'country:RUS',
      b: 'country:PRK',
      directed: false,
      interval: Interval.MONTH,
      modalities: [Modality.REPORTED, Modality.ASSERTED],
    };
    const id = timelineBucketId(q, '2022-08-01');
    expect(id).toBe('country:RUS|country:PRK|both|MONTH|ASSERTED,REPORTED|2022-08-01');
    // The order of the listed modalities does not matter; which ones does.
    expect(
      timelineBucketId({ ...q, modalities: [Modality.ASSERTED, Modality.REPORTED] }, '2022-08-01'),
    ).toBe(id);
    for (const other of [
      { ...q, modalities: [Modality.ASSERTED] },
      { ...q, directed: true },
      { ...q, interval: Interval.YEAR },
      { ...q, a: 'country:UKR' },
    ]) {
      expect(timelineBucketId(other, '2022-08-01')).not.toBe(id);
    }
  });

  it('key search hits by node and text, statuses by dyad and date, paths by their steps', () => {
    expect(searchHitId('friendship', { id: 'statement:1' })).not.toBe(
      searchHitId('comradely friendship', { id: 'statement:1' }),
    );
    expect(diplomaticStatusId('country:UKR', 'country:PRK', '2022-12-31')).toBe(
      'country:UKR|country:PRK|2022-12-31',
    );
    const step = {
      fromId: 'country:UKR',
      toId: 'country:PRK',
      kind: LinkKind.EVENT,
      direction: StepDirection.FORWARD,
      eventId: 'event:1',
    };
    const relation = { ...step, kind: LinkKind.OF_COUNTRY, eventId: null };
    expect(pathStepId(step)).toBe('country:UKR|EVENT|FORWARD|event:1|country:PRK');
    expect(pathStepId(relation)).not.toBe(pathStepId(step));
    expect(pathId([step, relation])).toBe(`${pathStepId(step)} > ${pathStepId(relation)}`);
  });
});
