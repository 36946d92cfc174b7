import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa's invitation acceptance takes the new user's e-mail from the body
 * when one is sent, not from the invitation. Staff records are matched by
 * e-mail, so whoever holds an invitation could claim someone else's pending
 * role (an admin's). The account is made for the invited address, always.
 */
export function acceptInvitesForTheInvitedAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  for (const body of [req.body, (req as MedusaRequest & { validatedBody?: unknown }).validatedBody]) {
    if (body && typeof body === "object") delete (body as { email?: unknown }).email
  }
  next()
}
