import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { Delivery } from "../../../../kitchen/read-deliveries"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type { Delivery }
/** A move on the road: take it, deliver it (and how it was paid at the door), or record a failed attempt. */
export type DeliveryMove = { to: "out_for_delivery" | "delivered" | "delivery_failed"; paid_with?: "cash" | "card_terminal"; note?: string }

export const deliveriesKey = (pizzeriaId: string) => ["ocp", "deliveries", pizzeriaId] as const

/** The pizzeria's delivery board (GET /admin/pizzerias/:id/deliveries). */
export function useDeliveries(pizzeriaId: string) {
  return useQuery({
    queryKey: deliveriesKey(pizzeriaId),
    queryFn: () => sdk.client.fetch<{ deliveries: Delivery[] }>(`/admin/pizzerias/${pizzeriaId}/deliveries`),
    select: ({ deliveries }) => deliveries,
    retry: retryServerErrors,
  })
}

/** Moves a delivery (POST /admin/kitchen/tickets/:id/transition); the board refetches either way. */
export function useMoveDelivery(pizzeriaId: string) {
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: ({ ticketId, move }: { ticketId: string; move: DeliveryMove }) => sdk.client.fetch(`/admin/kitchen/tickets/${ticketId}/transition`, { method: "POST", body: move }),
    onError: toastRefusal,
    onSettled: () => queryClient.invalidateQueries({ queryKey: deliveriesKey(pizzeriaId) }),
  })
}
