import axios, { type AxiosInstance } from "axios"
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

/** A request for the server about to be killed: what it is, and how to send it. */
export type DoomedRequest = { label: string; send: (client: AxiosInstance) => Promise<Answer> }

/** Numbers in [0, 1) drawn from `seed` (mulberry32): the same seed gives the same kill point, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Sends every request to `server` at once and pulls the plug (SIGKILL to
 * its process group) at a point drawn from `random`: once the server is at
 * work (from one answer back to half of them), after a further pause of up
 * to 800 ms. Answers are in the order of `requests`, `status: 0`
 * for one the kill cut short; `point` says where the kill fell.
 */
export async function killAtRandomPoint(
  server: SecondServer,
  requests: DoomedRequest[],
  random: () => number,
  { timeoutMs = 90_000 } = {}
): Promise<{ answers: Answer[]; killedAt: number; point: string }> {
  const client = axios.create({ baseURL: server.url })
  const after = 1 + Math.floor(random() * (requests.length / 2))
  const pause = Math.floor(random() * 800)
  let settled = 0
  const answers = requests.map((request) =>
    settle(request.send(client))
      .catch((): Answer => ({ status: 0, data: {} }))
      .then((answer) => {
        settled++
        return answer
      })
  )
  const deadline = Date.now() + timeoutMs
  while (settled < after) {
    if (Date.now() > deadline) throw new Error(`only ${settled} of ${requests.length} requests answered within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await new Promise((resolve) => setTimeout(resolve, pause))
  const point = `after ${settled} of ${requests.length} answers (${after} drawn) and ${pause} ms`
  await server.kill()
  return { answers: await Promise.all(answers), killedAt: Date.now(), point }
}
