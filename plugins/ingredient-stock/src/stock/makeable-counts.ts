import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type MakeableCount = {
  variant_id: string
  /** How many units the location can still make now (stock minus reservations). */
  makeable: number
  /** The ingredient that runs out first. */
  limiting_inventory_item_id: string
}

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: MakeableCount[] }> }

/**
 * Makeable count of every kit variant at a location, in one query: for each
 * variant the minimum over its ingredients of floor(available / required).
 * An ingredient the location does not stock counts as zero.
 */
export async function makeableCounts(container: MedusaContainer, stockLocationId: string, variantIds?: string[]): Promise<Map<string, MakeableCount>> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const filter = variantIds ? "AND kit.variant_id = ANY(?)" : ""
  const { rows } = await knex.raw(
    `SELECT DISTINCT ON (kit.variant_id)
            kit.variant_id,
            kit.inventory_item_id AS limiting_inventory_item_id,
            FLOOR(GREATEST(COALESCE(level.stocked_quantity - level.reserved_quantity, 0), 0) / kit.required_quantity)::int AS makeable
       FROM product_variant_inventory_item kit
       LEFT JOIN inventory_level level
              ON level.inventory_item_id = kit.inventory_item_id
             AND level.location_id = ?
             AND level.deleted_at IS NULL
      WHERE kit.deleted_at IS NULL AND kit.required_quantity > 0 ${filter}
      ORDER BY kit.variant_id, makeable ASC`,
    variantIds ? [stockLocationId, variantIds] : [stockLocationId]
  )
  return new Map(rows.map((row) => [row.variant_id, { ...row, makeable: Number(row.makeable) }]))
}
