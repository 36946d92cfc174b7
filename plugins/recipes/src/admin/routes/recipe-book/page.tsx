import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { RecipeCard } from "./components/recipe-card"
import { useRecipeBook } from "./hooks/use-recipe-book"

/** The kitchen's reminder: every pizza's quantities per size and method, in large print, searchable, printable. */
const RecipeBookPage = () => {
  const { t } = useTranslation("ocp-recipes")
  const { data } = useRecipeBook()
  const [search, setSearch] = useState("")
  const shown = useMemo(() => {
    if (!data) return []
    const needle = search.trim().toLowerCase()
    return data.entries
      .filter(
        ({ recipe, product }) =>
          !needle || product?.title.toLowerCase().includes(needle) || recipe.items.some((item) => data.ingredientNames.get(item.inventory_item_id)?.toLowerCase().includes(needle))
      )
      .sort((a, b) => (a.product?.title ?? "").localeCompare(b.product?.title ?? "", "fr"))
  }, [data, search])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-end justify-between gap-4 px-6 py-4 print:hidden">
        <Heading level="h1">{t("book.title")}</Heading>
        <div className="flex items-end gap-2">
          <div className="w-80">
            <Label htmlFor="ocp-recipe-search">{t("book.search")}</Label>
            <Input id="ocp-recipe-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
          <Button variant="secondary" onClick={() => window.print()}>
            {t("book.print")}
          </Button>
        </div>
      </Container>
      {shown.map((entry) => (
        <RecipeCard key={entry.recipe.id} entry={entry} ingredientNames={data?.ingredientNames ?? new Map()} />
      ))}
    </div>
  )
}

export const config = defineRouteConfig({ label: "menu", translationNs: "ocp-recipes" })

export default RecipeBookPage
