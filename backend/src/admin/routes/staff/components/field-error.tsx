import { Text } from "@medusajs/ui"

/** A field's error in words, under it; the field points to it with aria-describedby. Nothing while there is no error. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <Text id={id} size="small" className="text-ui-fg-error mt-1">
      {message}
    </Text>
  )
}
