import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCodedErrors } from "@oc-pizza/api-types"
import { makeableCounts } from "../../../../../stock/makeable-counts"

/** GET: how many of each dish (variant) the location can still make, and what runs out first. */
export const GET = withCodedErrors(async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const counts = await makeableCounts(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = counts.size
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "title", "sku", "product.id", "product.title"],
        filters: { id: [...counts.keys()] },
      })
    : { data: [] }
  const { data: items } = counts.size
    ? await query.graph({
        entity: "inventory_item",
        fields: ["id", "title", "sku"],
        filters: { id: [...new Set([...counts.values()].map((count) => count.limiting_inventory_item_id))] },
      })
    : { data: [] }
  const itemTitle = new Map(items.map((item) => [item.id, item.title ?? item.sku ?? item.id]))
  const makeable = variants
    .map((variant) => {
      const count = counts.get(variant.id)!
      return {
        variant_id: variant.id,
        variant_title: variant.title,
        product_id: variant.product?.id ?? null,
        product_title: variant.product?.title ?? null,
        makeable: count.makeable,
        limiting_inventory_item_id: count.limiting_inventory_item_id,
        limiting_ingredient: itemTitle.get(count.limiting_inventory_item_id) ?? null,
      }
    })
    .sort((a, b) => a.makeable - b.makeable || String(a.product_title).localeCompare(String(b.product_title)))
  res.json({ stock_location_id: req.params.id, makeable })
})
