import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"
import { repairAbandonedOrderEdits } from "../orders/repair-abandoned-order-edits"

/** Every minute: a customer's change a killed process left open is cancelled, so the order can be changed again. */
export default async function cancelAbandonedOrderEditsJob(container: MedusaContainer): Promise<void> {
  const repaired = await repairAbandonedOrderEdits(container)
  if (repaired.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Order edits: ${repaired.length} order change(s) left open by a stopped process were cancelled: ${repaired.join(", ")}.`)
  }
}

export const config = { name: "cancel-abandoned-order-edits", schedule: repairJobsSchedule() }
