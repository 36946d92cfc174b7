import { Button, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { ServiceHours } from "../../../lib/zoning-api-types"
import { useSaveServiceHours } from "../hooks/use-zone-mutations"

const NO_CLOSURE = { starts_at: "", ends_at: "", reason: "" }

/** The exceptional closures (works, holidays): listed, removable, and a form to add one. */
export function ClosuresEditor({ service }: { service: ServiceHours }) {
  const { t } = useTranslation("ocp-zoning")
  const save = useSaveServiceHours(service, t("closureSaved"))
  const [closure, setClosure] = useState(NO_CLOSURE)
  // said once the form is sent, not before: the admin's inputs paint a required, empty field red
  const [problem, setProblem] = useState<string | null>(null)
  const when = (iso: string) => new Date(iso).toLocaleString(t("locale"), { timeZone: service.timezone })
  const add = (event: FormEvent) => {
    event.preventDefault()
    if (!closure.starts_at || !closure.ends_at) return setProblem(t("closureNeedsDates"))
    if (new Date(closure.ends_at) <= new Date(closure.starts_at)) return setProblem(t("closureEndsFirst"))
    setProblem(null)
    const added = { starts_at: new Date(closure.starts_at).toISOString(), ends_at: new Date(closure.ends_at).toISOString(), reason: closure.reason || null }
    save.mutate({ closures: [...service.closures, added] }, { onSuccess: () => setClosure(NO_CLOSURE) })
  }
  return (
    <>
      <Heading level="h3" className="mb-1">
        {t("closures")}
      </Heading>
      {service.closures.length === 0 ? (
        <Text size="small">{t("noClosure")}</Text>
      ) : (
        <ul>
          {service.closures.map((entry, index) => (
            <li key={`${entry.starts_at}-${index}`} className="flex items-center gap-x-2">
              <Text size="small">
                {when(entry.starts_at)} → {when(entry.ends_at)}
                {entry.reason ? ` — ${entry.reason}` : ""}
              </Text>
              <Button size="small" variant="transparent" onClick={() => save.mutate({ closures: service.closures.filter((_, other) => other !== index) })}>
                {t("delete")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="mt-2 grid grid-cols-3 gap-3">
        {(
          [
            ["starts_at", "from", "datetime-local"],
            ["ends_at", "to", "datetime-local"],
            ["reason", "reason", "text"],
          ] as const
        ).map(([field, label, type]) => (
          <div key={field}>
            <Label htmlFor={`ocp-closure-${label}`}>{t(label)}</Label>
            <Input
              id={`ocp-closure-${label}`}
              type={type}
              aria-invalid={problem !== null && field !== "reason"}
              aria-describedby={problem && field !== "reason" ? "ocp-closure-problem" : undefined}
              value={closure[field]}
              onChange={(event) => setClosure({ ...closure, [field]: event.target.value })}
            />
          </div>
        ))}
        <div className="col-span-3 flex flex-col items-start gap-2">
          {problem && (
            <Text id="ocp-closure-problem" size="small" className="text-ui-fg-error" role="alert">
              {problem}
            </Text>
          )}
          <Button type="submit" variant="secondary" isLoading={save.isPending}>
            {t("addClosure")}
          </Button>
        </div>
      </form>
    </>
  )
}
