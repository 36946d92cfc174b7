import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"
import { customerMayChange } from "@/modules/kitchen/lifecycle"
import { orderNotFound } from "@/orders/order-not-found"

export const assertCustomerMayCancelStepId = "assert-customer-may-cancel"

/** A customer cancels only what the kitchen has not started: otherwise 409 preparation_started, with where the ticket stands. */
export const assertCustomerMayCancelStep = createStep(assertCustomerMayCancelStepId, async ({ ticket_id }: { ticket_id: string }, { container }) => {
  const [ticket] = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets({ id: ticket_id }, { take: 1 })
  if (!ticket) throw orderNotFound()
  if (!customerMayChange(ticket.status)) {
    throw new DomainError(
      409,
      "preparation_started",
      {
        fr: "La cuisine a commencé cette commande : elle ne peut plus être annulée ici. Appelez la pizzeria.",
        en: "The kitchen has started this order: it can no longer be cancelled here. Call the pizzeria.",
      },
      {
        status: ticket.status,
      }
    )
  }
  return new StepResponse({ ticket_id })
})
