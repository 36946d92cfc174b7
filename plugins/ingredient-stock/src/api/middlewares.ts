import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetIngredients, PostIngredient } from "./admin/ingredients/validators"
import { ensureStockLocation } from "./admin/stock-locations/[id]/ensure-location"
import { GetStockMovements, PostLowStockThreshold, PostMenuPause, PostStockMovement } from "./admin/stock-locations/[id]/validators"
import { GetAllStockMovements } from "./admin/stock-movements/validators"

export default defineMiddlewares({
  routes: [
    ...["ingredients", "ingredients/:inventory_item_id", "makeable", "stock-movements", "menu-pauses", "menu-pauses/:product_id"].map((path) => ({
      matcher: `/admin/stock-locations/:id/${path}`,
      middlewares: [ensureStockLocation],
    })),
    { matcher: "/admin/ingredients", methods: ["GET"], middlewares: [validateAndTransformQuery(GetIngredients, {})] },
    { matcher: "/admin/ingredients", methods: ["POST"], middlewares: [validateAndTransformBody(PostIngredient)] },
    { matcher: "/admin/stock-movements", methods: ["GET"], middlewares: [validateAndTransformQuery(GetAllStockMovements, {})] },
    {
      matcher: "/admin/stock-locations/:id/stock-movements",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(GetStockMovements, {})],
    },
    {
      matcher: "/admin/stock-locations/:id/stock-movements",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(PostStockMovement)],
    },
    {
      matcher: "/admin/stock-locations/:id/ingredients/:inventory_item_id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(PostLowStockThreshold)],
    },
    {
      matcher: "/admin/stock-locations/:id/menu-pauses",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(PostMenuPause)],
    },
  ],
})
