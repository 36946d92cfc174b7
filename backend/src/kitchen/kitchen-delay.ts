import type { MedusaContainer } from "@medusajs/framework/types"
import { KITCHEN_MODULE } from "../modules/kitchen"
import type KitchenModuleService from "../modules/kitchen/service"

/** Time a pizzeria's kitchen spends per order ahead in its queue, on average. */
export const MINUTES_PER_QUEUED_ORDER = 4
/** A ticket whose ready time is older than this is not in tonight's queue any more, whatever its state. */
const QUEUE_WINDOW_MS = 3 * 60 * 60 * 1000

/**
 * Minutes before the kitchen can start a new order at this pizzeria: the
 * tickets in its queue (received or being prepared; the kitchen hands an
 * order over by making it ready), times the average time per order. An
 * order booked for later is not in the queue until its fire time, so
 * tonight's bookings taken at lunch do not delay lunch.
 */
export async function kitchenDelayMinutes(container: MedusaContainer, stockLocationId: string, now = new Date()): Promise<number> {
  const queued = await container.resolve<KitchenModuleService>(KITCHEN_MODULE).listKitchenTickets(
    {
      stock_location_id: stockLocationId,
      status: ["received", "preparing"],
      estimated_ready_at: { $gte: new Date(now.getTime() - QUEUE_WINDOW_MS) },
    },
    { select: ["id"], take: null }
  )
  return queued.length * MINUTES_PER_QUEUED_ORDER
}
