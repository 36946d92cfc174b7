import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { Delivery } from "../../../../kitchen/read-deliveries"
import type { DriverRuns } from "../../../../deliveries/read-driver-runs"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type { Delivery, DriverRuns }
/** A move on the road: take it, deliver it (and how it was paid at the door), or record a failed attempt. */
export type DeliveryMove = { to: "out_for_delivery" | "delivered" | "delivery_failed"; paid_with?: "cash" | "card_terminal"; note?: string }

export const deliveriesKey = (pizzeriaId: string) => ["ocp", "deliveries", pizzeriaId] as const
// under the board's key: whatever refreshes the board (the kitchen stream, a move) refreshes the runs too
const runsKey = (pizzeriaId: string) => [...deliveriesKey(pizzeriaId), "runs"] as const

/** The pizzeria's delivery board (GET /admin/pizzerias/:id/deliveries). */
export function useDeliveries(pizzeriaId: string) {
  return useQuery({
    queryKey: deliveriesKey(pizzeriaId),
    queryFn: () => sdk.client.fetch<{ deliveries: Delivery[] }>(`/admin/pizzerias/${pizzeriaId}/deliveries`),
    select: ({ deliveries }) => deliveries,
    retry: retryServerErrors,
  })
}

/** Today's runs: the signed-in driver's, or every driver's for a manager (GET /admin/pizzerias/:id/deliveries/runs). */
export function useDriverRuns(pizzeriaId: string) {
  return useQuery({
    queryKey: runsKey(pizzeriaId),
    queryFn: () => sdk.client.fetch<{ runs: DriverRuns }>(`/admin/pizzerias/${pizzeriaId}/deliveries/runs`),
    select: ({ runs }) => runs,
    retry: retryServerErrors,
  })
}

/** POST /admin/kitchen/tickets/:id/transition; `keepalive` lets it outlive a page being closed. */
export const sendMove = (ticketId: string, move: DeliveryMove, { keepalive = false } = {}) =>
  sdk.client.fetch(`/admin/kitchen/tickets/${ticketId}/transition`, { method: "POST", body: move, keepalive })

/** Moves a delivery at once (take it, leave again, failed); the board refetches either way. */
export function useMoveDelivery(pizzeriaId: string) {
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: ({ ticketId, move }: { ticketId: string; move: DeliveryMove }) => sendMove(ticketId, move),
    onError: toastRefusal,
    onSettled: () => queryClient.invalidateQueries({ queryKey: deliveriesKey(pizzeriaId) }),
  })
}
