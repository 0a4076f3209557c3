// Enhances the upload form: sends the chosen files one at a time, shows a progress bar and adds a
// result row per file as it finishes. Without this script the form posts all files at once and the
// server lists the same results.
(function () {
    'use strict';
    const form = document.getElementById('upload-form');
    if (!form || !window.fetch || !window.FormData) {
        return;
    }

    const input = form.querySelector('input[type=file]');
    const progress = document.getElementById('upload-progress');
    const bar = document.getElementById('upload-progress-bar');
    const label = document.getElementById('upload-progress-label');
    const results = document.getElementById('results');
    const body = document.getElementById('results-body');
    const token = form.querySelector('input[name=__RequestVerificationToken]').value;

    function addRow(result) {
        const row = document.createElement('tr');
        if (!result.succeeded) {
            row.className = 'table-danger';
        }
        const file = document.createElement('td');
        file.textContent = result.fileName;
        const message = document.createElement('td');
        message.textContent = (result.succeeded ? '' : 'Not imported: ') + result.message;
        const links = document.createElement('td');
        if (result.succeeded) {
            const article = document.createElement('a');
            article.href = '/Teach/Articles/Details/' + result.articleId;
            article.textContent = 'Article';
            const questions = document.createElement('a');
            questions.href = '/Teach/Lessons/Questions/' + result.lessonId;
            questions.textContent = 'Questions';
            links.append(article, ' · ', questions);
        }
        row.append(file, message, links);
        body.append(row);
    }

    form.addEventListener('submit', async function (event) {
        const files = Array.from(input.files || []);
        if (files.length === 0) {
            return; // Let the server say that a file is needed.
        }
        event.preventDefault();
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        progress.hidden = false;
        results.hidden = false;
        bar.max = files.length;
        bar.value = 0;
        for (let i = 0; i < files.length; i++) {
            label.textContent = 'Importing ' + files[i].name + ' (' + (i + 1) + ' of ' + files.length + ')…';
            const data = new FormData();
            data.append('file', files[i]);
            data.append('__RequestVerificationToken', token);
            let result;
            try {
                const response = await fetch('?handler=UploadOne', { method: 'POST', body: data, credentials: 'same-origin' });
                result = await response.json();
            } catch (e) {
                result = { fileName: files[i].name, succeeded: false, message: 'The upload failed; check your connection and try again.' };
            }
            addRow(result);
            bar.value = i + 1;
        }
        label.textContent = 'Finished: ' + files.length + ' file(s) processed.';
        button.disabled = false;
        form.reset();
    });
}());
