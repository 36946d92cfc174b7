/**
 * The e-mails' colours and type. Every text colour is read on the background
 * it is used on with a contrast of at least 4.5:1 (WCAG AA, checked by the
 * templates' tests), including the white label on the button.
 */
export const colours = {
  page: "#f4efe6",
  card: "#ffffff",
  text: "#1f1a17",
  muted: "#5b524c",
  brand: "#a4161a",
  onBrand: "#ffffff",
  rule: "#e3dccf",
}

/** Text colour and the background it is read on, as the templates pair them. */
export const colourPairs: { name: string; foreground: string; background: string }[] = [
  { name: "text on card", foreground: colours.text, background: colours.card },
  { name: "muted text on card", foreground: colours.muted, background: colours.card },
  { name: "link on card", foreground: colours.brand, background: colours.card },
  { name: "button label", foreground: colours.onBrand, background: colours.brand },
  { name: "brand bar", foreground: colours.onBrand, background: colours.brand },
  { name: "footer on page", foreground: colours.muted, background: colours.page },
]

export const fontFamily = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
