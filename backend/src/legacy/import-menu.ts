import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryItemsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  linkProductsToSalesChannelWorkflow,
  updateInventoryItemsWorkflow,
  updateProductVariantsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { INGREDIENT_STOCK_MODULE, upsertIngredientWorkflow, type IngredientStockModuleService } from "@oc-pizza/medusa-plugin-ingredient-stock/workflows"
import { RECIPES_MODULE, saveIngredientNamesWorkflow, upsertRecipeWorkflow, type RecipesModuleService } from "@oc-pizza/medusa-plugin-recipes/workflows"
import { euros, gramsOfKilograms, slugOf, tidyText } from "./clean-values"
import { ensureLevels } from "./ensure-levels"
import { groupBy } from "./group-by"
import { isDryRunId, legacyKeyOf, type ImportContext, type ImportedPizza, type ImportedPizzeria, type SizeRule } from "./import-context"
import { refusal } from "./refusal"
import { Composition, Ingredient, PizzaTable, Recette, type LegacyComposition } from "./source/entities"

/** The ingredients already imported (legacy id → inventory item id and title). */
async function readIngredientItems(context: Pick<ImportContext, "container">): Promise<Map<number, { id: string; title: string }>> {
  const items = await context.container.resolve(Modules.INVENTORY).listInventoryItems({}, { select: ["id", "title", "metadata"], take: null })
  const imported = new Map<number, { id: string; title: string }>()
  for (const item of items) {
    const key = legacyKeyOf(item.metadata)
    if (key?.table === "ingredient") imported.set(Number(key.id), { id: item.id, title: item.title ?? "" })
  }
  return imported
}

const itemIds = (items: Map<number, { id: string }>) => new Map([...items].map(([legacyId, item]) => [legacyId, item.id]))

/** The ingredients already imported (legacy id → inventory item id). */
export async function readImportedIngredients(context: Pick<ImportContext, "container">): Promise<Map<number, string>> {
  return itemIds(await readIngredientItems(context))
}

/** The pizzas already imported (legacy id → product and its sizes). */
export async function readImportedPizzas(context: Pick<ImportContext, "container">): Promise<Map<number, ImportedPizza>> {
  const { data: products } = await context.container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "metadata", "sales_channels.id", "variants.id", "variants.title", "variants.sku", "variants.metadata"],
  })
  const imported = new Map<number, ImportedPizza>()
  for (const product of products) {
    const key = legacyKeyOf(product.metadata)
    if (key?.table !== "pizza") continue
    const variants = (product.variants ?? []).flatMap((variant) =>
      variant
        ? [{ id: variant.id, title: variant.title ?? "", sku: variant.sku ?? "", factor: Number((variant.metadata as { size_factor?: number } | null)?.size_factor ?? 1) }]
        : []
    )
    imported.set(Number(key.id), {
      productId: product.id,
      title: product.title,
      variants,
      channelIds: (product.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
    })
  }
  return imported
}

/** A menu price: the old price times the size's factor, to the ten cents. */
export const sizePrice = (price: number, factor: number) => Math.round(price * factor * 10) / 10

/** The pizzaiolo's instructions as a recipe's steps: one per line, or per sentence when written as one paragraph. */
export function stepsOf(text: string | null): string[] {
  const tidy = (text ?? "").replace(/\r/g, "")
  const lines = tidy
    .split(/\n+/)
    .map((line) => tidyText(line))
    .filter((line): line is string => Boolean(line))
  if (lines.length > 1) return lines
  return (lines[0] ?? "").split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter(Boolean)
}

/**
 * Ingredients become inventory items stocked at every imported pizzeria
 * (level 0 until the stock is counted), with their ingredient record in
 * grams and the name customers read; pizzas become products, one variant per
 * size of the price rule; compositions (kilograms) and the pizzaiolo's text
 * become the recipe, saved through the recipes plugin, which keeps every
 * variant's inventory kit equal to it. A pizza without composition is
 * imported as a draft: nothing would say what it takes.
 */
export async function importMenu(
  context: ImportContext,
  pizzerias: Map<number, ImportedPizzeria>
): Promise<{ ingredients: Map<number, string>; pizzas: Map<number, ImportedPizza> }> {
  const ingredients = await importIngredients(context, pizzerias)
  const pizzas = await importPizzas(context, pizzerias, ingredients)
  return { ingredients, pizzas }
}

async function importIngredients(context: ImportContext, pizzerias: Map<number, ImportedPizzeria>): Promise<Map<number, string>> {
  const { container, source, report, options } = context
  const items = await readIngredientItems(context)
  const imported = itemIds(items)
  const stock = container.resolve<IngredientStockModuleService>(INGREDIENT_STOCK_MODULE)
  const records = new Set((await stock.listIngredients({}, { select: ["inventory_item_id"], take: null })).map((record) => record.inventory_item_id))
  const locations = [...pizzerias.values()].map((pizzeria) => pizzeria.locationId).filter((id) => !isDryRunId(id))

  for (const ingredient of await source.all(Ingredient)) {
    report.read("ingredients")
    const key = String(ingredient.id)
    const name = tidyText(ingredient.nom)
    if (!name) {
      report.setAsideRow("ingredients", { table: "ingredient", key, reason: "name_missing", detail: "an ingredient without a name" })
      continue
    }
    let itemId = imported.get(ingredient.id)
    if (itemId && records.has(itemId)) {
      if (items.get(ingredient.id)?.title === name) {
        report.outcome("ingredients", "unchanged")
        continue
      }
      // renamed in the old system: the new name on the item and on the menus, as a pizza's new title
      try {
        if (!options.dryRun) await renameIngredient(context, itemId, name)
        report.outcome("ingredients", "updated")
      } catch (error) {
        report.setAsideRow("ingredients", refusal("ingredient", key, error))
      }
      continue
    }
    if (options.dryRun) {
      report.outcome("ingredients", "created")
      imported.set(ingredient.id, `dry-run:ingredient:${key}`)
      continue
    }
    try {
      if (!itemId) {
        const { result } = await createInventoryItemsWorkflow(container).run({
          input: {
            items: [
              {
                sku: `ING-${slugOf(name).toUpperCase()}-${key}`,
                title: name,
                metadata: { legacy: { table: "ingredient", id: ingredient.id } },
                location_levels: locations.map((location_id) => ({ location_id, stocked_quantity: 0 })),
              },
            ],
          },
        })
        itemId = result[0].id
        imported.set(ingredient.id, itemId)
      }
      // the old system weighed everything: grams, allergens to be filled in by the chain
      await upsertIngredientWorkflow(container).run({ input: { inventory_item_id: itemId, unit: "g", allergens: [] } })
      await saveIngredientNamesWorkflow(container).run({ input: { ingredients: [{ inventory_item_id: itemId, name }] } })
      report.outcome("ingredients", "created")
    } catch (error) {
      report.setAsideRow("ingredients", refusal("ingredient", key, error))
    }
  }
  if (!options.dryRun) await ensureLevels(context, [...imported.values()], locations)
  return imported
}

async function importPizzas(context: ImportContext, pizzerias: Map<number, ImportedPizzeria>, ingredients: Map<number, string>): Promise<Map<number, ImportedPizza>> {
  const { container, source, report, options } = context
  const imported = await readImportedPizzas(context)
  const compositions = groupBy(await source.all(Composition), (row) => row.pizza_id)
  const texts = new Map((await source.all(Recette)).map((row) => [row.pizza_id, row.recette]))
  const channels = [...pizzerias.values()].map((pizzeria) => pizzeria.salesChannelId).filter((id) => id && !isDryRunId(id))
  const categoryId = options.dryRun ? "" : await pizzaCategory(context)
  const profile = options.dryRun ? undefined : (await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 }))[0]

  for (const pizza of await source.all(PizzaTable)) {
    report.read("pizzas")
    const key = String(pizza.id)
    const title = tidyText(pizza.nom) ?? `Pizza ${key}`
    const price = euros(pizza.prix)
    const composition = compositions.get(pizza.id) ?? []
    if (!composition.length) report.warn({ table: "pizza", key, reason: "no_composition", detail: `${title}: imported as a draft, off the menu, until its recipe is written` })
    if (!texts.get(pizza.id)?.trim()) report.warn({ table: "pizza", key, reason: "no_recette", detail: `${title}: no instructions for the pizzaiolo` })
    if (!(price > 0)) {
      report.setAsideRow("pizzas", { table: "pizza", key, reason: "price_missing", detail: `${title}: price ${pizza.prix}` })
      continue
    }
    try {
      const existing = imported.get(pizza.id)
      if (existing) {
        const changed = await updatePizza(context, existing, title, price)
        report.outcome("pizzas", changed ? "updated" : "unchanged")
      } else if (options.dryRun) {
        report.outcome("pizzas", "created")
        imported.set(pizza.id, {
          productId: `dry-run:pizza:${key}`,
          title,
          variants: options.sizes.map((size) => ({ id: `dry-run:${key}:${size.title}`, title: size.title, factor: size.factor, sku: "" })),
        })
      } else {
        const handle = slugOf(title)
        const { result } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title,
                handle,
                status: composition.length ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
                shipping_profile_id: profile?.id,
                category_ids: [categoryId],
                sales_channels: channels.map((id) => ({ id })),
                metadata: { legacy: { table: "pizza", id: pizza.id } },
                options: [{ title: "Taille", values: options.sizes.map((size) => size.title) }],
                variants: options.sizes.map((size: SizeRule, rank) => ({
                  title: size.title,
                  sku: `PIZ-${handle.toUpperCase()}-${slugOf(size.title).toUpperCase()}`,
                  variant_rank: rank,
                  options: { Taille: size.title },
                  manage_inventory: true,
                  metadata: { size_factor: size.factor },
                  prices: [{ currency_code: "eur", amount: sizePrice(price, size.factor) }],
                })),
              },
            ],
          },
        })
        const product = result[0]
        imported.set(pizza.id, {
          productId: product.id,
          title,
          variants: (product.variants ?? []).map((variant) => ({
            id: variant.id,
            title: variant.title,
            sku: variant.sku ?? "",
            factor: Number((variant.metadata as { size_factor?: number } | null)?.size_factor ?? 1),
          })),
        })
        report.outcome("pizzas", "created")
      }
    } catch (error) {
      report.setAsideRow("pizzas", refusal("pizza", key, error))
      continue
    }
    importRecipeOutcome(context, await importRecipe(context, pizza.id, imported.get(pizza.id)!, composition, texts.get(pizza.id) ?? null, ingredients), key)
  }
  if (!options.dryRun) await sellEverywhere(context, [...imported.values()], channels)
  return imported
}

/** The menus' name first, the item's title last: a rename cut between the two is seen (by the title) and done again by the next run. */
async function renameIngredient(context: ImportContext, itemId: string, name: string): Promise<void> {
  await saveIngredientNamesWorkflow(context.container).run({ input: { ingredients: [{ inventory_item_id: itemId, name }] } })
  await updateInventoryItemsWorkflow(context.container).run({ input: { updates: [{ id: itemId, title: name }] } })
}

/** Every imported pizza on every imported pizzeria's menu: those opened by a later run (or a product a killed run left unlinked) get them too. */
async function sellEverywhere(context: ImportContext, pizzas: ImportedPizza[], channels: string[]): Promise<void> {
  for (const channel of channels) {
    const missing = pizzas.filter((pizza) => pizza.channelIds && !pizza.channelIds.includes(channel)).map((pizza) => pizza.productId)
    if (missing.length) await linkProductsToSalesChannelWorkflow(context.container).run({ input: { id: channel, add: missing } })
  }
}

function importRecipeOutcome(context: ImportContext, outcome: "created" | "updated" | "unchanged" | "none" | Error, key: string): void {
  if (outcome === "none") return
  context.report.read("recipes")
  if (outcome instanceof Error) context.report.setAsideRow("recipes", refusal("composition", key, outcome))
  else context.report.outcome("recipes", outcome)
}

/** The recipe of one pizza, saved only when it differs from the one stored (a re-run rewrites nothing). */
async function importRecipe(
  context: ImportContext,
  pizzaId: number,
  pizza: ImportedPizza,
  composition: LegacyComposition[],
  text: string | null,
  ingredients: Map<number, string>
): Promise<"created" | "updated" | "unchanged" | "none" | Error> {
  if (!composition.length) return "none"
  const lines = composition.flatMap((row) => {
    const grams = gramsOfKilograms(row.quantite)
    const itemId = ingredients.get(row.ingredient_id)
    if (!itemId || grams <= 0) {
      context.report.warn({
        table: "composition",
        key: `${pizzaId}/${row.ingredient_id}`,
        reason: itemId ? "zero_quantity" : "ingredient_set_aside",
        detail: `${pizza.title}: left out of the recipe`,
      })
      return []
    }
    return [{ inventory_item_id: itemId, grams }]
  })
  const items = pizza.variants.flatMap((variant) =>
    lines.map((line) => ({ variant_id: variant.id, inventory_item_id: line.inventory_item_id, quantity: Math.max(1, Math.round(line.grams * variant.factor)) }))
  )
  const steps = stepsOf(text)
  const recipes = context.container.resolve<RecipesModuleService>(RECIPES_MODULE)
  const [stored] = await recipes.listRecipes({ product_id: pizza.productId }, { relations: ["items"] })
  const shape = (rows: { variant_id: string; inventory_item_id: string; quantity: unknown }[]) =>
    rows
      .map((row) => `${row.variant_id}/${row.inventory_item_id}/${Number(row.quantity)}`)
      .sort()
      .join()
  if (stored && shape(stored.items) === shape(items) && JSON.stringify((stored.steps as { list?: string[] } | null)?.list ?? []) === JSON.stringify(steps)) return "unchanged"
  if (context.options.dryRun) return stored ? "updated" : "created"
  try {
    await upsertRecipeWorkflow(context.container).run({ input: { product_id: pizza.productId, steps, items } })
  } catch (error) {
    return error as Error
  }
  return stored ? "updated" : "created"
}

/** The title and the sizes' prices follow the old system's; true when anything changed (or, in a dry run, would). */
async function updatePizza(context: ImportContext, pizza: ImportedPizza, title: string, price: number): Promise<boolean> {
  const { container } = context
  // a dry run finds the same changes and makes none
  const write = !context.options.dryRun
  let changed = false
  if (pizza.title !== title) {
    if (write) await updateProductsWorkflow(container).run({ input: { selector: { id: pizza.productId }, update: { title } } })
    changed = true
  }
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: ["id", "prices.amount", "prices.currency_code"], filters: { id: pizza.variants.map((variant) => variant.id) } })
  // `prices` is the variant's link to its price set, which the generated variant type does not list
  const variants = data as unknown as { id: string; prices?: { amount: number; currency_code: string }[] }[]
  for (const variant of pizza.variants) {
    const wanted = sizePrice(price, variant.factor)
    const current = variants.find((row) => row.id === variant.id)?.prices?.find((row) => row?.currency_code === "eur")
    if (current && Number(current.amount) === wanted) continue
    if (write) await updateProductVariantsWorkflow(container).run({ input: { selector: { id: variant.id }, update: { prices: [{ currency_code: "eur", amount: wanted }] } } })
    changed = true
  }
  return changed
}

/** The "Pizzas" category of the menu, made if the store has none. */
async function pizzaCategory(context: ImportContext): Promise<string> {
  const [existing] = await context.container.resolve(Modules.PRODUCT).listProductCategories({ handle: "pizzas" }, { select: ["id"] })
  if (existing) return existing.id
  const { result } = await createProductCategoriesWorkflow(context.container).run({ input: { product_categories: [{ name: "Pizzas", handle: "pizzas", is_active: true }] } })
  return result[0].id
}
