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
    submitForm(formId, inputId, value) {
        const form = document.getElementById(formId);
        const input = document.getElementById(inputId);
        if (!form || !input) { return; }
        input.value = value;
        form.submit();
    }
};
