import type { PizzeriaSlots } from "@oc-pizza/api-types"
import { useQuery } from "@tanstack/react-query"
import { retryServerErrors, sdk } from "../../../lib/sdk"
import type { Fulfilment } from "./use-place-counter-order"

/** The slots with room the clerk may book for a caller (GET /admin/pizzerias/:id/bookable-slots), read again every minute. */
export function useBookableSlots(pizzeriaId: string, fulfilment: Fulfilment, pizzas: number) {
  return useQuery({
    queryKey: ["ocp", "bookable-slots", pizzeriaId, fulfilment, pizzas],
    queryFn: () => sdk.client.fetch<PizzeriaSlots>(`/admin/pizzerias/${pizzeriaId}/bookable-slots`, { query: { fulfilment, pizzas: Math.min(200, Math.max(1, pizzas)) } }),
    refetchInterval: 60_000,
    retry: retryServerErrors,
  })
}
