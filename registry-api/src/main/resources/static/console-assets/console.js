// Console behaviour that must live in a file: the Content-Security-Policy allows no inline script.
(function () {
    'use strict';
    // A deferred script runs after parsing, before govuk-init.mjs (scripts run in document order), so <body> exists
    // and gets its classes before GOV.UK Frontend looks for them.
    document.documentElement.classList.add('js-enabled');
    document.body.classList.add('js-enabled');
    if ('noModule' in HTMLScriptElement.prototype) {
        document.body.classList.add('govuk-frontend-supported');
    }
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
    function liveText(which) {
        var status = document.getElementById('live-status');
        return status ? status.getAttribute('data-' + which) : '';
    }
    document.addEventListener('htmx:sseOpen', function () {
        liveStatus(true, liveText('on'));
    });
    document.addEventListener('htmx:sseError', function () {
        liveStatus(false, liveText('off'));
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
        count.textContent = total === 1 ? count.getAttribute('data-one') : count.getAttribute('data-many').replace('{0}', String(total));
    });

    // ---- The alert desk (issue 25): most pressing first, a live countdown, the count in the tab's title, an optional
    // sound and desktop notice, and focus kept where the officer was after acknowledging.
    var desk = document.querySelector('.registry-desk');
    if (!desk) {
        return;
    }
    var rowsBody = document.getElementById('alert-rows');

    function two(n) {
        return n < 10 ? '0' + n : String(n);
    }

    // "09:32" or "1:09:32": digits read the same in Khmer and English; the words around them come from the bundles.
    function span(ms) {
        var s = Math.floor(Math.abs(ms) / 1000);
        var h = Math.floor(s / 3600);
        var m = Math.floor((s % 3600) / 60);
        return (h > 0 ? h + ':' + two(m) : String(m)) + ':' + two(s % 60);
    }

    function tick() {
        var now = Date.now();
        desk.querySelectorAll('.registry-countdown[data-deadline]').forEach(function (el) {
            var left = Date.parse(el.getAttribute('data-deadline')) - now;
            var row = el.closest('tr');
            if (left > 0) {
                el.textContent = el.getAttribute('data-left').replace('{0}', span(left));
            } else {
                el.textContent = el.getAttribute('data-over').replace('{0}', span(left));
                if (row && !row.classList.contains('registry-alert-row--overdue')) {
                    row.classList.add('registry-alert-row--overdue');
                }
            }
        });
        title();
    }

    function openRows() {
        return rowsBody ? rowsBody.querySelectorAll('tr.registry-alert-row--open') : [];
    }

    function title() {
        var open = openRows().length;
        var base = desk.getAttribute('data-title') + ' – ' + desk.getAttribute('data-service');
        document.title = open > 0 ? '(' + open + ') ' + base : base;
    }

    // Open alerts by deadline, then severity; acknowledged ones after them, as the server orders a page.
    function key(row) {
        var open = row.classList.contains('registry-alert-row--open') ? 0 : 1;
        var deadline = Date.parse(row.getAttribute('data-deadline') || '') || Number.MAX_SAFE_INTEGER;
        return [open, open ? 0 : deadline, parseInt(row.getAttribute('data-rank') || '2', 10)];
    }

    function sortRows() {
        if (!rowsBody) {
            return;
        }
        var rows = Array.prototype.slice.call(rowsBody.querySelectorAll('tr.registry-alert-row'));
        var sorted = rows.slice().sort(function (a, b) {
            var ka = key(a), kb = key(b);
            for (var i = 0; i < ka.length; i++) {
                if (ka[i] !== kb[i]) {
                    return ka[i] - kb[i];
                }
            }
            return 0;
        });
        if (sorted.every(function (row, i) { return row === rows[i]; })) {
            return;
        }
        var focused = document.activeElement;
        sorted.forEach(function (row) {
            rowsBody.insertBefore(row, document.getElementById('alerts-empty'));
        });
        if (focused && focused !== document.activeElement && document.contains(focused)) {
            focused.focus();
        }
    }

    // Sound and desktop notice: off until the officer ticks the box; the browser asks its own permission.
    var notify = document.getElementById('notify-new-alerts');
    if (notify) {
        notify.closest('.registry-desk__notify').hidden = false;
        notify.checked = window.localStorage && localStorage.getItem('registry.notify') === 'on';
        notify.addEventListener('change', function () {
            if (window.localStorage) {
                localStorage.setItem('registry.notify', notify.checked ? 'on' : 'off');
            }
            if (notify.checked && 'Notification' in window && Notification.permission === 'default') {
                Notification.requestPermission();
            }
        });
    }

    function beep() {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!Context) {
            return;
        }
        var audio = new Context();
        var tone = audio.createOscillator();
        var volume = audio.createGain();
        tone.frequency.value = 880;
        volume.gain.value = 0.2;
        tone.connect(volume);
        volume.connect(audio.destination);
        tone.start();
        tone.stop(audio.currentTime + 0.4);
    }

    // Only the alert's kind and severity leave the page: a desktop notice can be seen by anyone passing the screen.
    function announce(row) {
        if (!notify || !notify.checked) {
            return;
        }
        beep();
        if ('Notification' in window && Notification.permission === 'granted') {
            new Notification(desk.getAttribute('data-notice-title'), {
                body: row.getAttribute('data-severity') + ' · ' + row.getAttribute('data-type'),
                tag: row.id
            });
        }
    }

    document.addEventListener('htmx:sseMessage', function (event) {
        var data = event.detail && typeof event.detail.data === 'string' ? event.detail.data : '';
        if (data.indexOf('<tr') === 0) {
            var match = /id="(alert-[^"]+)"/.exec(data);
            var row = match ? document.getElementById(match[1]) : null;
            if (row) {
                announce(row);
            }
        }
        sortRows();
        tick();
    });

    // After an acknowledgement htmx replaces the row: focus its status line, so a keyboard or screen-reader user
    // stays where they were and hears the outcome.
    // htmx:load fires on the new row itself (the form that asked is gone by then); only an acknowledgement's answer
    // carries a status line.
    document.addEventListener('htmx:load', function (event) {
        var row = event.detail && event.detail.elt;
        var status = row && row.querySelector ? row.querySelector('.registry-row-status') : null;
        if (status) {
            status.focus();
            sortRows();
            tick();
        }
    });

    tick();
    window.setInterval(tick, 1000);
})();
