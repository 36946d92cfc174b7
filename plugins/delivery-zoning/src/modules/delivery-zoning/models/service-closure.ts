import { model } from "@medusajs/framework/utils"
import { ServiceLocation } from "./service-location"

/** An exceptional closure (holiday, works, staff): no orders between these instants. */
export const ServiceClosure = model.define("service_closure", {
  id: model.id({ prefix: "svccl" }).primaryKey(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  reason: model.text().nullable(),
  service_location: model.belongsTo(() => ServiceLocation, { mappedBy: "closures" }),
})
