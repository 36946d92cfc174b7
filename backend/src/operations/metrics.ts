import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { metrics } from "@medusajs/framework/opentelemetry/api"

/**
 * OC Pizza's metrics. Without OpenTelemetry registered (instrumentation.ts,
 * OTEL_EXPORTER_OTLP_ENDPOINT unset) the global meter does nothing.
 */
const meter = () => metrics.getMeter("oc-pizza")

let instruments: ReturnType<typeof create> | undefined
function create() {
  const m = meter()
  return {
    requestDuration: m.createHistogram("http.server.request.duration", { unit: "s", description: "Time to answer an HTTP request" }),
    ordersPlaced: m.createCounter("oc_pizza.orders.placed", { description: "Orders that reached a kitchen" }),
    transitions: m.createCounter("oc_pizza.kitchen.transitions", { description: "Kitchen ticket status changes" }),
  }
}
const get = () => (instruments ??= create())

export function recordTicketStatus(change: { from: string | null; status: string; stock_location_id: string; modified?: boolean }): void {
  if (change.modified) return
  const attributes = { pizzeria: change.stock_location_id, to: change.status }
  // an order's ticket opens received, or scheduled when booked for later
  if (change.from === null) get().ordersPlaced.add(1, { pizzeria: change.stock_location_id })
  get().transitions.add(1, attributes)
}

/** Request latency by route pattern (never the raw path: ids would explode the series). */
export function recordRequestDuration(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const started = process.hrtime.bigint()
  res.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const route = (req as MedusaRequest & { route?: { path?: string } }).route?.path ?? "unmatched"
    get().requestDuration.record(seconds, { "http.request.method": req.method, "http.route": route, "http.response.status_code": res.statusCode })
  })
  next()
}
