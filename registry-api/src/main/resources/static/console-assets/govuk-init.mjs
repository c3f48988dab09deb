// GOV.UK Frontend's components (error summary focus, buttons, details) from its webjar.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
initAll();
