import { defineMiddlewares } from "@medusajs/framework/http"
import { ocPizzaErrorHandler } from "../errors/error-handler"

export default defineMiddlewares({
  errorHandler: ocPizzaErrorHandler,
  routes: [],
})
