import type { CreateProductWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { FeatureFlag, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryItemsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { saveIngredientNamesWorkflow } from "@oc-pizza/medusa-plugin-recipes/workflows"
import english from "../../demo-data/menu-translations.json"
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
  // the names customers read on the menu (translatable, unlike an inventory item's title)
  const { result: ingredientNames } = await saveIngredientNamesWorkflow(container).run({
    input: { ingredients: items.map((item) => ({ inventory_item_id: item.id, name: item.title as string })) },
  })
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

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [...pizzas, ...demo.drinks.map((drink) => single(drink, "boissons", "Bouteille")), ...demo.desserts.map((dessert) => single(dessert, "desserts", "Portion"))],
    },
  })

  await loadEnglish(container, {
    categories,
    products,
    ingredients: ingredientNames.map((ingredient) => ({ id: ingredient.id, sku: skuOf(items, ingredient.inventory_item_id) })),
  })
}

function skuOf(items: { id: string; sku?: string | null }[], inventoryItemId: string): string {
  return items.find((item) => item.id === inventoryItemId)?.sku ?? ""
}

/**
 * The menu in English (`demo-data/menu-translations.json`) through Medusa's
 * Translation Module: dishes, sizes, categories and ingredient names. The
 * store offers French (its texts) and English; without the `translation`
 * feature flag the demo stays French.
 */
async function loadEnglish(
  container: MedusaContainer,
  loaded: {
    categories: { id: string; handle: string }[]
    products: { id: string; handle: string; variants?: { id: string; sku?: string | null; title: string }[] }[]
    ingredients: { id: string; sku: string }[]
  }
): Promise<void> {
  if (!FeatureFlag.isFeatureEnabled("translation")) return
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { supported_locales: [{ locale_code: "fr-FR" }, { locale_code: english.locale }] } },
  })
  const sizeByCode: Record<string, string> = english.sizes
  const formats: Record<string, string> = english.formats
  const productTexts: Record<string, { title: string; description?: string }> = english.products
  const categoryTexts: Record<string, { name: string; description: string }> = english.categories
  const ingredientNames: Record<string, string> = english.ingredients
  const translation = (reference: string, reference_id: string, translations: Record<string, string>) => ({ reference, reference_id, locale_code: english.locale, translations })

  const variantTitle = (variant: { sku?: string | null; title: string }): string | undefined => {
    const size = variant.sku?.startsWith("PIZ-") ? variant.sku.split("-").pop() : undefined
    return size ? sizeByCode[size] : formats[variant.title]
  }
  await createTranslationsWorkflow(container).run({
    input: {
      translations: [
        ...loaded.categories.flatMap((category) => (categoryTexts[category.handle] ? [translation("product_category", category.id, categoryTexts[category.handle])] : [])),
        ...loaded.products.flatMap((product) => {
          const texts = productTexts[product.handle]
          if (!texts) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Demo data: no English for ${product.handle}`)
          return [
            translation("product", product.id, texts),
            ...(product.variants ?? []).flatMap((variant) => {
              const title = variantTitle(variant)
              return title ? [translation("product_variant", variant.id, { title })] : []
            }),
          ]
        }),
        ...loaded.ingredients.flatMap((ingredient) =>
          ingredientNames[ingredient.sku] ? [translation("recipe_ingredient", ingredient.id, { name: ingredientNames[ingredient.sku] })] : []
        ),
      ],
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
