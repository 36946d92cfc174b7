import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSettings } from "../../../config/settings"
import { readiness, type Readiness } from "../../../operations/readiness"

/**
 * GET /health/ready: 200 when this process can take requests (database, and
 * Redis when configured, answer), else 503 with the failing check. Medusa's
 * /health only says the process is up; a load balancer routes on this one.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<Readiness & { status: "ready" | "not_ready" }>): Promise<void> {
  const result = await readiness(req.scope, readSettings().redisUrl)
  res.setHeader("cache-control", "no-store")
  res.status(result.ready ? 200 : 503).json({ status: result.ready ? "ready" : "not_ready", ...result })
}
