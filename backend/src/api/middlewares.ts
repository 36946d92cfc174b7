import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ocPizzaErrorHandler } from "../errors/error-handler"
import { GetKitchenStream, GetKitchenTickets, PostFireScheduled, PostTicketTransition } from "./admin/kitchen/tickets/validators"
import { GetStoreMenu, GetStoreMenuAvailability } from "./store/menu/validators"
import {
  authorizeChangedOrderPaymentsOnce,
  completePaidCartsUnderStockGuard,
  ignoreWebhooksForUnknownPayments,
  refuseUnknownPaymentProviders,
  refuseUnsignedStripeEvents,
} from "./hooks/payment/middlewares"
import { GetBookedSlots, PostCounterOrder, PostKitchenCapacity, PostOnlineOrders, PostPizzeria } from "./admin/pizzerias/validators"
import { GetPizzeriaSlots } from "./store/pizzerias/validators"
import { PostCartSlot, PostCustomisedItem } from "./store/carts/validators"
import { GetDriverRuns } from "./admin/pizzerias/[id]/deliveries/runs/validators"
import { PostModifyOrder, PostOrderSlot } from "./store/orders/validators"
import { offerOnlyPaymentsAuthorizedAtOnce, refuseUnofferedProvider } from "./store/payment-collections/middlewares"
import { guardAdminRoutes } from "../staff/guard-admin-routes"
import { assignRequestId } from "../operations/request-id"
import { recordRequestDuration } from "../operations/metrics"
import { sendSecurityHeaders } from "../security/send-security-headers"
import { refuseControlCharacters } from "../security/refuse-control-characters"
import { refuseBadPagination } from "../security/refuse-bad-pagination"
import { PostStaffMember, PostStaffMemberUpdate } from "./admin/staff/validators"
import { acceptInvitesForTheInvitedAddress } from "./admin/invites/middlewares"
import { guardStoreRoutes } from "../store-access/guard-store-routes"
import { keepGuestCartsGuest } from "../store-access/keep-guest-carts-guest"
import { refuseBadDeliveryInstructions, refuseCustomerCustomisation } from "./store/carts/middlewares"
import { pickPizzeria } from "../chain-key/pick-pizzeria"
import { moveCartToDeliveringPizzeria } from "../chain-key/move-cart-to-delivering-pizzeria"
import { moveCartToChosenOption } from "../chain-key/move-cart-to-chosen-option"
import { equalizeUnknownAccounts, limitAuthAttempts, refuseWeakPasswords, requireInvitationForStaffAccounts } from "./auth/middlewares"

export default defineMiddlewares({
  errorHandler: ocPizzaErrorHandler,
  routes: [
    // an id per request, in the response and Medusa's access log
    { matcher: "/*", middlewares: [assignRequestId, recordRequestDuration] },
    // security headers on every answer; NUL bytes and negative offsets are 400s, not PostgreSQL's 500s
    { matcher: "/*", middlewares: [sendSecurityHeaders, refuseControlCharacters, refuseBadPagination] },
    // staff roles, before every admin route (Medusa sorts wildcard matchers ahead of the routes they cover)
    { matcher: "/admin/*", middlewares: [guardAdminRoutes] },
    // sign-in, registration and reset: rate limits, password rule, staff by invitation, same time for unknown accounts
    // (no methods: registered ahead of Medusa's own /auth middlewares, for every method)
    { matcher: "/auth/*", middlewares: [limitAuthAttempts, refuseWeakPasswords, requireInvitationForStaffAccounts, equalizeUnknownAccounts] },
    { matcher: "/admin/invites/accept", methods: ["POST"], middlewares: [acceptInvitesForTheInvitedAddress] },
    // orders, carts and payments only for their holder, before every store route (see store-access/store-access-policy.ts)
    { matcher: "/store/*", middlewares: [guardStoreRoutes] },
    // a client holding the chain's key and naming no pizzeria (Medusa's starter, a kiosk): the default one, then the one
    // that delivers the cart's address, or the one whose pickup was chosen (see chain-key/)
    { matcher: "/store/*", middlewares: [pickPizzeria] },
    { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [refuseBadDeliveryInstructions, keepGuestCartsGuest, moveCartToDeliveringPizzeria] },
    { matcher: "/store/carts/:id/shipping-methods", methods: ["POST"], middlewares: [moveCartToChosenOption] },
    { matcher: "/store/carts", methods: ["POST"], middlewares: [refuseBadDeliveryInstructions, refuseCustomerCustomisation] },
    { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [refuseCustomerCustomisation] },
    { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [refuseCustomerCustomisation] },
    { matcher: "/store/carts/:id/customised-items", methods: ["POST"], middlewares: [validateAndTransformBody(PostCustomisedItem)] },
    { matcher: "/admin/staff", methods: ["POST"], middlewares: [validateAndTransformBody(PostStaffMember)] },
    { matcher: "/admin/staff/:id", methods: ["POST"], middlewares: [validateAndTransformBody(PostStaffMemberUpdate)] },
    {
      matcher: "/hooks/payment/:provider",
      methods: ["POST"],
      middlewares: [
        refuseUnknownPaymentProviders,
        refuseUnsignedStripeEvents,
        ignoreWebhooksForUnknownPayments,
        authorizeChangedOrderPaymentsOnce,
        completePaidCartsUnderStockGuard,
      ],
    },
    { matcher: "/store/menu", methods: ["GET"], middlewares: [validateAndTransformQuery(GetStoreMenu, {})] },
    { matcher: "/store/menu/availability", methods: ["GET"], middlewares: [validateAndTransformQuery(GetStoreMenuAvailability, {})] },
    { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [refuseUnofferedProvider, offerOnlyPaymentsAuthorizedAtOnce] },
    { matcher: "/admin/pizzerias", methods: ["POST"], middlewares: [validateAndTransformBody(PostPizzeria)] },
    { matcher: "/admin/pizzerias/:id/counter-orders", methods: ["POST"], middlewares: [validateAndTransformBody(PostCounterOrder)] },
    { matcher: "/admin/pizzerias/:id/online-orders", methods: ["POST"], middlewares: [validateAndTransformBody(PostOnlineOrders)] },
    { matcher: "/admin/pizzerias/:id/capacity", methods: ["POST"], middlewares: [validateAndTransformBody(PostKitchenCapacity)] },
    { matcher: "/admin/pizzerias/:id/slots", methods: ["GET"], middlewares: [validateAndTransformQuery(GetBookedSlots, {})] },
    { matcher: "/store/pizzerias/:id/slots", methods: ["GET"], middlewares: [validateAndTransformQuery(GetPizzeriaSlots, {})] },
    { matcher: "/admin/pizzerias/:id/bookable-slots", methods: ["GET"], middlewares: [validateAndTransformQuery(GetPizzeriaSlots, {})] },
    { matcher: "/store/carts/:id/slot", methods: ["POST"], middlewares: [validateAndTransformBody(PostCartSlot)] },
    { matcher: "/admin/pizzerias/:id/deliveries/runs", methods: ["GET"], middlewares: [validateAndTransformQuery(GetDriverRuns, {})] },
    { matcher: "/admin/kitchen/tickets", methods: ["GET"], middlewares: [validateAndTransformQuery(GetKitchenTickets, {})] },
    { matcher: "/admin/kitchen/tickets/:id/transition", methods: ["POST"], middlewares: [validateAndTransformBody(PostTicketTransition)] },
    { matcher: "/admin/kitchen/stream", methods: ["GET"], middlewares: [validateAndTransformQuery(GetKitchenStream, {})] },
    { matcher: "/admin/kitchen/scheduled/fire", methods: ["POST"], middlewares: [validateAndTransformBody(PostFireScheduled)] },
    { matcher: "/store/orders/:id/modify", methods: ["POST"], middlewares: [validateAndTransformBody(PostModifyOrder)] },
    { matcher: "/store/orders/:id/slot", methods: ["POST"], middlewares: [validateAndTransformBody(PostOrderSlot)] },
    // a signed-in customer follows their own orders without a token; guests use the token
    ...["/store/orders/:id/tracking", "/store/orders/:id/tracking/stream", "/store/orders/:id/cancel", "/store/orders/:id/modify", "/store/orders/:id/payment/authorize"].map(
      (matcher) => ({
        matcher,
        middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
      })
    ),
  ],
})
