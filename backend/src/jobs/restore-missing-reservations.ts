import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { restoreMissingReservations } from "../orders/restore-missing-reservations"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"

/** Every minute: an order whose reservations do not match its lines (a process killed mid-checkout or mid-change) gets them matched. */
export default async function restoreMissingReservationsJob(container: MedusaContainer): Promise<void> {
  const repaired = await restoreMissingReservations(container)
  if (repaired.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Stock: ${repaired.length} order(s) held reservations not matching their lines (checkout or change cut short); matched now: ${repaired.join(", ")}.`)
  }
}

export const config = { name: "restore-missing-reservations", schedule: repairJobsSchedule() }
