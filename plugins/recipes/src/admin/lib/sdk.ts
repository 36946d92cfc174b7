import Medusa, { FetchError } from "@medusajs/js-sdk"

/** The admin API on the dashboard's own origin, signed in by the dashboard's session cookie. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

/** A refusal (4xx) is the answer: asking again gives the same one. Server and network failures are tried once more. */
export const retryServerErrors = (failures: number, error: unknown): boolean => failures < 1 && !(error instanceof FetchError && (error.status ?? 500) < 500)
