// Enhances the attempt page: background autosave with retry, and a countdown from the server's
// deadline. The page works without this script (every "Save" button posts the whole form).
(function () {
    'use strict';

    var form = document.getElementById('attempt-form');
    if (!form) {
        return;
    }

    var url = form.getAttribute('data-autosave-url');
    var statusEl = document.getElementById('save-status');
    var warningEl = document.getElementById('save-warning');
    var tokenInput = form.querySelector('input[name="__RequestVerificationToken"]');
    var submitButton = document.getElementById('submit-attempt');

    // Saving: the whole form is sent each time (the server writes only what changed), one request at
    // a time. Whatever changes while a save is in flight is sent by the next one, so the latest
    // answers always win and nothing is sent out of order.
    var inFlight = false;
    var dirty = false;
    var failures = 0;
    var retryTimer = null;
    var submitting = false;

    function setStatus(text) {
        statusEl.textContent = text;
    }

    function showWarning(text) {
        warningEl.textContent = text;
        warningEl.hidden = false;
    }

    function hideWarning() {
        warningEl.hidden = true;
        warningEl.textContent = '';
    }

    function scheduleRetry() {
        failures += 1;
        var delay = Math.min(30000, 1000 * Math.pow(2, failures - 1));
        showWarning('Your latest answers are not saved yet (no connection to the server). Retrying in ' +
            Math.round(delay / 1000) + ' s. Keep this page open.');
        clearTimeout(retryTimer);
        retryTimer = setTimeout(save, delay);
    }

    function save() {
        clearTimeout(retryTimer);
        if (inFlight) {
            dirty = true;
            return;
        }
        inFlight = true;
        dirty = false;
        setStatus('Saving…');
        var body = new FormData(form);
        fetch(url, {
            method: 'POST',
            body: body,
            credentials: 'same-origin',
            headers: { 'X-CSRF-TOKEN': tokenInput ? tokenInput.value : '' }
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (data) {
                return { ok: response.ok, status: response.status, data: data };
            });
        }).then(function (result) {
            inFlight = false;
            if (result.ok) {
                failures = 0;
                hideWarning();
                var at = new Date(result.data.savedAt);
                setStatus('All answers saved at ' + at.toLocaleTimeString() + '.');
                if (typeof result.data.secondsRemaining === 'number') {
                    countdown.sync(result.data.secondsRemaining);
                }
                if (dirty) {
                    save();
                }
                return;
            }
            if (result.status === 400 && result.data && result.data.retry === false) {
                // A rule said no (time is up, a malformed number): retrying the same thing cannot help.
                showWarning(result.data.title || 'This answer could not be saved.');
                setStatus('');
                if (result.data.code === 'attempt.deadline_passed' || result.data.code === 'attempt.already_submitted') {
                    window.location.reload();
                }
                return;
            }
            if (result.status === 401 || result.status === 404) {
                showWarning('Your session has ended. Copy any unsaved answer, then reload the page and sign in again.');
                return;
            }
            scheduleRetry();
        }).catch(function () {
            inFlight = false;
            scheduleRetry();
        });
    }

    var textTimers = {};
    form.addEventListener('change', function () { save(); });
    form.addEventListener('input', function (event) {
        var target = event.target;
        if (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type === 'text')) {
            clearTimeout(textTimers[target.name]);
            textTimers[target.name] = setTimeout(save, 800);
        }
    });
    window.addEventListener('online', function () {
        if (!warningEl.hidden) {
            failures = 0;
            save();
        }
    });
    form.addEventListener('submit', function () { submitting = true; });
    window.addEventListener('beforeunload', function (event) {
        if (!submitting && (!warningEl.hidden || inFlight)) {
            event.preventDefault();
        }
    });

    // Countdown: the server rendered the seconds left; we count down from there against the local
    // clock's elapsed time (not its wall time, which may be wrong), and resync on every save.
    var countdown = (function () {
        var el = document.getElementById('countdown');
        var valueEl = el.querySelector('.countdown-value');
        var announcer = document.getElementById('time-announcer');
        var endsAt = performance.now() + Number(el.getAttribute('data-seconds-remaining')) * 1000;
        var announced = {};

        function format(seconds) {
            var h = Math.floor(seconds / 3600);
            var m = Math.floor((seconds % 3600) / 60);
            var s = seconds % 60;
            var mm = h > 0 ? String(m).padStart(2, '0') : String(m);
            return (h > 0 ? h + ':' : '') + mm + ':' + String(s).padStart(2, '0');
        }

        function tick() {
            var left = Math.max(0, Math.ceil((endsAt - performance.now()) / 1000));
            valueEl.textContent = format(left);
            [300, 60].forEach(function (mark) {
                if (left <= mark && left > mark - 5 && !announced[mark]) {
                    announced[mark] = true;
                    announcer.textContent = (mark / 60) + (mark === 60 ? ' minute' : ' minutes') + ' left.';
                }
            });
            if (left === 0) {
                clearInterval(timer);
                valueEl.textContent = '0:00';
                if (!submitting && submitButton) {
                    // Time is up: submit what is on the page. The server accepts it within the grace
                    // period and otherwise closes the attempt with what was saved.
                    submitting = true;
                    announcer.textContent = 'Time is up. Submitting your answers.';
                    form.requestSubmit(submitButton);
                }
            }
        }

        var timer = setInterval(tick, 1000);
        tick();
        return {
            sync: function (seconds) {
                endsAt = performance.now() + seconds * 1000;
            }
        };
    })();
})();
