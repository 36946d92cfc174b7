import { randomUUID } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { logger } from "@medusajs/framework/logger"
import type { LiveBus, LiveTicketEvent } from "../live-bus"
import { RedisLiveBus } from "../redis-live-bus"
import { streamTicketEvents } from "../sse"

// A real Redis server, as in production with several processes: CI runs one.
const REDIS_URL = process.env.OCP_TEST_REDIS_URL || "redis://127.0.0.1:6379"
const RUN = randomUUID()

/**
 * A stream whose process takes `listenDelayMs` to be subscribed, as a
 * LISTEN connection being opened on a busy server: the client must not get
 * its answer before then, or what happens in between is lost.
 */
describe("streamTicketEvents", () => {
  const buses: RedisLiveBus[] = []
  let server: Server
  let readyAt = 0

  const listenDelayMs = 300

  beforeAll(async () => {
    const bus = new RedisLiveBus(REDIS_URL, logger)
    buses.push(bus)
    const slow: LiveBus = {
      publish: (event) => bus.publish(event),
      subscribe: (handler) => bus.subscribe(handler),
      ready: async (withinMs) => {
        await new Promise((resolve) => setTimeout(resolve, listenDelayMs))
        const listening = await bus.ready(withinMs)
        readyAt = performance.now()
        return listening
      },
    }
    server = createServer((req, res) => {
      void streamTicketEvents(
        req as unknown as MedusaRequest,
        res as unknown as MedusaResponse,
        slow,
        (event) => event.id.startsWith(RUN),
        async () => []
      )
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  })

  afterAll(async () => {
    buses.forEach((bus) => bus.close())
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it("answers only once its process listens, so an event published as soon as the client is answered reaches it", async () => {
    const controller = new AbortController()
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { signal: controller.signal })
    const answeredAt = performance.now()
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/)
    expect(readyAt).toBeGreaterThan(0)
    expect(answeredAt).toBeGreaterThanOrEqual(readyAt)

    const publisher = new RedisLiveBus(REDIS_URL, logger)
    buses.push(publisher)
    const event: LiveTicketEvent = { id: `${RUN}-1`, ticket_id: "ticket_1", order_id: "order_1", stock_location_id: "sloc_test", status: "preparing", at: new Date().toISOString() }
    await publisher.publish(event)

    let text = ""
    const decoder = new TextDecoder()
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true })
      if (text.includes(`id: ${event.id}\n`)) break
    }
    controller.abort()
    expect(text).toContain(`data: ${JSON.stringify(event)}`)
  })
})
