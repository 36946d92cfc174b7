import { useQuery } from "@tanstack/react-query"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type MenuVariant = { id: string; title: string; price: number | null; available: boolean }
export type MenuItem = { product_id: string; title: string; variants: MenuVariant[]; available: boolean; unavailable_reason: { message: string } | null }

/** The pizzeria's menu as the clerk sells it, availability included (GET /admin/pizzerias/:id/menu). */
export function useCounterMenu(pizzeriaId: string) {
  return useQuery({
    queryKey: ["ocp", "counter-menu", pizzeriaId],
    queryFn: () => sdk.client.fetch<{ items: MenuItem[] }>(`/admin/pizzerias/${pizzeriaId}/menu`),
    select: ({ items }) => items,
    retry: retryServerErrors,
  })
}
