/** What a recipe looks like in the API: the method, the items, the product's title and sizes. */
export const RECIPE_FIELDS = [
  "id",
  "product_id",
  "steps",
  "bake_minutes",
  "bake_temperature_c",
  "notes",
  "options",
  "created_at",
  "updated_at",
  "items.id",
  "items.variant_id",
  "items.inventory_item_id",
  "items.quantity",
  "items.rank",
]
