import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import RecipesModule from "../modules/recipes"

/** Read-only: `product.recipe` in query.graph, from the recipe's product_id. */
export default defineLink({ linkable: ProductModule.linkable.product, field: "id" }, { ...RecipesModule.linkable.recipe.id, primaryKey: "product_id" }, { readOnly: true })
