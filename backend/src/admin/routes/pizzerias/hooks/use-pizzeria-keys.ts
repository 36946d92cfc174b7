import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useToastRefusal } from "../../../hooks/use-toast-refusal"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type PizzeriaKey = { id: string; name: string; sales_channel_id: string | null; publishable_key: { id: string; token: string } | null }

export const pizzeriaKeysKey = ["ocp", "pizzerias", "keys"] as const

/** Every pizzeria with its own publishable key (GET /admin/pizzerias). */
export function usePizzeriaKeys() {
  return useQuery({
    queryKey: pizzeriaKeysKey,
    queryFn: () => sdk.client.fetch<{ pizzerias: PizzeriaKey[] }>("/admin/pizzerias"),
    select: ({ pizzerias }) => pizzerias,
    retry: retryServerErrors,
  })
}

/** Its own key for a pizzeria opened before pizzerias had one (POST /admin/pizzerias/:id/publishable-key). */
export function useGiveOwnKey() {
  const queryClient = useQueryClient()
  const toastRefusal = useToastRefusal()
  return useMutation({
    mutationFn: (pizzeriaId: string) => sdk.client.fetch(`/admin/pizzerias/${pizzeriaId}/publishable-key`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pizzeriaKeysKey }),
    onError: toastRefusal,
  })
}
