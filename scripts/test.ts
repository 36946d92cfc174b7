import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { prepareWorkspace } from "./lib/bootstrap"
import { startTestDatabase, type Database } from "./lib/database"
import { loadRootEnv } from "./lib/env"
import { add, atLeast, readJestReport, runSuite, RESULTS_DIR, type Tally } from "./lib/jest-results"
import { phase } from "./lib/output"
import { BACKEND, PLUGINS, ROOT, STOREFRONT } from "./lib/paths"
import { run } from "./lib/processes"

/**
 * `npm test`: every workspace's unit and integration tests on one throw-away
 * PostgreSQL (or the server named by DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD).
 * Integration files run one at a time: each boots Medusa.
 */

/**
 * Fewer tests than this in a workspace fails the run: a test match that
 * broke (a moved folder, a renamed pattern) would otherwise pass with none.
 * The counts of the day they were set, rounded down; raise them as tests are added.
 */
const MINIMUM_TESTS: Record<string, number> = {
  "plugins/recipes": 10,
  "plugins/ingredient-stock": 15,
  "plugins/delivery-zoning": 75,
  backend: 280,
  storefront: 28,
}

loadRootEnv()

/**
 * The backend's files run two at a time: each boots Medusa and mostly waits
 * on it. (Three at a time took as long: 703 s against 704 s on two cores,
 * the machine busy throughout.) These run alone afterwards: they time live events to the second, or
 * start several servers of their own.
 */
const BACKEND_ALONE = ["integration-tests/http/kitchen-live.spec.ts", "integration-tests/http/scale-out.spec.ts"]

/** One Jest run of a workspace: the phase's name, and the arguments that choose its files and workers. */
type Run = { label: string; args: string[]; env?: NodeJS.ProcessEnv }

function runsOf(name: string): Run[] {
  if (name !== "backend") return [{ label: name, args: [] }]
  return [
    // the schema migrated and the demo data loaded once for its thirty-odd files (backend/integration-tests/template-databases.ts)
    {
      label: "backend",
      args: ["--maxWorkers=2", `--testPathIgnorePatterns=${BACKEND_ALONE.map((path) => path.replace(/\./g, "\\.")).join("|")}`],
      env: { OCP_TEST_TEMPLATE: "1" },
    },
    { label: "backend-alone", args: ["--maxWorkers=1", ...BACKEND_ALONE] },
  ]
}

async function main(): Promise<Tally> {
  let database: Database | undefined
  if (!process.env.DB_HOST) {
    database = await phase("test database", startTestDatabase)
  }

  let tally: Tally = { passed: 0, failed: 0, skipped: 0 }
  try {
    await prepareWorkspace()
    mkdirSync(RESULTS_DIR, { recursive: true })
    for (const workspace of [...PLUGINS, BACKEND, STOREFRONT]) {
      const name = workspace.slice(ROOT.length + 1)
      let ran: Tally = { passed: 0, failed: 0, skipped: 0 }
      for (const { label, args, env } of runsOf(name)) {
        const report = join(RESULTS_DIR, `${label.replace(/\//g, "-")}.jest.json`)
        await phase(`tests: ${label}`, () =>
          // on CI, the tests' own console output (Medusa's logs) is noise around the results
          run("npm", ["run", "test", "--silent", "--", "--ci", "--json", `--outputFile=${report}`, ...(process.env.CI ? ["--silent"] : []), ...args], {
            cwd: workspace,
            label,
            env: { NODE_ENV: "test", ...env },
          }).catch((error: Error) => console.log(`  ${error.message}: failures are counted from its report`))
        )
        ran = add(ran, readJestReport(report))
      }
      tally = add(tally, atLeast(name, ran, MINIMUM_TESTS[name]))
    }
  } finally {
    await database?.stop()
  }
  return tally
}

runSuite("unit-integration", "All tests", main)
