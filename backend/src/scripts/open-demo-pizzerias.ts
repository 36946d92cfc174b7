import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { setServiceHoursWorkflow } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { isProduction } from "../config/settings"
import { demo } from "../demo/data"
import { SEED_MARKER } from "../demo/markers"

const ALL_DAY: [string, string][] = [["00:00", "00:00"]]
const AROUND_THE_CLOCK = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY }

export type DemoHoursChange = {
  /** "open": every demo pizzeria serves all day, every day, without closures; "demo": their hours and closures from backend/demo-data. */
  hours: "open" | "demo"
  /** The demo pizzerias changed, by name. */
  pizzerias: string[]
}

/**
 * Sets every demo pizzeria's service hours through the zoning plugin's
 * workflow, as an admin saving them would: around the clock, or back to the
 * demo's own (`undo`). Refused in production and on a database the demo data
 * was not loaded into, whose pizzerias are someone's real shops.
 */
export async function setDemoHours(container: MedusaContainer, { undo }: { undo: boolean }): Promise<DemoHoursChange> {
  if (isProduction(process.env)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Opening the pizzerias around the clock is for the demo, not for production: set their hours in the admin (Pizzerias).")
  }
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (!store?.metadata?.[SEED_MARKER]) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This database was not loaded with the demo data (npm run seed): its pizzerias' hours are left as they are; set them in the admin (Pizzerias)."
    )
  }

  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id", "name", "metadata"] })
  const changed: string[] = []
  for (const pizzeria of demo.pizzerias) {
    const location = locations.find((candidate) => candidate.metadata?.handle === pizzeria.handle)
    if (!location) continue
    await setServiceHoursWorkflow(container).run({
      input: {
        stock_location_id: location.id,
        latitude: pizzeria.location.lat,
        longitude: pizzeria.location.lng,
        timezone: demo.timezone,
        opening_hours: undo ? pizzeria.opening_hours : AROUND_THE_CLOCK,
        closures: undo
          ? demo.closures
              .filter((closure) => closure.pizzerias === "all" || closure.pizzerias.includes(pizzeria.handle))
              .map(({ starts_at, ends_at, reason }) => ({ starts_at: new Date(starts_at), ends_at: new Date(ends_at), reason }))
          : [],
      },
    })
    changed.push(location.name)
  }
  if (!changed.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "None of the demo pizzerias (backend/demo-data/pizzerias.json) is in this database: nothing was changed.")
  }
  return { hours: undo ? "demo" : "open", pizzerias: changed }
}

/**
 * `medusa exec ./src/scripts/open-demo-pizzerias.ts [undo]`: the demo's
 * pizzerias open all day, every day (or back to their demo hours), so that
 * the demo can take an order at any hour. `npm run demo:open-all` runs it.
 */
export default async function openDemoPizzerias({ container, args }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // `medusa exec` takes positional arguments only
  const { hours, pizzerias } = await setDemoHours(container, { undo: args.includes("undo") })
  logger.info(hours === "open" ? `Open all day, every day, without closures: ${pizzerias.join(", ")}.` : `Back to the demo's hours and closures: ${pizzerias.join(", ")}.`)
}
