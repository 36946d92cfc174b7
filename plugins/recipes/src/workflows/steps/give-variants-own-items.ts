import type { IInventoryService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const giveVariantsOwnItemsStepId = "give-variants-own-inventory-items"

type Variant = { id: string; title: string; sku: string | null; manage_inventory: boolean; inventory_items?: unknown[] | null }
type Given = { variant_id: string; inventory_item_id: string; created: boolean }

const linkOf = (given: Given) => ({ [Modules.PRODUCT]: { variant_id: given.variant_id }, [Modules.INVENTORY]: { inventory_item_id: given.inventory_item_id } })

/** The SKU of the item the plugin keeps for a variant without a SKU of its own: made once, found again after. */
export const ownItemSku = (variant: { id: string; sku: string | null }) => variant.sku ?? `recipe-own-${variant.id}`

/**
 * After a recipe's links changed: each of the product's variants that
 * manages inventory but is left with no inventory item gets one of its own
 * back, as Medusa gives a new variant, linked one to one: the inventory's
 * item with the variant's SKU (the one Medusa made for it), else, for a
 * variant without a SKU, the item the plugin keeps for it (`ownItemSku`),
 * made the first time. A managed variant without an item cannot be added to
 * a cart at all in Medusa. Compensation removes the links and the items it
 * made; a failure half-way removes what it had made.
 */
export const giveVariantsOwnItemsStep = createStep(
  giveVariantsOwnItemsStepId,
  async (input: { product_id: string }, { container }) => {
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["variants.id", "variants.title", "variants.sku", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
      filters: { id: input.product_id },
    })
    const bare = ((data[0]?.variants ?? []) as Variant[]).filter((variant) => variant.manage_inventory && !(variant.inventory_items ?? []).some(Boolean))
    if (bare.length === 0) return new StepResponse([] as Given[], [] as Given[])

    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const existing = await inventory.listInventoryItems({ sku: bare.map(ownItemSku) })
    const given: Given[] = []
    try {
      for (const variant of bare) {
        const found = existing.find((item) => item.sku === ownItemSku(variant))
        const item = found ?? (await inventory.createInventoryItems({ sku: ownItemSku(variant), title: variant.title }))
        given.push({ variant_id: variant.id, inventory_item_id: item.id, created: !found })
      }
      await container.resolve(ContainerRegistrationKeys.LINK).create(given.map((entry) => ({ ...linkOf(entry), data: { required_quantity: 1 } })))
    } catch (error) {
      const made = given.filter((entry) => entry.created).map((entry) => entry.inventory_item_id)
      if (made.length) await inventory.deleteInventoryItems(made)
      throw error
    }
    return new StepResponse(given, given)
  },
  async (given, { container }) => {
    if (!given?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(given.map(linkOf))
    const made = given.filter((entry) => entry.created).map((entry) => entry.inventory_item_id)
    if (made.length) await container.resolve<IInventoryService>(Modules.INVENTORY).deleteInventoryItems(made)
  }
)
