import { useEffect, useState } from "react"
import { useProductRecipe, useSaveRecipe, type Recipe, type RecipeInput, type RecipeVariant } from "./use-product-recipe"

/** One ingredient row of the editor: quantity per variant (size), as typed, and whether a customer may leave it out. */
export type RecipeRow = { inventory_item_id: string; quantities: Record<string, string>; removable: boolean }
/** One extra: per variant (size) its price and the quantity it adds, as typed. */
export type ExtraRow = { inventory_item_id: string; sizes: Record<string, { price: string; quantity: string }> }
export type RecipeDraft = { rows: RecipeRow[]; extras: ExtraRow[]; maxExtras: string; steps: string; minutes: string; temperature: string; notes: string }

const EMPTY: RecipeDraft = { rows: [], extras: [], maxExtras: "", steps: "", minutes: "", temperature: "", notes: "" }

/** The stored recipe as the editor shows it: one row per ingredient, in rank order. */
function draftOf(recipe: Recipe | null): RecipeDraft {
  if (!recipe) return EMPTY
  const byItem = new Map<string, RecipeRow>()
  for (const item of [...recipe.items].sort((a, b) => a.rank - b.rank)) {
    const row = byItem.get(item.inventory_item_id) ?? {
      inventory_item_id: item.inventory_item_id,
      quantities: {},
      removable: recipe.options?.removable.includes(item.inventory_item_id) ?? false,
    }
    row.quantities[item.variant_id] = String(item.quantity)
    byItem.set(item.inventory_item_id, row)
  }
  return {
    rows: [...byItem.values()],
    extras: (recipe.options?.extras ?? []).map((extra) => ({
      inventory_item_id: extra.inventory_item_id,
      sizes: Object.fromEntries(extra.sizes.map((size) => [size.variant_id, { price: String(size.price), quantity: String(size.quantity) }])),
    })),
    maxExtras: recipe.options?.max_extras ? String(recipe.options.max_extras) : "",
    steps: (recipe.steps.list ?? []).join("\n"),
    minutes: recipe.bake_minutes === null ? "" : String(recipe.bake_minutes),
    temperature: recipe.bake_temperature_c === null ? "" : String(recipe.bake_temperature_c),
    notes: recipe.notes ?? "",
  }
}

/** The editor's draft as the API takes it: one line per ingredient and size that has a quantity. */
function inputOf(productId: string, draft: RecipeDraft, variants: RecipeVariant[]): RecipeInput {
  return {
    product_id: productId,
    steps: draft.steps
      .split("\n")
      .map((step) => step.trim())
      .filter(Boolean),
    bake_minutes: draft.minutes === "" ? null : Number(draft.minutes),
    bake_temperature_c: draft.temperature === "" ? null : Number(draft.temperature),
    notes: draft.notes || null,
    items: draft.rows.flatMap((row) =>
      variants.flatMap((variant) => {
        const typed = row.quantities[variant.id]
        return row.inventory_item_id && typed ? [{ variant_id: variant.id, inventory_item_id: row.inventory_item_id, quantity: Number(typed) }] : []
      })
    ),
    options: {
      removable: [...new Set(draft.rows.filter((row) => row.removable && row.inventory_item_id).map((row) => row.inventory_item_id))],
      // an extra is offered on the sizes given both a price and a quantity
      extras: draft.extras.flatMap((extra) => {
        const sizes = variants.flatMap((variant) => {
          const typed = extra.sizes[variant.id]
          return typed?.price && typed.quantity ? [{ variant_id: variant.id, price: Number(typed.price), quantity: Number(typed.quantity) }] : []
        })
        return extra.inventory_item_id && sizes.length ? [{ inventory_item_id: extra.inventory_item_id, sizes }] : []
      }),
      max_extras: draft.maxExtras === "" ? 0 : Number(draft.maxExtras),
    },
  }
}

/** A product's recipe being edited: loaded once, changed row by row, saved whole. */
export function useRecipeEditor(productId: string) {
  const { data } = useProductRecipe(productId)
  const save = useSaveRecipe()
  const [draft, setDraft] = useState<RecipeDraft>(EMPTY)
  const recipe = data?.recipe ?? null
  useEffect(() => setDraft(draftOf(recipe)), [recipe])

  const variants = data?.variants ?? []
  const updateRow = (index: number, change: Partial<RecipeRow>) => setDraft({ ...draft, rows: draft.rows.map((row, i) => (i === index ? { ...row, ...change } : row)) })
  return {
    options: data?.options ?? [],
    variants,
    draft,
    setDraft,
    updateRow,
    addRow: () => setDraft({ ...draft, rows: [...draft.rows, { inventory_item_id: "", quantities: {}, removable: false }] }),
    updateExtra: (index: number, change: Partial<ExtraRow>) => setDraft({ ...draft, extras: draft.extras.map((extra, i) => (i === index ? { ...extra, ...change } : extra)) }),
    addExtra: () => setDraft({ ...draft, extras: [...draft.extras, { inventory_item_id: "", sizes: {} }], maxExtras: draft.maxExtras || "3" }),
    removeExtra: (index: number) => setDraft({ ...draft, extras: draft.extras.filter((_, i) => i !== index) }),
    removeRow: (index: number) => setDraft({ ...draft, rows: draft.rows.filter((_, i) => i !== index) }),
    save: () => save.mutate(inputOf(productId, draft, variants)),
    saving: save.isPending,
  }
}

export type RecipeEditor = ReturnType<typeof useRecipeEditor>
