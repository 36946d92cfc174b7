import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ocPizzaErrorHandler } from "../errors/error-handler"
import { GetKitchenTickets, PostTicketTransition } from "./admin/kitchen/tickets/validators"
import { GetStoreMenu } from "./store/menu/validators"

export default defineMiddlewares({
  errorHandler: ocPizzaErrorHandler,
  routes: [
    { matcher: "/store/menu", methods: ["GET"], middlewares: [validateAndTransformQuery(GetStoreMenu, {})] },
    { matcher: "/admin/kitchen/tickets", methods: ["GET"], middlewares: [validateAndTransformQuery(GetKitchenTickets, {})] },
    { matcher: "/admin/kitchen/tickets/:id/transition", methods: ["POST"], middlewares: [validateAndTransformBody(PostTicketTransition)] },
    // a signed-in customer follows their own orders without a token; guests use the token
    {
      matcher: "/store/orders/:id/tracking",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
    },
  ],
})
