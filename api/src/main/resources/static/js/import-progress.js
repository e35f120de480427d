// While the file is sent and checked, the page asks every half second where the import stands and
// shows it in its progress bar; the answer of the form then replaces the page with the report.
document.addEventListener('DOMContentLoaded', () => {
    const form = document.querySelector('form[data-import-progress]');
    if (!form) {
        return;
    }
    const block = document.getElementById('avancement');
    const bar = block.querySelector('progress');
    const text = block.querySelector('[data-progress-text]');
    const phases = {
        READING: 'Lecture du fichier', CHECKING: 'Vérification des lignes', RECORDING: 'Enregistrement',
        RECORDED: 'Enregistré', PROPOSED: 'Proposé', REJECTED: 'Refusé', FAILED: 'Échec'
    };
    const number = new Intl.NumberFormat('fr-FR');
    const show = (progress) => {
        const total = progress.phase === 'RECORDING' ? progress.lines : Math.max(progress.lines, 1);
        const done = progress.phase === 'RECORDING' ? progress.recorded : progress.checked;
        if (progress.phase === 'READING') {
            bar.removeAttribute('value');
            text.textContent = phases.READING + ' : ' + number.format(progress.lines) + ' ligne(s) lue(s)';
            return;
        }
        bar.max = total;
        bar.value = Math.min(done, total);
        if (progress.phase === 'RECORDING') {
            text.textContent = phases.RECORDING + ' : ' + number.format(done) + ' événement(s) préparé(s) sur '
                + number.format(progress.lines) + ' ligne(s)';
            return;
        }
        text.textContent = (phases[progress.phase] || progress.phase) + ' : ' + number.format(done) + ' / '
            + number.format(total) + (progress.errors > 0 ? ' — ' + number.format(progress.errors) + ' erreur(s)' : '');
    };
    form.addEventListener('submit', () => {
        block.hidden = false;
        const url = form.dataset.importProgress;
        const poll = () => fetch(url, {headers: {Accept: 'application/json'}})
            .then((response) => response.ok ? response.json() : null)
            .then((progress) => progress && show(progress))
            .catch(() => undefined);
        window.setInterval(poll, 500);
    });
});
