import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * E-mails of the managers of a pizzeria. Roles ride in the user's metadata
 * (`oc_pizza_role`, `oc_pizza_pizzerias`) until the staff module takes over.
 */
export async function pizzeriaManagerEmails(container: MedusaContainer, stockLocationId: string): Promise<string[]> {
  const users = await container.resolve(Modules.USER).listUsers({}, { select: ["email", "metadata"], take: 1000 })
  return users
    .filter((user) => {
      const metadata = user.metadata ?? {}
      const pizzerias = Array.isArray(metadata.oc_pizza_pizzerias) ? metadata.oc_pizza_pizzerias : []
      return metadata.oc_pizza_role === "manager" && pizzerias.includes(stockLocationId)
    })
    .map((user) => user.email)
}
