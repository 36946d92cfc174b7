import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ingredientStockOptionsSchema } from "../../../options"

/** Refuses to boot with options that do not fit, saying which and why. */
export default async function validateOptions({ options }: LoaderOptions<Record<string, unknown>>): Promise<void> {
  // Medusa adds its own keys (the module's database connection) to a plugin module's options
  const { database: _database, ...own } = options ?? {}
  const result = ingredientStockOptionsSchema.safeParse(own)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `@oc-pizza/medusa-plugin-ingredient-stock: invalid options: ${problems.join("; ")}`)
  }
}
