import { useQueryClient, type QueryKey } from "@tanstack/react-query"
import { useEffect, useState } from "react"

/** Where the stream stands: live, or offline since when (null before the first connection). */
export type TicketStreamState = { live: boolean; offlineSince: number | null }

/** Longest wait between two attempts to open a stream the server closed. */
const MAX_RETRY_MS = 15_000

/**
 * Refetches `queryKey` on every ticket change at the pizzeria, pushed by the
 * kitchen stream (GET /admin/kitchen/stream), and says whether the stream is
 * live and since when it is not. The browser reconnects a dropped stream by
 * itself; a stream it gave up on (the server answered with an error while it
 * restarted) and a device that lost its network are reopened here. Each
 * (re)connection refetches, so changes missed offline show up.
 */
export function useTicketStreamState(pizzeriaId: string | undefined, queryKey: QueryKey): TicketStreamState {
  const queryClient = useQueryClient()
  const [state, setState] = useState<TicketStreamState>({ live: false, offlineSince: null })
  const key = JSON.stringify(queryKey)
  useEffect(() => {
    if (!pizzeriaId) return
    const refetch = () => void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey })
    const wentOffline = () => setState((current) => (current.live || current.offlineSince === null ? { live: false, offlineSince: Date.now() } : current))
    let source: EventSource | null = null
    let retry: ReturnType<typeof setTimeout> | undefined
    let attempts = 0
    let opened = false

    const open = () => {
      clearTimeout(retry)
      source?.close()
      const stream = new EventSource(`/admin/kitchen/stream?pizzeria_id=${encodeURIComponent(pizzeriaId)}`, { withCredentials: true })
      source = stream
      stream.onopen = () => {
        attempts = 0
        setState({ live: true, offlineSince: null })
        // the first connection follows the first read; a reconnection catches up on what was missed
        if (opened) refetch()
        opened = true
      }
      stream.onerror = () => {
        wentOffline()
        if (stream.readyState !== EventSource.CLOSED) return
        attempts += 1
        retry = setTimeout(open, Math.min(MAX_RETRY_MS, 1000 * 2 ** attempts))
      }
      stream.addEventListener("status", refetch)
    }
    const offline = () => {
      clearTimeout(retry)
      source?.close()
      wentOffline()
    }
    const online = () => {
      attempts = 0
      open()
    }
    open()
    window.addEventListener("offline", offline)
    window.addEventListener("online", online)
    return () => {
      clearTimeout(retry)
      source?.close()
      window.removeEventListener("offline", offline)
      window.removeEventListener("online", online)
    }
  }, [pizzeriaId, key, queryClient])
  return state
}

/** Refetches `queryKey` on every ticket change at the pizzeria (see useTicketStreamState); says whether the stream is live. */
export function useTicketStream(pizzeriaId: string | undefined, queryKey: QueryKey): boolean {
  return useTicketStreamState(pizzeriaId, queryKey).live
}
