/**
 * Medusa's admin menu shows every core page to everyone, and a core page a
 * role may not open fails on our guard's 403; Medusa's error page then shows
 * its generic "unexpected error". It says in words what happened instead.
 * (Only the texts for errors other than 400, 404 and 500 change.)
 */
export default {
  fr: {
    translation: {
      errorBoundary: {
        defaultTitle: "Page non accessible",
        defaultMessage:
          "Votre rôle ne donne pas accès à cette page, ou elle n'a pas pu s'afficher. Vos pages sont dans le menu : Cuisine, Livraisons, Comptoir, Tableau de bord ou Équipe selon votre rôle.",
      },
    },
  },
  en: {
    translation: {
      errorBoundary: {
        defaultTitle: "Page not available",
        defaultMessage:
          "Your role does not give access to this page, or it could not be shown. Your pages are in the menu: Kitchen, Deliveries, Counter, Dashboard or Staff, depending on your role.",
      },
    },
  },
}
