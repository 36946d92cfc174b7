import { readFileSync, writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { NO_OPTIONS, RECIPES_MODULE, type RecipesModuleService } from "@oc-pizza/medusa-plugin-recipes/workflows"
import { isProduction } from "../config/settings"
import { bumpCatalogueVersion } from "../menu/catalogue-version"

/**
 * For benchmarks only: `medusa exec ./src/scripts/bench-recipe-options.ts off <file>`
 * takes every recipe's options away (kept in <file>), `on <file>` puts them
 * back; the menu's catalogue version moves, so every server reads it again.
 * bench/menu.ts measures the menu with and without them in one run.
 */
export default async function toggleRecipeOptions({ container, args }: ExecArgs): Promise<void> {
  if (isProduction(process.env)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Benchmark data is not for production.")
  const [mode, file] = args
  const recipes = container.resolve<RecipesModuleService>(RECIPES_MODULE)
  if (mode === "off") {
    const all = await recipes.listRecipes({}, { select: ["id", "options"], take: 100_000 })
    writeFileSync(file, JSON.stringify(all.map((recipe) => ({ id: recipe.id, options: recipe.options }))))
    if (all.length) await recipes.updateRecipes(all.map((recipe) => ({ id: recipe.id, options: { ...NO_OPTIONS } })))
  } else if (mode === "on") {
    const saved = JSON.parse(readFileSync(file, "utf8")) as { id: string; options: Record<string, unknown> }[]
    if (saved.length) await recipes.updateRecipes(saved)
  } else {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `bench-recipe-options: "off <file>" or "on <file>", not "${args.join(" ")}"`)
  }
  await bumpCatalogueVersion(container)
}
