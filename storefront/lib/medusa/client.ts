import "server-only"
import type { ApiErrorBody } from "@oc-pizza/api-types"
import { currentLocale } from "@/lib/i18n/locale"
import { authToken } from "@/lib/session/customer-session"

/** A refusal from the store API, with its stable code ("out_of_stock", "outside_delivery_area", ...). */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {}
  ) {
    super(message)
  }
}

type Options = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: Record<string, string | number | undefined>
  /** Send the signed-in customer's token (default), or this one, or none. */
  token?: string | null
  /** The shopper's address, for the backend's sign-in limits (X-Forwarded-For). */
  forwardedFor?: string
  /**
   * Keep the answer in Next's data cache for this many seconds (by address):
   * only for public reads whose address changes with their content. Not
   * cached otherwise.
   */
  revalidate?: number
}

export function backendUrl(): string {
  return process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
}

export function publishableKey(): string {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!key) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: `npm start` sets it from the database; elsewhere copy the key from the admin (Settings > Publishable API keys).")
  }
  return key
}

/**
 * The store API, from the server only: the publishable key and the backend's
 * address are read at run time, so one build serves any store. Every error
 * body (`ApiErrorBody`: ours carry a `code`, some of Medusa's only a `type`)
 * arrives as a StoreApiError the pages can put in words.
 */
export async function storeApi<T>(path: string, { method = "GET", body, query, token, forwardedFor, revalidate }: Options = {}): Promise<T> {
  const url = new URL(path, backendUrl())
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value))
  const bearer = token === undefined ? await authToken() : token
  // a change is answered, refusals included, in the shopper's language (reads stay cacheable without it)
  const locale = method === "GET" ? undefined : await currentLocale()
  const response = await fetch(url, {
    method,
    ...(revalidate === undefined ? { cache: "no-store" } : { next: { revalidate } }),
    headers: {
      "x-publishable-api-key": publishableKey(),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      ...(locale ? { "x-medusa-locale": locale } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const data = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  if (!response.ok) {
    const error: Partial<ApiErrorBody> = data
    const code = typeof error.code === "string" ? error.code : typeof error.type === "string" ? error.type : `http_${response.status}`
    const message = typeof error.message === "string" ? error.message : response.statusText
    throw new StoreApiError(response.status, code, message, error.details ?? {})
  }
  return data as T
}
