import type { CreateProductWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryItemsWorkflow, createProductCategoriesWorkflow, createProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { demo, type DemoStockedItem } from "./data"
import type { LoadedPizzeria } from "./load-pizzerias"
import { itemPicture, pizzaPicture } from "./pizza-picture"
import { openingStock } from "./stock-levels"

type MenuContext = {
  pizzerias: LoadedPizzeria[]
  shippingProfileId: string
  alcoholTypeId: string
}

type VariantInput = NonNullable<CreateProductWorkflowInputDTO["variants"]>[number] & {
  /** Inventory-kit links: what one unit of the variant consumes. */
  inventory_items: { inventory_item_id: string; required_quantity: number }[]
}

/**
 * Ingredients become inventory items stocked at every pizzeria; each pizza
 * size is a variant whose inventory kit lists its ingredients, so Medusa's
 * own availability follows the ingredients of the pizzeria's location.
 */
export async function loadMenu(container: MedusaContainer, context: MenuContext): Promise<void> {
  const stocked = [...demo.drinks, ...demo.desserts]
  const levelsFor = (item: Parameters<typeof openingStock>[1]) =>
    context.pizzerias.map((pizzeria) => ({
      location_id: pizzeria.locationId,
      stocked_quantity: openingStock(pizzeria, item),
    }))

  const { result: items } = await createInventoryItemsWorkflow(container).run({
    input: {
      items: [
        ...demo.ingredients.map((ingredient) => ({
          sku: ingredient.sku,
          title: ingredient.name,
          location_levels: levelsFor(ingredient),
        })),
        ...stocked.map((item) => ({
          sku: item.sku,
          title: item.title,
          location_levels: levelsFor(item),
        })),
      ],
    },
  })
  const itemIdBySku = new Map(items.map((item) => [item.sku as string, item.id]))
  const itemId = (sku: string) => {
    const id = itemIdBySku.get(sku)
    if (!id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Demo data: unknown ingredient ${sku}`)
    return id
  }

  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: demo.categories.map((category, rank) => ({ ...category, is_active: true, rank })),
    },
  })
  const categoryId = (handle: string) => categories.find((category) => category.handle === handle)!.id

  const pictures = await uploadPictures(container, [
    ...demo.pizzas.map((pizza) => ({
      handle: pizza.handle,
      svg: pizzaPicture({ base: pizza.base, ingredientSkus: Object.keys(pizza.ingredients), title: pizza.title }),
    })),
    ...demo.drinks.map((drink) => ({ handle: drink.handle, svg: itemPicture({ title: drink.title, colour: drink.color, kind: "drink" }) })),
    ...demo.desserts.map((dessert) => ({ handle: dessert.handle, svg: itemPicture({ title: dessert.title, colour: dessert.color, kind: "dessert" }) })),
  ])

  const common = {
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: context.shippingProfileId,
    sales_channels: context.pizzerias.map((pizzeria) => ({ id: pizzeria.salesChannelId })),
  }
  const withPicture = (handle: string) => ({ thumbnail: pictures.get(handle), images: [{ url: pictures.get(handle)! }] })

  const pizzas: CreateProductWorkflowInputDTO[] = demo.pizzas.map((pizza) => {
    const variants: VariantInput[] = demo.sizes.map((size, index) => ({
      title: size.title,
      sku: `PIZ-${pizza.handle.toUpperCase()}-${size.code}`,
      variant_rank: index,
      options: { Taille: size.title },
      manage_inventory: true,
      prices: [{ currency_code: "eur", amount: pizza.prices[index] }],
      inventory_items: Object.entries(pizza.ingredients).map(([sku, quantities]) => ({
        inventory_item_id: itemId(sku),
        required_quantity: quantities[index],
      })),
    }))
    return {
      ...common,
      ...withPicture(pizza.handle),
      title: pizza.title,
      handle: pizza.handle,
      description: pizza.description,
      category_ids: [categoryId("pizzas")],
      options: [{ title: "Taille", values: demo.sizes.map((size) => size.title) }],
      variants,
    }
  })

  const single = (item: DemoStockedItem, category: string, format: string): CreateProductWorkflowInputDTO => {
    const variant: VariantInput = {
      title: format,
      sku: item.sku,
      options: { Format: format },
      manage_inventory: true,
      prices: [{ currency_code: "eur", amount: item.price }],
      inventory_items: [{ inventory_item_id: itemId(item.sku), required_quantity: 1 }],
    }
    return {
      ...common,
      ...withPicture(item.handle),
      title: item.title,
      handle: item.handle,
      description: item.description,
      category_ids: [categoryId(category)],
      type_id: item.alcohol ? context.alcoholTypeId : undefined,
      options: [{ title: "Format", values: [format] }],
      variants: [variant],
    }
  }

  await createProductsWorkflow(container).run({
    input: {
      products: [...pizzas, ...demo.drinks.map((drink) => single(drink, "boissons", "Bouteille")), ...demo.desserts.map((dessert) => single(dessert, "desserts", "Portion"))],
    },
  })
}

async function uploadPictures(container: MedusaContainer, pictures: { handle: string; svg: string }[]): Promise<Map<string, string>> {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: pictures.map((picture) => ({
        filename: `${picture.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(picture.svg).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return new Map(pictures.map((picture, index) => [picture.handle, result[index].url]))
}
