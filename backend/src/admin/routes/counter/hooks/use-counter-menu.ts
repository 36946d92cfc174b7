import type { MenuItem, MenuResponse, MenuVariant } from "@oc-pizza/api-types"
import { useQuery } from "@tanstack/react-query"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type { MenuItem, MenuVariant }

/** The pizzeria's menu as the clerk sells it, availability included (GET /admin/pizzerias/:id/menu). */
export function useCounterMenu(pizzeriaId: string) {
  return useQuery({
    queryKey: ["ocp", "counter-menu", pizzeriaId],
    queryFn: () => sdk.client.fetch<MenuResponse>(`/admin/pizzerias/${pizzeriaId}/menu`),
    select: ({ items }) => items,
    retry: retryServerErrors,
  })
}
