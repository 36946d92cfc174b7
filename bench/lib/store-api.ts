/**
 * What a bench needs from the store and admin APIs before it measures:
 * a JSON client that fails loudly, an admin session, a pizzeria opened
 * around the clock, stock received.
 */

export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
export type Call = (path: string, init?: RequestInit & { headers?: Record<string, string> }) => Promise<Json>

export function client(base: string, headers: Record<string, string>): Call {
  return async (path, init = {}) => {
    const response = await fetch(`${base}${path}`, { ...init, headers: { "content-type": "application/json", ...headers, ...init.headers } })
    const body = (await response.json()) as Json
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
    return body
  }
}

/** The demo admin's bearer token (the demo password is this install's, set by ensureDemoData). */
export async function adminToken(base: string): Promise<string> {
  const { token } = await client(base, {})("/auth/user/emailpass", {
    method: "POST",
    body: JSON.stringify({ email: "admin@oc-pizza.test", password: process.env.OCP_DEMO_PASSWORD }),
  })
  return token as string
}

const ALL_DAY = [["00:00", "00:00"]]

/** The pizzeria takes orders all day, every day, without closures, for the run (the bench's stack is thrown away after). */
export async function openAroundTheClock(admin: Call, pizzeria: Json): Promise<void> {
  await admin(`/admin/stock-locations/${pizzeria.id}/service-hours`, {
    method: "POST",
    body: JSON.stringify({
      latitude: pizzeria.location.lat,
      longitude: pizzeria.location.lng,
      opening_hours: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
      closures: [],
    }),
  })
}

/** Receives enough of each of the variant's ingredients at the pizzeria for `count` of it. */
export async function receiveStockFor(admin: Call, pizzeriaId: string, variant: Json, count: number, note: string): Promise<void> {
  for (const part of variant.inventory_items) {
    await admin(`/admin/stock-locations/${pizzeriaId}/stock-movements`, {
      method: "POST",
      body: JSON.stringify({ inventory_item_id: part.inventory_item_id, type: "receipt", quantity: part.required_quantity * count, note }),
    })
  }
}

/** Runs `work` on every item, `concurrency` at a time. */
export async function pool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index])
      }
    })
  )
  return results
}

/** The pickup option of each sales channel, asked once per API (shipping options do not change during a run). */
const pickupOptionsOf = new WeakMap<Call, Map<string, Promise<string>>>()

/**
 * A guest's pickup cart of one `variantId` on the pizzeria's channel, paid on
 * collection: the shop's checkout up to the "order" button. Answers its id.
 */
export async function preparePickupCart(store: Call, cart: { regionId: string; salesChannelId: string; variantId: string; email: string; lastName: string }): Promise<string> {
  const { cart: created } = await store("/store/carts", {
    method: "POST",
    body: JSON.stringify({
      region_id: cart.regionId,
      sales_channel_id: cart.salesChannelId,
      email: cart.email,
      shipping_address: {
        first_name: "Client",
        last_name: cart.lastName,
        address_1: "1 rue de Test",
        postal_code: "80000",
        city: "Amiens",
        country_code: "fr",
        phone: "+33600000000",
      },
      items: [{ variant_id: cart.variantId, quantity: 1 }],
    }),
  })
  const pickupOptions = pickupOptionsOf.get(store) ?? new Map<string, Promise<string>>()
  pickupOptionsOf.set(store, pickupOptions)
  if (!pickupOptions.has(cart.salesChannelId)) {
    pickupOptions.set(
      cart.salesChannelId,
      store(`/store/shipping-options?cart_id=${created.id}`).then(
        ({ shipping_options }) => shipping_options.find((option: Json) => option.name === "Retrait en pizzeria").id as string
      )
    )
  }
  const optionId = await pickupOptions.get(cart.salesChannelId)!
  await store(`/store/carts/${created.id}/shipping-methods`, { method: "POST", body: JSON.stringify({ option_id: optionId }) })
  const { payment_collection } = await store("/store/payment-collections", { method: "POST", body: JSON.stringify({ cart_id: created.id }) })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { method: "POST", body: JSON.stringify({ provider_id: "pp_system_default" }) })
  return created.id as string
}
