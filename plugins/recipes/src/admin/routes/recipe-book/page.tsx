import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { adminApi, adminSpeaksFrench } from "../../lib/admin-api"
import { useEffect, useMemo, useState } from "react"

type Recipe = {
  id: string
  product_id: string
  steps: { list?: string[] }
  bake_minutes: number | null
  bake_temperature_c: number | null
  notes: string | null
  items: { variant_id: string; inventory_item_id: string; quantity: number; rank: number }[]
}
type Product = { id: string; title: string; variants: { id: string; title: string; variant_rank?: number }[] }
type Item = { id: string; title: string }

const m = adminSpeaksFrench()
  ? { title: "Livre de recettes", search: "Chercher une pizza ou un ingrédient", print: "Imprimer", bake: "Cuisson", method: "Préparation", quantities: "Quantités par taille", ingredient: "Ingrédient" }
  : { title: "Recipe book", search: "Search a pizza or an ingredient", print: "Print", bake: "Bake", method: "Method", quantities: "Quantities per size", ingredient: "Ingredient" }


/** The kitchen's reminder: every pizza's quantities per size and method, in large print, searchable, printable. */
const RecipeBookPage = () => {
  const [recipes, setRecipes] = useState<Recipe[]>([])
  const [products, setProducts] = useState<Map<string, Product>>(new Map())
  const [items, setItems] = useState<Map<string, string>>(new Map())
  const [search, setSearch] = useState("")

  useEffect(() => {
    Promise.all([
      adminApi<{ recipes: Recipe[] }>("/admin/recipes?limit=200"),
      adminApi<{ products: Product[] }>("/admin/products?limit=500&fields=id,title,variants.id,variants.title,variants.variant_rank"),
      adminApi<{ inventory_items: Item[] }>("/admin/inventory-items?limit=1000&fields=id,title"),
    ]).then(([recipeData, productData, itemData]) => {
      setRecipes(recipeData.recipes)
      setProducts(new Map(productData.products.map((product) => [product.id, product])))
      setItems(new Map(itemData.inventory_items.map((item) => [item.id, item.title])))
    }, (error: Error) => toast.error(error.message))
  }, [])

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase()
    return recipes
      .map((recipe) => ({ recipe, product: products.get(recipe.product_id) }))
      .filter(({ recipe, product }) =>
        !needle ||
        product?.title.toLowerCase().includes(needle) ||
        recipe.items.some((item) => items.get(item.inventory_item_id)?.toLowerCase().includes(needle))
      )
      .sort((a, b) => (a.product?.title ?? "").localeCompare(b.product?.title ?? "", "fr"))
  }, [recipes, products, items, search])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-end justify-between gap-4 px-6 py-4 print:hidden">
        <Heading level="h1">{m.title}</Heading>
        <div className="flex items-end gap-2">
          <div className="w-80">
            <Label htmlFor="ocp-recipe-search">{m.search}</Label>
            <Input id="ocp-recipe-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
          <Button variant="secondary" onClick={() => window.print()}>{m.print}</Button>
        </div>
      </Container>
      {shown.map(({ recipe, product }) => {
        const variants = [...(product?.variants ?? [])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
        const ingredientIds = [...new Set([...recipe.items].sort((a, b) => a.rank - b.rank).map((item) => item.inventory_item_id))]
        const quantity = (variantId: string, itemId: string) =>
          recipe.items.find((item) => item.variant_id === variantId && item.inventory_item_id === itemId)?.quantity ?? "—"
        return (
          <Container key={recipe.id} className="px-6 py-5 break-inside-avoid" data-testid="recipe-card">
            <Heading level="h2" className="text-2xl">{product?.title ?? recipe.product_id}</Heading>
            {recipe.bake_minutes !== null && (
              <Text size="large" className="mt-1">{m.bake} : {recipe.bake_minutes} min · {recipe.bake_temperature_c} °C</Text>
            )}
            <table className="mt-3 w-full text-lg" aria-label={`${m.quantities} — ${product?.title ?? ""}`}>
              <thead>
                <tr><th className="text-left">{m.ingredient}</th>{variants.map((variant) => <th key={variant.id} className="text-right">{variant.title}</th>)}</tr>
              </thead>
              <tbody>
                {ingredientIds.map((itemId) => (
                  <tr key={itemId} className="border-t">
                    <td>{items.get(itemId) ?? itemId}</td>
                    {variants.map((variant) => <td key={variant.id} className="text-right">{quantity(variant.id, itemId)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
            <Heading level="h3" className="mt-4">{m.method}</Heading>
            <ol className="mt-1 list-decimal pl-6 text-lg">
              {(recipe.steps.list ?? []).map((step, index) => <li key={index}>{step}</li>)}
            </ol>
            {recipe.notes && <Text className="mt-2">{recipe.notes}</Text>}
          </Container>
        )
      })}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Livre de recettes" })

export default RecipeBookPage
