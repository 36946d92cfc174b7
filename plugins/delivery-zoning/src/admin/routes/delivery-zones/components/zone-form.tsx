import { Button, Container, Heading, Input, Label, Select, Switch, toast } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { Zone } from "../../../lib/zoning-api-types"
import { bodyOf, type ZoneDraftState } from "../hooks/use-zone-draft"
import { useSaveZone } from "../hooks/use-zone-mutations"
import { ZoneShapeFields } from "./zone-shape-fields"

const KINDS: Zone["kind"][] = ["polygon", "radius", "postcodes"]
const AMOUNTS = [
  ["fee", "fee", "0.01"],
  ["min_order", "minOrder", "0.01"],
  ["free_delivery_threshold", "freeFrom", "0.01"],
  ["eta_base_minutes", "eta", "1"],
  ["priority", "priority", "1"],
] as const

/** Creates or edits a zone: name, shape (outline, radius or postcodes), fee, minimum, free-delivery threshold, base time, priority. */
export function ZoneForm({ locationId, zoneDraft }: { locationId?: string; zoneDraft: ZoneDraftState }) {
  const { t } = useTranslation("ocp-zoning")
  const save = useSaveZone(locationId)
  const { draft, setDraft } = zoneDraft
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const request = bodyOf(draft)
    if ("error" in request) {
      toast.error(request.error)
      return
    }
    save.mutate({ id: draft.id, body: request.body }, { onSuccess: zoneDraft.reset })
  }
  return (
    <Container className="px-6 py-4">
      <Heading level="h2" className="mb-2">
        {draft.id ? t("editZone") : t("newZone")}
      </Heading>
      <form onSubmit={submit} className="grid grid-cols-2 gap-3">
        <div>
          <Label htmlFor="ocp-zone-name">{t("name")}</Label>
          <Input id="ocp-zone-name" required value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
        </div>
        <div>
          <Label htmlFor="ocp-zone-kind">{t("kind")}</Label>
          <Select value={draft.kind} onValueChange={(kind) => setDraft({ ...draft, kind: KINDS.find((candidate) => candidate === kind) ?? draft.kind })}>
            <Select.Trigger id="ocp-zone-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {KINDS.map((kind) => (
                <Select.Item key={kind} value={kind}>
                  {t(kind)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <ZoneShapeFields zoneDraft={zoneDraft} />
        {AMOUNTS.map(([field, label, step]) => (
          <div key={field}>
            <Label htmlFor={`ocp-zone-${field}`}>{t(label)}</Label>
            <Input
              id={`ocp-zone-${field}`}
              type="number"
              step={step}
              required={field !== "free_delivery_threshold"}
              value={draft[field]}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
            />
          </div>
        ))}
        <div className="flex items-center gap-x-2">
          <Switch id="ocp-zone-active" checked={draft.is_active} onCheckedChange={(is_active) => setDraft({ ...draft, is_active })} />
          <Label htmlFor="ocp-zone-active">{t("active")}</Label>
        </div>
        <div className="col-span-2 flex gap-x-2">
          <Button type="submit" isLoading={save.isPending}>
            {t("save")}
          </Button>
          {draft.id && (
            <Button type="button" variant="secondary" onClick={zoneDraft.reset}>
              {t("cancel")}
            </Button>
          )}
        </div>
      </form>
    </Container>
  )
}
