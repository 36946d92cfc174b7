import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import type { Stack } from "../scripts/lib/stack"

/**
 * What a browser test cannot do from the page: `POST /restart-backend` stops
 * the stack's backend as a deployment does (SIGTERM) and starts it again,
 * answering 204 once it answers again. `scripts/test-e2e.ts` starts it on
 * 127.0.0.1 and gives its address to the tests as STACK_CONTROL_URL.
 */
export async function startStackControl(stack: Pick<Stack, "restartBackend">): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/restart-backend") {
      res.writeHead(404).end()
      return
    }
    stack.restartBackend().then(
      () => res.writeHead(204).end(),
      (error: Error) => res.writeHead(500, { "content-type": "text/plain" }).end(error.message)
    )
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** From a test: restarts the backend, resolving once it answers again. */
export async function restartBackend(): Promise<void> {
  const response = await fetch(`${process.env.STACK_CONTROL_URL}/restart-backend`, { method: "POST", signal: AbortSignal.timeout(150_000) })
  if (response.status !== 204) throw new Error(`restarting the backend: ${response.status} ${await response.text()}`)
}
