import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetStockMovements, PostMenuPause, PostStockMovement } from "./admin/stock-locations/[id]/validators"

export default defineMiddlewares({
  routes: [
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
      matcher: "/admin/stock-locations/:id/menu-pauses",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(PostMenuPause)],
    },
  ],
})
