/**
 * The one way a command-line entry point ends: the code its `main` resolves to becomes the process's exit
 * code, and a throw is printed (as `describe` renders it) with exit code 1. The process then exits by
 * itself once its handles close, so output is flushed.
 */
export function runCli(
  main: () => Promise<number>,
  describe: (err: unknown) => unknown = err => err,
): void {
  main().then(
    code => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(describe(err));
      process.exitCode = 1;
    },
  );
}
