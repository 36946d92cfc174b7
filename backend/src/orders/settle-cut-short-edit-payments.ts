import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrUpdateOrderPaymentCollectionWorkflow } from "@medusajs/medusa/core-flows"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"
import { settlePaymentAfterEditWorkflow } from "../workflows/orders/settle-payment-after-edit"
import { paymentAwaitingCard } from "./payment-awaiting-card"
import { underOrderLocks } from "./under-order-locks"

/** A change confirmed more recently than this may still be settling its payment (its run holds the order's lock meanwhile, too). */
const SETTLING_MS = 30_000

type Collection = {
  id: string
  status: string
  amount: unknown
  payments?: ({ id: string; amount: unknown; provider_id: string; canceled_at?: Date | string | null; captured_at?: Date | string | null } | null)[] | null
}

const livePayments = (collection: Collection) => (collection.payments ?? []).filter((payment) => payment && !payment.canceled_at)
const authorizedOf = (collections: Collection[]) => collections.flatMap(livePayments).reduce((total, payment) => total + Number(payment!.amount), 0)

/**
 * An edit's confirmation (Medusa's confirmOrderEditRequestWorkflow) changes
 * the lines, then opens a payment collection for the new total and cancels
 * the old authorization; our workflow then authorizes a pay-on-delivery
 * order's new collection at once (settle-payment-after-edit.ts). A process
 * killed in between leaves an order of 2 pizzas authorized for 1, or with
 * two live authorizations: the kitchen cannot start it, or the driver would
 * capture the wrong amount. For an order with a confirmed change whose total
 * exceeds its live authorizations, this finishes the steps as a completed
 * change does: the collection for the new total opened (and the old one
 * cancelled), then settled. A card order then waits for its customer to
 * confirm the new amount (payment-awaiting-card.ts): that is a change's
 * ordinary end, not a state to repair. Run once the change has settled and
 * under the order's locks, so a change running now is left alone. Returns
 * the orders settled.
 */
export async function settleCutShortEditPayments(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const tickets = await container
    .resolve<KitchenModuleService>(KITCHEN_MODULE)
    .listKitchenTickets({ status: ["scheduled", "received", "preparing"] }, { select: ["id", "order_id"], take: null })
  if (!tickets.length) return []
  const changes = await container
    .resolve(Modules.ORDER)
    .listOrderChanges({ order_id: tickets.map((ticket) => ticket.order_id), status: ["confirmed"] }, { select: ["order_id", "change_type", "confirmed_at"], take: null })
  const settled = now.getTime() - SETTLING_MS
  const edited = new Set(
    changes.filter((change) => change.change_type === "edit" && change.confirmed_at && new Date(change.confirmed_at).getTime() <= settled).map((change) => change.order_id)
  )
  const repaired: string[] = []
  for (const ticket of tickets.filter((row) => edited.has(row.order_id))) {
    const settled = await underOrderLocks(container, { order_id: ticket.order_id, ticket_id: ticket.id }, () => settleOrder(container, ticket.order_id))
    if (settled) repaired.push(ticket.order_id)
  }
  return repaired
}

async function readOrder(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "payment_collections.id",
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId, status: { $nin: ["draft", "canceled"] } },
  })
  const order = data[0]
  if (!order) return undefined
  const collections = (order.payment_collections ?? []).flatMap((collection) => (collection ? [collection as unknown as Collection] : []))
  return { total: Number(order.total), collections }
}

/** True when the order's payment was short of its total and has been settled as a completed change would. */
async function settleOrder(container: MedusaContainer, orderId: string): Promise<boolean> {
  const before = await readOrder(container, orderId)
  if (!before || before.total <= authorizedOf(before.collections)) return false
  // a card order's new total waiting for its customer's card: a completed change's end
  const awaiting = paymentAwaitingCard(before.collections)
  if (awaiting && awaiting.amount === before.total - authorizedOf(before.collections)) return false
  const open = (collections: Collection[]) => collections.find((collection) => collection.status === "not_paid" && Number(collection.amount) > 0)
  // killed before Medusa opened the collection for the new total: open it (this cancels the old authorization)
  if (!open(before.collections)) await createOrUpdateOrderPaymentCollectionWorkflow(container).run({ input: { order_id: orderId } })
  const opened = await readOrder(container, orderId)
  if (!opened || !open(opened.collections)) return false
  // killed between opening the new collection and cancelling the old authorization: cancel it, as Medusa's
  // cancelPaymentCollectionWorkflow (not exported in 2.21.2) would have: its uncaptured payments, then the collection
  const payments = container.resolve(Modules.PAYMENT)
  for (const old of opened.collections.filter((collection) => ["authorized", "partially_authorized"].includes(collection.status) && livePayments(collection).length)) {
    for (const payment of livePayments(old)) if (!payment!.captured_at) await payments.cancelPayment(payment!.id)
    await payments.updatePaymentCollections({ id: old.id }, { status: "canceled" })
  }
  await settlePaymentAfterEditWorkflow(container).run({ input: { order_id: orderId } })
  return true
}
