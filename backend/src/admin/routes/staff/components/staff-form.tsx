import { Button, Checkbox, Container, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { Me, StaffRole } from "../../../hooks/use-staff"
import { useSaveMember, type MemberInput } from "../hooks/use-staff-members"
import { FieldError } from "./field-error"

type Field = "email" | "pizzerias"

// the shape the backend's validator accepts; its refusal stays the last word
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** What is wrong with the form, as `staff.invalid.*` keys, whether or not it is shown yet. */
function problemsOf(form: MemberInput): Partial<Record<Field, string>> {
  return {
    email: !form.email.trim() ? "staff.invalid.emailMissing" : !EMAIL.test(form.email.trim()) ? "staff.invalid.email" : undefined,
    pizzerias: form.role !== "admin" && form.pizzeria_ids.length === 0 ? "staff.invalid.pizzerias" : undefined,
  }
}

/**
 * Adds someone, or changes their role and pizzerias; shows the invitation link to hand a newcomer.
 * A field says what is wrong only once it was left or the form sent, in words tied
 * to it (aria-describedby): no `required`, which the admin's inputs paint red from the start.
 */
export function StaffForm({ me, givable }: { me: Me; givable: StaffRole[] }) {
  const { t } = useTranslation("ocp")
  const save = useSaveMember()
  const [form, setForm] = useState<MemberInput>({ email: "", role: givable[givable.length - 1], pizzeria_ids: me.pizzerias.length === 1 ? [me.pizzerias[0].id] : [] })
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const [invite, setInvite] = useState<string>()
  const problems = problemsOf(form)
  const shown = (field: Field) => (submitted || touched[field] ? problems[field] : undefined)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (Object.values(problems).some(Boolean)) return
    save.mutate(
      { ...form, email: form.email.trim() },
      {
        onSuccess: ({ invite_token }) => {
          setInvite(invite_token ? `${window.location.origin}/app/invite?token=${invite_token}` : undefined)
          setForm({ ...form, email: "" })
          setSubmitted(false)
          setTouched({})
        },
      }
    )
  }
  const toggle = (id: string, on: boolean) => {
    setForm({ ...form, pizzeria_ids: on ? [...form.pizzeria_ids, id] : form.pizzeria_ids.filter((other) => other !== id) })
    setTouched({ ...touched, pizzerias: true })
  }
  const emailError = shown("email")
  const pizzeriasError = shown("pizzerias")
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{t("staff.add")}</Heading>
      <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-3">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <div>
            <Label htmlFor="ocp-staff-email">{t("staff.email")}</Label>
            <Input
              id="ocp-staff-email"
              type="text"
              inputMode="email"
              autoComplete="off"
              aria-required="true"
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? "ocp-staff-email-error" : undefined}
              value={form.email}
              onChange={(event) => setForm({ ...form, email: event.target.value })}
              onBlur={() => setTouched({ ...touched, email: true })}
            />
            <FieldError id="ocp-staff-email-error" message={emailError && t(emailError)} />
          </div>
          <div>
            <Label htmlFor="ocp-staff-role">{t("staff.role")}</Label>
            <Select value={form.role} onValueChange={(role) => setForm({ ...form, role: givable.find((candidate) => candidate === role) ?? form.role })}>
              <Select.Trigger id="ocp-staff-role">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {givable.map((role) => (
                  <Select.Item key={role} value={role}>
                    {t(`staff.roles.${role}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        <fieldset aria-invalid={pizzeriasError ? true : undefined} aria-describedby={pizzeriasError ? "ocp-staff-pizzerias-error" : undefined}>
          <legend className="text-sm font-medium">{t("staff.pizzerias")}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {me.pizzerias.map((pizzeria) => (
              <div key={pizzeria.id} className="flex items-center gap-2">
                <Checkbox id={`ocp-staff-${pizzeria.id}`} checked={form.pizzeria_ids.includes(pizzeria.id)} onCheckedChange={(checked) => toggle(pizzeria.id, checked === true)} />
                <Label htmlFor={`ocp-staff-${pizzeria.id}`}>{pizzeria.name}</Label>
              </div>
            ))}
          </div>
          <FieldError id="ocp-staff-pizzerias-error" message={pizzeriasError && t(pizzeriasError)} />
        </fieldset>
        <Button type="submit" className="self-start" isLoading={save.isPending}>
          {t("staff.save")}
        </Button>
      </form>
      {invite && (
        <Text className="mt-3" role="status">
          {t("staff.inviteLink")} <code className="break-all">{invite}</code>
        </Text>
      )}
    </Container>
  )
}
