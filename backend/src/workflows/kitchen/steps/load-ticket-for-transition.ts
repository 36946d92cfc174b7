import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DomainError } from "@/errors/domain-error"
import { lineKitsOf, type CustomisableLine } from "@/customisation/line-kits"
import { orderedQuantity } from "@/kitchen/ordered-quantity"
import type { LineKits } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import type { Fulfilment, TicketStatus } from "@oc-pizza/api-types"
import { transitionRefusal } from "@/modules/kitchen/lifecycle"
import { KITCHEN_MODULE } from "@/modules/kitchen"
import { isCardProvider, openPayments, PAY_ON_DELIVERY_PROVIDER } from "@/payments/payment-providers"
import type KitchenModuleService from "@/modules/kitchen/service"

/** A collection the customer still has to pay or authorize (a card order changed after it was placed). */
const AWAITING_PAYMENT = new Set(["not_paid", "awaiting", "failed", "partially_authorized"])

type OrderLine = {
  id: string
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  variant?: { inventory_items?: ({ inventory_item_id: string; required_quantity: unknown } | null)[] | null } | null
} | null

/** The order's ingredients, summed over its lines (a variant's inventory kit, or a customised pizza's own, × the quantity ordered). */
function ingredientsOf(items: OrderLine[], lineKits: LineKits): { inventory_item_id: string; quantity: number }[] {
  const totals = new Map<string, number>()
  for (const item of items) {
    if (!item) continue
    for (const part of lineKits[item.id] ?? item.variant?.inventory_items ?? []) {
      if (!part) continue
      totals.set(part.inventory_item_id, (totals.get(part.inventory_item_id) ?? 0) + orderedQuantity(item) * Number(part.required_quantity))
    }
  }
  return [...totals].map(([inventory_item_id, quantity]) => ({ inventory_item_id, quantity }))
}

export type TicketForTransition = {
  id: string
  order_id: string
  stock_location_id: string
  status: TicketStatus
  kind: Fulfilment
  /** What Medusa needs for its part: the order's lines and its (first) fulfillment. */
  items: { id: string; quantity: number }[]
  fulfillment_id: string | null
  /** A pay-on-delivery (system provider) payment not captured yet: captured when the order is handed over. */
  uncaptured_payment_id: string | null
  /** An authorized card payment: captured when preparation starts. */
  card_payment_id: string | null
  /** What the order's pizzas consume, per ingredient: the waste of a late cancellation. */
  ingredients: { inventory_item_id: string; quantity: number }[]
}

/** The ticket and its order, or 404; a move the lifecycle forbids is a 409 that says where the ticket stands. */
export const loadTicketForTransitionStep = createStep(
  "load-ticket-for-transition",
  async (
    { ticket_id, to, paid_with, note, due_by }: { ticket_id: string; to: TicketStatus; paid_with?: string | null; note?: string | null; due_by?: string | null },
    { container }
  ) => {
    const kitchen = container.resolve<KitchenModuleService>(KITCHEN_MODULE)
    const [ticket] = await kitchen.listKitchenTickets({ id: ticket_id }, { take: 1 })
    if (!ticket) throw new DomainError(404, "ticket_not_found", `Kitchen ticket ${ticket_id} does not exist.`)
    const refusal = transitionRefusal(ticket.status, to, ticket.kind, note)
    if (refusal) throw new DomainError(409, "invalid_transition", refusal, { status: ticket.status, to })
    // read under the ticket's lock: a customer who moved the slot meanwhile keeps the new time
    if (due_by && ticket.status === "scheduled" && ticket.fire_at && new Date(ticket.fire_at).getTime() > new Date(due_by).getTime()) {
      throw new DomainError(409, "not_due", "This scheduled order's fire time has moved: it waits for it.", { fire_at: new Date(ticket.fire_at).toISOString() })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.quantity",
        "items.variant_id",
        "items.product_id",
        "items.metadata",
        "items.detail.quantity",
        "items.variant.inventory_items.inventory_item_id",
        "items.variant.inventory_items.required_quantity",
        "fulfillments.id",
        "fulfillments.canceled_at",
        "payment_collections.status",
        "payment_collections.amount",
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: ticket.order_id },
    })
    const order = orders[0]
    const fulfillment = (order?.fulfillments ?? []).find((candidate) => candidate && !candidate.canceled_at)
    const collections = (order?.payment_collections ?? []).flatMap((collection) => (collection ? [collection] : []))
    const open = openPayments(collections)
    // pay on delivery / at the counter is Medusa's system provider, captured at hand-over; a card, when preparation starts
    const uncaptured = open.find((payment) => payment.provider_id === PAY_ON_DELIVERY_PROVIDER)
    const card = open.find((payment) => isCardProvider(payment.provider_id))
    if (to === "preparing" && collections.some((collection) => AWAITING_PAYMENT.has(collection.status) && Number(collection.amount) > 0)) {
      throw new DomainError(409, "payment_pending", "The order was changed and the customer has not yet confirmed the payment of the new total; it cannot be started yet.", {
        status: ticket.status,
      })
    }
    const handedOver = to === "delivered" || to === "collected"
    if (handedOver && uncaptured && !paid_with) {
      throw new DomainError(409, "payment_not_recorded", "This order is paid on delivery: record how the customer paid (cash or card terminal).", {
        status: ticket.status,
      })
    }
    return new StepResponse<TicketForTransition>({
      id: ticket.id,
      order_id: ticket.order_id,
      stock_location_id: ticket.stock_location_id,
      status: ticket.status,
      kind: ticket.kind,
      // a line a change took out stays on the order with nothing ordered: nothing to fulfil
      items: (order?.items ?? []).flatMap((item) => (item && orderedQuantity(item) > 0 ? [{ id: item.id, quantity: orderedQuantity(item) }] : [])),
      fulfillment_id: fulfillment?.id ?? null,
      uncaptured_payment_id: uncaptured?.id ?? null,
      card_payment_id: card?.id ?? null,
      ingredients: ingredientsOf(order?.items ?? [], await lineKitsOf(container, (order?.items ?? []).filter(Boolean) as CustomisableLine[])),
    })
  }
)
