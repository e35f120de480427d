// Every htmx request carries the CSRF token the page was rendered with; a search leaves its empty
// criteria out of the address it puts in the history.
document.addEventListener('htmx:configRequest', (event) => {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
    if (event.detail.verb === 'get') {
        const parameters = event.detail.parameters;
        Object.keys(parameters).filter((name) => parameters[name] === '').forEach((name) => delete parameters[name]);
    }
});

// After the session expired an htmx request lands on the sign-in page: show it whole, not inside a table.
document.addEventListener('htmx:beforeSwap', (event) => {
    const url = event.detail.xhr.responseURL;
    if (url && new URL(url).pathname === '/login') {
        event.detail.shouldSwap = false;
        window.location.assign(url);
    }
});

// Bars take their width from their data-width (percent): the pages' policy allows no inline style.
function sizeBars(root) {
    root.querySelectorAll('[data-width]').forEach((bar) => {
        bar.style.width = bar.dataset.width + '%';
    });
}
document.addEventListener('DOMContentLoaded', () => sizeBars(document));
document.addEventListener('htmx:afterSwap', (event) => sizeBars(event.detail.target));
