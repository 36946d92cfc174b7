import type { APIRequestContext } from "@playwright/test"
import { backend, DEMO_PASSWORD } from "./admin-session"

export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** One backend call, failing the test with the answer when refused. */
export async function json(request: APIRequestContext, method: "GET" | "POST", path: string, headers: Record<string, string>, data?: object): Promise<Json> {
  const response = await request.fetch(`${backend}${path}`, { method, headers, data })
  const body = await response.json()
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${JSON.stringify(body)}`)
  return body
}

export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const { token } = await json(request, "POST", "/auth/user/emailpass", {}, { email: "admin@oc-pizza.test", password: DEMO_PASSWORD })
  return { authorization: `Bearer ${token}` }
}

export async function storeHeaders(request: APIRequestContext, admin: Record<string, string>): Promise<Record<string, string>> {
  const { api_keys } = await json(request, "GET", "/admin/api-keys?type=publishable&fields=token,title&limit=100", admin)
  return { "x-publishable-api-key": api_keys.find((key: Json) => key.title === "OC Pizza — boutique en ligne").token }
}

/** The test may run at any hour: the manager opens the pizzeria around the clock, without closures. */
export async function openAroundTheClock(request: APIRequestContext, admin: Record<string, string>, pizzeriaId: string): Promise<void> {
  const { service_hours } = await json(request, "GET", `/admin/stock-locations/${pizzeriaId}/service-hours`, admin)
  const allDay = [["00:00", "00:00"]]
  await json(request, "POST", `/admin/stock-locations/${pizzeriaId}/service-hours`, admin, {
    latitude: service_hours.location.lat,
    longitude: service_hours.location.lng,
    timezone: service_hours.timezone,
    opening_hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
    closures: [],
  })
}

/** A pizzeria by the end of its name ("Amiens Centre"). */
export async function pizzeriaNamed(request: APIRequestContext, store: Record<string, string>, suffix: string): Promise<Json> {
  const { pizzerias } = await json(request, "GET", "/store/pizzerias", store)
  const found = pizzerias.find((pizzeria: Json) => pizzeria.name.endsWith(suffix))
  if (!found) throw new Error(`no pizzeria ${suffix}`)
  return found
}

/** The kitchen moves an order on, as a pizzaiolo's button would. */
export async function moveOrder(request: APIRequestContext, admin: Record<string, string>, pizzeriaId: string, orderId: string, to: string): Promise<void> {
  const { tickets } = await json(request, "GET", `/admin/kitchen/tickets?pizzeria_id=${pizzeriaId}`, admin)
  const ticket = tickets.find((candidate: Json) => candidate.order_id === orderId)
  if (!ticket) throw new Error(`no ticket for ${orderId}`)
  await json(request, "POST", `/admin/kitchen/tickets/${ticket.id}/transition`, admin, { to })
}

/**
 * A customer's delivery order at Amiens Centre (opened around the clock), two
 * medium Margheritas paid on delivery, placed through the store API as the
 * storefront does, to this address and e-mail.
 */
export async function placeDeliveryOrder(
  request: APIRequestContext,
  customer: { email: string; shipping_address: Record<string, unknown> }
): Promise<{ displayId: number; total: number; pizzeriaId: string; orderId: string; admin: Record<string, string> }> {
  const admin = await adminHeaders(request)
  const store = await storeHeaders(request, admin)
  const centre = await pizzeriaNamed(request, store, "Amiens Centre")
  await openAroundTheClock(request, admin, centre.id)
  const { items } = await json(request, "GET", `/store/menu?pizzeria_id=${centre.id}`, store)
  const pizza = items.find((item: Json) => item.title === "Margherita")
  const { regions } = await json(request, "GET", "/store/regions", store)
  const { cart } = await json(request, "POST", "/store/carts", store, {
    region_id: regions[0].id,
    sales_channel_id: centre.sales_channel_id,
    email: customer.email,
    shipping_address: customer.shipping_address,
    items: [{ variant_id: pizza.variants[1].id, quantity: 2 }],
  })
  const { shipping_options } = await json(request, "GET", `/store/shipping-options?cart_id=${cart.id}`, store)
  await json(request, "POST", `/store/carts/${cart.id}/shipping-methods`, store, { option_id: shipping_options.find((option: Json) => option.name === "Livraison").id })
  const { payment_collection } = await json(request, "POST", "/store/payment-collections", store, { cart_id: cart.id })
  await json(request, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, store, { provider_id: "pp_system_default" })
  const { order } = await json(request, "POST", `/store/carts/${cart.id}/complete`, store)
  return { displayId: order.display_id, total: Number(order.total), pizzeriaId: centre.id, orderId: order.id, admin }
}

/** The same order, then made ready by the kitchen: what a driver takes. */
export async function readyDeliveryOrder(request: APIRequestContext, customer: Parameters<typeof placeDeliveryOrder>[1]): ReturnType<typeof placeDeliveryOrder> {
  const order = await placeDeliveryOrder(request, customer)
  for (const to of ["preparing", "ready"]) await moveOrder(request, order.admin, order.pizzeriaId, order.orderId, to)
  return order
}
