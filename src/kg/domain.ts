/** The domain's enums as plain TypeScript; src/schema/domain.enum.ts registers them with GraphQL. */
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

/** CAMEO quad class number (1..4) to the enum. */
export const QUAD_CLASS_BY_NUMBER: Readonly<Record<number, QuadClass>> = {
  1: QuadClass.VERBAL_COOPERATION,
  2: QuadClass.MATERIAL_COOPERATION,
  3: QuadClass.VERBAL_CONFLICT,
  4: QuadClass.MATERIAL_CONFLICT,
};
