import type { FailedEmail } from "@oc-pizza/api-types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type Dashboard = {
  open: Record<string, number>
  orders: number
  revenue: number
  average_preparation_minutes: number | null
  average_delivery_minutes: number | null
  late: { ticket_id: string; display_id: number | null; status: string; minutes_late: number }[]
  cash_by_driver: { actor: string; name: string; orders: number; amount: number }[]
  low_stock: { inventory_item_id: string; name: string | null; available: number; threshold: number }[]
  online_orders_paused: { until: string; reason: string | null } | null
  failed_emails: FailedEmail[]
}
export type RushPause = { paused: true; minutes: number; reason?: string } | { paused: false }

export const dashboardKey = (pizzeriaId: string) => ["ocp", "dashboard", pizzeriaId] as const

/** The manager's figures of the day (GET /admin/pizzerias/:id/dashboard). */
export function useDashboard(pizzeriaId: string) {
  return useQuery({
    queryKey: dashboardKey(pizzeriaId),
    queryFn: () => sdk.client.fetch<{ dashboard: Dashboard }>(`/admin/pizzerias/${pizzeriaId}/dashboard`),
    select: ({ dashboard }) => dashboard,
    retry: retryServerErrors,
  })
}

/** Pauses or resumes the online orders for a rush (POST /admin/pizzerias/:id/online-orders). */
export function useRushPause(pizzeriaId: string) {
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: (body: RushPause) => sdk.client.fetch(`/admin/pizzerias/${pizzeriaId}/online-orders`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dashboardKey(pizzeriaId) }),
    onError: toastRefusal,
  })
}
