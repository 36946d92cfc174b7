import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetRecipes, PostRecipe, PostRecipeUpdate } from "./admin/recipes/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/recipes", methods: ["GET"], middlewares: [validateAndTransformQuery(GetRecipes, {})] },
    { matcher: "/admin/recipes", methods: ["POST"], middlewares: [validateAndTransformBody(PostRecipe)] },
    { matcher: "/admin/recipes/:id", methods: ["POST"], middlewares: [validateAndTransformBody(PostRecipeUpdate)] },
  ],
})
