import { refusedFields, requestedFields } from "../requested-fields"

const RELATIONS = new Set(["orders", "carts", "addresses", "customer", "items", "variant", "inventory_items", "location_levels", "summary"])
const ORDER = ["*", "customer.*", "items.*", "items.variant.*", "summary"]

describe("requestedFields", () => {
  it("reads a list, fields[]=, repeated fields= and expand=", () => {
    expect(requestedFields({ fields: "id,*customer", limit: "5" })).toEqual({ fields: ["id", "*customer"], malformed: [] })
    expect(requestedFields({ fields: ["id", "customer.orders.*"] }).fields).toEqual(["id", "customer.orders.*"])
    expect(requestedFields({ expand: "customer" }).fields).toEqual(["customer"])
  })

  it("calls any other shape of fields malformed: objects, dotted or bracketed keys, another case", () => {
    expect(requestedFields({ fields: { a: "customer.orders.*" } }).malformed).toEqual(["fields"])
    expect(requestedFields({ "fields.a": "x", "fields[b]": "y", Fields: "z" }).malformed).toEqual(["fields.a", "fields[b]", "Fields"])
    expect(requestedFields({ fields: [{ a: "x" }] }).malformed).toEqual(["fields"])
  })

  it("keeps blank entries, which change how Medusa reads the rest", () => {
    expect(requestedFields({ fields: "-customer,\t" }).fields).toEqual(["-customer", "\t"])
  })
})

describe("refusedFields", () => {
  it("allows listed paths in every spelling, and a listed relation's plain fields", () => {
    expect(refusedFields(["id", "email", "*customer", "customer.*", "+customer.email", " items.variant.title", "summary"], ORDER, RELATIONS)).toEqual([])
  })

  it("refuses a bare `*`, whose meaning is Medusa's parser's: the record's fields are named one by one", () => {
    expect(refusedFields(["*"], ORDER, RELATIONS)).toEqual(["*"])
    expect(refusedFields(["id", "email"], ORDER, RELATIONS)).toEqual([])
  })

  it("reads a relation named alone as that relation with its plain fields", () => {
    expect(refusedFields(["id", "customer", "items"], ORDER, RELATIONS)).toEqual([])
    expect(refusedFields(["id", "orders"], ORDER, RELATIONS)).toEqual(["orders"])
  })

  it("refuses a relation reached through a wildcard, and what leads out", () => {
    expect(
      refusedFields(["customer.orders.*", "*customer.orders", "+customer.orders.id", "customer.addresses", "orders", "items.variant.inventory_items.*"], ORDER, RELATIONS)
    ).toEqual(["customer.orders.*", "*customer.orders", "+customer.orders.id", "customer.addresses", "orders", "items.variant.inventory_items.*"])
  })

  it("never lets a wildcard grant stock fields", () => {
    expect(refusedFields(["items.variant.inventory_quantity", "items.variant.manage_inventory"], ORDER, RELATIONS)).toEqual([
      "items.variant.inventory_quantity",
      "items.variant.manage_inventory",
    ])
  })

  it("lets -field remove only when all fields carry a modifier, as Medusa does", () => {
    expect(refusedFields(["-customer", "+email"], ORDER, RELATIONS)).toEqual([])
    expect(refusedFields(["-customer.orders.*", "+email"], ORDER, RELATIONS)).toEqual([])
    expect(refusedFields(["-customer.orders.*", "id"], ORDER, RELATIONS)).toEqual(["-customer.orders.*"])
    expect(refusedFields(["-customer.orders.*", "\t"], ORDER, RELATIONS)).toEqual(["-customer.orders.*", ""])
  })

  it("refuses odd spellings rather than guess: *, upper case, brackets", () => {
    expect(refusedFields(["Customer.Orders.*", "customer[orders]", "customer..orders"], ORDER, RELATIONS)).toEqual(["Customer.Orders.*", "customer[orders]", "customer..orders"])
  })

  it("with an empty list, refuses every field and allows only removals", () => {
    expect(refusedFields(["id"], [], RELATIONS)).toEqual(["id"])
    expect(refusedFields(["-id"], [], RELATIONS)).toEqual([])
  })
})
