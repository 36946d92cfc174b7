import type { MedusaContainer } from "@medusajs/framework/types"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"
import { fireScheduledTickets } from "../kitchen/fire-scheduled-tickets"

/** Every minute: scheduled orders whose fire time has come enter the kitchen's queue (once, however many processes run it). */
export default async function fireScheduledTicketsJob(container: MedusaContainer): Promise<void> {
  await fireScheduledTickets(container)
}

export const config = { name: "fire-scheduled-tickets", schedule: repairJobsSchedule() }
