/**
 * The command line of the local language service: its JVM runs under `nice` (CORENLP_NICE, default 10)
 * so that a bulk ingest's parses leave the CPU to the reads, and at the default priority with 0.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';
import { corenlpArgs, corenlpRuntime } from '../../src/ingest/nlp/corenlp.launcher';
import { javaCommand } from '../../src/runtime/java-runtime';

describe('the language service command line', () => {
  it('runs the JVM under nice 10 by default, every launcher argument after the java binary', () => {
    const nlp = loadConfig({}).nlp;
    const args = corenlpArgs(nlp, corenlpRuntime(nlp), '/classes', '/logs', 4242);
    const cmd = javaCommand(undefined, args, nlp.niceness);
    expect(nlp.niceness).toBe(10);
    expect(cmd.command).toBe('nice');
    expect(cmd.args.slice(0, 3)).toEqual(['-n', '10', 'java']);
    expect(cmd.args.slice(3)).toEqual(args);
    expect(args).toEqual(
      expect.arrayContaining(['-Xmx3072m', '--threads', '2', '--watch-pid', '4242']),
    );
  });

  it('takes CORENLP_NICE and JAVA_HOME into the command', () => {
    const nlp = loadConfig({ CORENLP_NICE: '19', CORENLP_THREADS: '1', JAVA_HOME: '/opt/jdk' }).nlp;
    const args = corenlpArgs(nlp, corenlpRuntime(nlp), '/classes', '/logs', undefined);
    const cmd = javaCommand(nlp.javaHome, args, nlp.niceness);
    expect(cmd.args.slice(0, 3)).toEqual(['-n', '19', path.join('/opt/jdk', 'bin', 'java')]);
    expect(args).not.toContain('--watch-pid');
    expect(args.slice(args.indexOf('--threads'))).toEqual(['--threads', '1']);
  });

  it('runs java itself at the default priority with CORENLP_NICE=0', () => {
    const nlp = loadConfig({ CORENLP_NICE: '0' }).nlp;
    const args = corenlpArgs(nlp, corenlpRuntime(nlp), '/classes', '/logs', undefined);
    expect(javaCommand(undefined, args, nlp.niceness)).toEqual({ command: 'java', args });
  });

  it('refuses a priority outside 0-19', () => {
    expect(() => loadConfig({ CORENLP_NICE: '20' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORENLP_NICE: '-5' })).toThrow(/CORENLP_NICE/u);
  });
});
