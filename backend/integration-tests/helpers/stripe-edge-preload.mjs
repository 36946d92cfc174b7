// Test only: loaded by a second server (`node --import`, see StripeEdge.childProcessEnv) so that its
// connections to api.stripe.com reach the test's Stripe stand-in, trusting its certificate only.
import { readFileSync } from "node:fs"
import { Agent } from "node:https"
import { connect } from "node:tls"

const STRIPE_HOST = "api.stripe.com"
const port = Number(process.env.OCP_STRIPE_EDGE_PORT)
const ca = readFileSync(process.env.OCP_STRIPE_EDGE_CERT)
const original = Agent.prototype.createConnection
Agent.prototype.createConnection = function (options, callback) {
  if (options.host !== STRIPE_HOST) return original.call(this, options, callback)
  return connect({ host: "127.0.0.1", port, servername: STRIPE_HOST, ca })
}
