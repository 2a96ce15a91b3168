// Prints one plain closing line, `Tests: N passed, N failed, N skipped`, after Vitest's own summary,
// so CI can read the result in the same words whatever runner produced it.
// A file whose hooks or imports failed counts as one failure even when its tests show as skipped,
// so a broken `beforeAll` can never print "0 failed".
export default class SummaryReporter {
  onTestRunEnd(testModules, unhandledErrors) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedHere += 1;
        else skipped += 1;
      }
      const moduleFailed = mod.state() === 'failed' || (mod.errors?.().length ?? 0) > 0;
      failed += failedHere > 0 ? failedHere : moduleFailed ? 1 : 0;
    }
    failed += unhandledErrors?.length ?? 0;
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
