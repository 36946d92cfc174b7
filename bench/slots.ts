import { withClient } from "../scripts/lib/pg-client"
import { defineBench, percentile, timeRequests } from "./lib/bench-stack"
import { adminToken, client, openAroundTheClock, type Json } from "./lib/store-api"

/**
 * `node --import tsx bench/slots.ts [booked...] [--requests=N]`: what a
 * pizzeria's slot listing costs as bookings pile up. GET
 * /store/pizzerias/:id/slots (seven days of quarter hours, the pizzeria open
 * around the clock: 672 of them, the most there can be) with 0, 1,000 and
 * 10,000 booked orders by default, p50/p95, against GET /store/pizzerias
 * (the same key, no booking read) measured in the same run.
 *
 * The bookings are kitchen tickets written straight into the database, spread
 * over the seven days: the listing reads the tickets alone (one grouped read),
 * so an order behind each would change nothing measured here. They have no
 * fire time (the job never picks them up) and are removed at the end.
 */

const CONCURRENCY = 4
const BENCH_ORDER = "bench_slot_order_"

async function book(databaseUrl: string, pizzeriaId: string, count: number): Promise<void> {
  await withClient(databaseUrl, async (db) => {
    await db.query("DELETE FROM kitchen_ticket WHERE order_id LIKE $1", [`${BENCH_ORDER}%`])
    if (count === 0) return
    // one to three pizzas each, on a quarter hour of the next seven days
    await db.query(
      `INSERT INTO kitchen_ticket (id, order_id, stock_location_id, kind, status, tracking_token, scheduled_for, capacity_slot_at, pizzas)
       SELECT 'ktk_bench_' || n, $1 || n, $2, 'pickup', 'scheduled', 'bench-token-' || n, slot, slot, 1 + n % 3
         FROM (SELECT n, to_timestamp(ceil(extract(epoch FROM now()) / 900) * 900 + (n % 672) * 900) AS slot FROM generate_series(1, $3::int) AS n) AS spread`,
      [BENCH_ORDER, pizzeriaId, count]
    )
  })
}

async function measure(url: string, headers: Record<string, string>, requests: number): Promise<{ p50: number; p95: number; slots: number }> {
  const { timings, last } = await timeRequests(url, headers, { requests, concurrency: CONCURRENCY, warmUp: 5 }, async (response) => {
    const body = (await response.json()) as { days?: { slots: unknown[] }[] }
    return (body.days ?? []).reduce((sum, day) => sum + day.slots.length, 0)
  })
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), slots: last ?? 0 }
}

export default defineBench(module, {
  smoke: ["0", "1000", "--requests=20"],
  run: async (stack, args) => {
    const requests = Number(args.find((arg) => arg.startsWith("--requests="))?.split("=")[1] ?? 200)
    const sizes = args.filter((arg) => !arg.startsWith("--")).map(Number)
    const levels = sizes.length ? sizes : [0, 1000, 10000]
    if (levels.some((level) => !Number.isInteger(level) || level < 0)) throw new Error(`Booked orders are whole numbers: ${args.join(" ")}`)
    const databaseUrl = process.env.DATABASE_URL
    if (!databaseUrl) throw new Error("DATABASE_URL is not set: the bench writes its bookings into the stack's database")

    const key = { "x-publishable-api-key": stack.publishableKey }
    const admin = client(stack.backendUrl, { authorization: `Bearer ${await adminToken(stack.backendUrl)}` })
    const { pizzerias } = await client(stack.backendUrl, key)("/store/pizzerias")
    const centre = (pizzerias as Json[]).find((pizzeria) => String(pizzeria.name).endsWith("Amiens Centre"))!
    await openAroundTheClock(admin, centre)
    // a real kitchen's figure: many quarter hours full once thousands are booked
    await admin(`/admin/pizzerias/${centre.id}/capacity`, { method: "POST", body: JSON.stringify({ pizzas_per_slot: 30 }) })

    const slotsUrl = `${stack.backendUrl}/store/pizzerias/${centre.id}/slots?fulfilment=pickup&pizzas=2`
    const listUrl = `${stack.backendUrl}/store/pizzerias`
    const rows: { booked: number; slots: Awaited<ReturnType<typeof measure>>; baseline: Awaited<ReturnType<typeof measure>> }[] = []
    try {
      for (const booked of levels) {
        await book(databaseUrl, centre.id, booked)
        const baseline = await measure(listUrl, key, requests)
        const slots = await measure(slotsUrl, key, requests)
        rows.push({ booked, slots, baseline })
      }
    } finally {
      await book(databaseUrl, centre.id, 0)
    }

    console.log(`\n${requests} requests per measure, ${CONCURRENCY} at a time; ${centre.name} open around the clock, 30 pizzas per quarter hour, 2 pizzas asked\n`)
    console.log("   booked | slots offered | slots p50 / p95 (ms) | GET /store/pizzerias p50 / p95 (ms) | ratio p95")
    for (const { booked, slots, baseline } of rows) {
      console.log(
        `${String(booked).padStart(9)} | ${String(slots.slots).padStart(13)} | ${slots.p50.toFixed(1).padStart(8)} / ${slots.p95.toFixed(1).padStart(6)}     | ${baseline.p50.toFixed(1).padStart(8)} / ${baseline.p95.toFixed(1).padStart(6)}                    | ${(slots.p95 / baseline.p95).toFixed(2).padStart(9)}`
      )
    }
    const first = rows[0]
    const last = rows[rows.length - 1]
    if (rows.length > 1) console.log(`\nslots p95, ${last.booked} booked against ${first.booked}: ${(last.slots.p95 / first.slots.p95).toFixed(2)} ×`)
  },
})
