import { registerEnumType } from 'type-graphql';

export enum ActorKind {
  COUNTRY = 'COUNTRY',
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  MEDIA_OUTLET = 'MEDIA_OUTLET',
  TERRITORY = 'TERRITORY',
  HISTORICAL_STATE = 'HISTORICAL_STATE',
  GROUP = 'GROUP',
}

export enum Modality {
  ASSERTED = 'ASSERTED',
  REPORTED = 'REPORTED',
  POSSIBLE = 'POSSIBLE',
  PLANNED = 'PLANNED',
  HISTORICAL = 'HISTORICAL',
}

export enum QuadClass {
  VERBAL_COOPERATION = 'VERBAL_COOPERATION',
  MATERIAL_COOPERATION = 'MATERIAL_COOPERATION',
  VERBAL_CONFLICT = 'VERBAL_CONFLICT',
  MATERIAL_CONFLICT = 'MATERIAL_CONFLICT',
}

export enum DatePrecision {
  SECOND = 'SECOND',
  MINUTE = 'MINUTE',
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

export enum EventRole {
  SOURCE = 'SOURCE',
  TARGET = 'TARGET',
  ANY = 'ANY',
}

registerEnumType(ActorKind, { name: 'ActorKind', description: 'What kind of actor a node is.' });
registerEnumType(Modality, {
  name: 'Modality',
  description:
    'How the article presents an event: ASSERTED as fact, REPORTED via a source, POSSIBLE or PLANNED ' +
    '(not happened), HISTORICAL background.',
});
registerEnumType(QuadClass, {
  name: 'QuadClass',
  description: "CAMEO's four-way event classification.",
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'How much of a date was known. A date-time stores what was not given as zero (a date-only ' +
    "publishedAt is midnight UTC with precision DAY); facts' dates are days, MONTH and YEAR ones " +
    'falling on the first day of the month or year. SECOND and MINUTE occur only on publishedAt.',
});
registerEnumType(EventRole, {
  name: 'EventRole',
  description: 'The side an actor takes in an event.',
});

/** CAMEO quad class number (1..4) to the enum. */
export const QUAD_CLASS_BY_NUMBER: Readonly<Record<number, QuadClass>> = {
  1: QuadClass.VERBAL_COOPERATION,
  2: QuadClass.MATERIAL_COOPERATION,
  3: QuadClass.VERBAL_CONFLICT,
  4: QuadClass.MATERIAL_CONFLICT,
};
