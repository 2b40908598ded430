// Small helpers the wizard calls through JS interop. Kept global (no module import) so they are
// available before the circuit asks for them.
window.piriformisRehab = {
    focusSelector(selector) {
        const el = document.querySelector(selector);
        if (el) { el.focus(); }
    },
    focusQuestion(id) {
        const container = document.querySelector(`[data-question-id="${CSS.escape(id)}"]`);
        if (!container) { return; }
        container.scrollIntoView({ block: 'center' });
        const input = container.querySelector('input:checked, input');
        if (input) { input.focus(); }
    },
    submitForm(formId, inputId, value, handler) {
        const form = document.getElementById(formId);
        const input = document.getElementById(inputId);
        if (!form || !input) { return; }
        input.value = value;
        // Interactive rendering drops a hidden "_handler" field, so it is added here: it tells the
        // static page which form was posted.
        let name = form.querySelector('input[name="_handler"]');
        if (!name) {
            name = document.createElement('input');
            name.type = 'hidden';
            name.name = '_handler';
            form.appendChild(name);
        }
        name.value = handler;
        form.submit();
    }
};

// Static forms' error summaries (the diary): without JavaScript a summary link scrolls to its field;
// with it, the summary takes focus when the page loads and a link also puts focus in the field.
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
