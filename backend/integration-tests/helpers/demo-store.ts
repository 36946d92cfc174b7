import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DELIVERY_ZONING_MODULE, type DeliveryZoningModuleService } from "@oc-pizza/medusa-plugin-delivery-zoning/workflows"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { STOREFRONT_KEY_TITLE } from "../../src/demo/markers"
import { offeredPaymentMethods } from "../../src/payments/payment-providers"
import seedDemo from "../../src/scripts/seed-demo"
import { ticketOf } from "./kitchen"
import { signIn } from "./sign-in"

export { DEMO_PASSWORD } from "./sign-in"
export { ticketOf } from "./kitchen"

export type DemoStore = {
  key: string
  regionId: string
  /** Pizzeria name suffix ("Saint-Leu") → its stock location and sales channel. */
  pizzeria: (suffix: string) => { id: string; sales_channel_id: string; name: string }
  /** "margherita/M" → variant id. */
  variant: (handleAndSize: string) => string
  inventoryItem: (sku: string) => string
  adminHeaders: () => Promise<{ headers: { authorization: string } }>
  storeHeaders: { headers: { "x-publishable-api-key": string } }
}

const ALL_DAY: [string, string][] = [["00:00", "00:00"]]
export const OPEN_ALL_WEEK = { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY }

/**
 * Opens every pizzeria around the clock, without closures: tests run at any
 * hour, and the ones about closed pizzerias set their own hours.
 */
export async function openEveryPizzeria(container: MedusaContainer): Promise<void> {
  const zoning = container.resolve<DeliveryZoningModuleService>(DELIVERY_ZONING_MODULE)
  const services = await zoning.listServiceLocations({}, { relations: ["closures"] })
  await zoning.updateServiceLocations(services.map((service) => ({ id: service.id, opening_hours: OPEN_ALL_WEEK })))
  const closures = services.flatMap((service) => service.closures.map((closure) => closure.id))
  if (closures.length) await zoning.deleteServiceClosures(closures)
}

/** Loads the demo data into the test database and indexes what tests look up. */
export async function loadDemoStore(api: AxiosInstance, container: MedusaContainer): Promise<DemoStore> {
  await seedDemo({ container, args: [] })
  // the demo data may come from the run's template (integration-tests/template-databases.ts), loaded by
  // a server without this file's payment providers (the Stripe stand-in): the region offers this server's
  await updateRegionsWorkflow(container).run({ input: { selector: {}, update: { payment_providers: offeredPaymentMethods(container).map((method) => method.id) } } })
  await openEveryPizzeria(container)
  const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
  const storeHeaders = { headers: { "x-publishable-api-key": apiKey.token } }
  const { data: pizzeriaData } = await api.get("/store/pizzerias", storeHeaders)
  const { data: regionData } = await api.get("/store/regions", storeHeaders)
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({}, { select: ["id", "sku"], take: 1000 })
  const items = await container.resolve(Modules.INVENTORY).listInventoryItems({}, { select: ["id", "sku"], take: 1000 })
  let admin: { headers: { authorization: string } } | undefined

  return {
    key: apiKey.token,
    regionId: regionData.regions[0].id,
    storeHeaders,
    pizzeria: (suffix) => {
      const found = pizzeriaData.pizzerias.find((pizzeria: { name: string }) => pizzeria.name.endsWith(suffix))
      if (!found) throw new Error(`no pizzeria ${suffix}`)
      return found
    },
    variant: (handleAndSize) => {
      const [handle, size] = handleAndSize.split("/")
      const found = variants.find((variant) => variant.sku === `PIZ-${handle.toUpperCase()}-${size}`)
      if (!found) throw new Error(`no variant ${handleAndSize}`)
      return found.id
    },
    inventoryItem: (sku) => {
      const found = items.find((item) => item.sku === sku)
      if (!found) throw new Error(`no inventory item ${sku}`)
      return found.id
    },
    adminHeaders: async () => (admin ??= await signIn(api, "admin@oc-pizza.test")),
  }
}

/** Lines of a cart; one with `remove` or `add` (inventory item ids) is a customised pizza, added through /store/carts/:id/customised-items. */
type Lines = { variant_id: string; quantity: number; remove?: string[]; add?: string[] }[]
type Address = { address_1: string; postal_code: string; city: string; metadata?: Record<string, unknown> }

/**
 * A guest cart at a pizzeria, with one of its shipping options ("Livraison",
 * "Retrait en pizzeria") and paid on delivery or collection, ready to
 * complete: what the storefront does before the customer presses "order".
 */
async function prepareCart(
  api: AxiosInstance,
  store: DemoStore,
  salesChannelId: string,
  lines: Lines,
  address: Address,
  optionName: string,
  providerId = "pp_system_default"
): Promise<string> {
  const { storeHeaders } = store
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: store.regionId,
      sales_channel_id: salesChannelId,
      email: "client@example.test",
      shipping_address: { first_name: "Test", last_name: "Client", country_code: "fr", phone: "+33600000000", ...address },
      items: lines.filter((line) => !line.remove && !line.add),
    },
    storeHeaders
  )
  const cartId = created.cart.id as string
  for (const line of lines.filter((candidate) => candidate.remove || candidate.add)) {
    await api.post(`/store/carts/${cartId}/customised-items`, { remove: [], add: [], ...line }, storeHeaders)
  }
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, storeHeaders)
  const option = options.shipping_options.find((candidate: { name: string }) => candidate.name === optionName)
  if (!option) throw new Error(`no option ${optionName} for cart ${cartId}: ${JSON.stringify(options.shipping_options.map((o: { name: string }) => o.name))}`)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, storeHeaders)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: providerId }, storeHeaders)
  return cartId
}

/** A pickup cart, paid on collection unless another payment provider is named, ready to complete. */
export function preparePickupCart(api: AxiosInstance, store: DemoStore, pizzeria: { sales_channel_id: string }, lines: Lines, providerId?: string): Promise<string> {
  return prepareCart(api, store, pizzeria.sales_channel_id, lines, { address_1: "1 rue de Test", postal_code: "80000", city: "Amiens" }, "Retrait en pizzeria", providerId)
}

/** A cart delivered to an address of the demo gazetteer (placed without Google), paid on delivery, ready to complete. */
export function prepareDeliveryCart(
  api: AxiosInstance,
  store: DemoStore,
  pizzeria: { sales_channel_id: string },
  lines: Lines,
  address: Address = { address_1: "12 rue Delambre", postal_code: "80000", city: "Amiens" },
  providerId?: string
): Promise<string> {
  return prepareCart(api, store, pizzeria.sales_channel_id, lines, address, "Livraison", providerId)
}

/** A placed order at a pizzeria (pickup unless said, paid on collection), with its kitchen ticket. */
export async function placeOrderAt(
  api: AxiosInstance,
  container: MedusaContainer,
  store: DemoStore,
  pizzeria: { id: string; sales_channel_id: string },
  lines: [string, number][] = [["margherita/M", 1]],
  { kind = "pickup", address }: { kind?: "pickup" | "delivery"; address?: Address } = {}
): Promise<{ orderId: string; ticketId: string; total: number; displayId: number }> {
  const items = lines.map(([variant, quantity]) => ({ variant_id: store.variant(variant), quantity }))
  const cartId = kind === "delivery" ? await prepareDeliveryCart(api, store, pizzeria, items, address) : await preparePickupCart(api, store, pizzeria, items)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
  const ticket = await ticketOf(container, data.order.id)
  return { orderId: data.order.id, ticketId: ticket.id, total: Number(data.order.total), displayId: data.order.display_id }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>

/** The HTTP answer, error or not. */
export async function settle(request: Promise<{ status: number; data: Body }>): Promise<{ status: number; data: Body }> {
  try {
    return await request
  } catch (error) {
    const response = (error as { response?: { status: number; data: Body } }).response
    if (!response) throw error
    return response
  }
}

/**
 * A placed card order changed by its customer to a Margherita M and a Reine M
 * (a higher total), and the card payment session the shop then opens for the
 * new amount: its id. `token` is the order's `token=<tracking token>` query.
 */
export async function changeCardOrderToHigherTotal(api: AxiosInstance, store: DemoStore, orderId: string, token: string): Promise<string> {
  const items = [
    { variant_id: store.variant("margherita/M"), quantity: 1 },
    { variant_id: store.variant("reine/M"), quantity: 1 },
  ]
  const { data: changed } = await api.post(`/store/orders/${orderId}/modify?${token}`, { items }, store.storeHeaders)
  const { data: opened } = await api.post(
    `/store/payment-collections/${changed.payment.payment_collection_id}/payment-sessions?${token}`,
    { provider_id: "pp_stripe_stripe" },
    store.storeHeaders
  )
  return opened.payment_collection.payment_sessions[0].id as string
}
