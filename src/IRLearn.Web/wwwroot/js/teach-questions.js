// Question-bank review at speed. Without this script every action is a plain button in one form; with it, the
// legend appears, j/k move through the questions, a/r approve or reject the current one (Shift for its whole
// sentence), o opens it, x ticks it, e edits it. An action is the same form post the button makes, sent with
// fetch; the page the server answers with replaces the list, so what shows is always what was saved.
(function () {
    'use strict';
    const form = document.getElementById('bank-review');
    if (!form) {
        return;
    }

    const legend = document.getElementById('review-keys');
    const live = document.getElementById('review-live');
    const messages = document.getElementById('review-messages');
    let currentId = null;
    let busy = false;

    function items() {
        return Array.from(form.querySelectorAll('[data-question-id]'));
    }

    function find(id) {
        return id ? form.querySelector('[data-question-id="' + CSS.escape(id) + '"]') : null;
    }

    function stemOf(item) {
        const stem = item && item.querySelector('[data-testid=question-stem]');
        return stem ? stem.textContent.trim() : '';
    }

    function setCurrent(item, focus) {
        items().forEach(function (i) { i.classList.remove('is-current'); });
        currentId = item ? item.dataset.questionId : null;
        if (!item) {
            return;
        }

        item.classList.add('is-current');
        if (focus) {
            item.focus({ preventScroll: true });
            item.scrollIntoView({ block: 'nearest' });
        }
    }

    function move(step) {
        const list = items();
        if (list.length === 0) {
            return;
        }

        const at = list.indexOf(find(currentId));
        const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
        setCurrent(list[next], true);
    }

    function neighbourId(item) {
        const list = items();
        const at = list.indexOf(item);
        const next = list[at + 1] || list[at - 1];
        return next ? next.dataset.questionId : null;
    }

    function enhance() {
        const selectAll = document.getElementById('select-all');
        if (selectAll) {
            selectAll.hidden = false;
        }
    }

    async function press(button, then) {
        if (busy) {
            return;
        }

        busy = true;
        const ticked = Array.from(form.querySelectorAll('input[name=ids]:checked')).map(function (b) { return b.value; });
        const data = new FormData(form);
        data.delete('ids');
        data.append(button.name, button.value);
        try {
            const response = await fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin' });
            const page = new DOMParser().parseFromString(await response.text(), 'text/html');
            const fresh = page.getElementById('bank-review');
            if (!response.ok || !fresh) {
                throw new Error('The review was refused.');
            }

            form.replaceChildren.apply(form, Array.from(fresh.childNodes));
            const freshMessages = page.getElementById('review-messages');
            if (messages && freshMessages) {
                messages.replaceChildren.apply(messages, Array.from(freshMessages.childNodes));
            }

            ticked.forEach(function (id) {
                const box = form.querySelector('input[name=ids][value="' + CSS.escape(id) + '"]');
                if (box) {
                    box.checked = true;
                }
            });
            enhance();
            const target = find(then) || items()[0] || null;
            setCurrent(target, true);
            const status = page.querySelector('[data-testid=status]');
            live.textContent = (status ? status.textContent.trim() + ' ' : '') + (target ? 'Now at: ' + stemOf(target) : '');
        } catch (e) {
            // Let the browser post the form itself, so the server's page (its error included) shows.
            busy = false;
            form.requestSubmit(button);
            return;
        }

        busy = false;
    }

    function act(selector, whole) {
        const item = find(currentId);
        if (!item) {
            return;
        }

        const scope = whole ? item.closest('[data-testid=group]') : item;
        const button = scope && scope.querySelector(selector);
        if (!button) {
            live.textContent = 'Nothing to do here: ' + stemOf(item);
            return;
        }

        press(button, whole ? neighbourId(scope.querySelector('[data-question-id]:last-child')) : neighbourId(item));
    }

    form.addEventListener('click', function (event) {
        if (event.target.id === 'select-all') {
            const boxes = form.querySelectorAll('input[name=ids]');
            const allChecked = Array.from(boxes).every(function (b) { return b.checked; });
            boxes.forEach(function (b) { b.checked = !allChecked; });
            event.target.textContent = allChecked ? 'Select all shown' : 'Clear selection';
        }
    });

    form.addEventListener('focusin', function (event) {
        const item = event.target.closest('[data-question-id]');
        if (item && item.dataset.questionId !== currentId) {
            setCurrent(item, false);
        }
    });

    document.addEventListener('keydown', function (event) {
        const target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable
            || (target.closest && target.closest('input:not([type=checkbox]), textarea, select'))) {
            return;
        }

        const item = find(currentId);
        switch (event.key) {
            case 'ArrowDown':
            case 'ArrowUp':
                // Arrows scroll the page as usual until a question has been chosen (with j, k or a click).
                if (!item) {
                    return;
                }

                move(event.key === 'ArrowDown' ? 1 : -1);
                break;
            case 'j':
                move(1);
                break;
            case 'k':
                move(-1);
                break;
            case 'a':
                act('[data-action=approve]', false);
                break;
            case 'r':
                act('[data-action=reject]', false);
                break;
            case 'A':
                act('[data-action=approve-group]', true);
                break;
            case 'R':
                act('[data-action=reject-group]', true);
                break;
            case 'o':
                if (!item) {
                    return;
                }

                item.querySelector('details').open = !item.querySelector('details').open;
                break;
            case 'x':
                if (!item) {
                    return;
                }

                item.querySelector('input[name=ids]').click();
                break;
            case 'e':
                if (!item) {
                    return;
                }

                item.querySelector('[data-action=edit]').click();
                break;
            default:
                return;
        }

        event.preventDefault();
    });

    legend.hidden = false;
    enhance();
}());
