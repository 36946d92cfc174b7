import { pathRuleFinder, type MatchedPathRule } from "../http/path-rules"

/**
 * What a guest or a customer may reach through `/store` (docs/SECURITY.md).
 * Every store route, Medusa's, the plugins' and ours, must be matched by a
 * rule here: the store personal-data test fails on a route nobody classified,
 * and the guard answers 404 to it. A rule's `scope` says what the route shows
 * or changes and who may call it:
 */
export type StoreScope =
  /** no personal data: the catalogue, regions, pizzerias, zones */
  | { kind: "public" }
  /** Medusa itself limits the route to the signed-in customer's own data (or creates something new for the caller) */
  | { kind: "own" }
  /** the order named by `:id` (or the body's `order_id`): its tracking token (`?token=`) or its signed-in customer */
  | { kind: "order"; from: "param" | "body" }
  /**
   * the cart named by `:id`, the body's or the query's `cart_id`: a cart of a
   * registered customer for that customer only; a guest's cart for whoever
   * holds its id (the shop keeps it in an HTTP-only cookie)
   */
  | { kind: "cart"; from: "param" | "body" | "query" }
  /** the payment collection `:id`: as its order if it has one, else as its cart */
  | { kind: "payment-collection" }

export type StoreRule = {
  /** Medusa's route syntax, `:param` segments */
  path: string
  methods?: ("GET" | "POST" | "DELETE")[]
  scope: StoreScope
}

const READ: StoreRule["methods"] = ["GET"]
const PUBLIC: StoreScope = { kind: "public" }
const OWN: StoreScope = { kind: "own" }
const ORDER: StoreScope = { kind: "order", from: "param" }
const CART: StoreScope = { kind: "cart", from: "param" }

/** Catalogue areas: products and what describes them, read by anyone with the publishable key. */
const CATALOGUE = [
  "collections",
  "currencies",
  "product-categories",
  "product-options",
  "product-tags",
  "product-types",
  "product-variants",
  "products",
  "regions",
  "return-reasons",
]

export const STORE_RULES: StoreRule[] = [
  ...CATALOGUE.flatMap((area): StoreRule[] => [
    { path: `/store/${area}`, methods: READ, scope: PUBLIC },
    { path: `/store/${area}/:id`, methods: READ, scope: PUBLIC },
  ]),
  { path: "/store/search", methods: ["POST"], scope: PUBLIC },
  { path: "/store/payment-providers", methods: READ, scope: PUBLIC },
  { path: "/store/menu", methods: READ, scope: PUBLIC },
  { path: "/store/menu/availability", methods: READ, scope: PUBLIC },
  // the languages the shop's catalogue is written in
  { path: "/store/locales", methods: READ, scope: PUBLIC },
  { path: "/store/pizzerias", methods: READ, scope: PUBLIC },
  // the quarter hours with room: counts, never who booked them
  { path: "/store/pizzerias/:id/slots", methods: READ, scope: PUBLIC },
  { path: "/store/delivery-zones/resolve", methods: ["POST"], scope: PUBLIC },
  // the address search: public addresses (the store's gazetteer, the geocoder's, postcodes), nobody's own
  { path: "/store/delivery-zones/suggestions", methods: READ, scope: PUBLIC },

  // the customer's account: Medusa authenticates these and reads only the caller's own records
  { path: "/store/customers", methods: ["POST"], scope: OWN },
  { path: "/store/customers/me", scope: OWN },
  { path: "/store/customers/me/addresses", scope: OWN },
  { path: "/store/customers/me/addresses/:id", scope: OWN },
  { path: "/store/orders", methods: READ, scope: OWN },
  // a new cart answers only itself (on the caller's account when signed in)
  { path: "/store/carts", methods: ["POST"], scope: OWN },

  // an order shows e-mail, names, phone, address and payments
  { path: "/store/orders/:id", methods: READ, scope: ORDER },
  { path: "/store/orders/:id/transfer/request", methods: ["POST"], scope: ORDER },
  { path: "/store/orders/:id/transfer/accept", methods: ["POST"], scope: ORDER },
  { path: "/store/orders/:id/transfer/decline", methods: ["POST"], scope: ORDER },
  { path: "/store/orders/:id/transfer/cancel", methods: ["POST"], scope: ORDER },
  { path: "/store/orders/:id/tracking", methods: READ, scope: ORDER },
  { path: "/store/orders/:id/tracking/stream", methods: READ, scope: ORDER },
  { path: "/store/orders/:id/cancel", methods: ["POST"], scope: ORDER },
  { path: "/store/orders/:id/modify", methods: ["POST"], scope: ORDER },
  { path: "/store/orders/:id/slot", methods: ["POST"], scope: ORDER },
  { path: "/store/orders/:id/payment/authorize", methods: ["POST"], scope: ORDER },
  { path: "/store/returns", methods: ["POST"], scope: { kind: "order", from: "body" } },

  // a cart shows e-mail, names, phone and address once checkout has begun
  { path: "/store/carts/:id", scope: CART },
  { path: "/store/carts/:id/complete", methods: ["POST"], scope: CART },
  { path: "/store/carts/:id/slot", methods: ["GET", "POST"], scope: CART },
  { path: "/store/carts/:id/customised-items", methods: ["POST"], scope: CART },
  { path: "/store/carts/:id/customer", methods: ["POST"], scope: CART },
  { path: "/store/carts/:id/line-items", methods: ["POST"], scope: CART },
  { path: "/store/carts/:id/line-items/:line_id", scope: CART },
  { path: "/store/carts/:id/promotions", scope: CART },
  { path: "/store/carts/:id/shipping-methods", methods: ["POST"], scope: CART },
  { path: "/store/carts/:id/taxes", methods: ["POST"], scope: CART },
  { path: "/store/shipping-options", methods: READ, scope: { kind: "cart", from: "query" } },
  { path: "/store/shipping-options/:id/calculate", methods: ["POST"], scope: { kind: "cart", from: "body" } },
  { path: "/store/payment-collections", methods: ["POST"], scope: { kind: "cart", from: "body" } },
  { path: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], scope: { kind: "payment-collection" } },
]

export type MatchedStoreRule = MatchedPathRule<StoreRule>

/** The rule for a request path (or a registered route's matcher), or undefined when nobody classified it. */
export const findStoreRule = pathRuleFinder(STORE_RULES)
