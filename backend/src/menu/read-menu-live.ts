import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOGUE_VERSION_SEQUENCE, ensureCatalogueVersion, forgetCatalogueVersion } from "./catalogue-version"

/** What changes between two menu reads without any catalogue event: the stock, the manager's pauses. */
export type MenuLive = {
  /** The catalogue version when these figures were read (`catalogue-version.ts`). */
  version: number
  /** variant id → how many the pizzeria can make now (kit variants only). */
  makeable: Map<string, number>
  /** product id → the reason customers see, for the pauses in force now. */
  pauses: Map<string, string>
  /** inventory item id → what is left at the pizzeria (stocked - reserved), for the items asked (the extras). */
  available: Map<string, number>
}

type Knex = {
  raw: (
    sql: string,
    bindings: unknown[]
  ) => Promise<{ rows: { version: string | number; makeable: [string, number][]; pauses: [string, string][]; available: [string, number][] }[] }>
}

/**
 * The live part of a pizzeria's menu in ONE query: the makeable count of each
 * of these variants (per variant the minimum over its ingredients of
 * floor((stocked - reserved) / required), an ingredient the pizzeria does not
 * stock counting as zero: the rule of
 * `plugins/ingredient-stock/src/stock/makeable-counts.ts`), the pauses in
 * force, what is left of the extras' ingredients (`itemIds`), and the
 * catalogue's version.
 */
export async function readMenuLive(container: MedusaContainer, stockLocationId: string, variantIds: string[], itemIds: string[] = []): Promise<MenuLive> {
  await ensureCatalogueVersion(container)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const sql = `
    WITH counts AS (
      SELECT kit.variant_id,
             MIN(FLOOR(GREATEST(COALESCE(level.stocked_quantity - level.reserved_quantity, 0), 0) / kit.required_quantity))::int AS makeable
        FROM product_variant_inventory_item kit
        LEFT JOIN inventory_level level
               ON level.inventory_item_id = kit.inventory_item_id
              AND level.location_id = ?
              AND level.deleted_at IS NULL
       WHERE kit.deleted_at IS NULL AND kit.required_quantity > 0 AND kit.variant_id = ANY(?)
       GROUP BY kit.variant_id
    ),
    levels AS (
      SELECT inventory_item_id, GREATEST(SUM(stocked_quantity - reserved_quantity), 0) AS left_over
        FROM inventory_level
       WHERE location_id = ? AND deleted_at IS NULL AND inventory_item_id = ANY(?)
       GROUP BY inventory_item_id
    )
    SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ${CATALOGUE_VERSION_SEQUENCE}) AS version,
           COALESCE((SELECT json_agg(json_build_array(variant_id, makeable)) FROM counts), '[]'::json) AS makeable,
           COALESCE((SELECT json_agg(json_build_array(inventory_item_id, left_over)) FROM levels), '[]'::json) AS available,
           COALESCE((SELECT json_agg(json_build_array(product_id, reason))
                       FROM menu_pause
                      WHERE stock_location_id = ? AND deleted_at IS NULL AND (until IS NULL OR until > now())), '[]'::json) AS pauses`
  let result
  try {
    result = await knex.raw(sql, [stockLocationId, variantIds, stockLocationId, itemIds, stockLocationId])
  } catch (error) {
    // 42P01: the sequence is gone (a database reset under a running process)
    if ((error as { code?: string }).code !== "42P01") throw error
    forgetCatalogueVersion()
    await ensureCatalogueVersion(container)
    result = await knex.raw(sql, [stockLocationId, variantIds, stockLocationId, itemIds, stockLocationId])
  }
  const row = result.rows[0]
  return {
    version: Number(row.version),
    makeable: new Map(row.makeable.map(([id, count]) => [id, Number(count)])),
    pauses: new Map(row.pauses),
    available: new Map(row.available.map(([id, left]) => [id, Number(left)])),
  }
}
