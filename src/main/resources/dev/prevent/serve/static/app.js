// GOV.UK Frontend's components (the menu button, the error summary's focus), started when scripts run; every page
// works without them. Served from the jar, never a CDN.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'
document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
