import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LiveTicketEvent } from "./live-bus"

const HEARTBEAT_MS = 15_000

/**
 * Opens a server-sent-events response: events first from `replay` (what the
 * client missed since its Last-Event-ID), then live ones that `accept` lets
 * through, with a comment line every 15 s so proxies keep the connection.
 * Stops listening as soon as the client leaves.
 */
export function streamTicketEvents(
  req: MedusaRequest,
  res: MedusaResponse,
  subscribe: (handler: (event: LiveTicketEvent) => void) => () => void,
  accept: (event: LiveTicketEvent) => boolean,
  replay: LiveTicketEvent[]
): void {
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  })
  const send = (event: LiveTicketEvent) => res.write(`id: ${event.id}\nevent: status\ndata: ${JSON.stringify(event)}\n\n`)
  res.write("retry: 2000\n\n")
  const sent = new Set<string>()
  for (const event of replay) {
    sent.add(event.id)
    send(event)
  }
  const unsubscribe = subscribe((event) => {
    if (!accept(event) || sent.has(event.id)) return
    send(event)
  })
  const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), HEARTBEAT_MS)
  req.on("close", () => {
    clearInterval(heartbeat)
    unsubscribe()
  })
}
