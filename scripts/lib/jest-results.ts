import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { elapsed } from "./output"
import { ROOT } from "./paths"

export const RESULTS_DIR = join(ROOT, "test-results")

/** `failures` names what failed, so the end of CI's output says which test to look at. */
export type Tally = { passed: number; failed: number; skipped: number; failures?: string[] }

/** Jest's and Playwright's colour codes (ESC [ … m), which a log reader sees as noise. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g")

/**
 * What a failure says, short enough for CI's closing lines: its first line, then
 * the locator, expected and received lines and the test's own line (`at e2e/…:88`)
 * when the message has them, so the tail of a CI log is enough to find the cause.
 */
export function failureGist(message: string | undefined): string {
  const lines = (message ?? "")
    .replace(ANSI_COLOUR, "")
    .split("\n")
    .map((text) => text.trim())
    .filter((text) => text !== "")
  const details = lines.filter((text) => /^(Locator|Expected|Received|Timeout)\b/.test(text)).slice(0, 4)
  const at = lines.find((text) => /^at .*(spec|test)\.tsx?:\d+/.test(text))
  return [lines[0] ?? "", ...details, ...(at ? [at.replace(/^at .*?([\w.-]+\.(spec|test)\.tsx?:\d+).*$/, "at $1")] : [])].map((text) => text.slice(0, 160)).join(" | ")
}

/** Counts from a Jest `--json --outputFile` report; a run that wrote none counts as one failure. */
export function readJestReport(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, failures: [`${file}: no report written`] }
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numRuntimeErrorTestSuites: number
    testResults: {
      name: string
      message: string
      assertionResults: { status: string; fullName: string; failureMessages: string[] }[]
    }[]
  }
  const failures = report.testResults.flatMap(({ name, message, assertionResults }) => {
    const file = name.slice(ROOT.length + 1)
    const tests = assertionResults.filter(({ status }) => status === "failed")
    if (tests.length === 0) return message ? [`${file}: ${failureGist(message)}`] : []
    return tests.map(({ fullName, failureMessages }) => `${file} › ${fullName}: ${failureGist(failureMessages[0])}`)
  })
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    skipped: report.numPendingTests,
    failures,
  }
}

/**
 * A workspace that ran fewer tests than its minimum counts one more failure,
 * and says so: its test match no longer finds what it should.
 */
export function atLeast(workspace: string, tally: Tally, minimum: number | undefined): Tally {
  if (minimum === undefined) throw new Error(`no minimum number of tests for ${workspace} (scripts/test.ts, MINIMUM_TESTS)`)
  const ran = tally.passed + tally.failed + tally.skipped
  if (ran >= minimum) return tally
  console.log(`  ${workspace}: ${ran} tests ran, at least ${minimum} were expected: did its test match break?`)
  return { ...tally, failed: tally.failed + 1, failures: [...(tally.failures ?? []), `${workspace}: ${ran} tests ran, at least ${minimum} expected`] }
}

export function add(a: Tally, b: Tally): Tally {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    failures: [...(a.failures ?? []), ...(b.failures ?? [])],
  }
}

/** Writes the tally where .ci/run sums every kind of test, and returns the closing line. */
function recordTally(name: string, tally: Tally): string {
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(join(RESULTS_DIR, `${name}.tally.json`), JSON.stringify(tally))
  return `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`
}

/**
 * Runs a test command's `main`, which returns its tally: prints how long it
 * took and its closing line, records the tally for CI and sets the exit code.
 */
export function runSuite(name: string, title: string, main: () => Promise<Tally>): void {
  main().then(
    (tally) => {
      console.log(`\n${title} done in ${elapsed()}.`)
      console.log(recordTally(name, tally))
      process.exit(tally.failed === 0 ? 0 : 1)
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    }
  )
}
