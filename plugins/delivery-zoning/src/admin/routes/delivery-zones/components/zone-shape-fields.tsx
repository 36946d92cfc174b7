import { Button, Input, Label, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ZoneDraftState } from "../hooks/use-zone-draft"

/** The zone's shape for its kind: an outline (typed, pasted or clicked on the map), a radius around the pizzeria, or postcodes. */
export function ZoneShapeFields({ zoneDraft }: { zoneDraft: ZoneDraftState }) {
  const { t } = useTranslation("ocp-zoning")
  const { draft, setDraft } = zoneDraft
  if (draft.kind === "polygon") {
    return (
      <div className="col-span-2">
        <Label htmlFor="ocp-zone-shape">{t("shape")}</Label>
        <Textarea id="ocp-zone-shape" rows={6} className="font-mono" value={draft.shape} onChange={(event) => setDraft({ ...draft, shape: event.target.value })} />
        <div className="mt-1 flex gap-x-2">
          <Button type="button" size="small" variant="secondary" onClick={zoneDraft.undoPoint} disabled={zoneDraft.points.length === 0}>
            {t("undoPoint")}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={() => setDraft({ ...draft, shape: "" })}>
            {t("clearShape")}
          </Button>
        </div>
      </div>
    )
  }
  if (draft.kind === "radius") {
    return (
      <div>
        <Label htmlFor="ocp-zone-radius">{t("radiusKm")}</Label>
        <Input
          id="ocp-zone-radius"
          type="number"
          step="0.1"
          min="0.1"
          required
          value={draft.radius_km}
          onChange={(event) => setDraft({ ...draft, radius_km: event.target.value })}
        />
      </div>
    )
  }
  return (
    <div className="col-span-2">
      <Label htmlFor="ocp-zone-postcodes">{t("postcodesList")}</Label>
      <Input id="ocp-zone-postcodes" required value={draft.postal_codes} onChange={(event) => setDraft({ ...draft, postal_codes: event.target.value })} />
    </div>
  )
}
