// Enhances the attempt page for moving around a quiz: a navigator (answered / unanswered / flagged), progress, an
// optional one-question-at-a-time mode, "flag for review", and a review screen before submitting. Without this
// script the page shows every question with its own Save button and submits at once; nothing here is needed to
// finish a quiz. Flags and the chosen mode live in this browser only (localStorage): they help the student, the
// server never needs them.
(function () {
    'use strict';

    var form = document.getElementById('attempt-form');
    var tools = document.getElementById('quiz-tools');
    if (!form || !tools) {
        return;
    }

    document.documentElement.classList.add('js');

    var attemptId = form.getAttribute('data-attempt-id');
    var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question[data-question]'));
    var nav = document.getElementById('question-nav');
    var progressText = document.getElementById('progress-text');
    var progressBar = document.getElementById('progress-bar');
    var modeToggle = document.getElementById('one-at-a-time');
    var stepper = document.getElementById('question-stepper');
    var prevButton = document.getElementById('previous-question');
    var nextButton = document.getElementById('next-question');
    var review = document.getElementById('review-panel');
    var reviewUnanswered = document.getElementById('review-unanswered');
    var reviewFlagged = document.getElementById('review-flagged');
    var reviewAllDone = document.getElementById('review-all-answered');
    var submitButton = document.getElementById('submit-attempt');
    var confirmButton = document.getElementById('confirm-submit');
    var backButton = document.getElementById('back-to-questions');

    var flagsKey = 'irlearn-flags-' + attemptId;
    var modeKey = 'irlearn-one-at-a-time';
    var flags = read(flagsKey, {});
    var oneAtATime = read(modeKey, false) === true;
    var current = 0;

    function read(key, fallback) {
        try {
            var value = window.localStorage.getItem(key);
            return value === null ? fallback : JSON.parse(value);
        } catch (e) {
            return fallback;
        }
    }

    function write(key, value) {
        try {
            window.localStorage.setItem(key, JSON.stringify(value));
        } catch (e) {
            // Private mode or a full store: the feature still works for this page view.
        }
    }

    function numberOf(fieldset) {
        return fieldset.getAttribute('data-question');
    }

    function isAnswered(fieldset) {
        var fields = fieldset.querySelectorAll('input, textarea, select');
        for (var i = 0; i < fields.length; i++) {
            var field = fields[i];
            if (field.type === 'hidden' || field.classList.contains('flag-input')) {
                continue;
            }
            if ((field.type === 'radio' || field.type === 'checkbox') && field.checked) {
                return true;
            }
            if ((field.tagName === 'TEXTAREA' || field.type === 'text' || field.tagName === 'SELECT') && field.value.trim() !== '') {
                return true;
            }
        }
        return false;
    }

    // A "flag for review" checkbox in each question's heading.
    questions.forEach(function (fieldset) {
        var number = numberOf(fieldset);
        var legend = fieldset.querySelector('legend');
        var wrapper = document.createElement('span');
        wrapper.className = 'form-check form-check-inline flag-toggle ms-auto mb-0';
        var input = document.createElement('input');
        input.type = 'checkbox';
        input.className = 'form-check-input flag-input';
        input.id = 'flag-' + number;
        input.checked = flags[number] === true;
        input.setAttribute('data-testid', 'flag-' + number);
        // Not a form field: flags never reach the server.
        input.removeAttribute('name');
        var label = document.createElement('label');
        label.className = 'form-check-label small';
        label.htmlFor = input.id;
        label.textContent = 'Flag for review';
        wrapper.appendChild(input);
        wrapper.appendChild(label);
        legend.appendChild(wrapper);
        input.addEventListener('change', function (event) {
            event.stopPropagation();
            flags[number] = input.checked;
            write(flagsKey, flags);
            render();
        });
    });

    function buildNav() {
        nav.textContent = '';
        questions.forEach(function (fieldset, index) {
            var item = document.createElement('li');
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-sm nav-question';
            button.setAttribute('data-index', String(index));
            button.setAttribute('data-testid', 'nav-' + numberOf(fieldset));
            button.addEventListener('click', function () { show(index, true); });
            item.appendChild(button);
            nav.appendChild(item);
        });
    }

    function render() {
        var answered = 0;
        questions.forEach(function (fieldset, index) {
            var number = numberOf(fieldset);
            var done = isAnswered(fieldset);
            var flagged = flags[number] === true;
            if (done) {
                answered += 1;
            }
            var button = nav.children[index].firstChild;
            var state = (done ? 'answered' : 'not answered') + (flagged ? ', flagged for review' : '');
            button.textContent = number + (flagged ? ' ⚑' : '');
            button.setAttribute('aria-label', 'Question ' + number + ', ' + state);
            button.setAttribute('data-state', (done ? 'answered' : 'unanswered') + (flagged ? ' flagged' : ''));
            button.classList.toggle('btn-success', done);
            button.classList.toggle('btn-outline-secondary', !done);
            button.classList.toggle('flagged', flagged);
            if (oneAtATime && index === current) {
                button.setAttribute('aria-current', 'step');
            } else {
                button.removeAttribute('aria-current');
            }
        });
        progressText.textContent = answered + ' of ' + questions.length + ' answered';
        progressBar.max = questions.length;
        progressBar.value = answered;
    }

    function show(index, focus) {
        current = Math.max(0, Math.min(questions.length - 1, index));
        if (oneAtATime) {
            questions.forEach(function (fieldset, i) { fieldset.hidden = i !== current; });
            prevButton.disabled = current === 0;
            nextButton.disabled = current === questions.length - 1;
        }
        var target = questions[current];
        if (focus) {
            target.scrollIntoView({ block: 'start' });
            var first = target.querySelector('input:not([type=hidden]):not(.flag-input), textarea, select');
            if (first) {
                first.focus();
            }
        }
        render();
    }

    function setMode(on) {
        oneAtATime = on;
        write(modeKey, on);
        modeToggle.setAttribute('aria-pressed', on ? 'true' : 'false');
        stepper.hidden = !on;
        if (!on) {
            questions.forEach(function (fieldset) { fieldset.hidden = false; });
        }
        show(current, false);
    }

    function fillList(list, numbers) {
        list.textContent = '';
        numbers.forEach(function (number) {
            var index = questions.findIndex(function (q) { return numberOf(q) === number; });
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = '#' + questions[index].id;
            link.textContent = 'Question ' + number;
            link.addEventListener('click', function (event) {
                event.preventDefault();
                closeReview();
                show(index, true);
            });
            item.appendChild(link);
            list.appendChild(item);
        });
        list.closest('[data-review-group]').hidden = numbers.length === 0;
    }

    function openReview() {
        var unanswered = questions.filter(function (q) { return !isAnswered(q); }).map(numberOf);
        var flagged = questions.filter(function (q) { return flags[numberOf(q)] === true; }).map(numberOf);
        fillList(reviewUnanswered, unanswered);
        fillList(reviewFlagged, flagged);
        reviewAllDone.hidden = unanswered.length > 0 || flagged.length > 0;
        review.hidden = false;
        review.focus();
    }

    function closeReview() {
        review.hidden = true;
    }

    // The submit button opens the review first; the review's own button submits. The countdown's automatic
    // submission (form.requestSubmit) does not click, so running out of time is never held up by the review.
    submitButton.addEventListener('click', function (event) {
        if (review.hidden) {
            event.preventDefault();
            openReview();
        }
    });
    confirmButton.addEventListener('click', function () {
        form.requestSubmit(submitButton);
    });
    backButton.addEventListener('click', function () {
        closeReview();
        show(current, true);
    });

    modeToggle.addEventListener('click', function () { setMode(!oneAtATime); });
    prevButton.addEventListener('click', function () { show(current - 1, true); });
    nextButton.addEventListener('click', function () { show(current + 1, true); });
    form.addEventListener('change', render);
    form.addEventListener('input', render);

    buildNav();
    tools.hidden = false;
    setMode(oneAtATime);
})();
