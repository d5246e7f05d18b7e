/**
 * Strict readers of the exports' tables, to check them by parsing them back: CSV as RFC 4180 says it
 * (CRLF after every record, fields with quotes, commas or line breaks quoted, quotes doubled), TSV as
 * IANA text/tab-separated-values (LF lines, no tab or line break inside a field). Anything else throws.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) {
        throw new Error(`a quote inside an unquoted field at ${i}`);
      }
      quoted = true;
      wasQuoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a line break outside quotes that is not CRLF at ${i}`);
    } else if (wasQuoted) {
      throw new Error(`text after a closing quote at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted || field !== '' || row.length > 0) {
    throw new Error('the last record does not end with CRLF');
  }
  return rows;
}

export function parseTsv(text: string): string[][] {
  if (!text.endsWith('\n') || text.includes('\r')) {
    throw new Error('TSV lines end with LF, the last one too, and hold no CR');
  }
  return text
    .slice(0, -1)
    .split('\n')
    .map(line => line.split('\t'));
}

/** Rows as records keyed by the header line's names; every row must have as many fields. */
export function records(rows: readonly string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (header === undefined) {
    throw new Error('no header line');
  }
  return body.map((row, n) => {
    if (row.length !== header.length) {
      throw new Error(`row ${n + 1} has ${row.length} fields, the header ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, row[i] ?? '']));
  });
}
