import { customerMessage } from "../customer-messages"

describe("customerMessage", () => {
  it("speaks French by default and English when the order says so", () => {
    expect(customerMessage("received", "delivery", null, "#12", "OC Pizza Dury")?.subject).toBe("Commande #12 reçue")
    expect(customerMessage("received", "delivery", "en-GB", "#12", "OC Pizza Dury")?.subject).toBe("Order #12 received")
  })

  it("announces ready only for pickups", () => {
    expect(customerMessage("ready", "pickup", "fr", "#3", "OC Pizza Dury")?.body).toMatch(/au comptoir de OC Pizza Dury/)
    expect(customerMessage("ready", "delivery", "fr", "#3", "OC Pizza Dury")).toBeUndefined()
  })
})
