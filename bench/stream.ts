import { defineBench, percentile } from "./lib/bench-stack"
import { watchEvents } from "./lib/event-watch"

/**
 * `node --import tsx bench/stream.ts [orders]`: how long from a kitchen
 * transition to its event on a board's SSE stream (p50/p95), against the
 * transition request's own round trip measured in the same run: the live
 * part's cost is the difference. Orders are placed for pickup at Amiens
 * Centre, opened around the clock for the run.
 */

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export default defineBench(module, {
  smoke: ["3"],
  run: async (stack, args) => {
    const orders = Number(args[0] ?? 40)
    const base = stack.backendUrl
    const call = async (path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Json> => {
      const response = await fetch(`${base}${path}`, { ...init, headers: { "content-type": "application/json", ...init.headers } })
      const body = (await response.json()) as Json
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
      return body
    }
    const store = { "x-publishable-api-key": stack.publishableKey }
    const { token } = await call("/auth/user/emailpass", { method: "POST", body: JSON.stringify({ email: "admin@oc-pizza.test", password: process.env.OCP_DEMO_PASSWORD }) })
    const admin = { authorization: `Bearer ${token}` }
    const { pizzerias } = await call("/store/pizzerias", { headers: store })
    const centre = pizzerias.find((pizzeria: Json) => pizzeria.name.endsWith("Amiens Centre"))
    const allDay = [["00:00", "00:00"]]
    await call(`/admin/stock-locations/${centre.id}/service-hours`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({
        latitude: centre.location.lat,
        longitude: centre.location.lng,
        opening_hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      }),
    })
    const { regions } = await call("/store/regions", { headers: store })
    const { items } = await call(`/store/menu?pizzeria_id=${centre.id}`, { headers: store })
    const margherita = items.find((item: Json) => item.title === "Margherita").variants[0].id

    for (let n = 0; n < orders; n++) {
      const { cart } = await call("/store/carts", {
        method: "POST",
        headers: store,
        body: JSON.stringify({
          region_id: regions[0].id,
          sales_channel_id: centre.sales_channel_id,
          email: "bench@example.test",
          items: [{ variant_id: margherita, quantity: 1 }],
        }),
      })
      const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`, { headers: store })
      const pickup = shipping_options.find((option: Json) => option.name === "Retrait en pizzeria")
      await call(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", headers: store, body: JSON.stringify({ option_id: pickup.id }) })
      const { payment_collection } = await call("/store/payment-collections", { method: "POST", headers: store, body: JSON.stringify({ cart_id: cart.id }) })
      await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        method: "POST",
        headers: store,
        body: JSON.stringify({ provider_id: "pp_system_default" }),
      })
      await call(`/store/carts/${cart.id}/complete`, { method: "POST", headers: store })
    }
    let tickets: Json[] = []
    for (let waited = 0; tickets.length < orders && waited < 30_000; waited += 250) {
      tickets = (await call(`/admin/kitchen/tickets?pizzeria_id=${centre.id}&status=received`, { headers: admin })).tickets
      await new Promise((resolve) => setTimeout(resolve, 250))
    }

    // the board
    const board = await watchEvents(`${base}/admin/kitchen/stream?pizzeria_id=${centre.id}`, admin)

    const request: number[] = []
    const live: number[] = []
    try {
      for (const ticket of tickets) {
        for (const to of ["preparing", "ready"]) {
          const started = performance.now()
          await call(`/admin/kitchen/tickets/${ticket.id}/transition`, { method: "POST", headers: admin, body: JSON.stringify({ to }) })
          request.push(performance.now() - started)
          const event = await board.waitFor((candidate) => candidate.data.ticket_id === ticket.id && candidate.data.status === to, 10_000)
          if (!event) throw new Error(`no "${to}" event for ticket ${ticket.id} on the board within 10 s (${board.failure() ?? `${board.events.length} events read`})`)
          live.push(event.receivedAt - started)
        }
      }
    } finally {
      await board.close()
    }
    request.sort((a, b) => a - b)
    live.sort((a, b) => a - b)
    console.log(`\n${live.length} transitions on ${tickets.length} tickets, one at a time\n`)
    console.log("measure                              | p50 (ms) | p95 (ms)")
    console.log(`transition request (baseline)        | ${percentile(request, 50).toFixed(1).padStart(8)} | ${percentile(request, 95).toFixed(1).padStart(8)}`)
    console.log(`transition → event on the SSE board  | ${percentile(live, 50).toFixed(1).padStart(8)} | ${percentile(live, 95).toFixed(1).padStart(8)}`)
    console.log(`ratio p95 (event / request)          | ${(percentile(live, 95) / percentile(request, 95)).toFixed(2).padStart(8)} |`)
  },
})
