/**
 * The one place where CAMEO / Phoenix state codes meet the project's country ids. A Phoenix code's
 * first three letters name the state (RUSGOV → RUS); most are ISO 3166-1 alpha-3 and become
 * `country:<ISO3>` when src/ingest/gazetteer/countries.json has that code. The exceptions below are
 * CAMEO's own codes: Kosovo is KSV in Phoenix and XKK in countries.json (i18n-iso-countries; no ISO
 * code exists), East Timor is TMP (ISO TLS), and the dissolved states map to the gazetteer's
 * `historical:` ids. Codes that are not states (IGO, NGO, MNC, REB …) give null.
 */
import countriesData from '../gazetteer/countries.json';

export const CAMEO_STATE_EXCEPTIONS: Readonly<Record<string, string>> = {
  KSV: 'country:XKK',
  TMP: 'country:TLS',
  USR: 'historical:soviet-union',
  SUN: 'historical:soviet-union',
  YUG: 'historical:yugoslavia',
  CSK: 'historical:czechoslovakia',
  DDR: 'historical:east-germany',
};

let isoCodes: ReadonlySet<string> | undefined;

/** `RUSGOV` → `country:RUS`; `KSVGOV` → `country:XKK`; `IGOUNO` → null. */
export function stateIdOfCode(code: string): string | null {
  const prefix = code.slice(0, 3).toUpperCase();
  if (prefix.length < 3) {
    return null;
  }
  const exception = CAMEO_STATE_EXCEPTIONS[prefix];
  if (exception !== undefined) {
    return exception;
  }
  isoCodes ??= new Set(countriesData.countries.map(c => c.iso3));
  return isoCodes.has(prefix) ? `country:${prefix}` : null;
}

/** The role part after the state (`RUSGOV` → `GOV`), or the whole code when it names no state. */
export function roleOfCode(code: string): string {
  return stateIdOfCode(code) === null ? code : code.slice(3);
}
