import { useQueryClient, type QueryKey } from "@tanstack/react-query"
import { useEffect, useState } from "react"

/**
 * Where the stream stands: live, or offline since when (null before the first
 * connection); `signedOut` once the server no longer knows this sign-in (a
 * backend restarted without Redis keeps no session), which no retry mends.
 */
export type TicketStreamState = { live: boolean; offlineSince: number | null; signedOut: boolean }

/** Whether the server still knows this browser's sign-in: false only on its 401, not when it cannot be reached. */
async function stillSignedIn(): Promise<boolean> {
  try {
    return (await fetch("/admin/users/me?fields=id", { credentials: "include" })).status !== 401
  } catch {
    return true
  }
}

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
  const [state, setState] = useState<TicketStreamState>({ live: false, offlineSince: null, signedOut: false })
  const key = JSON.stringify(queryKey)
  useEffect(() => {
    if (!pizzeriaId) return
    const refetch = () => void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey })
    const wentOffline = () => setState((current) => (current.live || current.offlineSince === null ? { live: false, offlineSince: Date.now(), signedOut: false } : current))
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
        setState({ live: true, offlineSince: null, signedOut: false })
        // the first connection follows the first read; a reconnection catches up on what was missed
        if (opened) refetch()
        opened = true
      }
      stream.onerror = () => {
        wentOffline()
        if (stream.readyState !== EventSource.CLOSED) return
        attempts += 1
        const wait = Math.min(MAX_RETRY_MS, 1000 * 2 ** attempts)
        // a refused stream may be a lost sign-in rather than a server still starting
        void stillSignedIn().then((signedIn) => {
          if (source !== stream) return
          if (signedIn) retry = setTimeout(open, wait)
          else setState((current) => ({ ...current, signedOut: true }))
        })
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
