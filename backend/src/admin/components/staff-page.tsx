import { Badge, Container, Heading, Label, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorText, messages } from "../lib/i18n"
import { usePizzeria, useStaff, type Me } from "../lib/staff-api"

/**
 * The frame of a staff page: who is signed in, the pizzeria chosen among
 * theirs, and a refusal said in words when the page is not for them.
 */
export function StaffPage({ title, children }: { title: string; children: (staff: Me, pizzeriaId: string) => ReactNode }) {
  const m = messages()
  const { staff, error } = useStaff()
  const [pizzeriaId, choose] = usePizzeria(staff)
  if (error) return <Refusal title={title} error={error} />
  if (!staff) return <Text className="p-6">{m.loading}</Text>
  return (
    <div className="flex flex-col gap-y-3">
      {staff.preview && <PreviewBanner />}
      <Container className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{title}</Heading>
        {staff.pizzerias.length > 1 && pizzeriaId && (
          <div className="w-72">
            <Label htmlFor="ocp-pizzeria">{m.pizzeria}</Label>
            <Select value={pizzeriaId} onValueChange={choose}>
              <Select.Trigger id="ocp-pizzeria"><Select.Value /></Select.Trigger>
              <Select.Content>
                {staff.pizzerias.map((pizzeria) => <Select.Item key={pizzeria.id} value={pizzeria.id}>{pizzeria.name}</Select.Item>)}
              </Select.Content>
            </Select>
          </div>
        )}
        {staff.pizzerias.length === 1 && <Text weight="plus">{staff.pizzerias[0].name}</Text>}
      </Container>
      {pizzeriaId ? children(staff, pizzeriaId) : <Text className="p-6">{m.errors.other_pizzeria}</Text>}
    </div>
  )
}

/** Whether the board receives changes as they happen. */
export function LiveBadge({ live }: { live: boolean }) {
  const m = messages()
  return (
    <Badge color={live ? "green" : "orange"} aria-live="polite" className="self-start">
      {live ? m.live : m.reconnecting}
    </Badge>
  )
}

/** Says the preview server is not production: orders are not cooked, payments are tests. */
export function PreviewBanner() {
  return (
    <div role="note" className="rounded-md bg-[#fde68a] px-4 py-2 text-center font-medium text-[#1f2937]">
      {messages().preview}
    </div>
  )
}

/** A page the signed-in person may not use, said in words: the API's refusal, or their role's. */
export function Refusal({ title, error }: { title: string; error?: unknown }) {
  const m = messages()
  return (
    <Container className="px-6 py-4" role="alert">
      <Heading level="h1">{title}</Heading>
      <Text className="mt-2">{error ? errorText(error, m) : m.errors.forbidden_for_role}</Text>
    </Container>
  )
}
