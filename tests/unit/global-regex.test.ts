/**
 * No regular expression with the `g` (or `y`) flag is built at module level in src/ (issue 12, §6): such
 * an object carries `lastIndex` from one call to the next, so a loop that stops early, or a throw in
 * the middle of one, leaves the next caller starting halfway through its text. Code that needs a global
 * match makes its own copy per call (`new RegExp(template, 'g')`). The check reads the syntax tree: a
 * literal or a `new RegExp(…, flags)` with a literal flags argument, anywhere in a top-level statement
 * but inside a function body (which runs per call).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { sourceFiles } from '../helpers/source-files';

const SRC = path.resolve(__dirname, '../../src');

const stateful = (flags: string): boolean => /[gy]/.test(flags);

/** `line: text` of every stateful regular expression built when the module loads. */
function moduleLevelGlobals(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node): void => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${fileName}:${line + 1}: ${node.getText(file).slice(0, 80)}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) {
      return;
    }
    if (ts.isRegularExpressionLiteral(node)) {
      const flags = node.text.slice(node.text.lastIndexOf('/') + 1);
      if (stateful(flags)) {
        report(node);
      }
    } else if (
      ts.isNewExpression(node) &&
      node.expression.getText(file) === 'RegExp' &&
      node.arguments !== undefined &&
      node.arguments.length > 1
    ) {
      const flags = node.arguments[1];
      if (flags !== undefined && ts.isStringLiteralLike(flags) && stateful(flags.text)) {
        report(node);
      }
    }
    ts.forEachChild(node, visit);
  };
  file.statements.forEach(visit);
  return found;
}

describe('module-level regular expressions', () => {
  it('finds a global literal or RegExp at module level, and none built inside a function', () => {
    const text = [
      'const A = /x/g;',
      "const B = new RegExp('y', 'gu');",
      'const C = { d: /z/y };',
      'const ok1 = /x/i;',
      'const ok2 = (): RegExp => /x/g;',
      "function ok3(): RegExp { return new RegExp('x', 'g'); }",
      'class K { m(): RegExp { return /x/g; } }',
    ].join('\n');
    expect(moduleLevelGlobals('sample.ts', text).map(s => s.split(': ')[0])).toEqual([
      'sample.ts:1',
      'sample.ts:2',
      'sample.ts:3',
    ]);
  });

  it('src/ builds none: each caller of a global match makes its own copy', () => {
    const found = sourceFiles(SRC).flatMap(f =>
      moduleLevelGlobals(path.relative(SRC, f), fs.readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
