/**
 * A light server-sent-events reader for benches that hold hundreds of
 * streams at once: every event kept with the moment it was read, a wait that
 * answers undefined when nothing came in time, and a stream that fails (or
 * is refused) recorded as its `failure` instead of thrown far from anyone
 * awaiting it.
 */

export type WatchedEvent = { data: Record<string, unknown>; receivedAt: number }

export type EventWatch = {
  events: WatchedEvent[]
  /** Why the stream was refused or ended before close(), if it was. */
  failure: () => string | undefined
  /** The first event (already read or to come) matching, or undefined after `timeoutMs`. */
  waitFor: (match: (event: WatchedEvent) => boolean, timeoutMs: number) => Promise<WatchedEvent | undefined>
  close: () => Promise<void>
}

export async function watchEvents(url: string, headers: Record<string, string>): Promise<EventWatch> {
  const controller = new AbortController()
  const events: WatchedEvent[] = []
  const waiters = new Set<() => void>()
  let failure: string | undefined
  let closed = false
  const wakeAll = () => waiters.forEach((wake) => wake())

  let response: Response | undefined
  try {
    response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal })
    if (!response.ok || !response.body) failure = `HTTP ${response.status}`
  } catch (error) {
    failure = causeOf(error)
  }

  const pump = (async () => {
    if (failure || !response?.body) return
    const decoder = new TextDecoder()
    let buffer = ""
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true })
        let end: number
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trim())
            .join("\n")
          if (data) {
            events.push({ data: JSON.parse(data) as Record<string, unknown>, receivedAt: performance.now() })
            wakeAll()
          }
        }
      }
      if (!closed) failure = "ended by the server"
    } catch (error) {
      if (!closed) failure = causeOf(error)
    }
    wakeAll()
  })()

  return {
    events,
    failure: () => failure,
    waitFor: (match, timeoutMs) =>
      new Promise((resolve) => {
        const check = () => {
          const found = events.find(match)
          if (found || failure) {
            clearTimeout(timer)
            waiters.delete(check)
            resolve(found)
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          resolve(events.find(match))
        }, timeoutMs)
        waiters.add(check)
        check()
      }),
    close: async () => {
      closed = true
      controller.abort()
      await pump
    },
  }
}

/** The network cause of a failed fetch (ECONNRESET, a timeout...), not undici's generic "fetch failed". */
export function causeOf(error: unknown): string {
  const failed = error as Error & { cause?: Error & { code?: string } }
  if (failed.name === "TimeoutError") return "timeout"
  return failed.cause?.code ?? failed.cause?.message ?? failed.message
}
