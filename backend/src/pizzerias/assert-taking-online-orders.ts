import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DomainError } from "../errors/domain-error"
import { onlineOrdersPause } from "./online-orders-pause"

/**
 * Refuses a web checkout while the pizzeria's manager has paused online
 * orders (phone and counter orders still go through); an order booked for a
 * slot at or after the pause's end (`at`) goes through.
 */
export async function assertTakingOnlineOrders(container: MedusaContainer, stockLocationId: string, now = new Date(), at = now): Promise<void> {
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: stockLocationId }, { select: ["id", "name", "metadata"], take: 1 })
  const pause = onlineOrdersPause(location?.metadata, now)
  if (!pause || at.getTime() >= new Date(pause.until).getTime()) return
  const until = (language: "fr" | "en") =>
    new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" }).format(new Date(pause.until))
  const why = pause.reason ? ` (${pause.reason})` : ""
  throw new DomainError(
    409,
    "online_orders_paused",
    {
      fr: `${location!.name} ne prend plus de commandes en ligne jusqu'à ${until("fr")}${why} : appelez la pizzeria pour commander.`,
      en: `${location!.name} is not taking online orders until ${until("en")}${why}: call the pizzeria to order.`,
    },
    { stock_location_id: stockLocationId, paused_until: pause.until, reason: pause.reason }
  )
}
