/** A server-sent-events client for tests and benchmarks: collects events, waits for one, closes. */
export type StreamEvent = {
  id?: string
  event?: string
  data: Record<string, unknown>
  /** performance.now() when the event was read off the stream. */
  receivedAt: number
}

export async function openEventStream(url: string, headers: Record<string, string>) {
  const controller = new AbortController()
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal })
  const events: StreamEvent[] = []
  const waiters: (() => void)[] = []
  let buffer = ""
  const pump = (async () => {
    if (!response.body) return
    const decoder = new TextDecoder()
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true })
        let end: number
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const fields = Object.fromEntries(
            block
              .split("\n")
              .filter((line) => line && !line.startsWith(":"))
              .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()])
          )
          if (fields.data) {
            events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data), receivedAt: performance.now() })
            waiters.splice(0).forEach((wake) => wake())
          }
        }
      }
    } catch (error) {
      if ((error as Error).name !== "AbortError") throw error
    }
  })()
  return {
    status: response.status,
    events,
    /**
     * Resolves with the first event matching, failing after `timeoutMs`.
     * `afterMs` is the event's latency: from `since` (performance.now() taken
     * just before sending the request that causes the event) to when the event
     * was read off the stream; without `since`, from this call.
     */
    async next(match: (event: StreamEvent) => boolean, timeoutMs = 2_000, since = performance.now()): Promise<StreamEvent & { afterMs: number }> {
      const started = Date.now()
      while (Date.now() - started < timeoutMs) {
        const found = events.find(match)
        if (found) return { ...found, afterMs: Math.max(0, found.receivedAt - since) }
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 50)
        })
      }
      throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`)
    },
    async close(): Promise<void> {
      controller.abort()
      await pump
    },
  }
}
