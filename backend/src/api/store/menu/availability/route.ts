import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MenuAvailabilityResponse } from "@oc-pizza/api-types"
import { readStoreMenu } from "../read-store-menu"
import type { GetStoreMenuAvailabilityType } from "../validators"

/**
 * GET /store/menu/availability?pizzeria_id=: what can be ordered now, dish by
 * dish and size by size, and the version of the catalogue it applies to: for
 * a client that caches the catalogue under its version (the storefront does).
 */
export async function GET(req: MedusaStoreRequest<unknown, GetStoreMenuAvailabilityType>, res: MedusaResponse<MenuAvailabilityResponse>): Promise<void> {
  const { pizzeriaId, locale, menu } = await readStoreMenu(req)
  res.json({
    pizzeria_id: pizzeriaId,
    locale,
    catalogue_version: menu.catalogueVersion,
    items: menu.items.map(({ product_id, available, unavailable_reason, variants, customisation }) => ({
      product_id,
      available,
      unavailable_reason,
      variants: variants.map(({ id, makeable, available: size }) => ({ id, makeable, available: size })),
      extras: (customisation?.extras ?? []).map((extra) => ({
        id: extra.id,
        available_variant_ids: extra.sizes.flatMap((size) => (size.available ? [size.variant_id] : [])),
      })),
    })),
  })
}
