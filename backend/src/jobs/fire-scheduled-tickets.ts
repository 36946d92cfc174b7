import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"
import { transitionKitchenTicketWorkflow } from "../workflows/kitchen/transition-kitchen-ticket"

/**
 * Moves every scheduled ticket whose fire time has come into the kitchen's
 * queue (`received`), through the same workflow as a pizzaiolo's button: its
 * ticket lock and the lifecycle's check make the move happen once, whatever
 * number of processes run this at the same minute (the second finds it
 * `received` already and is refused). Returns the tickets this run moved.
 */
export async function fireScheduledTickets(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const due = await container
    .resolve<KitchenModuleService>(KITCHEN_MODULE)
    .listKitchenTickets({ status: "scheduled", fire_at: { $lte: now } }, { select: ["id"], take: 200, order: { fire_at: "ASC" } })
  const fired: string[] = []
  for (const { id } of due) {
    const { errors } = await transitionKitchenTicketWorkflow(container).run({
      input: { ticket_id: id, to: "received", actor: null, due_by: now.toISOString() },
      throwOnError: false,
    })
    if (errors.length === 0) fired.push(id)
    else container.resolve(ContainerRegistrationKeys.LOGGER).debug(`Kitchen: ticket ${id} not fired by this run (${(errors[0].error as Error)?.message}).`)
  }
  return fired
}

/** Every minute: scheduled orders whose fire time has come enter the kitchen's queue (once, however many processes run it). */
export default async function fireScheduledTicketsJob(container: MedusaContainer): Promise<void> {
  await fireScheduledTickets(container)
}

export const config = { name: "fire-scheduled-tickets", schedule: repairJobsSchedule() }
