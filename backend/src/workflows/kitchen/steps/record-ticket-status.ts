import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import type { TicketStatus } from "@oc-pizza/api-types"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import type KitchenModuleService from "@/modules/kitchen/service"

type Input = {
  ticket_id: string
  from: TicketStatus
  to: TicketStatus
  actor: string | null
  note?: string | null
  paid_with?: "cash" | "card_terminal" | null
}

/** The ticket's new status and its history line; compensation puts the old status back and drops the line. */
export const recordTicketStatusStep = createStep(
  "record-ticket-status",
  async ({ ticket_id, from, to, actor, note, paid_with }: Input, { container }) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    // only from the status this run started from: a concurrent move wins, this one rolls back
    const moved = await kitchen.updateKitchenTickets({ selector: { id: ticket_id, status: from }, data: { status: to, ...(paid_with ? { paid_with } : {}) } })
    if (moved.length === 0) {
      throw new DomainError(409, "invalid_transition", `The ticket was moved by someone else meanwhile; it is no longer ${from}.`, { status: from, to })
    }
    let event
    try {
      event = await kitchen.createKitchenTicketEvents({ ticket_id, status: to, at: new Date(), actor, note: note ?? null })
    } catch (error) {
      // a step that fails is not compensated: the status it just wrote goes back here
      await kitchen.updateKitchenTickets({ id: ticket_id, status: from, paid_with: null })
      throw error
    }
    return new StepResponse({ ticket_id, status: to, history_id: event.id, at: new Date(event.at).toISOString() }, { ticket_id, from, event_id: event.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    await kitchen.deleteKitchenTicketEvents(undo.event_id)
    await kitchen.updateKitchenTickets({ id: undo.ticket_id, status: undo.from, paid_with: null })
  }
)
