import { randomUUID } from "node:crypto"
import { asValue } from "@medusajs/framework/awilix"
import { logger } from "@medusajs/framework/logger"
import { ContainerRegistrationKeys, createMedusaContainer } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { LIVE_CHANNEL, type LiveBus, type LiveTicketEvent } from "../live-bus"
import type { PostgresLiveBus } from "../postgres-live-bus"
import { RedisLiveBus } from "../redis-live-bus"

// A real Redis server, as in production with several processes: CI runs one.
const REDIS_URL = process.env.OCP_TEST_REDIS_URL || "redis://127.0.0.1:6379"

/** Events of this run only: another process on the same Redis (a developer's server) may publish on the channel too. */
const RUN = randomUUID()
let published = 0

function ticketEvent(status: LiveTicketEvent["status"]): LiveTicketEvent {
  const n = ++published
  return { id: `${RUN}-${n}`, ticket_id: `ticket_${n}`, order_id: `order_${n}`, stock_location_id: "sloc_test", status, at: new Date().toISOString() }
}

/** A handler collecting this run's events into `into`. */
const collect = (into: LiveTicketEvent[]) => (event: LiveTicketEvent) => {
  if (event.id.startsWith(RUN)) into.push(event)
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Ends the bus's connections, so that Jest exits without --forceExit. */
function release(bus: RedisLiveBus): void {
  bus.close()
}

describe("RedisLiveBus between two processes", () => {
  let observer: Redis
  const buses: RedisLiveBus[] = []
  /** A process's bus, as two server processes (or a server and the worker) each have their own. */
  const processBus = () => {
    const bus = new RedisLiveBus(REDIS_URL, logger)
    buses.push(bus)
    return bus
  }
  /** Connections subscribed to the live channel, as Redis counts them. */
  const subscriptions = async () => {
    const [, count] = (await observer.pubsub("NUMSUB", LIVE_CHANNEL)) as [string, number]
    return Number(count)
  }

  beforeAll(async () => {
    observer = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null })
    try {
      await observer.connect()
    } catch (error) {
      throw new Error(
        `Redis is not reachable at ${REDIS_URL} (${(error as Error).message}): these tests need a Redis server. CI runs one; locally, start redis-server or set REDIS_URL.`
      )
    }
  })

  afterAll(async () => {
    buses.forEach(release)
    observer.disconnect()
  })

  it("delivers an event published by one process to the other process's subscriber", async () => {
    const server = processBus()
    const worker = processBus()
    const before = await subscriptions()
    const received: LiveTicketEvent[] = []
    server.subscribe(collect(received))
    // subscribe() returns before Redis confirms; an event published earlier would not be delivered
    await waitFor(async () => (await subscriptions()) === before + 1, "the server's subscription")

    const event = ticketEvent("preparing")
    await worker.publish(event)
    await waitFor(() => received.length > 0, "the event on the server")
    expect(received).toEqual([event])
  })

  it("stops delivering to a handler once it unsubscribes, and keeps one subscription for all of a process's handlers", async () => {
    const server = processBus()
    const worker = processBus()
    const before = await subscriptions()
    const leaving: LiveTicketEvent[] = []
    const staying: LiveTicketEvent[] = []
    const unsubscribe = server.subscribe(collect(leaving))
    server.subscribe(collect(staying))
    await waitFor(async () => (await subscriptions()) === before + 1, "the server's subscription")
    expect(await subscriptions()).toBe(before + 1)

    const first = ticketEvent("preparing")
    await worker.publish(first)
    await waitFor(() => leaving.length === 1 && staying.length === 1, "the first event on both handlers")

    unsubscribe()
    const second = ticketEvent("ready")
    await worker.publish(second)
    // Redis delivers a connection's messages in order: once the staying handler has the second event, the other would have too
    await waitFor(() => staying.length === 2, "the second event on the staying handler")
    expect(staying).toEqual([first, second])
    expect(leaving).toEqual([first])
  })

  it("no longer holds a subscription once its connections are ended", async () => {
    const before = await subscriptions()
    const bus = processBus()
    bus.subscribe(() => undefined)
    await waitFor(async () => (await subscriptions()) === before + 1, "the subscription")
    release(bus)
    await waitFor(async () => (await subscriptions()) === before, "Redis to drop the subscription")
  })
})

describe("liveBus", () => {
  /**
   * The bus a fresh process gets with REDIS_URL set or not: medusa-config and
   * live-bus loaded anew (the bus is one per process), hence require().
   */
  function busOfAProcessWith(redisUrl: string | undefined) {
    const saved = process.env.REDIS_URL
    // empty rather than unset: medusa-config loads a .env, which would not override it
    process.env.REDIS_URL = redisUrl ?? ""
    try {
      let chosen: { bus: LiveBus; RedisBus: typeof RedisLiveBus; PostgresBus: typeof PostgresLiveBus } | undefined
      // jest.isolateModules needs synchronous loads: a fresh module registry per configuration
      /* eslint-disable @typescript-eslint/no-require-imports */
      jest.isolateModules(() => {
        const { default: config } = require("../../../medusa-config") as typeof import("../../../medusa-config")
        const { liveBus } = require("../live-bus") as typeof import("../live-bus")
        const container = createMedusaContainer()
        container.register({
          [ContainerRegistrationKeys.CONFIG_MODULE]: asValue(config),
          [ContainerRegistrationKeys.LOGGER]: asValue(logger),
          // only kept by the PostgreSQL bus until it listens or publishes, which this test does not do
          [ContainerRegistrationKeys.PG_CONNECTION]: asValue({ raw: async () => undefined, client: { connectionSettings: "postgres://unused" } }),
        })
        chosen = {
          bus: liveBus(container),
          RedisBus: (require("../redis-live-bus") as typeof import("../redis-live-bus")).RedisLiveBus,
          PostgresBus: (require("../postgres-live-bus") as typeof import("../postgres-live-bus")).PostgresLiveBus,
        }
      })
      /* eslint-enable @typescript-eslint/no-require-imports */
      return chosen!
    } finally {
      if (saved === undefined) delete process.env.REDIS_URL
      else process.env.REDIS_URL = saved
    }
  }

  it("is the Redis bus when REDIS_URL is set", () => {
    const { bus, RedisBus } = busOfAProcessWith(REDIS_URL)
    expect(bus).toBeInstanceOf(RedisBus)
  })

  it("is PostgreSQL LISTEN/NOTIFY without REDIS_URL", () => {
    const { bus, PostgresBus } = busOfAProcessWith(undefined)
    expect(bus).toBeInstanceOf(PostgresBus)
  })
})
