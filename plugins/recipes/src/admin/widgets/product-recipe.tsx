import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, IconButton, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { adminApi, adminSpeaksFrench } from "../lib/admin-api"
import { useEffect, useState } from "react"

type Option = { id: string; title: string | null; unit: string | null }
type Variant = { id: string; title: string; variant_rank?: number | null }
type Recipe = {
  id: string
  steps: { list?: string[] }
  bake_minutes: number | null
  bake_temperature_c: number | null
  notes: string | null
  items: { variant_id: string; inventory_item_id: string; quantity: number; rank: number }[]
}
/** One ingredient row of the editor: quantity per variant (size), as typed. */
type Row = { inventory_item_id: string; quantities: Record<string, string> }

const m = adminSpeaksFrench()
  ? { title: "Recette", none: "Pas encore de recette.", ingredient: "Ingrédient", add: "Ajouter un ingrédient", steps: "Étapes (une par ligne)", minutes: "Cuisson (min)", temperature: "Température (°C)", notes: "Notes", save: "Enregistrer la recette", saved: "Recette enregistrée : les stocks suivent.", remove: "Retirer" }
  : { title: "Recipe", none: "No recipe yet.", ingredient: "Ingredient", add: "Add an ingredient", steps: "Steps (one per line)", minutes: "Bake (min)", temperature: "Temperature (°C)", notes: "Notes", save: "Save the recipe", saved: "Recipe saved: stock follows it.", remove: "Remove" }


/** Edits the product's recipe: per size, the quantity of each ingredient in its unit; the method. */
const ProductRecipeWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [variants, setVariants] = useState<Variant[]>([])
  const [options, setOptions] = useState<Option[]>([])
  const [rows, setRows] = useState<Row[]>([])
  const [steps, setSteps] = useState("")
  const [minutes, setMinutes] = useState("")
  const [temperature, setTemperature] = useState("")
  const [notes, setNotes] = useState("")
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    Promise.all([
      adminApi<{ ingredients: Option[] }>("/admin/recipes/ingredient-options"),
      adminApi<{ recipes: Recipe[] }>(`/admin/recipes?product_id=${product.id}`),
      adminApi<{ product: { variants: Variant[] } }>(`/admin/products/${product.id}?fields=id,variants.id,variants.title,variants.variant_rank`),
    ]).then(([optionData, recipeData, productData]) => {
      setOptions(optionData.ingredients)
      setVariants([...productData.product.variants].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0)))
      const recipe = recipeData.recipes[0]
      if (!recipe) return
      const byItem = new Map<string, Row>()
      for (const item of [...recipe.items].sort((a, b) => a.rank - b.rank)) {
        const row = byItem.get(item.inventory_item_id) ?? { inventory_item_id: item.inventory_item_id, quantities: {} }
        row.quantities[item.variant_id] = String(item.quantity)
        byItem.set(item.inventory_item_id, row)
      }
      setRows([...byItem.values()])
      setSteps((recipe.steps.list ?? []).join("\n"))
      setMinutes(recipe.bake_minutes === null ? "" : String(recipe.bake_minutes))
      setTemperature(recipe.bake_temperature_c === null ? "" : String(recipe.bake_temperature_c))
      setNotes(recipe.notes ?? "")
    }, (error: Error) => toast.error(error.message))
  }, [product.id])

  const unitOf = (id: string) => options.find((option) => option.id === id)?.unit ?? ""
  const update = (index: number, change: Partial<Row>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)))

  const save = async () => {
    setSaving(true)
    try {
      await adminApi("/admin/recipes", {
        method: "POST",
        body: JSON.stringify({
          product_id: product.id,
          steps: steps.split("\n").map((step) => step.trim()).filter(Boolean),
          bake_minutes: minutes === "" ? null : Number(minutes),
          bake_temperature_c: temperature === "" ? null : Number(temperature),
          notes: notes || null,
          items: rows.flatMap((row) =>
            variants.flatMap((variant) => {
              const typed = row.quantities[variant.id]
              return row.inventory_item_id && typed ? [{ variant_id: variant.id, inventory_item_id: row.inventory_item_id, quantity: Number(typed) }] : []
            })
          ),
        }),
      })
      toast.success(m.saved)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">{m.title}</Heading>
      {rows.length === 0 && <Text className="text-ui-fg-subtle">{m.none}</Text>}
      <table className="w-full">
        <thead>
          <tr>
            <th className="text-left">{m.ingredient}</th>
            {variants.map((variant) => <th key={variant.id} className="text-left">{variant.title}</th>)}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td className="pr-2">
                <Select value={row.inventory_item_id} onValueChange={(value) => update(index, { inventory_item_id: value })}>
                  <Select.Trigger aria-label={m.ingredient}><Select.Value /></Select.Trigger>
                  <Select.Content>
                    {options.map((option) => <Select.Item key={option.id} value={option.id}>{option.title}{option.unit ? ` (${option.unit})` : ""}</Select.Item>)}
                  </Select.Content>
                </Select>
              </td>
              {variants.map((variant) => (
                <td key={variant.id} className="pr-2">
                  <Input
                    type="number"
                    min="0"
                    step="any"
                    aria-label={`${variant.title} (${unitOf(row.inventory_item_id)})`}
                    value={row.quantities[variant.id] ?? ""}
                    onChange={(event) => update(index, { quantities: { ...row.quantities, [variant.id]: event.target.value } })}
                  />
                </td>
              ))}
              <td>
                <IconButton aria-label={m.remove} variant="transparent" onClick={() => setRows(rows.filter((_, i) => i !== index))}>×</IconButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div><Button variant="secondary" size="small" onClick={() => setRows([...rows, { inventory_item_id: "", quantities: {} }])}>{m.add}</Button></div>
      <div className="grid grid-cols-2 gap-3">
        <div><Label htmlFor="ocp-bake-minutes">{m.minutes}</Label><Input id="ocp-bake-minutes" type="number" value={minutes} onChange={(event) => setMinutes(event.target.value)} /></div>
        <div><Label htmlFor="ocp-bake-temperature">{m.temperature}</Label><Input id="ocp-bake-temperature" type="number" value={temperature} onChange={(event) => setTemperature(event.target.value)} /></div>
      </div>
      <div><Label htmlFor="ocp-steps">{m.steps}</Label><Textarea id="ocp-steps" rows={6} value={steps} onChange={(event) => setSteps(event.target.value)} /></div>
      <div><Label htmlFor="ocp-notes">{m.notes}</Label><Textarea id="ocp-notes" rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} /></div>
      <div><Button onClick={save} isLoading={saving}>{m.save}</Button></div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductRecipeWidget
