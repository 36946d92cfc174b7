import type { Logger } from "@medusajs/framework/types"
import { Client, type ClientConfig } from "pg"
import { LIVE_CHANNEL, waitUntil, type LiveBus, type LiveTicketEvent } from "./live-bus"

type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<unknown>
  client: { connectionSettings: string | ClientConfig }
}

const RECONNECT_MS = 1_000

/**
 * NOTIFY on the application's pool; LISTEN on one connection of its own with
 * the same settings, opened on first subscription (and again if it drops;
 * not a pool connection, which would hold the pool open at shutdown) and
 * closed when the last subscriber leaves, so a process with no board or
 * tracking page open holds no connection. A notification is delivered by
 * PostgreSQL only once its transaction commits.
 */
export class PostgresLiveBus implements LiveBus {
  private readonly handlers = new Set<(event: LiveTicketEvent) => void>()
  private listening: Promise<void> | undefined
  private connection: Client | undefined
  /** The LISTEN of the current connection was acknowledged. */
  private listened = false

  constructor(
    private readonly knex: Knex,
    private readonly logger: Logger
  ) {}

  async publish(event: LiveTicketEvent): Promise<void> {
    await this.knex.raw("SELECT pg_notify(?, ?)", [LIVE_CHANNEL, JSON.stringify(event)])
  }

  subscribe(handler: (event: LiveTicketEvent) => void): () => void {
    this.handlers.add(handler)
    this.startListening()
    return () => {
      this.handlers.delete(handler)
      if (this.handlers.size === 0) this.stopListening()
    }
  }

  ready(withinMs: number): Promise<boolean> {
    return waitUntil(() => this.listened, withinMs)
  }

  private stopListening(): void {
    const connection = this.connection
    this.connection = undefined
    this.listening = undefined
    this.listened = false
    if (!connection) return
    connection.end().catch((error: Error) => this.logger.warn(`live events: closing the LISTEN connection: ${error.message}`))
  }

  private startListening(): void {
    this.listening ??= this.listen().catch((error: Error) => {
      this.logger.warn(`live events: cannot LISTEN (${error.message}); trying again`)
      this.listening = undefined
      setTimeout(() => {
        if (this.handlers.size > 0) this.startListening()
      }, RECONNECT_MS)
    })
  }

  private async listen(): Promise<void> {
    const settings = this.knex.client.connectionSettings
    const connection = new Client(typeof settings === "string" ? { connectionString: settings } : settings)
    this.connection = connection
    connection.on("notification", (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return
      const event = JSON.parse(message.payload) as LiveTicketEvent
      for (const handler of this.handlers) handler(event)
    })
    connection.once("error", (error) => {
      if (this.connection !== connection) return
      this.logger.warn(`live events: LISTEN connection lost (${error.message}); listening again`)
      this.listening = undefined
      this.connection = undefined
      this.listened = false
      void connection.end().finally(() => {
        setTimeout(() => {
          if (this.handlers.size > 0) this.startListening()
        }, RECONNECT_MS)
      })
    })
    await connection.connect()
    await connection.query(`LISTEN ${LIVE_CHANNEL}`)
    if (this.connection === connection) this.listened = true
    // every subscriber left while it connected
    if (this.handlers.size === 0 && this.connection === connection) this.stopListening()
  }
}
