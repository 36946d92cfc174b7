import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSettings } from "@/config/settings"
import { readiness, type Readiness } from "@/operations/readiness"

/**
 * GET /health/ready: 200 when this process can take requests (database, and
 * Redis when configured, answer), else 503 with the failing check. Medusa's
 * /health only says the process is up; a load balancer routes on this one.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<Readiness & { status: "ready" | "not_ready"; preview: boolean }>): Promise<void> {
  const settings = readSettings()
  const result = await readiness(req.scope, settings.redisUrl)
  res.setHeader("cache-control", "no-store")
  // `preview` lets the admin's sign-in page say it is not production
  res.status(result.ready ? 200 : 503).json({ status: result.ready ? "ready" : "not_ready", preview: settings.preview, ...result })
}
