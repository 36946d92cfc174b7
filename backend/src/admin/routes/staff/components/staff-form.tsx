import { Button, Checkbox, Container, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import type { Me, StaffRole } from "../../../hooks/use-staff"
import { useSaveMember, type MemberInput } from "../hooks/use-staff-members"

/** Adds someone, or changes their role and pizzerias; shows the invitation link to hand a newcomer. */
export function StaffForm({ me, givable }: { me: Me; givable: StaffRole[] }) {
  const { t } = useTranslation("ocp")
  const save = useSaveMember()
  const [form, setForm] = useState<MemberInput>({ email: "", role: givable[givable.length - 1], pizzeria_ids: me.pizzerias.length === 1 ? [me.pizzerias[0].id] : [] })
  const [invite, setInvite] = useState<string>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(form, {
      onSuccess: ({ invite_token }) => {
        setInvite(invite_token ? `${window.location.origin}/app/invite?token=${invite_token}` : undefined)
        setForm({ ...form, email: "" })
      },
    })
  }
  const toggle = (id: string, on: boolean) => setForm({ ...form, pizzeria_ids: on ? [...form.pizzeria_ids, id] : form.pizzeria_ids.filter((other) => other !== id) })
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{t("staff.add")}</Heading>
      <form onSubmit={submit} className="mt-3 flex flex-col gap-3">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <div>
            <Label htmlFor="ocp-staff-email">{t("staff.email")}</Label>
            <Input id="ocp-staff-email" type="email" required value={form.email} onChange={(event) => setForm({ ...form, email: event.target.value })} />
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
        <fieldset>
          <legend className="text-sm font-medium">{t("staff.pizzerias")}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {me.pizzerias.map((pizzeria) => (
              <div key={pizzeria.id} className="flex items-center gap-2">
                <Checkbox id={`ocp-staff-${pizzeria.id}`} checked={form.pizzeria_ids.includes(pizzeria.id)} onCheckedChange={(checked) => toggle(pizzeria.id, checked === true)} />
                <Label htmlFor={`ocp-staff-${pizzeria.id}`}>{pizzeria.name}</Label>
              </div>
            ))}
          </div>
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
