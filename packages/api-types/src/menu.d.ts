/** One size of a dish on tonight's menu. */
export type MenuVariant = {
  id: string
  title: string
  /** In the currency's main unit, taxes included; null when the pizzeria's region has no price for it. */
  price: number | null
  /** How many the kitchen can make with the stock it has; null when the size does not track stock. */
  makeable: number | null
  available: boolean
}

/** Why a dish cannot be ordered now: the manager paused it (with the reason they gave) or an ingredient ran out. */
export type MenuUnavailableReason = { code: "paused" | "out_of_stock"; message: string }

/** An ingredient of a dish: `id` is its inventory item, which a customisation names; `removable`: the customer may have the dish without it. */
export type MenuIngredient = { id: string; name: string; allergens: string[]; removable: boolean }

/** An extra a customer may add to a dish: per size its price (taxes included), what it adds (the ingredient's unit) and whether the pizzeria has enough of it now. */
export type MenuExtra = {
  id: string
  name: string
  allergens: string[]
  sizes: { variant_id: string; price: number; quantity: number; available: boolean }[]
}

/**
 * What a customer may change on a dish, through POST /store/carts/:id/customised-items
 * `{ variant_id, quantity, remove: [ingredient ids], add: [extra ids] }`; the server prices it.
 */
export type MenuCustomisation = { max_extras: number; extras: MenuExtra[] }

/** A dish of a pizzeria's menu with its live availability. */
export type MenuItem = {
  product_id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  category: { handle: string; name: string } | null
  variants: MenuVariant[]
  ingredients: MenuIngredient[]
  allergens: string[]
  /** Null when the dish cannot be changed (no recipe options: a drink, a dessert). */
  customisation: MenuCustomisation | null
  available: boolean
  unavailable_reason: MenuUnavailableReason | null
}

/**
 * GET /store/menu?pizzeria_id= and GET /admin/pizzerias/:id/menu. `locale`: the
 * language of the texts (BCP 47, "fr-FR" by default; the store route takes
 * `?locale=` or the `x-medusa-locale` header).
 */
export type MenuResponse = {
  pizzeria_id: string
  locale?: string
  /**
   * The catalogue's version (dishes, sizes, prices, ingredients, translations):
   * it changes whenever one of them does. A client may cache the catalogue
   * under it (`/store/menu?catalogue_version=`, accepted for that) and take the
   * live part from /store/menu/availability.
   */
  catalogue_version: number
  items: MenuItem[]
}

/** The part of a dish that changes with the stock and the manager's pauses, without any catalogue change. */
export type MenuItemAvailability = Pick<MenuItem, "product_id" | "available" | "unavailable_reason"> & {
  variants: Pick<MenuVariant, "id" | "makeable" | "available">[]
  /** Per extra, the sizes it can be added to now. */
  extras: { id: string; available_variant_ids: string[] }[]
}

/**
 * GET /store/menu/availability?pizzeria_id=: only what is live on the menu, for
 * every dish of the current catalogue, and that catalogue's version (a client
 * whose cached catalogue has another version reads /store/menu again).
 */
export type MenuAvailabilityResponse = { pizzeria_id: string; locale: string; catalogue_version: number; items: MenuItemAvailability[] }
