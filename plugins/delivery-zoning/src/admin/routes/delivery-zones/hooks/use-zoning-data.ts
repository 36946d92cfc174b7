import { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { retryServerErrors, sdk } from "../../../lib/sdk"
import type { MapConfig, MapTiles, ServiceHours, Zone } from "../../../lib/zoning-api-types"

export const zoningKey = ["ocp-zoning"] as const

/** A location's hours, or undefined when it has none yet (the API answers 404: it is simply not on the map). */
async function serviceHoursOf(locationId: string): Promise<ServiceHours | undefined> {
  try {
    const { service_hours } = await sdk.client.fetch<{ service_hours: ServiceHours }>(`/admin/stock-locations/${locationId}/service-hours`)
    return service_hours
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return undefined
    throw error
  }
}

/** Everything the zones page draws: the locations, every zone, each location's hours, the map key if any and the open map's tiles. */
export function useZoningData() {
  const query = useQuery({
    queryKey: zoningKey,
    queryFn: async () => {
      const [{ stock_locations }, { delivery_zones }, mapConfig] = await Promise.all([
        sdk.admin.stockLocation.list({ limit: 100, fields: "id,name" }),
        sdk.client.fetch<{ delivery_zones: Zone[] }>("/admin/delivery-zones"),
        sdk.client.fetch<MapConfig>("/admin/delivery-zones/map-config"),
      ])
      const hours = await Promise.all(stock_locations.map((location) => serviceHoursOf(location.id)))
      return {
        locations: stock_locations.map(({ id, name }) => ({ id, name })),
        zones: delivery_zones,
        services: Object.fromEntries(hours.filter((entry): entry is ServiceHours => !!entry).map((entry) => [entry.stock_location_id, entry])) as Record<string, ServiceHours>,
        browserKey: mapConfig.google_maps_browser_key,
        tiles: { url: mapConfig.tile_url, attribution: mapConfig.tile_attribution } satisfies MapTiles,
      }
    },
    retry: retryServerErrors,
  })
  const data = query.data
  const pizzerias = useMemo(
    () =>
      data
        ? data.locations
            .filter((location) => data.services[location.id])
            .map((location) => ({ id: location.id, name: location.name, location: data.services[location.id].location }))
        : [],
    [data]
  )
  return { ...query, pizzerias }
}
