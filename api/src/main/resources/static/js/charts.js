// Draws each chart from the data table it illustrates: the table stays the accessible source of the figures.
(() => {
    const euros = new Intl.NumberFormat('fr-FR', {style: 'currency', currency: 'EUR', maximumFractionDigits: 0});
    const count = new Intl.NumberFormat('fr-FR');

    function seriesOf(table) {
        return [...table.querySelectorAll('thead th[data-series]')].map((header) => ({
            index: header.cellIndex,
            label: header.dataset.series,
            color: header.dataset.color,
        }));
    }

    function draw(canvas) {
        const table = document.getElementById(canvas.dataset.chartFor);
        const rows = [...table.tBodies[0].rows];
        const format = canvas.dataset.format === 'euros' ? euros : count;
        const horizontal = canvas.dataset.axis === 'y';
        const valueAxis = horizontal ? 'x' : 'y';
        const datasets = seriesOf(table).map((series) => ({
            label: series.label,
            backgroundColor: series.color,
            borderColor: '#000091',
            borderWidth: series.color === '#ffffff' ? 1 : 0,
            data: rows.map((row) => Number(row.cells[series.index].dataset.value)),
        }));
        new Chart(canvas, {
            type: 'bar',
            data: {labels: rows.map((row) => row.cells[0].textContent.trim()), datasets},
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                locale: 'fr-FR',
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                plugins: {
                    legend: {position: 'bottom', labels: {color: '#161616'}},
                    tooltip: {callbacks: {label: (item) => `${item.dataset.label} : ${format.format(item.parsed[valueAxis])}`}},
                },
                scales: {
                    [valueAxis]: {beginAtZero: true, ticks: {color: '#3a3a3a', callback: (value) => format.format(value)}},
                    [horizontal ? 'y' : 'x']: {ticks: {color: '#161616'}},
                },
            },
        });
    }

    document.querySelectorAll('canvas[data-chart-for]').forEach(draw);
})();
