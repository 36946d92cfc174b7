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
