import { escapeLucene, searchTerms, searchWords, toLuceneQuery } from '../../src/graph/lucene';

describe('escapeLucene', () => {
  it('backslash-escapes every character with a meaning in the query syntax', () => {
    const special = '+-&&||!(){}[]^"~*?:\\/';
    const escaped = escapeLucene(special);
    expect(escaped).toBe(String.raw`\+\-\&\&\|\|\!\(\)\{\}\[\]\^\"\~\*\?\:\\\/`);
    // every special character is now preceded by exactly one escaping backslash
    expect(escaped.replace(/\\(.)/g, '$1')).toBe(special);
  });

  it('leaves letters, digits and other punctuation alone', () => {
    expect(escapeLucene('Kim Jong-Un’s 2019 “friendship”.')).toBe(
      'Kim Jong\\-Un’s 2019 “friendship”.',
    );
  });
});

describe('toLuceneQuery', () => {
  it('requires every word (AND), each as an escaped quoted phrase', () => {
    expect(toLuceneQuery('comradely friendship')).toBe('+"comradely" +"friendship"');
    expect(toLuceneQuery('  anti-Japanese\tfight\n')).toBe('+"anti\\-Japanese" +"fight"');
  });

  it('neutralises quotes, wildcards, fields and boolean operators', () => {
    expect(toLuceneQuery('Kim" OR *:*')).toBe('+"Kim\\"" +"OR" +"\\*\\:\\*"');
    expect(toLuceneQuery('NOT a AND b || c && !d')).toBe(
      '+"NOT" +"a" +"AND" +"b" +"\\|\\|" +"c" +"\\&\\&" +"\\!d"',
    );
    expect(toLuceneQuery('(unbalanced')).toBe('+"\\(unbalanced"');
    expect(toLuceneQuery('name:[a TO z]~2^5 /re.ex/ fuzz?')).toBe(
      '+"name\\:\\[a" +"TO" +"z\\]\\~2\\^5" +"\\/re.ex\\/" +"fuzz\\?"',
    );
    expect(toLuceneQuery('back\\slash"')).toBe('+"back\\\\slash\\""');
  });

  it('never leaves an unescaped quote that could close a phrase early', () => {
    for (const input of ['"', '""', 'a"b"c', '\\"', '\\\\"', 'x\\']) {
      const query = toLuceneQuery(input);
      const inner = query.slice(2, -1);
      expect(query.startsWith('+"') && query.endsWith('"')).toBe(true);
      expect(inner.replace(/\\./g, '')).not.toMatch(/["\\]/);
    }
  });

  it('rejects text without words (the resolver answers BAD_USER_INPUT first)', () => {
    expect(() => toLuceneQuery('   ')).toThrow();
  });
});

describe('searchWords and searchTerms', () => {
  it('splits words on whitespace only', () => {
    expect(searchWords(' a  b\nc ')).toEqual(['a', 'b', 'c']);
  });

  it('finds the tokens the analyzer looks for, lower-cased and unique', () => {
    expect(searchTerms('Kim" OR *:* kim')).toEqual(['kim', 'or']);
    expect(searchTerms('people’s U.S. anti-Japanese')).toEqual([
      'people’s',
      'u.s',
      'anti',
      'japanese',
    ]);
    expect(searchTerms('*:* (( ""')).toEqual([]);
  });
});
