/**
 * Prints one plain closing line, "jest: N passed, N failed", that CI systems which do not parse Jest's
 * own summary can read.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    // Printed at exit, so it comes after Jest's own summary and is the run's closing line.
    process.once('exit', () => {
      process.stdout.write(`\n${skipped > 0 ? `${line}, ${skipped} skipped` : line}\n`);
    });
  }
}

module.exports = SummaryReporter;
