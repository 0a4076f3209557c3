// Shows only the fields of the chosen question type. Without this script every field is shown and
// the server uses only the chosen type's.
(function () {
    'use strict';
    const form = document.getElementById('question-form');
    if (!form) {
        return;
    }
    const type = form.querySelector('select[name="Input.Type"]');
    const names = ['MultipleChoice', 'MultipleResponse', 'TrueFalse', 'FillInBlank', 'Numeric', 'ShortAnswer', 'Matching'];
    function update() {
        const chosen = names[Number(type.value)] || type.value;
        form.querySelectorAll('[data-types]').forEach(function (part) {
            part.hidden = part.getAttribute('data-types').split(' ').indexOf(chosen) < 0;
        });
    }
    type.addEventListener('change', update);
    update();
}());
