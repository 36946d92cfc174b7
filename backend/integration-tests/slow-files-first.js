const Sequencer = require("@jest/test-sequencer").default

/**
 * The files that take longest start first, so that the two workers of
 * `npm test` finish together: Jest orders by the durations it remembers, and
 * without them (a fresh clone, CI) by file size, which put the small but slow
 * production-settings file alone at the end of the run. Jest's own order
 * follows for everything else.
 */
const SLOW_FIRST = [
  "integration-tests/http/crash-safety.spec.ts",
  "integration-tests/process/production-settings.spec.ts",
  "integration-tests/http/card-payments.spec.ts",
  "integration-tests/http/stock-guard.spec.ts",
  "integration-tests/process/update.spec.ts",
  "integration-tests/http/security/webhooks.spec.ts",
]

class SlowFilesFirst extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const found = SLOW_FIRST.findIndex((path) => test.path.endsWith(path))
      return found === -1 ? SLOW_FIRST.length : found
    }
    const sorted = super.sort(tests)
    const order = new Map(sorted.map((test, index) => [test, index]))
    return [...sorted].sort((a, b) => rank(a) - rank(b) || order.get(a) - order.get(b))
  }
}

module.exports = SlowFilesFirst
