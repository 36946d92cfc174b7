import type { AddressSuggestions } from "@oc-pizza/api-types"
import { StoreApiError } from "@/lib/medusa/client"
import { suggestAddresses } from "@/lib/medusa/delivery"

export const dynamic = "force-dynamic"

const MIN_QUERY = 3
const MAX_QUERY = 200
const DEFAULT_LIMIT = 6

/**
 * The address search for the browser: the start page's combobox asks here as
 * the customer types, and the shop relays to the backend with its publishable
 * key (the browser never holds it). The same text gives the same suggestions
 * for everyone, so the browser may keep them a few minutes.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  const q = (params.get("q") ?? "").trim()
  const limit = Number(params.get("limit") ?? DEFAULT_LIMIT)
  if (q.length < MIN_QUERY || q.length > MAX_QUERY) {
    return Response.json({ code: "invalid_query", message: `Type between ${MIN_QUERY} and ${MAX_QUERY} characters.` }, { status: 400 })
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > 10) {
    return Response.json({ code: "invalid_limit", message: "limit is a whole number from 1 to 10." }, { status: 400 })
  }
  try {
    const answer: AddressSuggestions = await suggestAddresses(q, limit)
    return Response.json({ suggestions: answer.suggestions }, { headers: { "cache-control": "private, max-age=300" } })
  } catch (error) {
    if (error instanceof StoreApiError && error.status < 500) {
      return Response.json({ code: error.code, message: error.message }, { status: error.status })
    }
    // the backend is restarting or the geocoder is down: the form still sends the typed address as it is
    console.error(`address suggestions relay: ${(error as Error).message}`)
    return Response.json({ code: "suggestions_unavailable", message: "Address suggestions are unavailable for a moment." }, { status: 503 })
  }
}
