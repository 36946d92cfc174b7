import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "../../../lib/sdk"
import type { ServiceHours, Zone } from "../../../lib/zoning-api-types"
import { zoningKey } from "./use-zoning-data"

export type ZoneBody = Record<string, unknown>
type ServiceHoursChange = Partial<Pick<ServiceHours, "opening_hours" | "closures">>

/** The zones page's writes: each says so, refreshes the page's data, or shows the API's refusal. */
function useZoningMutation<Input>(send: (input: Input) => Promise<unknown>, saved: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      toast.success(saved)
      return queryClient.invalidateQueries({ queryKey: zoningKey })
    },
    onError: (error: Error) => toast.error(error.message),
  })
}

/** Creates a zone at the location, or changes one (POST /admin/delivery-zones[/:id]); the API checks the geometry. */
export function useSaveZone(locationId: string | undefined) {
  const { t } = useTranslation("ocp-zoning")
  return useZoningMutation(
    ({ id, body }: { id?: string; body: ZoneBody }) =>
      id
        ? sdk.client.fetch(`/admin/delivery-zones/${id}`, { method: "POST", body })
        : sdk.client.fetch("/admin/delivery-zones", { method: "POST", body: { ...body, stock_location_id: locationId } }),
    t("saved")
  )
}

/** Deletes a zone (DELETE /admin/delivery-zones/:id). */
export function useDeleteZone() {
  const { t } = useTranslation("ocp-zoning")
  return useZoningMutation((zone: Zone) => sdk.client.fetch(`/admin/delivery-zones/${zone.id}`, { method: "DELETE" }), t("deleted"))
}

/** Replaces a location's opening hours or closures, the rest unchanged (POST /admin/stock-locations/:id/service-hours). */
export function useSaveServiceHours(service: ServiceHours, saved: string) {
  return useZoningMutation(
    (change: ServiceHoursChange) =>
      sdk.client.fetch(`/admin/stock-locations/${service.stock_location_id}/service-hours`, {
        method: "POST",
        body: {
          latitude: service.location.lat,
          longitude: service.location.lng,
          timezone: service.timezone,
          opening_hours: service.opening_hours,
          closures: service.closures,
          ...change,
        },
      }),
    saved
  )
}
