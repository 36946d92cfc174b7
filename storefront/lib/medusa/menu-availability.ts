import type { MenuAvailabilityResponse, MenuItem, MenuResponse } from "@oc-pizza/api-types"

/**
 * The menu as the customer sees it now: the catalogue (read from the shop's
 * cache) with what the backend says is available this instant. A catalogue
 * of another version than the figures' is newer than them (it was read after
 * them): its own figures stand. A dish the figures do not list has left the
 * catalogue and is not shown.
 */
export function withAvailability(catalogue: MenuResponse, live: MenuAvailabilityResponse): MenuItem[] {
  if (catalogue.catalogue_version !== live.catalogue_version) return catalogue.items
  const now = new Map(live.items.map((item) => [item.product_id, item]))
  return catalogue.items.flatMap((item) => {
    const figures = now.get(item.product_id)
    if (!figures) return []
    const sizes = new Map(figures.variants.map((variant) => [variant.id, variant]))
    const extras = new Map((figures.extras ?? []).map((extra) => [extra.id, new Set(extra.available_variant_ids)]))
    return [
      {
        ...item,
        available: figures.available,
        unavailable_reason: figures.unavailable_reason,
        variants: item.variants.map((variant) => {
          const size = sizes.get(variant.id)
          return size ? { ...variant, makeable: size.makeable, available: size.available } : { ...variant, available: false }
        }),
        customisation: item.customisation && {
          ...item.customisation,
          extras: item.customisation.extras.map((extra) => ({
            ...extra,
            sizes: extra.sizes.map((size) => ({ ...size, available: extras.get(extra.id)?.has(size.variant_id) ?? false })),
          })),
        },
      },
    ]
  })
}
