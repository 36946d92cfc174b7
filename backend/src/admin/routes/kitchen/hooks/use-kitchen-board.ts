import type { KitchenTicketRecipe, KitchenTicketWithRecipes, TicketStatus } from "@oc-pizza/api-types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type Ticket = KitchenTicketWithRecipes
export type Recipe = KitchenTicketRecipe

/** The board's columns, in the order a ticket moves through them. */
export const KITCHEN_COLUMNS = ["received", "preparing", "ready"] as const satisfies readonly TicketStatus[]

/** The kitchen's two moves on the board (the API checks each against the lifecycle, backend/src/modules/kitchen/lifecycle.ts). */
export const KITCHEN_STEPS = [
  { from: "received", to: "preparing", label: "kitchen.start" },
  { from: "preparing", to: "ready", label: "kitchen.finish" },
] as const

export const kitchenKey = (pizzeriaId: string) => ["ocp", "kitchen", pizzeriaId] as const

/** The pizzeria's open tickets (GET /admin/kitchen/tickets), oldest first. */
export function useKitchenTickets(pizzeriaId: string) {
  return useQuery({
    queryKey: kitchenKey(pizzeriaId),
    queryFn: () => sdk.client.fetch<{ tickets: Ticket[] }>("/admin/kitchen/tickets", { query: { pizzeria_id: pizzeriaId, status: [...KITCHEN_COLUMNS] } }),
    select: ({ tickets }) => tickets,
    retry: retryServerErrors,
  })
}

/** Minutes ahead the board shows scheduled orders. */
export const COMING_MINUTES = 60

/**
 * The scheduled orders whose fire time comes within the hour (they enter the
 * queue by themselves then): what the kitchen should prepare for. Under the
 * board's key, so the live stream refreshes it too; and every minute, as
 * time brings others within the hour.
 */
export function useComingTickets(pizzeriaId: string) {
  return useQuery({
    queryKey: [...kitchenKey(pizzeriaId), "coming"],
    queryFn: () =>
      sdk.client.fetch<{ tickets: Ticket[] }>("/admin/kitchen/tickets", {
        query: { pizzeria_id: pizzeriaId, status: "scheduled", fire_before: new Date(Date.now() + COMING_MINUTES * 60_000).toISOString() },
      }),
    select: ({ tickets }) => [...tickets].sort((a, b) => (a.fire_at ?? "").localeCompare(b.fire_at ?? "")),
    refetchInterval: 60_000,
    retry: retryServerErrors,
  })
}

/** Moves a ticket to `to` (POST /admin/kitchen/tickets/:id/transition; the API says which moves are allowed); the board refetches either way. */
export function useMoveTicket(pizzeriaId: string) {
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: ({ ticketId, to }: { ticketId: string; to: "preparing" | "ready" }) =>
      sdk.client.fetch(`/admin/kitchen/tickets/${ticketId}/transition`, { method: "POST", body: { to } }),
    onError: toastRefusal,
    onSettled: () => queryClient.invalidateQueries({ queryKey: kitchenKey(pizzeriaId) }),
  })
}
