import type { Logger } from "@medusajs/framework/types"
import Redis from "ioredis"
import { LIVE_CHANNEL, waitUntil, type LiveBus, type LiveTicketEvent } from "./live-bus"

/** Redis pub/sub: one connection publishes, one subscribes (a subscribed connection can do nothing else). */
export class RedisLiveBus implements LiveBus {
  private readonly handlers = new Set<(event: LiveTicketEvent) => void>()
  private readonly publisher: Redis
  private subscriber: Redis | undefined
  /** The SUBSCRIBE was acknowledged (ioredis subscribes again by itself after a reconnection). */
  private subscribed = false

  constructor(
    private readonly url: string,
    private readonly logger: Logger
  ) {
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 })
    this.publisher.on("error", (error: Error) => this.logger.warn(`live events: Redis publisher (${error.message})`))
  }

  async publish(event: LiveTicketEvent): Promise<void> {
    await this.publisher.publish(LIVE_CHANNEL, JSON.stringify(event))
  }

  subscribe(handler: (event: LiveTicketEvent) => void): () => void {
    this.handlers.add(handler)
    if (!this.subscriber) {
      this.subscriber = new Redis(this.url)
      this.subscriber.on("message", (_channel: string, payload: string) => {
        let event: LiveTicketEvent
        try {
          event = JSON.parse(payload) as LiveTicketEvent
        } catch {
          this.logger.warn(`live events: ignored a malformed message on ${LIVE_CHANNEL}`)
          return
        }
        for (const listener of this.handlers) listener(event)
      })
      this.subscriber.on("error", (error: Error) => this.logger.warn(`live events: Redis subscriber (${error.message})`))
      void this.subscriber.subscribe(LIVE_CHANNEL).then(
        () => (this.subscribed = true),
        (error: Error) => this.logger.warn(`live events: Redis SUBSCRIBE failed (${error.message})`)
      )
    }
    return () => this.handlers.delete(handler)
  }

  ready(withinMs: number): Promise<boolean> {
    return waitUntil(() => this.subscribed, withinMs)
  }

  /** Ends both connections (shutdown, tests). */
  close(): void {
    this.handlers.clear()
    this.publisher.disconnect()
    this.subscriber?.disconnect()
    this.subscriber = undefined
    this.subscribed = false
  }
}
