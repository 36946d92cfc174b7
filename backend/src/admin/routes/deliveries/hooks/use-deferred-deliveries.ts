import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { deliveriesKey, sendMove, type DeliveryMove } from "./use-deliveries"

/** How long a driver has to take back "delivered (and paid)". */
export const UNDO_SECONDS = 10

/** A delivery the driver confirmed, not yet sent: when it will be, and whether it is on its way. */
export type PendingDelivery = { move: DeliveryMove; until: number; sending: boolean }

/**
 * "Delivered (and paid)" is held in the browser for UNDO_SECONDS before it is
 * sent, and undoing it simply drops it: nothing was recorded, so nothing has
 * to be reversed. A server-side undo would have to reverse what the
 * transition did in one go (the fulfillment marked delivered, the
 * pay-on-delivery payment captured, the cash counted on the manager's
 * dashboard, the customer told), and Medusa has no "un-deliver" nor an
 * "un-capture" short of a refund: a real compensated reversal would be a
 * second lifecycle for one mistaken tap. The price of deferring is that a
 * closed page must not lose the move: hidden (phone locked, app switched),
 * left or closed, every held move is sent at once, with `keepalive` so the
 * request outlives the page.
 */
export function useDeferredDeliveries(pizzeriaId: string, onUndone: (ticketId: string) => void) {
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  const [pending, setPending] = useState<Record<string, PendingDelivery>>({})
  const held = useRef(new Map<string, { move: DeliveryMove; timer: ReturnType<typeof setTimeout> }>())

  const drop = (ticketId: string) => setPending((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== ticketId)))

  /** Sends a held move now (its time is up, or the page is going away). */
  const send = (ticketId: string) => {
    const entry = held.current.get(ticketId)
    if (!entry) return
    clearTimeout(entry.timer)
    held.current.delete(ticketId)
    setPending((current) => (current[ticketId] ? { ...current, [ticketId]: { ...current[ticketId], sending: true } } : current))
    sendMove(ticketId, entry.move, { keepalive: true })
      .catch(toastRefusal)
      // the card leaves once the board knows, without showing its buttons again meanwhile
      .finally(() => queryClient.invalidateQueries({ queryKey: deliveriesKey(pizzeriaId) }).finally(() => drop(ticketId)))
  }
  // the page-level listeners below are added once: they call the latest `send`
  const sendRef = useRef(send)
  sendRef.current = send

  useEffect(() => {
    const sendAll = () => [...held.current.keys()].forEach((ticketId) => sendRef.current(ticketId))
    const whenHidden = () => {
      if (document.visibilityState === "hidden") sendAll()
    }
    document.addEventListener("visibilitychange", whenHidden)
    window.addEventListener("pagehide", sendAll)
    return () => {
      document.removeEventListener("visibilitychange", whenHidden)
      window.removeEventListener("pagehide", sendAll)
      // leaving the board for another admin page sends too
      sendAll()
    }
  }, [])

  return {
    pending,
    /** Holds a confirmed move for UNDO_SECONDS, then sends it. */
    hold: (ticketId: string, move: DeliveryMove) => {
      const timer = setTimeout(() => sendRef.current(ticketId), UNDO_SECONDS * 1000)
      held.current.set(ticketId, { move, timer })
      setPending((current) => ({ ...current, [ticketId]: { move, until: Date.now() + UNDO_SECONDS * 1000, sending: false } }))
    },
    /** Drops a held move before it was sent: nothing is recorded. */
    undo: (ticketId: string) => {
      const entry = held.current.get(ticketId)
      if (!entry) return
      clearTimeout(entry.timer)
      held.current.delete(ticketId)
      drop(ticketId)
      onUndone(ticketId)
    },
  }
}
