import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ownPublishableKeyId } from "@/pizzerias/own-publishable-key"
import { openPizzeriaWorkflow, type OpenPizzeriaInput } from "@/workflows/pizzerias/open-pizzeria"
import type { PostPizzeriaType } from "./validators"

/** POST /admin/pizzerias: an admin opens a pizzeria in one workflow; nothing is left half-made if a part fails. */
export async function POST(req: AuthenticatedMedusaRequest<PostPizzeriaType>, res: MedusaResponse<{ pizzeria: { id: string; sales_channel_id: string } }>): Promise<void> {
  const { result } = await openPizzeriaWorkflow(req.scope).run({ input: req.validatedBody as OpenPizzeriaInput })
  res.status(201).json({ pizzeria: { id: result.stock_location_id, sales_channel_id: result.sales_channel_id } })
}

type PizzeriaKey = { id: string; name: string; sales_channel_id: string | null; publishable_key: { id: string; token: string } | null }

/** GET /admin/pizzerias: each pizzeria with its own publishable key, for a kiosk or a single-pizzeria site (admins). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ pizzerias: PizzeriaKey[] }>): Promise<void> {
  const { data: locations } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "stock_location", fields: ["id", "name", "metadata", "sales_channels.id"] })
  const keyIds = locations.flatMap((location) => ownPublishableKeyId(location.metadata) ?? [])
  const keys = keyIds.length ? await req.scope.resolve(Modules.API_KEY).listApiKeys({ id: keyIds }, { select: ["id", "token", "revoked_at"] }) : []
  const pizzerias = locations
    .filter((location) => (location.sales_channels ?? []).length > 0)
    .map((location) => {
      const key = keys.find((candidate) => candidate.id === ownPublishableKeyId(location.metadata) && !candidate.revoked_at)
      return { id: location.id, name: location.name, sales_channel_id: location.sales_channels?.[0]?.id ?? null, publishable_key: key ? { id: key.id, token: key.token } : null }
    })
    .sort((a, b) => a.name.localeCompare(b.name, "fr"))
  res.json({ pizzerias })
}
