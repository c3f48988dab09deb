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

    // Open means not acknowledged, read from data-state-rank: htmx keeps a swapped row's old class for a moment
    // (it settles class, style, width and height, never data attributes), so a row just acknowledged still looks open.
    function isOpen(row) {
        return parseInt(row.getAttribute('data-state-rank') || '0', 10) < 2;
    }

    function openRows() {
        return rowsBody ? rowsBody.querySelectorAll('tr.registry-alert-row:not([data-state-rank="2"])') : [];
    }

    function title() {
        var open = openRows().length;
        var base = desk.getAttribute('data-title') + ' – ' + desk.getAttribute('data-service');
        document.title = open > 0 ? '(' + open + ') ' + base : base;
    }

    // Open alerts by deadline, then severity; acknowledged ones after them, as the server orders a page.
    function key(row) {
        var open = isOpen(row) ? 0 : 1;
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

    // ---- Where the officer is after an acknowledgement. An alert only moves forwards (open, escalated, acknowledged:
    // data-state-rank), and the officer's own acknowledgement comes back on the stream a moment after its answer, so
    // the stream replaces a row only when it brings a later state than the page shows: a row that did not change is
    // left alone, with the focus in it. While a row's acknowledgement is on its way the stream does not touch that row
    // (the answer would land in a row no longer on the page, and the focus with it): its message waits for the answer
    // and is applied after it if it is still further on. Either way the focus is placed once, when the answer is in.
    var deskStatus = document.getElementById('desk-status');
    var waitingForAnswer = {};
    var focusedBeforeMessage = null;

    function streamed(data) {
        var id = /id="(alert-[0-9a-fA-F-]+)"/.exec(data);
        var rank = /data-state-rank="(\d+)"/.exec(data);
        return id ? {id: id[1], rank: rank ? parseInt(rank[1], 10) : 0, changed: data.indexOf('<template') === 0} : null;
    }

    function rankOf(row) {
        return parseInt(row.getAttribute('data-state-rank') || '0', 10);
    }

    function say(message) {
        if (deskStatus) {
            deskStatus.textContent = message;
        }
    }

    // The next open alert after the one dealt with (in the order shown when it was dealt with), else the one before it.
    function nextOpenAfter(row) {
        var rows = Array.prototype.slice.call(rowsBody.querySelectorAll('tr.registry-alert-row'));
        var at = rows.indexOf(row);
        var after = rows.slice(at + 1).filter(isOpen);
        var before = rows.slice(0, Math.max(at, 0)).filter(isOpen);
        return after.length > 0 ? after[0] : before.length > 0 ? before[before.length - 1] : null;
    }

    // GOV.UK's pattern after an action on a list: say the outcome, then go on to the next item to read (its reason,
    // not its button, so that a second press of Enter never acknowledges an alert nobody has read); when none is left,
    // to the status line that says so.
    function moveOn(row, message) {
        var next = nextOpenAfter(row);
        say(next ? message : message + ' ' + deskStatus.getAttribute('data-none-left'));
        sortRows();
        tick();
        if (next) {
            next.querySelector('.registry-alert__reason').focus();
        } else {
            deskStatus.focus();
        }
    }

    document.addEventListener('htmx:sseBeforeMessage', function (event) {
        var data = event.detail && typeof event.detail.data === 'string' ? event.detail.data : '';
        var incoming = streamed(data);
        var row = incoming ? document.getElementById(incoming.id) : null;
        focusedBeforeMessage = null;
        if (!row) {
            return;
        }
        if (!incoming.changed || incoming.rank <= rankOf(row)) {
            event.preventDefault(); // shown already: a new alert heard twice, or a change the page already shows
        } else if (row.hasAttribute('data-answer-pending')) {
            waitingForAnswer[incoming.id] = data;
            event.preventDefault();
        } else if (row.contains(document.activeElement)) {
            focusedBeforeMessage = incoming.id;
        }
    });

    document.addEventListener('htmx:sseMessage', function (event) {
        var data = event.detail && typeof event.detail.data === 'string' ? event.detail.data : '';
        var incoming = streamed(data);
        var row = incoming ? document.getElementById(incoming.id) : null;
        if (row && !incoming.changed) {
            announce(row);
        }
        var keep = focusedBeforeMessage;
        focusedBeforeMessage = null;
        if (row && keep === incoming.id) {
            // The alert the officer was on moved on without them: acknowledged by someone else, or escalated (htmx
            // has kept the focus if the element it was on is in the new row).
            if (!isOpen(row)) {
                moveOn(row, deskStatus.getAttribute('data-already'));
                return;
            }
            if (!row.contains(document.activeElement)) {
                row.querySelector('.registry-alert__reason').focus();
            }
        }
        sortRows();
        tick();
    });

    // The row is noted on the request itself: once the answer has replaced the form that asked, htmx tells the
    // document from the nearest parent left, with that parent as the event's element.
    document.addEventListener('htmx:beforeRequest', function (event) {
        var form = event.detail && event.detail.elt;
        if (form && form.matches && form.matches('.registry-ack-form') && event.detail.xhr) {
            event.detail.xhr.registryAcknowledging = form.getAttribute('data-row');
            document.getElementById(form.getAttribute('data-row')).setAttribute('data-answer-pending', '');
        }
    });

    document.addEventListener('htmx:afterRequest', function (event) {
        var id = event.detail && event.detail.xhr ? event.detail.xhr.registryAcknowledging : null;
        if (!id) {
            return;
        }
        event.detail.xhr.registryAcknowledging = null; // handled once, whichever element htmx tells it from
        var row = document.getElementById(id);
        if (!row) {
            return;
        }
        row.removeAttribute('data-answer-pending');
        var waiting = waitingForAnswer[id];
        delete waitingForAnswer[id];
        var answer = row.querySelector('.registry-row-status');
        var message = answer ? answer.textContent : '';
        if (waiting && streamed(waiting).rank > rankOf(row)) {
            htmx.swap(rowsBody, waiting, {swapStyle: 'none'});
            row = document.getElementById(id);
        }
        if (!event.detail.successful) {
            say(deskStatus.getAttribute('data-failed'));
            (row.querySelector('.registry-ack-button') || deskStatus).focus();
        } else if (isOpen(row)) {
            (answer && document.contains(answer) ? answer : row.querySelector('.registry-alert__reason')).focus();
        } else {
            moveOn(row, message);
        }
    });

    tick();
    window.setInterval(tick, 1000);
})();
