import { useEffect, useRef, useState } from "react"
import type { Ticket } from "./use-kitchen-board"

/** How long a new order stays flagged (and pinned in view when the board is full). */
export const ARRIVAL_MS = 60_000

/**
 * The orders that arrived while the board was open, with when: the tickets
 * first read are the service so far, not arrivals. Calls `onArrival` once per
 * new order (sound, flash, print), whether it came through the stream or the
 * read that follows a reconnection.
 */
export function useArrivals(tickets: Ticket[] | undefined, onArrival: (ticket: Ticket) => void): Map<string, number> {
  const known = useRef<Set<string> | null>(null)
  const callback = useRef(onArrival)
  callback.current = onArrival
  const [arrivals, setArrivals] = useState<Map<string, number>>(new Map())

  useEffect(() => {
    if (!tickets) return
    if (!known.current) {
      known.current = new Set(tickets.map((ticket) => ticket.id))
      return
    }
    const fresh = tickets.filter((ticket) => !known.current!.has(ticket.id) && ticket.status === "received")
    for (const ticket of tickets) known.current.add(ticket.id)
    if (fresh.length === 0) return
    const now = Date.now()
    setArrivals((current) => new Map([...current, ...fresh.map((ticket) => [ticket.id, now] as const)]))
    for (const ticket of fresh) callback.current(ticket)
  }, [tickets])

  // flags fade after a while
  useEffect(() => {
    if (arrivals.size === 0) return
    const timer = setTimeout(() => {
      const now = Date.now()
      setArrivals((current) => new Map([...current].filter(([, at]) => now - at < ARRIVAL_MS)))
    }, 5_000)
    return () => clearTimeout(timer)
  }, [arrivals])

  return arrivals
}
