import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { elapsed } from "./output"
import { ROOT } from "./paths"

export const RESULTS_DIR = join(ROOT, "test-results")

/** `failures` names what failed, so the end of CI's output says which test to look at. */
export type Tally = { passed: number; failed: number; skipped: number; failures?: string[] }

/** Jest's and Playwright's colour codes (ESC [ … m), which a log reader sees as noise. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g")

/** The first line of a failure's message, short enough for CI's closing lines. */
export function firstLine(message: string | undefined): string {
  const line =
    (message ?? "")
      .replace(ANSI_COLOUR, "")
      .split("\n")
      .find((text) => text.trim() !== "") ?? ""
  return line.trim().slice(0, 200)
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
    if (tests.length === 0) return message ? [`${file}: ${firstLine(message)}`] : []
    return tests.map(({ fullName, failureMessages }) => `${file} › ${fullName}: ${firstLine(failureMessages[0])}`)
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
