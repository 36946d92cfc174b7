import { DomainError } from "./domain-error"

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22xxx): the value a request
 * carried cannot be stored or compared as given (a NUL byte, "invalid input
 * syntax for type integer", a number out of range, a negative OFFSET). The
 * request is at fault, not the server.
 */
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/
/** The same errors once a workflow or an ORM wrapper kept only their text. */
const DATA_EXCEPTION_TEXT = /invalid byte sequence for encoding|invalid input syntax for type|out of range for type|unsupported Unicode escape sequence|must not be negative/i

const MAX_CAUSES = 5

/** A 400 for a PostgreSQL data exception anywhere in the error's cause chain, else undefined. */
export function databaseInputError(error: unknown): DomainError | undefined {
  let current = error
  for (let depth = 0; depth < MAX_CAUSES && typeof current === "object" && current !== null; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if ((typeof code === "string" && DATA_EXCEPTION.test(code)) || (typeof message === "string" && DATA_EXCEPTION_TEXT.test(message))) {
      return new DomainError(
        400,
        "invalid_input",
        "A value in the request cannot be used as given (a control character, a malformed number or a number out of range): check the request's parameters."
      )
    }
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
