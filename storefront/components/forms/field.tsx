/** A labelled input with its error read out with it. */
export function Field({
  name,
  label,
  error,
  defaultValue,
  type = "text",
  autoComplete,
  required = true,
  hint,
  idPrefix,
}: {
  name: string
  label: string
  error?: string
  defaultValue?: string
  type?: string
  autoComplete?: string
  required?: boolean
  hint?: string
  /** Needed when two forms on one page have a field of the same name. */
  idPrefix?: string
}) {
  const id = idPrefix ? `${idPrefix}-${name}` : name
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={`${id}-error`} className="error small">
          {error}
        </p>
      )}
    </div>
  )
}
