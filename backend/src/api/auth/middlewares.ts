import { createHash, randomUUID } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DomainError } from "../../errors/domain-error"
import { readAttemptLimits, type AttemptLimits } from "../../sign-in/attempt-limits"
import { attemptStoreFor } from "../../sign-in/attempt-store-for"
import { accountOf, authRouteOf } from "../../sign-in/auth-route"
import { clientAddressOf, clientNetworkOf } from "../../sign-in/client-network"
import { checkPasswordAgainstNothing, MEDUSA_EMAILPASS_DEFAULT, type ScryptConfig } from "../../sign-in/equal-time-password-check"
import { MIN_PASSWORD_LENGTH, passwordWeakness, WEAKNESS_MESSAGES } from "../../sign-in/password-policy"

/*
 * These run for every request under /auth, ahead of Medusa's own route
 * middlewares (a matcher without methods is registered first): the password
 * rule must refuse before Medusa spends a single-use reset token. Each one
 * reads the route from the path itself.
 */

/**
 * Sliding-window budgets per client address and per account (the e-mail or
 * reset identifier, lowercased). An attempt is counted when it starts, so
 * parallel guesses share the budget, and handed back when it succeeds:
 * staff signing in all day never meet the limit, guessing does. Reset
 * requests always answer 201, so they are counted whatever happens.
 *
 * The client address believes X-Forwarded-For only from trusted hops
 * (`clientAddressOf`): behind nginx it is the real client, and a client
 * writing the header itself is counted by its own address. IPv6 clients are
 * counted by their /64.
 */
export async function limitAuthAttempts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const route = authRouteOf(req)
  if (!route || req.method === "OPTIONS") return next()
  const limits = readAttemptLimits()
  const account = accountOf(req)
  const client = clientNetworkOf(clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"]))
  const budgets = [{ key: `ip:${client}`, max: limits.ip }, ...accountBudgets(route.action, account, client, limits)]
  const { projectConfig } = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const store = attemptStoreFor(projectConfig.redisUrl, projectConfig.redisPrefix)
  const attemptId = randomUUID()
  const now = Date.now()
  const taken = await store.take(budgets, attemptId, now, limits.windowSeconds * 1000)
  if (!taken.allowed) {
    const seconds = Math.max(1, Math.ceil((taken.retryAt - now) / 1000))
    res.setHeader("Retry-After", String(seconds))
    throw new DomainError(429, "too_many_attempts", `Too many attempts: try again in ${inWords(seconds)}.`, { retry_after: seconds })
  }
  if (route.action !== "reset-password") {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    res.on("finish", () => {
      if (res.statusCode >= 400) return
      store
        .giveBack(
          budgets.map((budget) => budget.key),
          attemptId
        )
        .catch((error: Error) => logger.error(`A successful sign-in stays counted against its limits: ${error.message}`))
    })
  }
  next()
}

/**
 * An account's budgets. Sign-ins are counted per account and address, so a
 * stranger guessing from one place never locks the owner out, and per account
 * from everywhere under a higher ceiling, so guesses spread over many
 * addresses still stop. Reset requests have a budget of their own: flooding
 * an inbox neither works nor locks anyone out of signing in.
 */
function accountBudgets(action: string, account: string | undefined, client: string, limits: AttemptLimits): Budget[] {
  if (!account) return []
  const name = digest(account)
  if (action === "reset-password") return [{ key: `reset:${name}`, max: limits.account }]
  return [
    { key: `account:${name}:${client}`, max: limits.account },
    { key: `account:${name}`, max: limits.accountEverywhere },
  ]
}

type Budget = { key: string; max: number }

/** Counters are named by a digest of the e-mail: Redis keeps no address, and no key grows with what a client sends. */
function digest(account: string): string {
  return createHash("sha256").update(account).digest("base64url")
}

function inWords(seconds: number): string {
  return seconds < 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minute${seconds <= 60 ? "" : "s"}`
}

/** The password rule on every way a password is set over HTTP: registration (customers and staff) and reset. */
export function refuseWeakPasswords(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const route = authRouteOf(req)
  const body = req.body as { email?: unknown; password?: unknown } | undefined
  if (route?.provider === "emailpass" && (route.action === "register" || route.action === "update") && typeof body?.password === "string") {
    const weakness = passwordWeakness(body.password, typeof body.email === "string" ? body.email : undefined)
    if (weakness) throw new DomainError(400, "weak_password", WEAKNESS_MESSAGES[weakness], { reason: weakness, min_length: MIN_PASSWORD_LENGTH })
  }
  next()
}

/**
 * Staff accounts exist only for people a manager or an admin invited: a
 * pending invitation (not accepted, not expired) for the e-mail. Medusa's
 * dashboard registers with the e-mail and password alone before accepting
 * the invitation, so the e-mail is what can be checked; the acceptance
 * itself still needs the invitation's token.
 */
export async function requireInvitationForStaffAccounts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const route = authRouteOf(req)
  if (route?.actor !== "user" || route.action !== "register") return next()
  const email = (req.body as { email?: unknown } | undefined)?.email
  const invites =
    typeof email === "string" && email.trim()
      ? await req.scope.resolve(Modules.USER).listInvites(
          // as typed, or lowercased as the staff route writes invitations
          { email: [...new Set([email.trim(), email.trim().toLowerCase()])] },
          { select: ["id", "accepted", "expires_at"] }
        )
      : []
  if (!invites.some((invite) => !invite.accepted && new Date(invite.expires_at) > new Date())) {
    throw new DomainError(403, "invitation_required", "Staff accounts are opened by invitation only: ask a manager or an admin to invite this e-mail address.")
  }
  next()
}

/**
 * Medusa's emailpass provider answers at once for an e-mail it does not know
 * and runs scrypt for one it knows: timing told which addresses have
 * accounts. For an e-mail without a password, the same scrypt work is done
 * here first, so both answers take as long (and say the same thing:
 * 401 "Invalid email or password").
 */
export async function equalizeUnknownAccounts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  const route = authRouteOf(req)
  const body = req.body as { email?: unknown; password?: unknown } | undefined
  if (route?.provider !== "emailpass" || route.action !== "authenticate" || typeof body?.email !== "string" || typeof body.password !== "string" || !body.password) {
    return next()
  }
  const [identity] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ entity_id: body.email, provider: "emailpass" }, { select: ["provider_metadata"] })
  if (typeof identity?.provider_metadata?.password !== "string") {
    await checkPasswordAgainstNothing(body.password, emailpassHashConfig(req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)))
  }
  next()
}

/** The scrypt parameters the emailpass provider was configured with (`hashConfig`), else Medusa's default. */
function emailpassHashConfig(config: ConfigModule): ScryptConfig {
  const auth = config.modules?.[Modules.AUTH]
  const providers = typeof auth === "object" && auth !== null && "options" in auth ? (auth.options as { providers?: unknown } | undefined)?.providers : undefined
  const emailpass = Array.isArray(providers)
    ? (providers as { id?: string; options?: { hashConfig?: Partial<ScryptConfig> } }[]).find((provider) => provider.id === "emailpass")
    : undefined
  return { ...MEDUSA_EMAILPASS_DEFAULT, ...emailpass?.options?.hashConfig }
}
