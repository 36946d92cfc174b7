import { startDatabase } from "./lib/bootstrap"
import { embeddedUrl, runningPid, type Database } from "./lib/database"
import { isSeeded } from "./lib/demo-state"
import { readServiceHours, UNDO_OPEN_ALL_COMMAND, type ServiceHoursRow } from "./lib/demo-hours"
import { DB_NAME, embeddedPort, loadRootEnv } from "./lib/env"
import { medusaExec } from "./lib/medusa"
import { info, phase } from "./lib/output"
import { PG_DATA } from "./lib/paths"

/**
 * `npm run demo:open-all`: every demo pizzeria open all day, every day,
 * without closures, so that the demo takes orders at any hour.
 * `npm run demo:open-all -- --undo`: their hours and closures from
 * backend/demo-data again. Works while `npm start` runs (same database; the
 * shop reads the hours at each request). The change itself is
 * backend/src/scripts/open-demo-pizzerias.ts, through the zoning plugin's
 * workflow; it refuses production and a database without the demo data.
 */

loadRootEnv()
const undo = process.argv.includes("--undo")

function refuseProduction(): void {
  if (process.env.NODE_ENV === "production" || process.env.ENV?.toUpperCase() === "PRODUCTION") {
    throw new Error(
      "Refused: opening the pizzerias around the clock is for the demo, not for production (NODE_ENV or ENV says production). Set their hours in the admin (Pizzerias)."
    )
  }
}

/** The database `npm start` uses: its embedded server when it is running (never restarted under it), else started for this command. */
async function demoDatabase(): Promise<Database> {
  if (!process.env.DATABASE_URL && runningPid(PG_DATA) !== undefined) {
    const url = embeddedUrl(embeddedPort(), DB_NAME)
    process.env.DATABASE_URL = url
    return { url, embedded: false, stop: async () => {} }
  }
  return startDatabase()
}

function describe(row: ServiceHoursRow): string {
  const days = Object.values(row.opening_hours)
  const allDay = days.length === 7 && days.every((spans) => spans.length === 1 && spans[0][0] === spans[0][1])
  if (allDay && row.closures === 0) return "open all day, every day"
  const closures = `${row.closures} closure${row.closures === 1 ? "" : "s"}`
  return allDay
    ? `all day, every day, but ${closures}`
    : `its own hours (mon ${(row.opening_hours.mon ?? []).map((span) => span.join("–")).join(", ") || "closed"}...), ${closures}`
}

async function main(): Promise<void> {
  refuseProduction()
  const database = await demoDatabase()
  try {
    if (!(await isSeeded(database.url))) {
      throw new Error("Refused: this database was not loaded with the demo data (npm run seed), so its pizzerias are not the demo's. Set their hours in the admin (Pizzerias).")
    }
    await phase(undo ? "demo hours back" : "demo pizzerias open around the clock", () => medusaExec("open-demo-pizzerias.ts", undo ? ["undo"] : [], "hours"))
    for (const row of await readServiceHours(database.url)) info(`${row.name}: ${describe(row)}`)
  } finally {
    await database.stop()
  }
  console.log(
    undo
      ? "\nThe demo pizzerias keep their demo hours and closures again (backend/demo-data)."
      : `\nThe demo pizzerias take orders at any hour now, also in a running npm start.\nTo put their demo hours and closures back: ${UNDO_OPEN_ALL_COMMAND}`
  )
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
