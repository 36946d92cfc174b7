/**
 * What pizzeria roles may ask through `fields=` on the admin routes they may
 * call (see `refusedFields` in requested-fields.ts for how entries read).
 * Each list holds what Medusa's dashboard (`@medusajs/dashboard`, e.g. the
 * order pages' DEFAULT_FIELDS), the plugins' admin pages and ours send, kept
 * to what stays inside the member's pizzeria: an order's own customer, lines,
 * addresses and payments, never a way back out (`customer.orders`,
 * `sales_channel.orders`, `customer.addresses`, stock levels).
 */

/** Orders list (dashboard's order list). */
export const ORDER_LIST_FIELDS = ["*", "customer.*", "sales_channel.*", "payment_collections.*", "shipping_address.*"]

/** One order (dashboard's order detail and its edit forms). */
export const ORDER_FIELDS = [
  "*",
  "summary",
  "order_change",
  "region.automatic_taxes",
  "customer.*",
  "items.*",
  "items.variant.*",
  "items.variant.product.*",
  "items.variant.options.*",
  "items.variant.manage_inventory",
  // the chain's catalogue item behind a line (sku, title), not its levels
  "items.variant.inventory_items.inventory.*",
  "items.variant.inventory_items.required_quantity",
  "shipping_address.*",
  "billing_address.*",
  "sales_channel.*",
  "promotions.*",
  "shipping_methods.*",
  "credit_lines.*",
  "fulfillments.*",
  "fulfillments.items.*",
  "fulfillments.labels.*",
  "fulfillments.shipping_option.service_zone.fulfillment_set.type",
  "payment_collections.*",
  "payment_collections.payment_sessions.*",
  "payment_collections.payments.*",
  "payment_collections.payments.refunds.*",
  "payment_collections.payments.refunds.refund_reason.*",
]

/** An order's returns, claims and exchanges, as its page reads them (their lines and reasons). */
export const RETURN_FIELDS = ["*", "items.*", "items.reason.*"]
export const CLAIM_FIELDS = ["*", "additional_items.*", "claim_items.*"]
export const EXCHANGE_FIELDS = ["*", "additional_items.*"]

/** A reservation and which catalogue item it holds, never that item's levels (Medusa's default adds them). */
export const RESERVATION_FIELDS = [
  "id",
  "location_id",
  "inventory_item_id",
  "quantity",
  "line_item_id",
  "description",
  "created_at",
  "updated_at",
  "inventory_item.id",
  "inventory_item.sku",
  "inventory_item.title",
]

/** Another admin user, as an order's history names them. */
export const COLLEAGUE_FIELDS = ["id", "first_name", "last_name"]

/** What an order's sub-routes and order edits return: their own plain fields. */
export const OWN_FIELDS = ["*"]

/** Products, for the menu pages and the recipe widgets. */
export const PRODUCT_FIELDS = [
  "*",
  "collection.*",
  "sales_channels.*",
  "categories.*",
  "shipping_profile.*",
  "type.*",
  "tags.*",
  "images.*",
  "options.*",
  "options.values.*",
  "variants.*",
  "variants.options.*",
]

export const VARIANT_FIELDS = ["*", "product.*", "options.*", "options.option.*", "images.*"]

export const CATEGORY_FIELDS = ["*", "parent_category", "parent_category.*", "category_children", "category_children.*", "products.id"]

/** Pizzerias (stock locations): their address and delivery set-up. */
export const STOCK_LOCATION_FIELDS = [
  "*",
  "address.*",
  "sales_channels.*",
  "fulfillment_providers.*",
  "fulfillment_sets.*",
  "fulfillment_sets.service_zones.*",
  "fulfillment_sets.service_zones.geo_zones.*",
  "fulfillment_sets.service_zones.shipping_options.*",
  "fulfillment_sets.service_zones.shipping_options.rules.*",
  "fulfillment_sets.service_zones.shipping_options.shipping_profile.*",
]

export const STORE_FIELDS = ["*", "supported_currencies", "supported_currencies.*", "supported_locales.*"]

/** Inventory items carry every pizzeria's levels: their names only (also their default, see the rule). */
export const INVENTORY_ITEM_FIELDS = ["id", "title", "sku"]

/** The member's own notification feed (the guard keeps it to theirs): all of each notification. */
export const NOTIFICATION_FIELDS = ["*"]

/** The chain's selling regions, for the orders list's filter: their names, as the store API shows them. */
export const REGION_FIELDS = ["id", "name", "currency_code"]

/** The member's pizzerias' sales channels (the guard filters the list), for the orders list's filter. */
export const SALES_CHANNEL_FIELDS = ["id", "name", "description", "is_disabled"]
