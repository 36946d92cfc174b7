import { readdirSync, readFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"

/**
 * A stand-in for the Base Adresse Nationale's search, for the browser tests:
 * the backend runs in its own process, so nock cannot answer for it. It
 * serves `GET /search?q=` (the plugin asks the same path with
 * `autocomplete=1` for the address search) from the backend's fixtures
 * (backend/integration-tests/fixtures/ban, in BAN's documented shape): the
 * fixture whose echoed `query`, or one of whose labels, begins with the typed
 * text (accents, case and punctuation aside), else an empty collection, as
 * BAN answers an address it does not know. `scripts/test-e2e.ts` starts it
 * and gives its URL to the backend as BAN_API_URL.
 */

type Feature = { properties: { label: string } }
type Collection = { type: "FeatureCollection"; query: string; features: Feature[] } & Record<string, unknown>

const FIXTURES = join(__dirname, "..", "backend", "integration-tests", "fixtures", "ban")

/** As the plugin's normalizeAddress: "12, Rue de la République" is "12 rue de la republique". */
const normalize = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()

export function loadBanFixtures(folder = FIXTURES): Collection[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(folder, file), "utf8")) as Collection)
}

/** The answer to a typed text: a fixture that text begins, or nothing found. */
export function answerFor(fixtures: Collection[], q: string, limit: number): Collection {
  const typed = normalize(q)
  const match = typed
    ? fixtures.find(
        (fixture) =>
          fixture.features.length > 0 && [fixture.query, ...fixture.features.map((feature) => feature.properties.label)].some((text) => normalize(text).startsWith(typed))
      )
    : undefined
  const features = (match?.features ?? []).slice(0, limit)
  return { type: "FeatureCollection", features, query: q, filters: {}, center: null, limit, attribution: "BAN", licence: "ETALAB-2.0" }
}

export type GeocoderEdge = { url: string; requests: () => number; stop: () => Promise<void> }

export async function startGeocoderEdge(): Promise<GeocoderEdge> {
  const fixtures = loadBanFixtures()
  let requests = 0
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1")
    if (request.method !== "GET" || url.pathname !== "/search") {
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ code: 404, message: "not found" }))
      return
    }
    requests++
    const q = url.searchParams.get("q") ?? ""
    if (q.trim().length < 3) {
      response
        .writeHead(400, { "content-type": "application/json" })
        .end(JSON.stringify({ code: 400, message: "q must contain between 3 and 200 chars and start with a number or a letter" }))
      return
    }
    const limit = Math.min(Math.max(Number(url.searchParams.get("limit")) || 10, 1), 20)
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(answerFor(fixtures, q, limit)))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
