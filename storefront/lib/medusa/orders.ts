import "server-only"
import type { OrderTracking, TicketStatus } from "@oc-pizza/api-types"
import type { PaymentAfterChange } from "@/lib/orders/payment-after-change"
import { storeApi, StoreApiError } from "./client"
import { CARD_PROVIDER } from "./payments"

/** Where the order stands, for its signed-in customer or the holder of its tracking token. */
export function getTracking(orderId: string, token: string | undefined): Promise<OrderTracking> {
  return storeApi<OrderTracking>(`/store/orders/${orderId}/tracking`, { query: { token } })
}

export function cancelOrder(orderId: string, token: string | undefined): Promise<{ status: "cancelled" }> {
  return storeApi(`/store/orders/${orderId}/cancel`, { method: "POST", query: { token }, body: {} })
}

/** `items` is the order as it should be: the backend checks stock, minimum and fee, and refuses once the kitchen has started. */
export type Modified = { changed: boolean; payment: PaymentAfterChange }

/** A booked order moved to another quarter hour until its fire time (the backend refuses one without room, closed or too soon). */
export function moveOrderSlot(orderId: string, token: string | undefined, scheduledFor: string): Promise<{ order_id: string; scheduled_for: string }> {
  return storeApi(`/store/orders/${orderId}/slot`, { method: "POST", query: { token }, body: { scheduled_for: scheduledFor } })
}

export function modifyOrder(orderId: string, token: string | undefined, items: { variant_id: string; quantity: number; remove?: string[]; add?: string[] }[]): Promise<Modified> {
  return storeApi(`/store/orders/${orderId}/modify`, { method: "POST", query: { token }, body: { items } })
}

/**
 * The card payment of a changed order's new total: Medusa creates a
 * PaymentIntent for the collection the change opened (the order's token
 * proves it is theirs); its client secret is what Stripe's Payment Element
 * confirms in the browser.
 */
export async function openNewAmountPayment(paymentCollectionId: string, token: string | undefined): Promise<string> {
  const { payment_collection } = await storeApi<{ payment_collection: { payment_sessions?: { provider_id: string; data: { client_secret?: string } | null }[] } }>(
    `/store/payment-collections/${paymentCollectionId}/payment-sessions`,
    { method: "POST", query: { token }, body: { provider_id: CARD_PROVIDER } }
  )
  const secret = payment_collection.payment_sessions?.find((session) => session.provider_id === CARD_PROVIDER)?.data?.client_secret
  if (!secret) throw new Error(`Stripe gave no client secret for payment collection ${paymentCollectionId}`)
  return secret
}

/** Once Stripe confirmed the new amount in the browser: the backend authorizes it, and the kitchen may start the order. */
export function authorizeNewAmount(orderId: string, token: string | undefined): Promise<{ payment_status: "authorized" }> {
  return storeApi(`/store/orders/${orderId}/payment/authorize`, { method: "POST", query: { token }, body: {} })
}

export type PastOrder = {
  id: string
  display_id: number
  /** Medusa's: an order of the previous system, imported, is "completed" or "canceled" and has no kitchen ticket */
  status: string
  created_at: string
  total: number
  sales_channel_id: string
  items: { variant_id: string | null; title: string; variant_title: string | null; quantity: number }[]
}

/** The signed-in customer's orders, newest first. */
export async function listMyOrders(): Promise<PastOrder[]> {
  const { orders } = await storeApi<{ orders: PastOrder[] }>("/store/orders", {
    query: { fields: "id,display_id,status,created_at,total,sales_channel_id,items.variant_id,items.title,items.variant_title,items.quantity", order: "-created_at", limit: 20 },
  })
  return orders.map((order) => ({ ...order, total: Number(order.total), items: order.items.map((item) => ({ ...item, quantity: Number(item.quantity) })) }))
}

/**
 * Where each of the signed-in customer's orders stands in the kitchen, by
 * order id (their tracking, read as their owner); an order without a kitchen
 * ticket yet (or any more) has no status.
 */
export async function statusesOf(orderIds: string[]): Promise<Map<string, TicketStatus | null>> {
  const statuses = await Promise.all(
    orderIds.map(async (id) => {
      try {
        return [id, (await getTracking(id, undefined)).status] as const
      } catch (error) {
        // one order's status that cannot be read now leaves it without one, not the whole page broken
        if (!(error instanceof StoreApiError && error.status === 404)) console.warn(`order ${id}: no status for the account page (${(error as Error).message})`)
        return [id, null] as const
      }
    })
  )
  return new Map(statuses)
}
