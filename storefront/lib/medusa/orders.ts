import "server-only"
import type { OrderTracking } from "@oc-pizza/api-types"
import { storeApi } from "./client"

/** Where the order stands, for its signed-in customer or the holder of its tracking token. */
export function getTracking(orderId: string, token: string | undefined): Promise<OrderTracking> {
  return storeApi<OrderTracking>(`/store/orders/${orderId}/tracking`, { query: { token } })
}

export function cancelOrder(orderId: string, token: string | undefined): Promise<{ status: "cancelled" }> {
  return storeApi(`/store/orders/${orderId}/cancel`, { method: "POST", query: { token }, body: {} })
}

/** `items` is the order as it should be: the backend checks stock, minimum and fee, and refuses once the kitchen has started. */
export type Modified = { changed: boolean; payment: { status: "authorized" | "awaiting_authorization"; amount: number } | null }

export function modifyOrder(orderId: string, token: string | undefined, items: { variant_id: string; quantity: number }[]): Promise<Modified> {
  return storeApi(`/store/orders/${orderId}/modify`, { method: "POST", query: { token }, body: { items } })
}

export type PastOrder = {
  id: string
  display_id: number
  created_at: string
  total: number
  sales_channel_id: string
  items: { variant_id: string | null; title: string; variant_title: string | null; quantity: number }[]
}

/** The signed-in customer's orders, newest first. */
export async function listMyOrders(): Promise<PastOrder[]> {
  const { orders } = await storeApi<{ orders: PastOrder[] }>("/store/orders", {
    query: { fields: "id,display_id,created_at,total,sales_channel_id,items.variant_id,items.title,items.variant_title,items.quantity", order: "-created_at", limit: 20 },
  })
  return orders.map((order) => ({ ...order, total: Number(order.total), items: order.items.map((item) => ({ ...item, quantity: Number(item.quantity) })) }))
}
