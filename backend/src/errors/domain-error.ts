import { MedusaError } from "@medusajs/framework/utils"
import { isCodedError, medusaErrorTypeFor, type CodedError, type CodedErrorShape, type LocalizedText } from "@oc-pizza/api-types"

/**
 * An expected business outcome the client can act on ("outside the delivery
 * area", "preparation started"): a MedusaError whose type follows its status
 * (so Medusa's own error handler renders it too), carrying our `code`, the
 * status it deserves and details. Our handler (./error-handler.ts) answers
 * with that status and `{ type, code, message, details }`. The plugins' error
 * classes have the same shape (`CodedError`), so errors thrown by a plugin,
 * and errors that lost their class crossing a workflow, are recognised by it
 * (`domain: true`) without sharing a class.
 */
export class DomainError extends MedusaError implements CodedError {
  readonly domain = true
  /** The message in French and English when a customer may read it: the answer picks the request's language (./error-handler.ts). */
  readonly texts?: LocalizedText

  constructor(
    readonly status: number,
    readonly code: string,
    message: string | LocalizedText,
    readonly details?: Record<string, unknown>
  ) {
    super(medusaErrorTypeFor(status), typeof message === "string" ? message : message.en, code)
    if (typeof message !== "string") this.texts = message
    this.name = "DomainError"
  }
}

/** A coded 4xx error, whatever class threw it (api-types' `CodedErrorShape`). */
export type DomainErrorShape = CodedErrorShape

/** Whether an error is one of ours or a plugin's, whatever its class (api-types' `isCodedError`). */
export const isDomainError: (error: unknown) => error is DomainErrorShape = isCodedError
