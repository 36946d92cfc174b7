import { useQuery } from "@tanstack/react-query"
import { retryServerErrors, sdk } from "../../../lib/sdk"

/** The stock locations (one per pizzeria), by name. */
export function useStockLocations() {
  return useQuery({
    queryKey: ["ocp-stock", "locations"],
    queryFn: () => sdk.admin.stockLocation.list({ limit: 100, fields: "id,name" }),
    select: ({ stock_locations }) => stock_locations.map(({ id, name }) => ({ id, name })),
    retry: retryServerErrors,
  })
}
