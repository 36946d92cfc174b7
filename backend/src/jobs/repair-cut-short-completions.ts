import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairCutShortCompletions } from "../orders/repair-cut-short-completions"
import { repairJobsSchedule } from "../config/repair-jobs-schedule"

/** Every minute: a checkout killed inside Medusa's completion leaves no cart open with an order, completed without one, or unpaid. */
export default async function repairCutShortCompletionsJob(container: MedusaContainer): Promise<void> {
  const repaired = await repairCutShortCompletions(container)
  if (repaired.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Checkout: ${repaired.length} completion(s) cut short were finished: ${repaired.map((repair) => `${repair.cart_id}→${repair.order_id ?? "reopened"} (${repair.repairs.join(", ")})`).join("; ")}.`
      )
  }
}

export const config = { name: "repair-cut-short-completions", schedule: repairJobsSchedule() }
