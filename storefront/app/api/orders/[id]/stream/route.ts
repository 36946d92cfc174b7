import { backendUrl, publishableKey } from "@/lib/medusa/client"
import { authToken } from "@/lib/session/customer-session"

export const dynamic = "force-dynamic"

/**
 * The order's live status for the browser: an EventSource cannot send the
 * publishable key (nor the customer's token), so the shop relays the
 * backend's stream, resuming where the browser stopped (Last-Event-ID).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params
  const token = new URL(request.url).searchParams.get("token")
  const upstream = new URL(`/store/orders/${encodeURIComponent(id)}/tracking/stream`, backendUrl())
  if (token) upstream.searchParams.set("token", token)
  const bearer = await authToken()
  const lastEventId = request.headers.get("last-event-id")
  let response: Response
  try {
    response = await fetch(upstream, {
      cache: "no-store",
      signal: request.signal,
      headers: {
        accept: "text/event-stream",
        "x-publishable-api-key": publishableKey(),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(lastEventId ? { "last-event-id": lastEventId } : {}),
      },
    })
  } catch (error) {
    // the backend is restarting: the page tries again in a moment
    console.error(`tracking stream relay: ${(error as Error).message}`)
    return Response.json({ code: "backend_unavailable", message: "The order's live status is unavailable for a moment." }, { status: 503 })
  }
  if (!response.ok || !response.body) {
    return new Response(await response.text(), { status: response.status, headers: { "content-type": response.headers.get("content-type") ?? "application/json" } })
  }
  return new Response(response.body, {
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  })
}
