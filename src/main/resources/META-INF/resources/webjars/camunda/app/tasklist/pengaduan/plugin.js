// pengaduan's Tasklist plugin (docs/decisions/0018-the-decision-beside-the-task.md): the complaint beside each task,
// fetched from our staff API when the task is opened (nothing personal goes through the engine), and a search by
// tracking number in the header. Every text comes from our message bundles through /staff/api/tasklist/messages;
// everything is built with textContent, never as HTML, and no script is inline (the webapps' CSP).

const LANGUAGES = ['id', 'en'];

// The Tasklist picks its language the same way: the browser's first language if we have it, else Indonesian.
const LANGUAGE = (() => {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  const code = preferred.split('-')[0].toLowerCase();
  return LANGUAGES.includes(code) ? code : LANGUAGES[0];
})();

// The webapps live at <context>/camunda; our staff API at <context>/staff/api.
const APP_ROOT = document.querySelector('base').getAttribute('app-root');
const CONTEXT = APP_ROOT.replace(/\/camunda\/?$/, '');

const TRACKING_NUMBER = /^ADU-\d{4}-\d{6}$/;

function getJson(url) {
  return fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': LANGUAGE }
  }).then((response) => (response.ok ? response.json() : Promise.reject(response.status)));
}

const TEXTS = await getJson(CONTEXT + '/staff/api/tasklist/messages').catch(() => ({}));

function t(key, ...values) {
  return (TEXTS[key] || key).replace(/\{(\d+)\}/g, (all, index) => String(values[Number(index)]));
}

// Screen readers read the page in the Tasklist's language, not in the "en" of its index.html.
document.documentElement.lang = LANGUAGE;

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

/** A link that opens beside the Tasklist: the case file, an attachment. */
function besideLink(link) {
  return element('a', { href: CONTEXT + link.href, target: '_blank', rel: 'noopener' }, link.label);
}

function xsrfToken() {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The Tasklist's own claim, as the logged-in user, with the webapps' XSRF token. */
async function claim(api, taskId) {
  const user = await getJson(api.adminApi + '/auth/user/default');
  const response = await fetch(api.engineApi + '/task/' + encodeURIComponent(taskId) + '/claim', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
    body: JSON.stringify({ userId: user.userId })
  });
  if (!response.ok) {
    throw new Error(String(response.status));
  }
}

/** Opens task {@code taskId} in the Tasklist, on tab {@code tab} if given; reloads so a claim shows. */
function openTask(taskId, tab, reload) {
  const query = window.location.hash.replace(/^#\/?\??/, '');
  const params = new URLSearchParams(query);
  params.set('task', taskId);
  if (tab) {
    params.set('detailsTab', tab);
  }
  window.location.hash = '#/?' + params.toString();
  if (reload) {
    window.location.reload();
  }
}

function renderComplaint(node, complaint, task, api) {
  const overdue = complaint.deadline.overdue ? ' pengaduan-overdue' : '';
  const facts = (list) =>
    element('dl', { class: 'pengaduan-facts' }, list.map((fact) => [element('dt', {}, fact.label), element('dd', {}, fact.value)]));
  const actions = element('p', { class: 'pengaduan-actions' }, besideLink(complaint.caseFile));
  if (task && !task.assignee) {
    const button = element('button', { type: 'button', class: 'btn btn-primary btn-sm' }, t('claimAndWork'));
    button.addEventListener('click', () => {
      button.disabled = true;
      claim(api, task.id)
        .then(() => openTask(task.id, 'task-detail-form', true))
        .catch(() => {
          button.disabled = false;
          actions.append(element('span', { class: 'text-danger', role: 'alert' }, ' ' + t('failed')));
        });
    });
    actions.append(' ', button);
  }
  const section = element('section', { class: 'pengaduan-complaint', 'aria-labelledby': 'pengaduan-title' },
    element('h3', { id: 'pengaduan-title' }, complaint.title),
    element('p', { class: 'pengaduan-deadline' + overdue },
      element('strong', {}, complaint.deadline.label + ': '), complaint.deadline.text),
    actions,
    facts(complaint.facts),
    complaint.sections.map((part) => [element('h4', {}, part.heading), element('p', { class: 'pengaduan-text' }, part.text)]));
  if (complaint.attachments.items.length) {
    section.append(element('h4', {}, complaint.attachments.heading),
      element('ul', {}, complaint.attachments.items.map((item) => element('li', {}, besideLink(item)))));
  }
  section.append(element('h4', {}, complaint.identity.heading),
    complaint.identity.notice ? element('p', {}, complaint.identity.notice) : facts(complaint.identity.facts));
  section.append(element('h4', {}, complaint.history.heading),
    element('table', { class: 'table table-condensed pengaduan-history' },
      element('thead', {}, element('tr', {}, complaint.history.columns.map((column) => element('th', { scope: 'col' }, column)))),
      element('tbody', {}, complaint.history.rows.map((row) => element('tr', {}, row.map((cell) => element('td', {}, cell)))))));
  node.replaceChildren(section);
}

const complaintTab = {
  id: 'pengaduan-complaint',
  pluginPoint: 'tasklist.task.detail',
  // Before the form (1000): the officer reads the complaint first; the Tasklist keeps the tab he then chooses.
  priority: 1100,
  label: t('tab'),
  render(node, { taskId, api }) {
    node.replaceChildren(element('p', { role: 'status' }, t('loading')));
    Promise.all([
      getJson(CONTEXT + '/staff/api/tasks/' + encodeURIComponent(taskId) + '/complaint'),
      getJson(api.engineApi + '/task/' + encodeURIComponent(taskId)).catch(() => null)
    ]).then(([complaint, task]) => renderComplaint(node, complaint, task, api))
      .catch((status) => {
        const key = status === 403 ? 'forbidden' : status === 404 ? 'notFound' : 'failed';
        node.replaceChildren(element('p', { class: 'pengaduan-problem', role: 'alert' }, t(key)));
      });
  }
};

function renderResults(results, number, tasks, api) {
  if (!tasks.length) {
    results.replaceChildren(element('p', {}, t('search.none')));
    return;
  }
  const items = tasks.map((task) => {
    const open = element('a', { href: '#/?task=' + encodeURIComponent(task.id) }, t('search.open'));
    open.addEventListener('click', (event) => {
      event.preventDefault();
      results.replaceChildren();
      openTask(task.id, null, false);
    });
    const item = element('li', {}, element('span', { class: 'pengaduan-task-name' }, task.name), ' ', open);
    if (task.assignee) {
      item.append(' ', element('span', { class: 'pengaduan-assigned' }, '(' + t('search.assigned', task.assignee) + ')'));
    }
    else {
      const claimAndOpen = element('button', { type: 'button', class: 'btn btn-link btn-xs' }, t('search.claimAndOpen'));
      claimAndOpen.addEventListener('click', () => {
        claimAndOpen.disabled = true;
        claim(api, task.id)
          .then(() => openTask(task.id, 'task-detail-form', true))
          .catch(() => {
            claimAndOpen.disabled = false;
            item.append(element('span', { class: 'text-danger', role: 'alert' }, ' ' + t('failed')));
          });
      });
      item.append(' ', claimAndOpen);
    }
    return item;
  });
  results.replaceChildren(element('p', {}, t('search.found', number)), element('ul', {}, items));
}

const search = {
  id: 'pengaduan-search',
  pluginPoint: 'tasklist.navbar.action',
  priority: 1000,
  render(node, { api }) {
    const input = element('input', {
      id: 'pengaduan-search-number', type: 'search', class: 'form-control input-sm', autocomplete: 'off',
      spellcheck: 'false', placeholder: t('search.placeholder'), 'aria-describedby': 'pengaduan-search-results'
    });
    const results = element('div', { id: 'pengaduan-search-results', class: 'pengaduan-search-results', role: 'status' });
    const form = element('form', { class: 'pengaduan-search', role: 'search' },
      element('label', { for: 'pengaduan-search-number' }, t('search.label')), ' ', input, ' ',
      element('button', { type: 'submit', class: 'btn btn-default btn-sm' }, t('search.submit')), results);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const number = input.value.trim().toUpperCase();
      if (!TRACKING_NUMBER.test(number)) {
        results.replaceChildren(element('p', {}, t('search.invalid')));
        return;
      }
      results.replaceChildren(element('p', {}, t('loading')));
      // The Tasklist's own API, so the engine's authorizations decide which tasks the officer sees.
      getJson(api.engineApi + '/task?processInstanceBusinessKey=' + encodeURIComponent(number)
          + '&sortBy=dueDate&sortOrder=asc&maxResults=20')
        .then((tasks) => renderResults(results, number, tasks, api))
        .catch(() => results.replaceChildren(element('p', { role: 'alert' }, t('failed'))));
    });
    node.replaceChildren(form);
  }
};

export default [complaintTab, search];
