// Console behaviour that must live in a file: the Content-Security-Policy allows no inline script.
(function () {
    'use strict';
    document.documentElement.classList.add('js-enabled');
    document.addEventListener('DOMContentLoaded', function () {
        document.body.classList.add('js-enabled');
        if ('noModule' in HTMLScriptElement.prototype) {
            document.body.classList.add('govuk-frontend-supported');
        }
    });
    // htmx requests carry the CSRF token like the forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });
})();
