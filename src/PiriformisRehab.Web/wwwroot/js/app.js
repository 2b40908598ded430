// Small enhancements over pages that work without JavaScript. No inline script anywhere, so a
// Content-Security-Policy of script-src 'self' holds (issue 14).

// Error summaries (the self-check's pages, the diary): without JavaScript a summary link scrolls to
// its field; with it, the summary takes focus when the page loads and a link also puts focus in
// the field (GOV.UK error summary).
(() => {
    const focusSummary = () => {
        const summary = document.querySelector('[data-error-summary]');
        if (summary && !summary.contains(document.activeElement)) { summary.focus(); }
    };
    document.addEventListener('DOMContentLoaded', focusSummary);
    document.addEventListener('click', event => {
        const link = event.target instanceof Element ? event.target.closest('[data-error-summary] a[href*="#"]') : null;
        if (!link) { return; }
        const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (!target) { return; }
        event.preventDefault();
        const details = target.closest('details');
        if (details) { details.open = true; }
        target.scrollIntoView({ block: 'center' });
        target.focus();
    });
})();

// A "Change" link lands on its question's first input (#in-...): put focus there, as the GOV.UK
// check-answers pattern does, unless an error summary has taken it.
document.addEventListener('DOMContentLoaded', () => {
    if (!location.hash || document.querySelector('[data-error-summary]')) { return; }
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target instanceof HTMLInputElement && target.closest('[data-question-id]')) { target.focus(); }
});

// The self-check: an answer that alone means an emergency is sent at once rather than waiting for
// Continue (the server decides; data-stops only marks which "Yes" to send straight away).
document.addEventListener('change', event => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.dataset.stops !== 'true' || !input.checked) { return; }
    const form = input.form;
    if (form && typeof form.requestSubmit === 'function') { form.requestSubmit(); }
});

// The diary's session date defaults to the server's UTC date; the runner's own calendar date is the
// right default. Only an untouched default is changed, and only within the field's min and max.
document.addEventListener('DOMContentLoaded', () => {
    const input = document.querySelector('input[type="date"][data-local-today]');
    if (!input) { return; }
    const now = new Date();
    const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    if ((!input.min || local >= input.min) && (!input.max || local <= input.max)) { input.value = local; }
});

// Print buttons: a click listener rather than an inline onclick, which the Content-Security-Policy
// (script-src 'self', no inline script) refuses.
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('[data-print-button]')) { window.print(); }
});

// The body map (ADR-015): its checkboxes are the real controls and work without this script. With
// it, a tap on a place in the picture clicks that place's checkbox, and each tick and its
// question(s) on the page stay one answer: a tick sets Yes; unticking clears a Yes (never sets No);
// No or Not sure on the question unticks the place; "None of these places" unticks every place and
// answers its questions No (an explicit Not sure stays), which the runner can still change.
(() => {
    const map = document.querySelector('[data-body-map]');
    if (!map) { return; }
    const form = map.closest('form');
    const toggles = [...map.querySelectorAll('input[data-region-toggle]')];
    const none = map.querySelector('input[data-region-none]');
    const radios = name => [...form.querySelectorAll('input[type="radio"]')].filter(r => r.name === name);
    const paint = toggle => map.querySelectorAll(`[data-region="${toggle.dataset.regionToggle}"]`)
        .forEach(g => g.classList.toggle('is-ticked', toggle.checked));
    const setAnswer = (name, value) => radios(name).forEach(r => { r.checked = value !== null && r.value === value; });

    map.addEventListener('click', event => {
        const place = event.target instanceof Element ? event.target.closest('[data-region]') : null;
        const toggle = place && toggles.find(t => t.dataset.regionToggle === place.dataset.region);
        if (toggle) { toggle.click(); }
    });
    map.addEventListener('focusin', event => {
        const toggle = toggles.find(t => t === event.target);
        if (toggle) { map.querySelectorAll(`[data-region="${toggle.dataset.regionToggle}"]`).forEach(g => g.classList.add('is-focused')); }
    });
    map.addEventListener('focusout', () => map.querySelectorAll('.is-focused').forEach(g => g.classList.remove('is-focused')));

    form.addEventListener('change', event => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement)) { return; }
        if (toggles.includes(input)) {
            for (const name of input.dataset.answers.split(' ')) {
                if (input.checked) { setAnswer(name, 'true'); }
                else if (radios(name).some(r => r.checked && r.value === 'true')) { setAnswer(name, null); }
            }
            if (input.checked && none) { none.checked = false; }
            paint(input);
        } else if (input === none && none.checked) {
            toggles.forEach(t => { t.checked = false; paint(t); t.dataset.answers.split(' ')
                .filter(name => !radios(name).some(r => r.checked && r.value === 'notSure'))
                .forEach(name => setAnswer(name, 'false')); });
        } else if (input.type === 'radio') {
            for (const toggle of toggles.filter(t => t.dataset.answers.split(' ').includes(input.name))) {
                toggle.checked = input.value === 'true';
                paint(toggle);
                if (toggle.checked && none) { none.checked = false; }
            }
        }
    });
})();
// After a save or on a confirmation step, the changed item's heading takes focus (the server marks
// it data-focus-on-load), unless an error summary has taken it. Also after Blazor's enhanced navigation.
(() => {
    const focusMarked = () => {
        if (document.querySelector('[data-error-summary]')) { return; }
        const target = document.querySelector('[data-focus-on-load="true"], [data-focus-on-load=""]');
        if (target instanceof HTMLElement) { target.focus(); }
    };
    document.addEventListener('DOMContentLoaded', focusMarked);
    // Chromium scrolls to the address's #fragment after DOMContentLoaded and leaves focus on the
    // body as it does; once the page has loaded, focus the marked heading again.
    window.addEventListener('load', () => setTimeout(focusMarked, 0));
    if (window.Blazor && typeof window.Blazor.addEventListener === 'function') { window.Blazor.addEventListener('enhancedload', focusMarked); }
})();

// Copy buttons (the patient link): hidden without JavaScript, where the link stays selectable text.
document.addEventListener('DOMContentLoaded', () => {
    for (const button of document.querySelectorAll('button[data-copy]')) {
        if (navigator.clipboard) { button.hidden = false; }
    }
});
document.addEventListener('click', async event => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
    if (!button) { return; }
    const source = document.getElementById(button.dataset.copy);
    const status = button.parentElement && button.parentElement.querySelector('[data-copy-status]');
    try {
        await navigator.clipboard.writeText(source ? source.textContent.trim() : '');
        if (status) { status.textContent = 'Copied'; }
    } catch {
        if (status) { status.textContent = 'Could not copy: select the link and copy it yourself.'; }
    }
});

// Times are rendered in UTC by the server (<time datetime="…Z" data-local-time>); the runner reads
// them in their own time zone and locale.
document.addEventListener('DOMContentLoaded', () => {
    for (const time of document.querySelectorAll('time[data-local-time]')) {
        const when = new Date(time.getAttribute('datetime'));
        if (Number.isNaN(when.getTime())) { continue; }
        // A day has no time zone: read it as UTC so it never slips to the day before.
        const options = time.dataset.localTime === 'day'
            ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
            : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
        time.textContent = when.toLocaleString(undefined, options);
        time.dataset.localised = 'true';
    }
});
