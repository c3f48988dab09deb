// GOV.UK Frontend's components (error summary focus, conditional fields, the double-submit guard, the collapsing
// menu) from its webjar. initAll() only starts components when <body> carries govuk-frontend-supported, and a module
// runs only in browsers that support modules, so this is the place to say so: before initAll, never after.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
document.body.classList.add('govuk-frontend-supported');
initAll();
