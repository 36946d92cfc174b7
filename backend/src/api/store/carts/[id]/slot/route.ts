import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { CartSlot } from "@oc-pizza/api-types"
import { cartSlotOf } from "@/slots/cart-slot"
import { setCartSlotWorkflow } from "@/workflows/slots/set-cart-slot"
import type { PostCartSlotType } from "../../validators"

/** GET /store/carts/:id/slot: the slot the cart is booked for (null: as soon as possible). */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<{ slot: CartSlot }>): Promise<void> {
  const at = await cartSlotOf(req.scope, req.params.id)
  res.json({ slot: { cart_id: req.params.id, scheduled_for: at?.toISOString() ?? null } })
}

/**
 * POST /store/carts/:id/slot { scheduled_for }: books the cart for a quarter
 * hour the pizzeria offers (GET /store/pizzerias/:id/slots), or back to "as
 * soon as possible" with null. Refusals: 400 `slot_invalid`, 422
 * `slot_too_soon` / `slot_closed`, 409 `slot_full`.
 */
export async function POST(req: MedusaStoreRequest<PostCartSlotType>, res: MedusaResponse<{ slot: CartSlot }>): Promise<void> {
  const { scheduled_for } = req.validatedBody
  await setCartSlotWorkflow(req.scope).run({ input: { cart_id: req.params.id, scheduled_for: scheduled_for ? new Date(scheduled_for).toISOString() : null } })
  res.json({ slot: { cart_id: req.params.id, scheduled_for: scheduled_for ? new Date(scheduled_for).toISOString() : null } })
}
