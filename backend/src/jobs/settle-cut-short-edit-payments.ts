import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"
import { settleCutShortEditPayments } from "../orders/settle-cut-short-edit-payments"

/** Every minute: an order change cut short inside its confirmation gets its payment for the new total, as a completed change does. */
export default async function settleCutShortEditPaymentsJob(container: MedusaContainer): Promise<void> {
  const repaired = await settleCutShortEditPayments(container)
  if (repaired.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Payments: ${repaired.length} changed order(s) were short of their new total (change cut short); settled now: ${repaired.join(", ")}.`)
  }
}

export const config = { name: "settle-cut-short-edit-payments", schedule: repairJobsSchedule() }
