import { instrumentHttpLayer, instrumentRemoteQuery, instrumentWorkflows } from "@medusajs/medusa"
import { identifyEveryRequest } from "./src/operations/identify-every-request"
import { sendSecurityHeadersEverywhere } from "./src/security/send-security-headers-everywhere"

/**
 * OpenTelemetry, switched on by OTEL_EXPORTER_OTLP_ENDPOINT (e.g. an
 * OpenTelemetry Collector at http://otel.internal:4318): Medusa's traces of
 * HTTP requests, queries and workflows, and our metrics (request latency,
 * orders placed, kitchen transitions; src/operations/metrics.ts). The
 * exporters follow the standard OTEL_* variables: OTLP over http/protobuf,
 * metrics every 60 s (OTEL_METRIC_EXPORT_INTERVAL). Medusa's `medusa start`
 * calls register() before it loads anything else; it also puts the security
 * headers and the request id on every answer, the admin dashboard's and
 * Medusa's own refusals included.
 */
export function register(): void {
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) startTelemetry()
  // after the tracer, which it wraps: a static import would load the start command before it
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at this point, not before
  const startCommand = require("@medusajs/medusa/commands/start") as typeof import("@medusajs/medusa/commands/start")
  sendSecurityHeadersEverywhere(startCommand)
  identifyEveryRequest(startCommand)
}

function startTelemetry(): void {
  // required lazily: without an endpoint the SDK is never loaded
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the lazy load is the point
  const { NodeSDK } = require("@medusajs/framework/opentelemetry/sdk-node") as typeof import("@medusajs/framework/opentelemetry/sdk-node")
  instrumentHttpLayer()
  instrumentRemoteQuery()
  instrumentWorkflows()
  const sdk = new NodeSDK({ serviceName: process.env.OTEL_SERVICE_NAME ?? `oc-pizza-${process.env.MEDUSA_WORKER_MODE ?? "shared"}` })
  sdk.start()
  process.once("SIGTERM", () => void sdk.shutdown())
}
