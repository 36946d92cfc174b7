import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MenuItem } from "@oc-pizza/api-types"
import { salesChannelIdsOf } from "../pizzerias/sales-channels-of"
import { buildMenu } from "./build-menu"
import { MENU_DEFAULT_LOCALE } from "./menu-locale"
import { cachedCatalogue, catalogueKey, rememberCatalogue, type CachedCatalogue } from "./menu-catalogue-cache"
import { readMenuCatalogue } from "./read-menu-catalogue"
import { readMenuLive } from "./read-menu-live"

/** A pizzeria's menu, and the catalogue version it was built from (`catalogue-version.ts`). */
export type PizzeriaMenu = { items: MenuItem[]; catalogueVersion: number }

/**
 * A pizzeria's menu with live availability, sold on its sales channel: the
 * first of its channels the caller may sell on (`allowedChannelIds`, e.g. a
 * publishable key's), or its own. Undefined when there is none.
 *
 * The catalogue comes from this process's cache while its version is current;
 * each read costs one query (`read-menu-live.ts`: makeable counts, pauses and
 * the version), and a stale or missing catalogue is read again. A catalogue
 * is cached per locale (`menu-locale.ts`: French unless another is asked).
 */
export async function readPizzeriaMenu(
  container: MedusaContainer,
  pizzeriaId: string,
  allowedChannelIds?: string[],
  locale = MENU_DEFAULT_LOCALE
): Promise<PizzeriaMenu | undefined> {
  const key = catalogueKey(pizzeriaId, allowedChannelIds, locale)
  const cached = cachedCatalogue(key, undefined)
  let version: number
  if (cached) {
    const live = await readMenuLive(container, pizzeriaId, cached.variantIds, cached.extraItemIds)
    if (live.version === cached.version) return { items: buildMenu({ ...cached.catalogue, ...live }, locale), catalogueVersion: cached.version }
    version = live.version
  } else {
    // the version before the catalogue is read: a change made meanwhile makes the next read fetch it again
    version = (await readMenuLive(container, pizzeriaId, [])).version
  }
  const entry = await readCatalogueEntry(container, pizzeriaId, allowedChannelIds, version, locale)
  if (!entry.salesChannelId) return undefined
  rememberCatalogue(key, entry)
  const live = await readMenuLive(container, pizzeriaId, entry.variantIds, entry.extraItemIds)
  return { items: buildMenu({ ...entry.catalogue, ...live }, locale), catalogueVersion: entry.version }
}

async function readCatalogueEntry(
  container: MedusaContainer,
  pizzeriaId: string,
  allowedChannelIds: string[] | undefined,
  version: number,
  locale: string
): Promise<CachedCatalogue> {
  const readAt = Date.now()
  const [channelIds, { data: regions }] = await Promise.all([
    salesChannelIdsOf(container, [pizzeriaId]),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id", "currency_code"], pagination: { take: 1 } }),
  ])
  const salesChannelId = channelIds.find((id) => !allowedChannelIds || allowedChannelIds.includes(id))
  if (!salesChannelId) return { version, readAt, salesChannelId, catalogue: { products: [], ingredients: new Map() }, variantIds: [], extraItemIds: [] }
  const region = regions[0] as { id: string; currency_code: string }
  const catalogue = await readMenuCatalogue(container, salesChannelId, { region_id: region.id, currency_code: region.currency_code }, locale)
  return {
    version,
    readAt,
    salesChannelId,
    catalogue,
    variantIds: catalogue.products.flatMap((product) => product.variants.map((variant) => variant.id)),
    extraItemIds: [...new Set(catalogue.products.flatMap((product) => product.options?.extras.map((extra) => extra.inventory_item_id) ?? []))],
  }
}
