import { NextResponse, type NextRequest } from "next/server"
import { contentSecurityPolicy } from "@/lib/security/content-security-policy"

/**
 * A fresh nonce and Content-Security-Policy for every page: Next reads the
 * nonce from the request's policy and puts it on the scripts it renders; the
 * browser gets the same policy with the page.
 */
export function middleware(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID())
  const policy = contentSecurityPolicy({ nonce, backendUrl: process.env.MEDUSA_BACKEND_URL, development: process.env.NODE_ENV === "development" })
  const headers = new Headers(request.headers)
  headers.set("content-security-policy", policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set("Content-Security-Policy", policy)
  return response
}

export const config = {
  // read MEDUSA_BACKEND_URL when the shop starts, not when it is built
  runtime: "nodejs",
  // pages and API routes; built assets carry no script to protect
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
}
