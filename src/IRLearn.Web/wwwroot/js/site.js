// The reader's time zone (ADR 17). Pages write times on the reader's clock once the server knows the zone; this
// script tells it (a cookie with the browser's IANA zone) and, on a page written before it knew (the first visit, or
// after travelling), rewrites each <time data-when> on the reader's clock in place. Without JavaScript times say UTC.
(function () {
    'use strict';
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }

    // IANA ids are letters, digits and _+-/; anything else is not sent (the server would read it as UTC anyway).
    if (!zone || !/^[A-Za-z0-9_+\-]+(\/[A-Za-z0-9_+\-]+){0,2}$/.test(zone)) {
        return;
    }

    var match = document.cookie.match(/(?:^|;\s*)irlearn-tz=([^;]*)/);
    if (!match || match[1] !== zone) {
        document.cookie = 'irlearn-tz=' + zone + '; path=/; max-age=31536000; samesite=lax' +
            (location.protocol === 'https:' ? '; secure' : '');
    }

    // The server's culture for this reader, so the rewritten text reads like the rest of the page ("08:48" on a 24-hour
    // clock, "8:48 AM" on a 12-hour one).
    var culture = document.documentElement.getAttribute('data-culture') || 'en-GB';
    var hourCycle = new Intl.DateTimeFormat(culture, { hour: 'numeric' }).resolvedOptions().hourCycle || '';
    var hour = /h2[34]/.test(hourCycle) ? '2-digit' : 'numeric';
    var styles = {
        DateTime: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: hour, minute: '2-digit' },
        ShortDateTime: { weekday: 'short', day: 'numeric', month: 'short', hour: hour, minute: '2-digit' },
        Date: { day: 'numeric', month: 'short', year: 'numeric' },
        ShortDate: { day: 'numeric', month: 'short' },
        Time: { hour: hour, minute: '2-digit' },
        TimeWithSeconds: { hour: hour, minute: '2-digit', second: '2-digit' }
    };

    document.querySelectorAll('time[data-when][datetime]').forEach(function (el) {
        if (el.getAttribute('data-zone') === zone || !styles[el.getAttribute('data-when')]) {
            return;
        }

        var instant = new Date(el.getAttribute('datetime'));
        if (isNaN(instant.getTime())) {
            return;
        }

        el.textContent = new Intl.DateTimeFormat(culture, Object.assign({ timeZone: zone }, styles[el.getAttribute('data-when')])).format(instant);
        el.setAttribute('data-zone', zone);
    });
})();
