import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { ADMIN_CONTENT_SECURITY_POLICY, API_CONTENT_SECURITY_POLICY } from "../security-headers"
import { sendSecurityHeadersEverywhere } from "../send-security-headers-everywhere"

type Wrapper = (handle: () => Promise<unknown>, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<unknown>

/**
 * A server shaped like `medusa start`'s: every request goes through the
 * start command's `traceRequestHandler` when one is set, then to an app that,
 * like Express serving the dashboard, announces itself in X-Powered-By.
 */
async function serve(startCommand: { traceRequestHandler?: Wrapper }): Promise<{ server: Server; url: string }> {
  const app = (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("X-Powered-By", "Express")
    res.setHeader("Content-Type", "text/html")
    res.end("<!DOCTYPE html><div id=medusa></div>")
  }
  const server = createServer((req, res) => {
    const handle = async () => app(req, res)
    void (startCommand.traceRequestHandler ? startCommand.traceRequestHandler(handle, req, res) : handle())
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe("sendSecurityHeadersEverywhere", () => {
  let server: Server | undefined
  afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))))

  it("puts the dashboard's policy on /app and the API's elsewhere, and drops X-Powered-By", async () => {
    const startCommand: { traceRequestHandler?: Wrapper } = {}
    sendSecurityHeadersEverywhere(startCommand)
    const served = await serve(startCommand)
    server = served.server

    const dashboard = await fetch(`${served.url}/app/orders?tab=1`)
    expect(dashboard.headers.get("content-security-policy")).toBe(ADMIN_CONTENT_SECURITY_POLICY)
    expect(dashboard.headers.get("x-frame-options")).toBe("DENY")
    expect(dashboard.headers.get("x-content-type-options")).toBe("nosniff")
    expect(dashboard.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(dashboard.headers.get("x-powered-by")).toBeNull()

    const upload = await fetch(`${served.url}/static/menu.svg`)
    expect(upload.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY)
    expect(upload.headers.get("x-powered-by")).toBeNull()
  })

  it("wraps the tracer instrumentation.ts installed instead of replacing it", async () => {
    const traced: string[] = []
    const startCommand: { traceRequestHandler?: Wrapper } = {
      traceRequestHandler: async (handle, req) => {
        traced.push(req.url ?? "")
        return handle()
      },
    }
    sendSecurityHeadersEverywhere(startCommand)
    const served = await serve(startCommand)
    server = served.server
    const answer = await fetch(`${served.url}/app`)
    expect(traced).toEqual(["/app"])
    expect(answer.headers.get("x-frame-options")).toBe("DENY")
  })

  it("lets the dashboard's policy allow what the built dashboard loads: its bundle, inline styles, pictures, Google Maps", () => {
    expect(ADMIN_CONTENT_SECURITY_POLICY).toMatch(/script-src 'self' [^;]*https:\/\/\*\.googleapis\.com/)
    expect(ADMIN_CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(ADMIN_CONTENT_SECURITY_POLICY).toMatch(/style-src 'self' 'unsafe-inline'/)
    expect(ADMIN_CONTENT_SECURITY_POLICY).toMatch(/img-src 'self' data: blob: https:/)
    expect(ADMIN_CONTENT_SECURITY_POLICY).toMatch(/connect-src 'self'/)
    expect(ADMIN_CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/)
  })

  it("relies on a hook Medusa's start command still calls", () => {
    // `medusa start` (node_modules/@medusajs/medusa/dist/commands/start.js) hands each request to it when set
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS exports read as the start command sees them
    const startCommand = require("@medusajs/medusa/commands/start") as Record<string, unknown>
    expect(Object.keys(startCommand)).toContain("traceRequestHandler")
  })
})
