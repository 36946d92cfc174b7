import { cache } from "react"
import "server-only"
import { cartId, forgetCart, rememberCart } from "@/lib/session/cart-id"
import { storeApi, StoreApiError } from "./client"

export type CartLine = {
  id: string
  variant_id: string
  product_handle: string | null
  product_title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
  /** A customised pizza (ingredient ids left out, extras added), null for a dish as its recipe makes it. */
  customisation: LineChoice | null
}

/** What a customer changes on a pizza: ingredient ids left out and extra ids added. */
export type LineChoice = { remove: string[]; add: string[] }

export type Cart = {
  id: string
  sales_channel_id: string
  email: string | null
  customer_id: string | null
  items: CartLine[]
  item_total: number
  shipping_total: number
  total: number
  completed_at: string | null
}

type ApiCart = Omit<Cart, "items" | "customer_id"> & {
  customer?: { id: string } | null
  items: (Omit<CartLine, "product_title" | "customisation"> & { product_title: string | null; title: string; metadata?: { customisation?: LineChoice } | null })[] | null
}

function toCart({ customer, ...cart }: ApiCart): Cart {
  return {
    ...cart,
    customer_id: customer?.id ?? null,
    items: (cart.items ?? [])
      .map((item) => ({
        id: item.id,
        variant_id: item.variant_id,
        product_handle: item.product_handle,
        product_title: item.product_title ?? item.title,
        variant_title: item.variant_title,
        thumbnail: item.thumbnail,
        quantity: Number(item.quantity),
        unit_price: Number(item.unit_price),
        total: Number(item.total),
        customisation: item.metadata?.customisation ?? null,
      }))
      .sort((a, b) => a.product_title.localeCompare(b.product_title)),
  }
}

/** What the shop shows of a cart (Medusa's default leaves out line totals and brings whole products). */
const CART_FIELDS = [
  "id",
  "sales_channel_id",
  "email",
  "customer.id",
  "completed_at",
  "item_total",
  "shipping_total",
  "total",
  "items.id",
  "items.variant_id",
  "items.product_handle",
  "items.product_title",
  "items.title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.metadata",
].join(",")

let region: Promise<string> | undefined
/** The chain sells in one region (France, euros). */
export function regionId(): Promise<string> {
  region ??= storeApi<{ regions: { id: string }[] }>("/store/regions", { token: null }).then(({ regions }) => {
    if (!regions[0]) throw new Error("The store has no region: run the seed, or create France in the admin.")
    return regions[0].id
  })
  region.catch(() => (region = undefined))
  return region
}

/** The visitor's open cart, or null (none yet, already ordered, or gone). */
export const currentCart = cache(readCart)

async function readCart(): Promise<Cart | null> {
  const id = await cartId()
  if (!id) return null
  try {
    const { cart } = await storeApi<{ cart: ApiCart }>(`/store/carts/${id}`, { query: { fields: CART_FIELDS } })
    return cart.completed_at ? null : toCart(cart)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

/**
 * The cart on this pizzeria's sales channel: the open one, moved there when
 * it was on another pizzeria's (its lines go along; the cart page flags any
 * the new kitchen cannot make), or a new one.
 */
export async function cartAt(salesChannelId: string): Promise<Cart> {
  const cart = await currentCart()
  if (cart?.sales_channel_id === salesChannelId) return cart
  if (cart) {
    const { cart: moved } = await storeApi<{ cart: ApiCart }>(`/store/carts/${cart.id}`, {
      method: "POST",
      body: { sales_channel_id: salesChannelId },
      query: { fields: CART_FIELDS },
    })
    return toCart(moved)
  }
  const { cart: created } = await storeApi<{ cart: ApiCart }>("/store/carts", {
    method: "POST",
    query: { fields: CART_FIELDS },
    body: { region_id: await regionId(), sales_channel_id: salesChannelId },
  })
  await rememberCart(created.id)
  return toCart(created)
}

export async function addLine(cart: Cart, variantId: string, quantity: number): Promise<void> {
  await storeApi(`/store/carts/${cart.id}/line-items`, { method: "POST", body: { variant_id: variantId, quantity } })
}

/** A customised pizza, priced by the backend from the recipe (POST /store/carts/:id/customised-items). */
export async function addCustomisedLine(cart: Cart, variantId: string, quantity: number, choice: LineChoice): Promise<void> {
  await storeApi(`/store/carts/${cart.id}/customised-items`, { method: "POST", body: { variant_id: variantId, quantity, remove: choice.remove, add: choice.add } })
}

export async function setLineQuantity(cart: Cart, lineId: string, quantity: number): Promise<void> {
  if (quantity <= 0) await storeApi(`/store/carts/${cart.id}/line-items/${lineId}`, { method: "DELETE" })
  else await storeApi(`/store/carts/${cart.id}/line-items/${lineId}`, { method: "POST", body: { quantity } })
}

/**
 * At sign-in: a guest's cart becomes the customer's (the order then shows in
 * their account); a cart that belongs to someone else (a shared phone) is
 * left behind, never handed over.
 */
export async function claimCart(token: string, customerId: string): Promise<void> {
  const cart = await readCart()
  if (!cart) return
  if (!cart.customer_id) await storeApi(`/store/carts/${cart.id}/customer`, { method: "POST", body: {}, token })
  else if (cart.customer_id !== customerId) await forgetCart()
}

export { forgetCart }

export function lineCount(cart: Cart | null): number {
  return (cart?.items ?? []).reduce((sum, line) => sum + line.quantity, 0)
}
