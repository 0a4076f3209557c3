// Adds a "Select all shown" button to the question-bank review page (ticking boxes one by one still works without it).
(function () {
    'use strict';
    const button = document.getElementById('select-all');
    if (!button) {
        return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
        const boxes = document.querySelectorAll('input[name=ids]');
        const allChecked = Array.from(boxes).every(function (b) { return b.checked; });
        boxes.forEach(function (b) { b.checked = !allChecked; });
        button.textContent = allChecked ? 'Select all shown' : 'Clear selection';
    });
}());
