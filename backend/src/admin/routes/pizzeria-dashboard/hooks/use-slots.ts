import type { BookedSlots, KitchenCapacitySettings } from "@oc-pizza/api-types"
import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { retryServerErrors, sdk } from "../../../lib/sdk"
import { dashboardKey } from "./use-dashboard"

/** Pizzas booked per quarter hour of a day against the kitchen's capacity (GET /admin/pizzerias/:id/slots), under the dashboard's key: the live stream refreshes it. */
export function useBookedSlots(pizzeriaId: string, date: string) {
  return useQuery({
    queryKey: [...dashboardKey(pizzeriaId), "slots", date],
    queryFn: () => sdk.client.fetch<BookedSlots>(`/admin/pizzerias/${pizzeriaId}/slots`, { query: { date } }),
    retry: retryServerErrors,
  })
}

const capacityKey = (pizzeriaId: string) => ["ocp", "capacity", pizzeriaId] as const

/** The kitchen's capacity settings (GET /admin/pizzerias/:id/capacity). */
export function useKitchenCapacity(pizzeriaId: string) {
  return useQuery({
    queryKey: capacityKey(pizzeriaId),
    queryFn: () => sdk.client.fetch<{ capacity: KitchenCapacitySettings }>(`/admin/pizzerias/${pizzeriaId}/capacity`),
    select: ({ capacity }) => capacity,
    retry: retryServerErrors,
  })
}

/** Saves them (POST /admin/pizzerias/:id/capacity); the booked slots are read again against the new figures. */
export function useSaveKitchenCapacity(pizzeriaId: string) {
  const { t } = useTranslation("ocp")
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: (body: KitchenCapacitySettings) => sdk.client.fetch(`/admin/pizzerias/${pizzeriaId}/capacity`, { method: "POST", body }),
    onSuccess: () => {
      toast.success(t("slots.saved"))
      void queryClient.invalidateQueries({ queryKey: capacityKey(pizzeriaId) })
      void queryClient.invalidateQueries({ queryKey: dashboardKey(pizzeriaId) })
    },
    onError: toastRefusal,
  })
}
