import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { ocPizzaErrorHandler } from "../errors/error-handler"
import { GetStoreMenu } from "./store/menu/validators"

export default defineMiddlewares({
  errorHandler: ocPizzaErrorHandler,
  routes: [{ matcher: "/store/menu", methods: ["GET"], middlewares: [validateAndTransformQuery(GetStoreMenu, {})] }],
})
