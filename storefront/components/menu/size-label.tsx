import type { Messages } from "@/lib/i18n/messages"

export function SizeLabel({ title, available, m }: { title: string; available: boolean; m: Messages }) {
  return (
    <span className="size">
      {title}
      {!available && <span className="visually-hidden"> ({m.unavailable})</span>}
    </span>
  )
}
