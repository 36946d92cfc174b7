import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { restoreMissingReservations } from "../orders/restore-missing-reservations"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"

/** Every minute: an order whose ingredients were never reserved (a process killed mid-checkout) gets its reservations. */
export default async function restoreMissingReservationsJob(container: MedusaContainer): Promise<void> {
  const repaired = await restoreMissingReservations(container)
  if (repaired.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Stock: ${repaired.length} order(s) had no reservation (checkout cut short); reserved now: ${repaired.join(", ")}.`)
  }
}

export const config = { name: "restore-missing-reservations", schedule: repairJobsSchedule() }
