import { withClient } from "./pg-client"

/** The one command that opens the demo's pizzerias around the clock, and the one that undoes it. */
export const OPEN_ALL_COMMAND = "npm run demo:open-all"
export const UNDO_OPEN_ALL_COMMAND = "npm run demo:open-all -- --undo"

type StorePizzeria = { name: string; is_open: boolean; next_opening_at: string | null }

/**
 * What `npm start` adds once ready when no pizzeria takes orders now (at
 * night, on a closing day): the demo cannot be tried until they open, unless
 * they are opened around the clock. Undefined while one of them is open.
 */
export async function allClosedNotice(backendUrl: string, publishableKey: string): Promise<string | undefined> {
  const response = await fetch(`${backendUrl}/store/pizzerias`, { headers: { "x-publishable-api-key": publishableKey } })
  if (!response.ok) throw new Error(`GET /store/pizzerias answered ${response.status}`)
  const { pizzerias } = (await response.json()) as { pizzerias: StorePizzeria[] }
  if (!pizzerias.length || pizzerias.some((pizzeria) => pizzeria.is_open)) return undefined
  const openings = pizzerias.flatMap((pizzeria) => (pizzeria.next_opening_at ? [Date.parse(pizzeria.next_opening_at)] : []))
  const next = openings.length ? new Date(Math.min(...openings)) : undefined
  return [
    `  Every pizzeria is closed now${next ? ` (the first opens ${next.toLocaleString("en-GB", { timeZone: "Europe/Paris", weekday: "long", hour: "2-digit", minute: "2-digit" })}, Paris time)` : ""}: the shop takes no order.`,
    `  To try an order anyway, open the demo's pizzerias all day, every day (this terminal can keep running):`,
    `    ${OPEN_ALL_COMMAND}`,
    `  and ${UNDO_OPEN_ALL_COMMAND} puts their demo hours back.`,
  ].join("\n")
}

export type ServiceHoursRow = { name: string; opening_hours: Record<string, [string, string][]>; closures: number }

/** Each pizzeria's weekly hours and number of closures, read straight from the database. */
export function readServiceHours(url: string): Promise<ServiceHoursRow[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT sl.name, s.opening_hours,
              (SELECT count(*) FROM service_closure c WHERE c.service_location_id = s.id AND c.deleted_at IS NULL)::int AS closures
         FROM service_location s JOIN stock_location sl ON sl.id = s.stock_location_id
        WHERE s.deleted_at IS NULL AND sl.deleted_at IS NULL
        ORDER BY sl.name`
    )
    return rows as ServiceHoursRow[]
  })
}
