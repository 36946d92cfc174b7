import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { startGeocoderEdge } from "../e2e/geocoder-edge"
import { startStackControl } from "../e2e/stack-control"
import { startDemoStack } from "./lib/demo-stack"
import { DEMO_NODE_ENV } from "./lib/stack"
import { loadRootEnv } from "./lib/env"
import { failureGist, runSuite, RESULTS_DIR, type Tally } from "./lib/jest-results"
import { phase } from "./lib/output"
import { ROOT } from "./lib/paths"
import { run } from "./lib/processes"

/**
 * `npm run test:e2e`: Playwright, in Debian's Chromium, against the
 * production builds running on a throw-away copy of the demo data, their
 * e-mails caught by a mail catcher the tests can read.
 */

loadRootEnv()
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

type PlaywrightSuite = {
  title: string
  specs?: { title: string; ok: boolean; tests: { results: { error?: { message?: string } }[] }[] }[]
  suites?: PlaywrightSuite[]
}

/** "file › describe › test: first line of its error", for each test that failed. */
function failedSpecs(suite: PlaywrightSuite, path: string[] = []): string[] {
  const here = suite.title ? [...path, suite.title] : path
  const failed = (suite.specs ?? [])
    .filter(({ ok }) => !ok)
    .map(({ title, tests }) => `${[...here, title].join(" › ")}: ${failureGist(tests.at(-1)?.results.at(-1)?.error?.message)}`)
  return [...failed, ...(suite.suites ?? []).flatMap((child) => failedSpecs(child, here))]
}

function readPlaywrightReport(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, failures: ["e2e: no Playwright report written"] }
  const { stats, suites } = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
    suites: PlaywrightSuite[]
  }
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
    failures: suites.flatMap((suite) => failedSpecs(suite)),
  }
}

async function main(): Promise<Tally> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's browser (apt-get install chromium) or set CHROMIUM_PATH.`)
  }
  // the address geocoder answers from fixtures (e2e/geocoder-edge.ts), never Google nor the real BAN
  const geocoder = await phase("geocoder stand-in", startGeocoderEdge)
  // the built admin, with a session cookie that comes back over plain http
  const stack = await startDemoStack({ NODE_ENV: DEMO_NODE_ENV, BAN_API_URL: geocoder.url, GOOGLE_MAP_API_KEY: "", GOOGLE_MAPS_API_KEY: "" }).catch(async (error: Error) => {
    await geocoder.stop()
    throw error
  })
  const report = join(RESULTS_DIR, "e2e.playwright.json")
  // what a test cannot do from the browser: restart the backend as a deployment does (e2e/stack-control.ts)
  const control = await startStackControl(stack)
  try {
    await phase("browser tests", () =>
      run(join(ROOT, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
        cwd: ROOT,
        label: "e2e",
        // MAIL_CATCHER_URL: what the backend sent, read by e2e/mail-catcher.ts
        env: {
          STOREFRONT_URL: stack.storefrontUrl,
          BACKEND_URL: stack.backendUrl,
          MAIL_CATCHER_URL: stack.mailCatcher?.webUrl,
          STACK_CONTROL_URL: control.url,
          CHROMIUM_PATH: CHROMIUM,
        },
      }).catch((error: Error) => console.log(`  ${error.message}: failures are counted from its report`))
    )
  } finally {
    await control.stop()
    await stack.shutdown()
    await geocoder.stop()
  }
  return readPlaywrightReport(report)
}

runSuite("e2e", "Browser tests", main)
