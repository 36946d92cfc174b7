import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { sdk } from "../../../lib/sdk"

export type Fulfilment = "pickup" | "delivery"
export type PlacedCounterOrder = {
  order: { display_id: number; total: number; currency_code: string; shipping_address?: { first_name: string | null; last_name: string | null } | null }
  /** The time to confirm to the caller: ready for a pickup, at the door for a delivery. */
  eta: string | null
}
export type CounterOrderInput = {
  customer: { phone: string; id?: string; another_person?: boolean; update_name?: boolean; first_name?: string; last_name?: string; email?: string }
  items: { variant_id: string; quantity: number; remove?: string[]; add?: string[] }[]
  fulfilment: Fulfilment
  address?: { address_1: string; postal_code: string; city: string }
  /** A slot booked for the caller (ISO); absent: as soon as possible. */
  scheduled_for?: string
}

/** Places a phone or counter order (POST /admin/pizzerias/:id/counter-orders): the API checks the zone, stock and hours, and opens the kitchen ticket. */
export function usePlaceCounterOrder(pizzeriaId: string) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const toastRefusal = useToastRefusal()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CounterOrderInput) => sdk.client.fetch<PlacedCounterOrder>(`/admin/pizzerias/${pizzeriaId}/counter-orders`, { method: "POST", body: input }),
    onSuccess: ({ order }) => toast.success(t("counter.placed", { number: order.display_id, total: money(Number(order.total), order.currency_code) })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["ocp", "counter-quote", pizzeriaId] }),
    onError: toastRefusal,
  })
}
