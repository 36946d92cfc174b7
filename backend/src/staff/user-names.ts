import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Admin users' names as staff see them (first and last name, else the e-mail), by user id. */
export async function userNames(container: MedusaContainer, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map()
  const users = await container.resolve(Modules.USER).listUsers({ id: userIds }, { select: ["id", "first_name", "last_name", "email"] })
  return new Map(users.map((user) => [user.id, [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email]))
}
