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
    // The alert inbox's live status: htmx's sse extension reports when its stream opens and when it drops (it
    // reconnects by itself), so an officer knows whether new alerts will appear without a reload.
    function liveStatus(on, text) {
        var status = document.getElementById('live-status');
        if (!status) {
            return;
        }
        status.classList.toggle('registry-live--on', on);
        status.classList.toggle('registry-live--off', !on);
        status.querySelector('.registry-live__text').textContent = text;
    }
    document.addEventListener('htmx:sseOpen', function () {
        liveStatus(true, 'Live: new alerts appear at the top as they are issued.');
    });
    document.addEventListener('htmx:sseError', function () {
        liveStatus(false, 'Live updates interrupted, reconnecting. Reload the page if this message stays.');
    });
    // A new alert pushed into the inbox counts in the caption's total (the page was counted when it was opened).
    // The stream sends a new alert as a bare row and a changed one wrapped in a template (an out-of-band swap).
    document.addEventListener('htmx:sseMessage', function (event) {
        var count = document.getElementById('alert-count');
        var data = event.detail && typeof event.detail.data === 'string' ? event.detail.data : '';
        if (!count || data.indexOf('<tr') !== 0) {
            return;
        }
        var total = parseInt(count.getAttribute('data-total'), 10) + 1;
        count.setAttribute('data-total', String(total));
        count.textContent = total === 1 ? '1 alert' : total + ' alerts';
    });
})();
