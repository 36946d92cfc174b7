import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { retryServerErrors, sdk } from "../../../lib/sdk"

export type IngredientRow = {
  inventory_item_id: string
  name: string
  unit: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  low_stock_threshold: number
  is_low: boolean
}
export type MakeableRow = { variant_id: string; product_title: string; variant_title: string; makeable: number; limiting_ingredient: string }
export type Movement = { id: string; inventory_item_id: string; type: MovementType; quantity: number; level_after: number; note: string | null; created_at: string }
/** The movements staff record by hand; sales and cancellations are recorded by the orders. */
export const RECORDED_TYPES = ["receipt", "waste", "count", "adjustment"] as const
export const MOVEMENT_TYPES = [...RECORDED_TYPES, "sale", "cancel"] as const
export type MovementType = (typeof MOVEMENT_TYPES)[number]
export type HistoryFilter = { inventory_item_id?: string; type?: MovementType }
export type MovementInput = { inventory_item_id: string; type: (typeof RECORDED_TYPES)[number]; quantity: number; note: string | null }

const stockKey = (locationId: string) => ["ocp-stock", locationId] as const

/** A location's ingredient levels (GET /admin/stock-locations/:id/ingredients). */
export function useIngredients(locationId: string) {
  return useQuery({
    queryKey: [...stockKey(locationId), "ingredients"],
    queryFn: () => sdk.client.fetch<{ ingredients: IngredientRow[] }>(`/admin/stock-locations/${locationId}/ingredients`),
    select: ({ ingredients }) => ingredients,
    retry: retryServerErrors,
  })
}

/** How many of each dish the location can still make, and the ingredient that limits it (GET /admin/stock-locations/:id/makeable). */
export function useMakeable(locationId: string) {
  return useQuery({
    queryKey: [...stockKey(locationId), "makeable"],
    queryFn: () => sdk.client.fetch<{ makeable: MakeableRow[] }>(`/admin/stock-locations/${locationId}/makeable`),
    select: ({ makeable }) => makeable,
    retry: retryServerErrors,
  })
}

/** The last 50 movements, filtered (GET /admin/stock-locations/:id/stock-movements). */
export function useMovements(locationId: string, filter: HistoryFilter) {
  return useQuery({
    queryKey: [...stockKey(locationId), "movements", filter],
    queryFn: () => sdk.client.fetch<{ stock_movements: Movement[] }>(`/admin/stock-locations/${locationId}/stock-movements`, { query: { limit: 50, ...filter } }),
    select: ({ stock_movements }) => stock_movements,
    retry: retryServerErrors,
  })
}

/** Records a receipt, waste, count or adjustment (POST /admin/stock-locations/:id/stock-movements); levels, makeable and history refetch. */
export function useRecordMovement(locationId: string) {
  const { t } = useTranslation("ocp-stock")
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: MovementInput) => sdk.client.fetch(`/admin/stock-locations/${locationId}/stock-movements`, { method: "POST", body: input }),
    onSuccess: () => {
      toast.success(t("saved"))
      return queryClient.invalidateQueries({ queryKey: stockKey(locationId) })
    },
    onError: (error: Error) => toast.error(error.message),
  })
}

/** Sets an ingredient's low-stock threshold here (POST /admin/stock-locations/:id/ingredients/:inventory_item_id); the levels refetch. */
export function useSetThreshold(locationId: string) {
  const { t } = useTranslation("ocp-stock")
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ inventory_item_id, low_stock_threshold }: { inventory_item_id: string; low_stock_threshold: number }) =>
      sdk.client.fetch(`/admin/stock-locations/${locationId}/ingredients/${inventory_item_id}`, { method: "POST", body: { low_stock_threshold } }),
    onSuccess: () => {
      toast.success(t("thresholdSaved"))
      return queryClient.invalidateQueries({ queryKey: stockKey(locationId) })
    },
    onError: (error: Error) => toast.error(error.message),
  })
}
