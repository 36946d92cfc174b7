import { toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { deliveriesKey, sendMove, type DeliveryMove } from "./use-deliveries"

/** How long a driver has to take back "delivered (and paid)". */
export const UNDO_SECONDS = 10

/**
 * Moves sent but not answered (no network in a stairwell, a server error), by
 * ticket, kept in this browser until the server answers: sent again when the
 * board opens and when the network comes back. A move the server already
 * recorded is then refused as no longer possible, and dropped.
 */
const OUTBOX = "ocp-deliveries-outbox"

function readOutbox(): Record<string, DeliveryMove> {
  try {
    return JSON.parse(localStorage.getItem(OUTBOX) ?? "{}") as Record<string, DeliveryMove>
  } catch {
    return {}
  }
}

function keepInOutbox(ticketId: string, move: DeliveryMove | undefined): void {
  const { [ticketId]: _left, ...others } = readOutbox()
  localStorage.setItem(OUTBOX, JSON.stringify(move ? { ...others, [ticketId]: move } : others))
}

/** No answer from the server (offline, timeout) or a failure of its own: the move may still be recorded later. */
const unanswered = (error: unknown) => {
  const status = (error as { status?: number } | null)?.status
  return typeof status !== "number" || status >= 500
}

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
  const { t } = useTranslation("ocp")
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
    deliver(ticketId, entry.move)
      // the card leaves once the board knows, without showing its buttons again meanwhile
      .finally(() => queryClient.invalidateQueries({ queryKey: deliveriesKey(pizzeriaId) }).finally(() => drop(ticketId)))
  }
  /** Sends a move, kept in the outbox until the server answers. */
  const deliver = (ticketId: string, move: DeliveryMove) => {
    keepInOutbox(ticketId, move)
    return sendMove(ticketId, move, { keepalive: true }).then(
      () => keepInOutbox(ticketId, undefined),
      (error: unknown) => {
        if (unanswered(error)) return void toast.warning(t("deliveries.notSentYet"))
        keepInOutbox(ticketId, undefined)
        toastRefusal(error)
      }
    )
  }
  const deliverRef = useRef(deliver)
  deliverRef.current = deliver
  // the page-level listeners below are added once: they call the latest `send`
  const sendRef = useRef(send)
  sendRef.current = send

  // what an earlier page could not send, now and whenever the network comes back
  useEffect(() => {
    const resend = () => {
      const outbox = Object.entries(readOutbox()).filter(([ticketId]) => !held.current.has(ticketId))
      if (!outbox.length) return
      void Promise.all(outbox.map(([ticketId, move]) => deliverRef.current(ticketId, move))).then(() => queryClient.invalidateQueries({ queryKey: deliveriesKey(pizzeriaId) }))
    }
    resend()
    window.addEventListener("online", resend)
    return () => window.removeEventListener("online", resend)
  }, [pizzeriaId, queryClient])

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
