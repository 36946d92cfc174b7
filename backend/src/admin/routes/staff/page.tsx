import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { Refusal } from "../../components/staff-page"
import { errorText, messages } from "../../lib/i18n"
import { postJson, staffApi, useStaff, type Me, type StaffRole } from "../../lib/staff-api"

type Member = { id: string; email: string; role: StaffRole; pizzeria_ids: string[]; user: { first_name: string | null; last_name: string | null } | null }
const GIVEN_BY: Record<StaffRole, StaffRole[]> = { admin: ["admin", "manager", "pizzaiolo", "driver", "counter"], manager: ["pizzaiolo", "driver", "counter"], pizzaiolo: [], driver: [], counter: [] }

/** Admins and managers manage who works where: role and pizzerias; a newcomer gets an invitation link. */
const StaffManagementPage = () => {
  const m = messages()
  const { staff, error } = useStaff()
  if (error) return <Refusal title={m.staff.title} error={error} />
  if (!staff) return <Text className="p-6">{m.loading}</Text>
  if (GIVEN_BY[staff.role].length === 0) return <Refusal title={m.staff.title} />
  return <StaffManagement me={staff} />
}

function StaffManagement({ me }: { me: Me }) {
  const m = messages()
  const [members, setMembers] = useState<Member[]>([])
  const [form, setForm] = useState<{ email: string; role: StaffRole; pizzeria_ids: string[] }>({ email: "", role: GIVEN_BY[me.role].at(-1)!, pizzeria_ids: me.pizzerias.length === 1 ? [me.pizzerias[0].id] : [] })
  const [invite, setInvite] = useState<string>()
  const load = useCallback(() => {
    staffApi<{ staff: Member[] }>("/admin/staff").then(({ staff }) => setMembers(staff), (error) => toast.error(errorText(error, m)))
  }, [])
  useEffect(load, [load])
  const pizzeriaName = (id: string) => me.pizzerias.find((pizzeria) => pizzeria.id === id)?.name ?? id

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const { invite_token } = await postJson<{ invite_token: string | null }>("/admin/staff", form)
      setInvite(invite_token ? `${window.location.origin}/app/invite?token=${invite_token}` : undefined)
      toast.success(m.staff.saved)
      setForm({ ...form, email: "" })
      load()
    } catch (error) {
      toast.error(errorText(error, m))
    }
  }
  const remove = async (member: Member) => {
    try {
      await staffApi(`/admin/staff/${member.id}`, { method: "DELETE" })
      toast.success(m.staff.removed)
      load()
    } catch (error) {
      toast.error(errorText(error, m))
    }
  }
  const toggle = (id: string, on: boolean) => setForm({ ...form, pizzeria_ids: on ? [...form.pizzeria_ids, id] : form.pizzeria_ids.filter((other) => other !== id) })

  return (
    <div className="flex flex-col gap-3">
      <Container className="px-6 py-4"><Heading level="h1">{m.staff.title}</Heading></Container>
      <Container className="px-6 py-4">
        <Heading level="h2">{m.staff.add}</Heading>
        <form onSubmit={submit} className="mt-3 flex flex-col gap-3">
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
            <div>
              <Label htmlFor="ocp-staff-email">{m.staff.email}</Label>
              <Input id="ocp-staff-email" type="email" required value={form.email} onChange={(event) => setForm({ ...form, email: event.target.value })} />
            </div>
            <div>
              <Label htmlFor="ocp-staff-role">{m.staff.role}</Label>
              <Select value={form.role} onValueChange={(role) => setForm({ ...form, role: role as StaffRole })}>
                <Select.Trigger id="ocp-staff-role"><Select.Value /></Select.Trigger>
                <Select.Content>
                  {GIVEN_BY[me.role].map((role) => <Select.Item key={role} value={role}>{m.staff.roles[role]}</Select.Item>)}
                </Select.Content>
              </Select>
            </div>
          </div>
          <fieldset>
            <legend className="text-sm font-medium">{m.staff.pizzerias}</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {me.pizzerias.map((pizzeria) => (
                <div key={pizzeria.id} className="flex items-center gap-2">
                  <Checkbox id={`ocp-staff-${pizzeria.id}`} checked={form.pizzeria_ids.includes(pizzeria.id)} onCheckedChange={(checked) => toggle(pizzeria.id, checked === true)} />
                  <Label htmlFor={`ocp-staff-${pizzeria.id}`}>{pizzeria.name}</Label>
                </div>
              ))}
            </div>
          </fieldset>
          <Button type="submit" className="self-start">{m.staff.save}</Button>
        </form>
        {invite && (
          <Text className="mt-3" role="status">
            {m.staff.inviteLink} <code className="break-all">{invite}</code>
          </Text>
        )}
      </Container>
      <Container className="px-0 py-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{m.staff.email}</Table.HeaderCell>
              <Table.HeaderCell>{m.staff.role}</Table.HeaderCell>
              <Table.HeaderCell>{m.staff.pizzerias}</Table.HeaderCell>
              <Table.HeaderCell>{m.staff.account}</Table.HeaderCell>
              <Table.HeaderCell><span className="sr-only">{m.staff.remove("")}</span></Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>{m.staff.roles[member.role]}</Table.Cell>
                <Table.Cell>{member.pizzeria_ids.map(pizzeriaName).join(", ")}</Table.Cell>
                <Table.Cell>{member.user ? [member.user.first_name, member.user.last_name].filter(Boolean).join(" ") : <Badge size="2xsmall">{m.staff.invited}</Badge>}</Table.Cell>
                <Table.Cell>
                  {member.email !== me.email && (
                    <Button size="small" variant="transparent" onClick={() => remove(member)} aria-label={m.staff.remove(member.email)}>✕</Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Équipe · Staff", icon: Users })

export default StaffManagementPage
