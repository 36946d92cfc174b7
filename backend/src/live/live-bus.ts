import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TicketStatusEvent } from "@oc-pizza/api-types"
import { PostgresLiveBus } from "./postgres-live-bus"
import { RedisLiveBus } from "./redis-live-bus"

/** A kitchen status change as the boards and the tracking page receive it (the data of the server-sent `status` event). */
export type LiveTicketEvent = TicketStatusEvent

/**
 * Broadcast to every server process (Medusa's event bus is a job queue: each
 * event goes to one worker). PostgreSQL LISTEN/NOTIFY by default, Redis
 * pub/sub when REDIS_URL is set.
 */
export interface LiveBus {
  publish(event: LiveTicketEvent): Promise<void>
  subscribe(handler: (event: LiveTicketEvent) => void): () => void
  /**
   * Whether this process receives what is published (its LISTEN or SUBSCRIBE
   * acknowledged), waiting up to `withinMs` for it: a stream that answers
   * before then would miss what happens in between.
   */
  ready(withinMs: number): Promise<boolean>
}

export const LIVE_CHANNEL = "ocp_kitchen_live"

/** Waits until `done()` is true, checking every 25 ms, for at most `withinMs`; answers whether it became true. */
export async function waitUntil(done: () => boolean, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; !done();) {
    if (Date.now() >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return true
}

let bus: LiveBus | undefined

/** This process's bus, created on first use. */
export function liveBus(container: MedusaContainer): LiveBus {
  if (!bus) {
    const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const redisUrl = config.projectConfig.redisUrl
    bus = redisUrl ? new RedisLiveBus(redisUrl, logger) : new PostgresLiveBus(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), logger)
  }
  return bus
}
