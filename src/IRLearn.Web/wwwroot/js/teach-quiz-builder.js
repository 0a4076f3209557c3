// The quiz builder, enhanced. Without this script the filter is a GET form with a Filter button and the questions are
// plain checkboxes; with it, changing a filter applies it at once, one box ticks every shown question, and a status
// line says how many are ticked and what the total would become.
(function () {
    'use strict';
    const filter = document.getElementById('question-filter');
    if (filter) {
        filter.querySelectorAll('select').forEach(function (select) {
            select.addEventListener('change', function () { filter.requestSubmit(); });
        });
        // Only the filters in use go in the address (?type=Numeric, not ?lesson=&tag=&type=Numeric&difficulty=&q=).
        filter.addEventListener('formdata', function (event) {
            Array.from(event.formData.entries()).forEach(function (entry) {
                if (entry[1] === '') {
                    event.formData.delete(entry[0]);
                }
            });
        });
        filter.setAttribute('data-enhanced', '');
    }

    const form = document.getElementById('add-questions');
    if (!form) {
        return;
    }

    const boxes = Array.from(form.querySelectorAll('input[name=questionIds]'));
    const tickAll = document.getElementById('tick-all');
    const points = document.getElementById('points');
    const status = document.getElementById('ticked-count');
    const total = document.querySelector('[data-testid=total-points]');
    const base = total ? parseFloat(total.dataset.points) || 0 : 0;

    form.querySelectorAll('[data-js-only]').forEach(function (el) { el.hidden = false; });

    function format(value) {
        return (Math.round(value * 100) / 100).toLocaleString(document.documentElement.lang || 'en');
    }

    function update() {
        const ticked = boxes.filter(function (b) { return b.checked; }).length;
        const each = parseFloat(points && points.value) || 0;
        if (tickAll) {
            tickAll.checked = ticked === boxes.length;
            tickAll.indeterminate = ticked > 0 && ticked < boxes.length;
        }

        status.textContent = ticked === 0
            ? ''
            : ticked + ' ticked: the quiz would have ' + format(base + ticked * each) + (base + ticked * each === 1 ? ' point' : ' points');
    }

    boxes.forEach(function (b) { b.addEventListener('change', update); });
    if (points) {
        points.addEventListener('input', update);
    }

    if (tickAll) {
        tickAll.addEventListener('change', function () {
            boxes.forEach(function (b) { b.checked = tickAll.checked; });
            update();
        });
    }

    update();
})();
