import { MedusaError } from "@medusajs/framework/utils"
import type { ReactElement } from "react"
import type { z } from "@medusajs/framework/zod"

export type ComposedEmail = { subject: string; element: ReactElement }

/** A template: checks its data, then gives the subject and the body to render. */
export type EmailTemplate = (name: string, data: unknown) => ComposedEmail

/**
 * Ties a template to the shape of its data: data that does not fit is refused
 * with the template's name and the fields at fault, before anything is sent.
 */
export function defineEmail<Schema extends z.ZodType>(schema: Schema, compose: (data: z.infer<Schema>) => ComposedEmail): EmailTemplate {
  return (name, data) => {
    const parsed = schema.safeParse(data)
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => `${issue.path.join(".") || "data"}: ${issue.message}`).join("; ")
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `E-mail template "${name}" was given data it cannot show (${fields})`)
    }
    return compose(parsed.data)
  }
}
