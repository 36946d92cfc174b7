import axios from "axios"
import { settle } from "./demo-store"
import type { SecondServer } from "./second-server"

type Answer = { status: number; data: Record<string, unknown> }

/**
 * Completes every cart on `server` at once and pulls the plug (SIGKILL to its
 * process group) as soon as there is evidence of both outcomes: at least
 * `placed` customers were told "order placed" and at least `inFlight` carts
 * are still being completed (checkouts at one pizzeria take its stock lock
 * in turn, so those are half-way or waiting). Fails when either cannot be
 * seen, rather than killing at a guessed moment. `status: 0` is a request the
 * kill cut short.
 */
export async function killMidCheckout(
  server: SecondServer,
  cartIds: string[],
  storeHeaders: { headers: Record<string, string> },
  { placed = 2, inFlight = 3, timeoutMs = 60_000 } = {}
): Promise<{ answers: Answer[]; killedAt: number }> {
  const client = axios.create({ baseURL: server.url })
  let ordered = 0
  let settled = 0
  const answers = cartIds.map((cartId) =>
    settle(client.post(`/store/carts/${cartId}/complete`, {}, storeHeaders))
      .catch((): Answer => ({ status: 0, data: {} }))
      .then((answer) => {
        settled++
        if (answer.status === 200 && answer.data.type === "order") ordered++
        return answer
      })
  )
  const deadline = Date.now() + timeoutMs
  while (ordered < placed) {
    if (cartIds.length - settled < inFlight)
      throw new Error(`only ${ordered} order(s) placed when fewer than ${inFlight} carts were left in flight: no moment to kill the server mid-checkout`)
    if (Date.now() > deadline) throw new Error(`no order placed on the server within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  if (cartIds.length - settled < inFlight) throw new Error(`fewer than ${inFlight} carts left in flight once ${ordered} orders were placed`)
  await server.kill()
  const killedAt = Date.now()
  return { answers: await Promise.all(answers), killedAt }
}
