import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LiveBus, LiveTicketEvent } from "./live-bus"

const HEARTBEAT_MS = 15_000
/** How long a new stream waits for its process to be listening before it answers anyway. */
const LISTEN_WAIT_MS = 5_000

/**
 * Opens a server-sent-events response: events first from `replay` (what the
 * client missed since its Last-Event-ID), then live ones that `accept` lets
 * through, with a comment line every 15 s so proxies keep the connection.
 * Answers once the bus listens, and listens before reading the replay, so
 * nothing published after the client sees the answer is lost (an event in
 * both is sent once). Stops as soon as the client leaves.
 */
export async function streamTicketEvents(
  req: MedusaRequest,
  res: MedusaResponse,
  bus: LiveBus,
  accept: (event: LiveTicketEvent) => boolean,
  replay: () => Promise<LiveTicketEvent[]>
): Promise<void> {
  const sent = new Set<string>()
  const send = (event: LiveTicketEvent) => {
    if (sent.has(event.id)) return
    sent.add(event.id)
    res.write(`id: ${event.id}\nevent: status\ndata: ${JSON.stringify(event)}\n\n`)
  }
  let waiting: LiveTicketEvent[] | undefined = []
  const unsubscribe = bus.subscribe((event) => {
    if (!accept(event)) return
    if (waiting) waiting.push(event)
    else send(event)
  })
  let heartbeat: NodeJS.Timeout | undefined
  let closed = false
  req.on("close", () => {
    closed = true
    clearInterval(heartbeat)
    unsubscribe()
  })
  await bus.ready(LISTEN_WAIT_MS)
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  })
  res.write("retry: 2000\n\n")
  try {
    for (const event of await replay()) send(event)
  } finally {
    for (const event of waiting) send(event)
    waiting = undefined
  }
  if (!closed) heartbeat = setInterval(() => res.write(": keep-alive\n\n"), HEARTBEAT_MS)
}
