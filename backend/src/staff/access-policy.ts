import { pathRuleFinder, type MatchedPathRule } from "../http/path-rules"
import type { StaffRole } from "../modules/staff/roles"
import {
  CATEGORY_FIELDS,
  CLAIM_FIELDS,
  COLLEAGUE_FIELDS,
  EXCHANGE_FIELDS,
  INVENTORY_ITEM_FIELDS,
  NOTIFICATION_FIELDS,
  ORDER_FIELDS,
  ORDER_LIST_FIELDS,
  OWN_FIELDS,
  PRODUCT_FIELDS,
  REGION_FIELDS,
  RESERVATION_FIELDS,
  RETURN_FIELDS,
  SALES_CHANNEL_FIELDS,
  STOCK_LOCATION_FIELDS,
  STORE_FIELDS,
  VARIANT_FIELDS,
} from "./field-allow-lists"

/**
 * Who may call which admin route (docs/ARCHITECTURE.md, "Where each rule lives"; the role table is the README's "Staff: roles, boards, counter"). Every admin
 * route, Medusa's, the plugins' and ours, must be matched by a rule here: the
 * role × route test fails on a route nobody classified, and the guard refuses
 * it to everyone but admins. Admins may do everything; `roles: []` says so
 * explicitly.
 *
 * A rule's `scope` says how the request names a pizzeria, so that a staff
 * member only reaches their own pizzerias' orders, stock and tickets.
 */
export type Scope =
  /** nothing pizzeria-specific (the menu, recipes, the admin's own settings) */
  | { kind: "none" }
  /** the `:id` path segment is a pizzeria (stock location) */
  | { kind: "pizzeria-param" }
  /** a query parameter names the pizzeria; absent, it is filled with the member's pizzerias */
  | { kind: "pizzeria-query"; name: "pizzeria_id" | "stock_location_id" }
  /** the body names the pizzeria */
  | { kind: "pizzeria-body"; name: "stock_location_id" }
  /** `:id` is a kitchen ticket; `to` lists the statuses this role may move it to */
  | { kind: "ticket"; to?: Partial<Record<StaffRole, string[]>> }
  /** `:id` is an order (order edits are keyed by their order too) */
  | { kind: "order" }
  /** the body's `order_id` is an order */
  | { kind: "order-body" }
  /** a list of one order's records: the query's `order_id` must name one order, of the member's pizzerias */
  | { kind: "order-query" }
  /** `:id` is a delivery zone */
  | { kind: "zone" }
  /**
   * a list filtered to the member's pizzerias: orders by sales channel, stock locations by id, reservations by location;
   * `of` says what the filter's values are (by default sales channels for `sales_channel_id`, pizzerias otherwise)
   */
  | {
      kind: "list"
      filter: "sales_channel_id" | "id" | "location_id"
      of?: "pizzerias" | "sales_channels"
      /** the fields when the request names none, where Medusa's defaults reach beyond the pizzeria */
      defaultFields?: string[]
    }
  /** the notification feed of the signed-in user only, whatever `to` and `channel` the request asks */
  | { kind: "own-feed" }
  /** a catalogue list whose default fields are these when none are asked (inventory items carry every pizzeria's levels); also what `fields=` may ask */
  | { kind: "fields"; allowed: string[] }

export type AccessRule = {
  /** Medusa's route syntax: `:param` segments and a trailing `*` for the rest of the path */
  path: string
  methods?: ("GET" | "POST" | "DELETE")[]
  /** who besides admins; [] means admins only */
  roles: StaffRole[]
  scope?: Scope
  /**
   * What pizzeria roles may ask through `fields=` here (field-allow-lists.ts);
   * anything else is refused. Absent: no `fields=` at all, the route's defaults.
   */
  fields?: string[]
}

/** The `fields=` a rule lets pizzeria roles ask for. */
export const allowedFieldsOf = (rule: AccessRule): string[] => rule.fields ?? (rule.scope?.kind === "fields" ? rule.scope.allowed : [])

const EVERYONE: StaffRole[] = ["manager", "pizzaiolo", "driver", "counter"]
/** Who opens an order's page (the pizzaiolo works from the ticket). */
const ORDER_READERS: StaffRole[] = ["manager", "driver", "counter"]
const READ = ["GET"] as ("GET" | "POST" | "DELETE")[]

/** Medusa's admin areas no pizzeria role touches: the chain's settings, catalogue edits, people and payments. */
const ADMIN_ONLY_AREAS = [
  "api-keys",
  "campaigns",
  "claims",
  "collections",
  "customer-groups",
  "customers",
  "draft-orders",
  "exchanges",
  "fulfillment-providers",
  "fulfillment-sets",
  "fulfillments",
  "index",
  "invites",
  "layouts",
  "notifications",
  "payment-collections",
  "payments",
  "price-lists",
  "price-preferences",
  "product-options",
  "product-tags",
  "product-types",
  "promotions",
  "property-labels",
  "rbac",
  "refund-reasons",
  "regions",
  "reservations",
  "return-reasons",
  "returns",
  "sales-channels",
  "search",
  "search-indexes",
  "shipping-option-types",
  "shipping-options",
  "shipping-profiles",
  "tax-providers",
  "tax-rates",
  "tax-regions",
  "translations",
  "uploads",
  "workflows-executions",
  "order-changes",
  "ingredients",
  "stock-movements",
]

export const ACCESS_RULES: AccessRule[] = [
  // what the admin needs to load, for every staff member
  { path: "/admin/users/me", methods: READ, roles: EVERYONE, fields: OWN_FIELDS },
  { path: "/admin/stores", methods: READ, roles: EVERYONE, fields: STORE_FIELDS },
  { path: "/admin/stores/:id", methods: READ, roles: EVERYONE, fields: STORE_FIELDS },
  { path: "/admin/feature-flags", methods: READ, roles: EVERYONE },
  { path: "/admin/currencies*", methods: READ, roles: EVERYONE, fields: OWN_FIELDS },
  // the languages the catalogue is translated into (Medusa's Translation Module): public, as on the store
  { path: "/admin/locales*", methods: READ, roles: EVERYONE, fields: OWN_FIELDS },
  { path: "/admin/views/*", methods: READ, roles: EVERYONE },
  // the admin's saved page layouts (no pizzeria data)
  { path: "/admin/layouts*", methods: READ, roles: EVERYONE, fields: OWN_FIELDS },
  { path: "/admin/staff/me", methods: READ, roles: EVERYONE },
  // Medusa's notification bell, polled on every page: the member's own feed
  // (addressed to their user id or e-mail), never the broadcast feed (the
  // chain's imports and exports) nor the e-mails sent to customers
  { path: "/admin/notifications", methods: READ, roles: EVERYONE, scope: { kind: "own-feed" }, fields: NOTIFICATION_FIELDS },
  // the orders list (every role's, and where the admin opens before the
  // landing page) loads its region and sales channel filters: the chain's
  // selling regions are public (the store API lists them), their names only;
  // the sales channels are each pizzeria's, so a member sees only theirs
  { path: "/admin/regions", methods: READ, roles: EVERYONE, scope: { kind: "fields", allowed: REGION_FIELDS } },
  { path: "/admin/sales-channels", methods: READ, roles: EVERYONE, scope: { kind: "list", filter: "id", of: "sales_channels" }, fields: SALES_CHANNEL_FIELDS },

  // the menu and recipes are the chain's, read by every pizzeria role
  { path: "/admin/products", methods: READ, roles: EVERYONE, fields: PRODUCT_FIELDS },
  { path: "/admin/products/:id", methods: READ, roles: EVERYONE, fields: PRODUCT_FIELDS },
  { path: "/admin/product-categories*", methods: READ, roles: EVERYONE, fields: CATEGORY_FIELDS },
  { path: "/admin/product-variants", methods: READ, roles: EVERYONE, fields: VARIANT_FIELDS },
  { path: "/admin/recipes*", methods: READ, roles: ["manager", "pizzaiolo"] },
  { path: "/admin/inventory-items", methods: READ, roles: ["manager", "pizzaiolo"], scope: { kind: "fields", allowed: INVENTORY_ITEM_FIELDS } },

  // pizzerias
  { path: "/admin/pizzerias", methods: ["POST"], roles: [] },
  { path: "/admin/pizzerias", methods: READ, roles: [] },
  { path: "/admin/pizzerias/:id/publishable-key", methods: ["POST"], roles: [] },
  { path: "/admin/stock-locations", methods: READ, roles: EVERYONE, scope: { kind: "list", filter: "id" }, fields: STOCK_LOCATION_FIELDS },
  { path: "/admin/stock-locations/:id", methods: READ, roles: EVERYONE, scope: { kind: "pizzeria-param" }, fields: STOCK_LOCATION_FIELDS },
  { path: "/admin/stock-locations/:id/ingredients", methods: READ, roles: ["manager", "pizzaiolo"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/stock-locations/:id/ingredients/:inventory_item_id", methods: ["POST"], roles: ["manager"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/stock-locations/:id/makeable", methods: READ, roles: ["manager", "pizzaiolo", "counter"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/stock-locations/:id/stock-movements", roles: ["manager"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/stock-locations/:id/stock-movements", methods: READ, roles: ["manager", "pizzaiolo"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/stock-locations/:id/menu-pauses*", roles: ["manager"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/stock-locations/:id/service-hours", roles: ["manager"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/stock-locations/:id/*", roles: [] },
  { path: "/admin/delivery-zones", methods: READ, roles: ["manager"], scope: { kind: "pizzeria-query", name: "stock_location_id" } },
  { path: "/admin/delivery-zones", methods: ["POST"], roles: ["manager"], scope: { kind: "pizzeria-body", name: "stock_location_id" } },
  { path: "/admin/delivery-zones/map-config", methods: READ, roles: ["manager"] },
  { path: "/admin/delivery-zones/:id", roles: ["manager"], scope: { kind: "zone" } },
  { path: "/admin/pizzerias/:id/dashboard", methods: READ, roles: ["manager"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/pizzerias/:id/online-orders", roles: ["manager"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/pizzerias/:id/capacity", roles: ["manager"], scope: { kind: "pizzeria-param" } },
  // booked pizzas per slot: the counter books a caller's slot with it, the kitchen sees what is coming
  { path: "/admin/pizzerias/:id/bookable-slots", methods: READ, roles: ["manager", "counter"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/pizzerias/:id/slots", methods: READ, roles: ["manager", "counter", "pizzaiolo"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/pizzerias/:id/counter-orders", methods: ["POST"], roles: ["manager", "counter"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/pizzerias/:id/customers", methods: READ, roles: ["manager", "counter"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/pizzerias/:id/menu", methods: READ, roles: ["manager", "counter"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/pizzerias/:id/counter-quote", methods: READ, roles: ["manager", "counter"], scope: { kind: "pizzeria-param" } },
  { path: "/admin/pizzerias/:id/deliveries", methods: READ, roles: ["manager", "driver"], scope: { kind: "pizzeria-param" } },
  // today's runs: a driver reads only their own (the route refuses another driver's), a manager everyone's
  { path: "/admin/pizzerias/:id/deliveries/runs", methods: READ, roles: ["manager", "driver"], scope: { kind: "pizzeria-param" } },

  // the kitchen: each role moves tickets only as far as its job goes
  { path: "/admin/kitchen/tickets", methods: READ, roles: EVERYONE, scope: { kind: "pizzeria-query", name: "pizzeria_id" } },
  { path: "/admin/kitchen/stream", methods: READ, roles: EVERYONE, scope: { kind: "pizzeria-query", name: "pizzeria_id" } },
  // every pizzeria's due orders at once, as the minute job: the chain's admins only
  { path: "/admin/kitchen/scheduled/fire", methods: ["POST"], roles: [] },
  {
    path: "/admin/kitchen/tickets/:id/transition",
    methods: ["POST"],
    roles: EVERYONE,
    scope: {
      kind: "ticket",
      to: {
        pizzaiolo: ["preparing", "ready"],
        driver: ["out_for_delivery", "delivered", "delivery_failed"],
        counter: ["collected", "cancelled"],
      },
    },
  },

  // orders
  { path: "/admin/orders", methods: READ, roles: EVERYONE, scope: { kind: "list", filter: "sales_channel_id" }, fields: ORDER_LIST_FIELDS },
  { path: "/admin/orders/export", roles: [] },
  { path: "/admin/orders/:id", methods: READ, roles: ORDER_READERS, scope: { kind: "order" }, fields: ORDER_FIELDS },
  // what Medusa's order page reads beside the order, for whoever may open it: its history and
  // preview, the order's own returns, claims and exchanges, its lines' reservations at the member's
  // pizzerias, the names of the installed plugins, and who acted on the order
  ...["changes", "preview", "line-items"].map((part) => ({
    path: `/admin/orders/:id/${part}`,
    methods: READ,
    roles: ORDER_READERS,
    scope: { kind: "order" } as Scope,
    fields: OWN_FIELDS,
  })),
  { path: "/admin/returns", methods: READ, roles: ORDER_READERS, scope: { kind: "order-query" }, fields: RETURN_FIELDS },
  { path: "/admin/claims", methods: READ, roles: ORDER_READERS, scope: { kind: "order-query" }, fields: CLAIM_FIELDS },
  { path: "/admin/exchanges", methods: READ, roles: ORDER_READERS, scope: { kind: "order-query" }, fields: EXCHANGE_FIELDS },
  {
    path: "/admin/reservations",
    methods: READ,
    roles: ORDER_READERS,
    scope: { kind: "list", filter: "location_id", defaultFields: RESERVATION_FIELDS },
    fields: RESERVATION_FIELDS,
  },
  { path: "/admin/plugins", methods: READ, roles: EVERYONE },
  // the order's history names who did what (the cook whose "ready" made the fulfilment): a name, never an e-mail
  { path: "/admin/users/:id", methods: READ, roles: ORDER_READERS, scope: { kind: "fields", allowed: COLLEAGUE_FIELDS } },
  { path: "/admin/orders/:id", methods: ["POST"], roles: ["manager"], scope: { kind: "order" }, fields: ORDER_FIELDS },
  { path: "/admin/orders/:id/*", roles: ["manager"], scope: { kind: "order" }, fields: OWN_FIELDS },
  { path: "/admin/order-edits", methods: ["POST"], roles: ["manager"], scope: { kind: "order-body" }, fields: OWN_FIELDS },
  { path: "/admin/order-edits/:id*", roles: ["manager"], scope: { kind: "order" }, fields: OWN_FIELDS },

  // people
  { path: "/admin/staff", roles: ["manager"] },
  { path: "/admin/staff/:id", roles: ["manager"] },
  { path: "/admin/users*", roles: [] },

  // writes under the areas above that only admins make
  ...["recipes", "product-categories", "views"].map((area) => ({ path: `/admin/${area}*`, roles: [] as StaffRole[] })),
  // the rest of the inventory and stock locations: the chain's structure
  { path: "/admin/inventory-items*", roles: [] },
  { path: "/admin/stock-locations*", roles: [] },
  { path: "/admin/products*", roles: [] },
  { path: "/admin/stores*", roles: [] },
  ...ADMIN_ONLY_AREAS.map((area) => ({ path: `/admin/${area}*`, roles: [] as StaffRole[] })),
]

export type MatchedRule = MatchedPathRule<AccessRule>

/** The rule for a request (or a registered route's matcher), or undefined when nobody classified it. */
export const findAccessRule = pathRuleFinder(ACCESS_RULES)
