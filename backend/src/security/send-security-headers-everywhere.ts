import type { IncomingMessage, ServerResponse } from "node:http"
import { applySecurityHeaders, pathOf } from "./security-headers"

type RequestHandlerWrapper = (handle: () => Promise<unknown>, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<unknown>

/**
 * Medusa mounts the admin dashboard (/app) and /static on its Express app
 * before the API's middlewares, so those never see these requests. `medusa
 * start` hands every request to `traceRequestHandler` when one is set, the
 * hook Medusa's own OpenTelemetry instrumentation uses: wrapping it (and the
 * tracer, if instrumentation.ts installed one) puts the headers on every
 * answer of the server, before Express runs. Express then announces itself
 * in X-Powered-By, which is dropped as it is set.
 */
export function sendSecurityHeadersEverywhere(startCommand: { traceRequestHandler?: RequestHandlerWrapper }): void {
  const traced = startCommand.traceRequestHandler
  startCommand.traceRequestHandler = async (handle, req, res, handlerPath) => {
    applySecurityHeaders(pathOf(req), res)
    const setHeader = res.setHeader.bind(res)
    res.setHeader = (name: string, value: number | string | readonly string[]) => (name.toLowerCase() === "x-powered-by" ? res : setHeader(name, value))
    return traced ? traced(handle, req, res, handlerPath) : handle()
  }
}
