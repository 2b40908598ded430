// The follow-along session (/p/{token}/session, /r/{token}/session; ADR-016). The page holds
// everything: today's exercises, their doses and counts (data-low / data-high: "sets reps hold
// sides"), their figures. This script needs no server until the last screen's link to the
// check-in, which carries the exercises done as ?done=id&done=id (never the skipped ones).
//
// Time is read from the clock (Date.now), never counted in ticks: a hold ends when its end time
// has passed, however late the timer fires (a hidden tab, a locked phone), and a pause keeps the
// time that was left. The ticks only redraw.
(() => {
    const init = () => {
        const root = document.querySelector('[data-session]');
        if (!root || root.dataset.sessionReady === 'true' || !root.querySelector('[data-session-exercise]')) { return; }
        root.dataset.sessionReady = 'true';

        const $ = selector => root.querySelector(selector);
        const items = [...root.querySelectorAll('[data-session-exercise]')].map(li => ({
            li,
            id: li.dataset.sessionExercise,
            name: li.dataset.name,
            kind: li.dataset.kind,
            counted: li.dataset.counted === 'true',
            low: counts(li.dataset.low),
            high: counts(li.dataset.high),
        }));
        const ui = {
            announce: $('[data-session-announce]'),
            start: $('[data-session-start]'),
            begin: $('[data-session-begin]'),
            listTitle: $('[data-session-list-title]'),
            controls: $('[data-session-controls]'),
            round: $('[data-session-round]'),
            timer: $('[data-session-timer]'),
            reps: $('[data-session-reps]'),
            pausedNote: $('[data-session-paused-note]'),
            hold: $('[data-session-hold]'),
            endHold: $('[data-session-end-hold]'),
            rep: $('[data-session-rep]'),
            pause: $('[data-session-pause]'),
            done: $('[data-session-done]'),
            skip: $('[data-session-skip]'),
            end: $('[data-session-end]'),
            summaryDone: $('[data-session-summary-done]'),
            summarySkipped: $('[data-session-summary-skipped]'),
            checkIn: $('[data-session-check-in]'),
            noScript: $('[data-session-no-script]'),
        };

        const s = {
            screen: 'start', index: -1, level: 'low', sound: false, vibrate: false, paused: false,
            round: 0, reps: 0,
            // idle; running (endsAt, or startedAt when counting up); frozen by a pause (leftMs, or elapsedMs).
            hold: { phase: 'idle', endsAt: 0, startedAt: 0, leftMs: 0, elapsedMs: 0 },
            done: [], skipped: [], timer: 0,
        };
        let audio = null;
        let wakeLock = null;

        function counts(text) {
            const parts = (text || '').split(' ');
            if (parts.length !== 4) { return null; }
            const n = value => (value === '-' ? null : Number.parseInt(value, 10));
            return { sets: n(parts[0]), reps: n(parts[1]), hold: n(parts[2]), sides: n(parts[3]) };
        }

        const item = () => items[s.index];
        const step = () => (item().counted ? item()[s.level] : null);
        const seconds = ms => Math.max(0, Math.ceil(ms / 1000));
        const clock = total => `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
        const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

        // A polite live region: each message replaces the last. A trailing no-break space on every
        // other message makes a repeated message a change, so it is read again; no timer involved.
        let flip = false;
        function say(message) {
            flip = !flip;
            ui.announce.textContent = flip ? message : `${message}\u00a0`;
        }

        function roundLabel() {
            const noun = item().kind === 'hold' ? 'Hold' : 'Set';
            const target = step();
            if (!target) { return `${noun} ${s.round + 1}`; }
            const set = Math.floor(s.round / target.sides) + 1;
            const side = target.sides === 2 ? (s.round % 2 === 0 ? ', first side' : ', other side') : '';
            return `${noun} ${set} of ${target.sets}${side}`;
        }

        function setDisabled(button, disabled) {
            button.setAttribute('aria-disabled', disabled ? 'true' : 'false');
        }

        function render() {
            root.dataset.sessionScreen = s.screen;
            root.dataset.paused = s.paused ? 'true' : 'false';
            if (s.screen !== 'exercise') { return; }
            const current = item();
            const target = step();
            const isHold = current.kind === 'hold';
            root.dataset.hold = s.hold.phase;
            root.dataset.round = String(s.round + 1);
            ui.round.textContent = roundLabel();

            ui.timer.hidden = !isHold;
            ui.hold.hidden = !isHold;
            ui.endHold.hidden = !isHold || !!target || s.hold.phase === 'idle';
            ui.rep.hidden = isHold;
            ui.reps.hidden = isHold;
            if (isHold) {
                ui.timer.textContent = clock(timerSeconds());
                ui.hold.textContent = s.hold.phase === 'idle' ? 'Start the hold' : 'Holding…';
                setDisabled(ui.hold, s.paused || s.hold.phase !== 'idle');
                setDisabled(ui.endHold, s.paused);
            } else {
                ui.reps.textContent = target
                    ? `${s.reps} of ${plural(target.reps, 'repetition')}`
                    : `${plural(s.reps, 'repetition')}`;
                setDisabled(ui.rep, s.paused);
            }

            ui.pause.textContent = s.paused ? 'Resume' : 'Pause';
            ui.pausedNote.hidden = !s.paused;
            setDisabled(ui.done, s.paused);
            setDisabled(ui.skip, s.paused);
        }

        // Seconds to show: left of a counted hold (its full length before it starts), or held so far.
        function timerSeconds() {
            const target = step();
            const now = Date.now();
            const h = s.hold;
            if (target) {
                if (h.phase === 'running') { return seconds(h.endsAt - now); }
                if (h.phase === 'frozen') { return seconds(h.leftMs); }
                return target.hold;
            }

            if (h.phase === 'running') { return Math.floor((now - h.startedAt) / 1000); }
            if (h.phase === 'frozen') { return Math.floor(h.elapsedMs / 1000); }
            return 0;
        }

        function resetHold() {
            s.hold = { phase: 'idle', endsAt: 0, startedAt: 0, leftMs: 0, elapsedMs: 0 };
        }

        function show(index) {
            if (index >= items.length) { finish(); return; }
            s.screen = 'exercise';
            s.index = index;
            s.round = 0;
            s.reps = 0;
            resetHold();
            items.forEach((entry, i) => {
                entry.li.hidden = i !== index;
                entry.li.dataset.current = i === index ? 'true' : 'false';
                entry.li.querySelector('[data-session-position]').hidden = false;
            });
            render();
            item().li.querySelector('h2').focus();
            return `Exercise ${index + 1} of ${items.length}: ${item().name}. ${roundLabel()}.`;
        }

        function next(prefix) {
            const message = show(s.index + 1);
            if (message) { say(`${prefix} ${message}`.trim()); }
        }

        function begin() {
            if (s.screen !== 'start') { return; }
            const level = root.querySelector('[data-session-level]:checked');
            s.level = level && level.value === 'high' ? 'high' : 'low';
            s.sound = $('[data-session-sound]').checked;
            s.vibrate = $('[data-session-vibrate]').checked;
            if (s.sound && !audio && 'AudioContext' in window) {
                // Made on the press, as browsers only let sound start from a person's action.
                try { audio = new AudioContext(); } catch { audio = null; }
            }

            ui.start.hidden = true;
            ui.listTitle.hidden = true;
            ui.controls.hidden = false;
            s.timer = window.setInterval(tick, 250);
            keepAwake();
            say(show(0));
        }

        function startHold() {
            if (s.screen !== 'exercise' || s.paused || item().kind !== 'hold' || s.hold.phase !== 'idle') { return; }
            const target = step();
            const now = Date.now();
            s.hold = target
                ? { phase: 'running', endsAt: now + target.hold * 1000, startedAt: now, leftMs: 0, elapsedMs: 0 }
                : { phase: 'running', endsAt: 0, startedAt: now, leftMs: 0, elapsedMs: 0 };
            render();
            say(target ? `Hold for ${plural(target.hold, 'second')}.` : 'Hold started.');
        }

        function tick() {
            if (s.screen !== 'exercise' || s.paused || s.hold.phase !== 'running') { return; }
            if (step() && Date.now() >= s.hold.endsAt) { holdDone(); return; }
            ui.timer.textContent = clock(timerSeconds());
        }

        function signal() {
            if (s.vibrate && typeof navigator.vibrate === 'function') { navigator.vibrate([200, 100, 200]); }
            if (s.sound && audio) {
                try {
                    if (audio.state === 'suspended') { audio.resume(); }
                    const tone = audio.createOscillator();
                    const gain = audio.createGain();
                    tone.frequency.value = 880;
                    gain.gain.value = 0.2;
                    tone.connect(gain).connect(audio.destination);
                    tone.start();
                    tone.stop(audio.currentTime + 0.3);
                } catch { /* No sound is not an error: the end is shown and announced. */ }
            }
        }

        function holdDone() {
            resetHold();
            signal();
            completeRound('Hold done.');
        }

        function endHold() {
            if (s.screen !== 'exercise' || s.paused || step() || s.hold.phase === 'idle') { return; }
            const held = timerSeconds();
            resetHold();
            if (document.activeElement === ui.endHold) { ui.hold.focus(); }
            completeRound(`Hold ended after ${plural(held, 'second')}.`);
        }

        function countRep() {
            if (s.screen !== 'exercise' || s.paused || item().kind === 'hold') { return; }
            s.reps += 1;
            const target = step();
            if (target && s.reps >= target.reps) { completeRound('Set done.'); return; }
            render();
        }

        function completeRound(prefix) {
            s.round += 1;
            s.reps = 0;
            const target = step();
            if (target && s.round >= target.sets * target.sides) {
                markDone(`${prefix} ${item().name} done.`);
                return;
            }

            render();
            say(`${prefix} Next: ${roundLabel()}.`);
        }

        function markDone(prefix) {
            if (!s.done.includes(item().id)) { s.done.push(item().id); }
            next(prefix);
        }

        function done() {
            if (s.screen !== 'exercise' || s.paused) { return; }
            markDone(`${item().name} done.`);
        }

        function skip() {
            if (s.screen !== 'exercise' || s.paused) { return; }
            if (!s.skipped.includes(item().id)) { s.skipped.push(item().id); }
            next(`${item().name} skipped.`);
        }

        function togglePause() {
            if (s.screen !== 'exercise') { return; }
            const now = Date.now();
            const h = s.hold;
            if (!s.paused) {
                // A hold whose time ran out before the pause is done, not paused.
                if (h.phase === 'running' && step() && now >= h.endsAt) { holdDone(); return; }
                if (h.phase === 'running') {
                    s.hold = { ...h, phase: 'frozen', leftMs: h.endsAt - now, elapsedMs: now - h.startedAt };
                }

                s.paused = true;
                letSleep();
                render();
                say(h.phase === 'running' ? `Paused with ${plural(timerSeconds(), 'second')} left on the hold.` : 'Paused.');
                return;
            }

            if (h.phase === 'frozen') {
                s.hold = step()
                    ? { ...h, phase: 'running', endsAt: now + h.leftMs }
                    : { ...h, phase: 'running', startedAt: now - h.elapsedMs };
            }

            s.paused = false;
            keepAwake();
            render();
            say('Resumed.');
        }

        function finish() {
            s.screen = 'end';
            resetHold();
            window.clearInterval(s.timer);
            letSleep();
            ui.controls.hidden = true;
            items.forEach(entry => { entry.li.hidden = true; entry.li.dataset.current = 'false'; });
            const names = ids => items.filter(entry => ids.includes(entry.id)).map(entry => entry.name).join(', ');
            ui.summaryDone.textContent = s.done.length ? `Done: ${names(s.done)}.` : 'No exercise was marked done.';
            ui.summarySkipped.textContent = s.skipped.length ? `Skipped: ${names(s.skipped)}.` : '';
            ui.summarySkipped.hidden = s.skipped.length === 0;
            const query = s.done.map(id => `done=${encodeURIComponent(id)}`).join('&');
            ui.checkIn.href = `${root.dataset.diaryPath}${query ? `?${query}` : ''}#check-in-title`;
            ui.end.hidden = false;
            render();
            ui.end.querySelector('h2').focus();
            say(`Session finished. ${ui.summaryDone.textContent}`);
        }

        // The screen stays on while a session runs, where the browser offers a wake lock; let go on
        // pause, at the end and when the page is hidden (the browser drops it then anyway).
        async function keepAwake() {
            if (!('wakeLock' in navigator) || wakeLock || s.paused || s.screen !== 'exercise' || document.visibilityState !== 'visible') {
                root.dataset.wakeLock = wakeLock ? 'held' : ('wakeLock' in navigator ? 'released' : 'unavailable');
                return;
            }

            try {
                const lock = await navigator.wakeLock.request('screen');
                if (s.paused || s.screen !== 'exercise') { await lock.release(); return; }
                wakeLock = lock;
                root.dataset.wakeLock = 'held';
                lock.addEventListener('release', () => {
                    if (wakeLock === lock) { wakeLock = null; root.dataset.wakeLock = 'released'; }
                });
            } catch {
                root.dataset.wakeLock = 'refused';
            }
        }

        function letSleep() {
            const lock = wakeLock;
            wakeLock = null;
            if (lock) { lock.release().catch(() => { }); }
            if ('wakeLock' in navigator) { root.dataset.wakeLock = 'released'; }
        }

        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') {
                tick();
                keepAwake();
            } else {
                letSleep();
            }
        });

        const press = (button, action) => button.addEventListener('click', event => {
            event.preventDefault();
            if (button.getAttribute('aria-disabled') === 'true') { return; }
            action();
        });
        press(ui.begin, begin);
        press(ui.hold, startHold);
        press(ui.endHold, endHold);
        press(ui.rep, countRep);
        press(ui.pause, togglePause);
        press(ui.done, done);
        press(ui.skip, skip);

        // With the script running, the page becomes the session: the start screen first.
        ui.noScript.hidden = true;
        ui.listTitle.hidden = true;
        ui.start.hidden = false;
        items.forEach(entry => { entry.li.hidden = true; });
        render();
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
