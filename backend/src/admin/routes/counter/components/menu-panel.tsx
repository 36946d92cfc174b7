import { Container, Heading, Input, Label, Text, clx } from "@medusajs/ui"
import { useEffect, useRef, type KeyboardEvent } from "react"
import { useTranslation } from "react-i18next"
import { useMoney } from "../../../hooks/use-money"
import { useCounterMenu, type MenuItem, type MenuVariant } from "../hooks/use-counter-menu"
import { useMenuChoices, type MenuChoice } from "../hooks/use-menu-choices"

const LIST_ID = "ocp-counter-menu"

/**
 * The pizzeria's menu by category (pizzas, drinks, desserts), found by typing:
 * the search field drives a list of every size (a combobox), the arrows choose,
 * Enter adds; the list itself takes the same keys, and typing there searches.
 * What cannot be made now is shown, with why, and skipped.
 */
export function MenuPanel({ pizzeriaId, onAdd }: { pizzeriaId: string; onAdd: (item: MenuItem, variant: MenuVariant) => void }) {
  const { t } = useTranslation("ocp")
  const money = useMoney()
  const { data: menu = [], isPending } = useCounterMenu(pizzeriaId)
  const choices = useMenuChoices(menu)
  const { active } = choices
  const searchRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (active) document.getElementById(active.id)?.scrollIntoView({ block: "nearest" })
  }, [active])

  const add = (choice: MenuChoice) => {
    if (!choice.variant.available) return
    onAdd(choice.item, choice.variant)
    choices.setActiveId(choice.id)
    // the next dish is typed over this search
    searchRef.current?.select()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => choices.move(1),
      ArrowUp: () => choices.move(-1),
      PageDown: () => choices.move(5),
      PageUp: () => choices.move(-5),
      Enter: () => active && add(active),
      Escape: () => choices.setSearch(""),
    }
    if (event.currentTarget !== searchRef.current) Object.assign(keys, { Home: () => choices.edge(false), End: () => choices.edge(true) })
    const action = keys[event.key]
    if (action) {
      event.preventDefault()
      action()
    } else if (event.currentTarget !== searchRef.current && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // typing in the list searches
      event.preventDefault()
      choices.setSearch(choices.search + event.key)
      searchRef.current?.focus()
    }
  }
  const label = (choice: MenuChoice) => `${choice.item.title} (${choice.variant.title})`

  return (
    <Container className="flex flex-col gap-2 px-6 py-4 xl:col-span-1">
      <Heading level="h2" id="ocp-counter-menu-title">
        {t("counter.menu")}
      </Heading>
      <div>
        <Label htmlFor="ocp-menu-search">{t("counter.search")}</Label>
        <Input
          ref={searchRef}
          id="ocp-menu-search"
          type="search"
          autoComplete="off"
          role="combobox"
          aria-expanded
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={active?.id}
          aria-describedby="ocp-menu-search-hint"
          value={choices.search}
          onChange={(event) => choices.setSearch(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <Text id="ocp-menu-search-hint" size="xsmall" className="text-ui-fg-subtle mt-1">
          {t("counter.searchHint")}
        </Text>
      </div>
      <Text size="small" className="sr-only" aria-live="polite">
        {isPending ? "" : t("counter.matches", { count: choices.matches })}
      </Text>
      {!isPending && choices.sections.length === 0 && <Text className="text-ui-fg-subtle">{t("counter.noMatch", { search: choices.search })}</Text>}
      <div
        id={LIST_ID}
        role="listbox"
        aria-labelledby="ocp-counter-menu-title"
        aria-activedescendant={active?.id}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="focus-visible:shadow-borders-focus -mx-2 flex max-h-[calc(100vh-20rem)] min-h-48 flex-col gap-3 overflow-y-auto rounded-md px-2 py-1 outline-none"
      >
        {choices.sections.map((section) => (
          <div key={section.handle} role="group" aria-labelledby={`ocp-menu-section-${section.handle || "other"}`}>
            <Text
              id={`ocp-menu-section-${section.handle || "other"}`}
              size="small"
              weight="plus"
              className="text-ui-fg-subtle bg-ui-bg-base sticky top-0 py-1 uppercase tracking-wide"
            >
              {section.name ?? t("counter.otherCategory")}
            </Text>
            {section.choices.map((choice) => {
              const selected = choice.id === active?.id
              const available = choice.variant.available
              return (
                <div
                  key={choice.id}
                  id={choice.id}
                  role="option"
                  aria-selected={selected}
                  aria-disabled={!available}
                  aria-label={t("counter.option", { title: label(choice), price: money(choice.variant.price ?? 0) })}
                  onClick={() => add(choice)}
                  className={clx(
                    "flex cursor-pointer items-center justify-between gap-2 rounded-md px-2 py-1 text-sm",
                    selected ? "bg-ui-bg-interactive text-ui-fg-on-color" : "hover:bg-ui-bg-base-hover",
                    !available && "text-ui-fg-muted cursor-not-allowed"
                  )}
                >
                  <span className={clx(!available && "line-through")}>
                    <span className="font-medium">{choice.item.title}</span> · {choice.variant.title}
                    {!available && <span className="sr-only"> · {choice.item.unavailable_reason?.message ?? t("counter.unavailable")}</span>}
                  </span>
                  <span className="shrink-0 tabular-nums">
                    {available ? money(choice.variant.price ?? 0) : (choice.item.unavailable_reason?.message ?? t("counter.unavailable"))}
                  </span>
                </div>
              )
            })}
          </div>
        ))}
      </div>
    </Container>
  )
}
