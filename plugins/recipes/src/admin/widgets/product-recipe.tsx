import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { RecipeExtras } from "../components/recipe-extras"
import { RecipeRows } from "../components/recipe-rows"
import { useRecipeEditor } from "../hooks/use-recipe-editor"

/** Edits the product's recipe: per size, the quantity of each ingredient in its unit; the method. */
const ProductRecipeWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation("ocp-recipes")
  const editor = useRecipeEditor(product.id)
  const { draft, setDraft } = editor
  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">{t("recipe.title")}</Heading>
      {draft.rows.length === 0 && <Text className="text-ui-fg-subtle">{t("recipe.none")}</Text>}
      <RecipeRows editor={editor} />
      <div>
        <Button variant="secondary" size="small" onClick={editor.addRow}>
          {t("recipe.add")}
        </Button>
      </div>
      <RecipeExtras editor={editor} />
      <div className="grid grid-cols-2 gap-3">
        <div>
          <Label htmlFor="ocp-bake-minutes">{t("recipe.minutes")}</Label>
          <Input id="ocp-bake-minutes" type="number" value={draft.minutes} onChange={(event) => setDraft({ ...draft, minutes: event.target.value })} />
        </div>
        <div>
          <Label htmlFor="ocp-bake-temperature">{t("recipe.temperature")}</Label>
          <Input id="ocp-bake-temperature" type="number" value={draft.temperature} onChange={(event) => setDraft({ ...draft, temperature: event.target.value })} />
        </div>
      </div>
      <div>
        <Label htmlFor="ocp-steps">{t("recipe.steps")}</Label>
        <Textarea id="ocp-steps" rows={6} value={draft.steps} onChange={(event) => setDraft({ ...draft, steps: event.target.value })} />
      </div>
      <div>
        <Label htmlFor="ocp-notes">{t("recipe.notes")}</Label>
        <Textarea id="ocp-notes" rows={2} value={draft.notes} onChange={(event) => setDraft({ ...draft, notes: event.target.value })} />
      </div>
      <div>
        <Button onClick={editor.save} isLoading={editor.saving}>
          {t("recipe.save")}
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductRecipeWidget
