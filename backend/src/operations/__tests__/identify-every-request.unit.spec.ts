import { randomUUID } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { identifyEveryRequest } from "../identify-every-request"

type Wrapper = (handle: () => Promise<unknown>, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<unknown>
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * A server shaped like `medusa start`'s: every request goes through the start
 * command's `traceRequestHandler` when one is set, then to an app that, like
 * Medusa's, first copies `X-Request-Id` (or a new id) to `req.requestId`,
 * then refuses the request (the publishable-key check) before any
 * application middleware, and reports the id its access log would write.
 */
async function serve(startCommand: { traceRequestHandler?: Wrapper }): Promise<{ server: Server; url: string }> {
  const app = (req: IncomingMessage, res: ServerResponse) => {
    ;(req as IncomingMessage & { requestId?: string }).requestId = (req.headers["x-request-id"] as string | undefined) ?? randomUUID()
    res.statusCode = 400
    res.setHeader("content-type", "application/json")
    res.end(JSON.stringify({ logged_request_id: (req as IncomingMessage & { requestId?: string }).requestId ?? "-" }))
  }
  const server = createServer((req, res) => {
    const handle = async () => app(req, res)
    void (startCommand.traceRequestHandler ? startCommand.traceRequestHandler(handle, req, res) : handle())
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe("identifyEveryRequest", () => {
  let server: Server | undefined
  afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))))

  it("gives a refusal made before the application's middlewares the id it logs, new or nginx's", async () => {
    const startCommand: { traceRequestHandler?: Wrapper } = {}
    identifyEveryRequest(startCommand)
    const served = await serve(startCommand)
    server = served.server

    const fresh = await fetch(`${served.url}/store/products`)
    expect(fresh.status).toBe(400)
    const id = fresh.headers.get("x-request-id")
    expect(id).toMatch(UUID)
    expect(((await fresh.json()) as { logged_request_id: string }).logged_request_id).toBe(id)

    const relayed = await fetch(`${served.url}/admin/orders`, { headers: { "x-request-id": "3f9c2a7be01d4c55a1f0e2b7c9d84a61" } })
    expect(relayed.headers.get("x-request-id")).toBe("3f9c2a7be01d4c55a1f0e2b7c9d84a61")
    expect(((await relayed.json()) as { logged_request_id: string }).logged_request_id).toBe("3f9c2a7be01d4c55a1f0e2b7c9d84a61")

    const hostile = await fetch(`${served.url}/store/products`, { headers: { "x-request-id": "<script>" } })
    expect(hostile.headers.get("x-request-id")).toMatch(UUID)
    expect(((await hostile.json()) as { logged_request_id: string }).logged_request_id).toBe(hostile.headers.get("x-request-id"))
  })

  it("wraps the handler instrumentation.ts set before instead of replacing it", async () => {
    const traced: string[] = []
    const startCommand: { traceRequestHandler?: Wrapper } = {
      traceRequestHandler: async (handle, req) => {
        traced.push(req.url ?? "")
        return handle()
      },
    }
    identifyEveryRequest(startCommand)
    const served = await serve(startCommand)
    server = served.server
    const answer = await fetch(`${served.url}/health`)
    expect(answer.headers.get("x-request-id")).toMatch(UUID)
    expect(traced).toEqual(["/health"])
  })
})
