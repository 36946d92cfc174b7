import { model } from "@medusajs/framework/utils"
import { ServiceClosure } from "./service-closure"

/** Where a stock location stands and when it serves: the ride starts here, orders arrive within these hours. */
export const ServiceLocation = model.define("service_location", {
  id: model.id({ prefix: "svcloc" }).primaryKey(),
  stock_location_id: model.text().unique(),
  latitude: model.float(),
  longitude: model.float(),
  timezone: model.text().default("Europe/Paris"),
  /** Per weekday ("mon"…"sun"), a list of ["HH:MM", "HH:MM"] local opening and closing times. */
  opening_hours: model.json(),
  closures: model.hasMany(() => ServiceClosure, { mappedBy: "service_location" }),
})
