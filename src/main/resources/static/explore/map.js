// The responsibility map, drawn with Cytoscape.js from the public GraphQL API alone (POST /graphql), so it
// doubles as a worked example for frontend teams: every query it sends is spelled out below.
'use strict';

const MAP = `query Map($id: ID!, $depth: Int) {
  responsibilityMap(id: $id, depth: $depth) {
    nodes { id type label englishLabel }
    edges { source target type label englishLabel detail }
  }
}`;

// A node's details and, for facts, the gazette sentence it was read from. A document's source is nullable
// (cited-only documents have none) and every other one is not, so GraphQL wants it under another name.
const DETAILS = `query Details($id: ID!) {
  node(id: $id) {
    __typename
    ... on ServiceItem { no name targetGroup standard funding { text } currentLeads { name } source { ...Src } }
    ... on Task { text currentLeads { name } source { ...Src } }
    ... on Appointment { post date source { ...Src } }
    ... on Document { number title issuedOn documentSource: source { ...Src } }
    ... on Indicator { name source { ...Src } }
    ... on PhasedTarget { phase source { ...Src } }
    ... on Department {
      name fullName englishName itemsLedCount taskCount foundedOn dissolvedOn current { name }
      successors { kind on source to { id name } } predecessors { kind on source from { id name } }
    }
    ... on Company { name fullName englishName }
    ... on Domain { name englishName itemCount }
  }
}
fragment Src on Source { lines text document { number title } }`;

// 100 is the API's page cap; the gazette has fewer departments, items and documents than that.
const PICKERS = {
  department: {
    query: '{ departments(first: 100) { edges { node { id name englishName } } } }',
    options: (d) => d.departments.edges.map(({ node }) => [node.id, `${node.name} ${node.englishName ?? ''}`]),
  },
  item: {
    query: '{ serviceItems(first: 100) { edges { node { id no name } } } }',
    options: (d) => d.serviceItems.edges.map(({ node }) => [node.id, `${node.no}. ${node.name}`]),
  },
  domain: {
    query: '{ domains { id name englishName } }',
    options: (d) => d.domains.map((n) => [n.id, `${n.name} ${n.englishName ?? ''}`]),
  },
  document: {
    query: '{ documents(first: 100) { edges { node { id number title } } } }',
    options: (d) => d.documents.edges.map(({ node }) => [node.id, `${node.number ?? ''} ${node.title}`]),
  },
};

const KIND_OF_TYPE = { Department: 'department', Company: 'department', ServiceItem: 'item', Domain: 'domain', Document: 'document' };

const COLOURS = {
  Department: '#1f77b4', Company: '#17becf', ServiceItem: '#ff7f0e', Payer: '#2ca02c', Domain: '#9467bd',
  Document: '#8c564b', Task: '#e377c2', Person: '#7f7f7f', Appointment: '#bcbd22', Indicator: '#d62728',
  PhasedTarget: '#d62728', Issue: '#aaaaaa', Annex: '#aaaaaa',
};

// An edge's detail in both languages: the funding role of a FUNDED_BY edge, the kind of a SUCCEEDED_BY edge.
const ROLES = {
  RESPONSIBLE: ['负责', 'responsible'], SHARED: ['分担', 'shared'], SUBSIDY: ['补助', 'subsidy'],
  RENAMED: ['更名', 'renamed'], MERGED_INTO: ['并入', 'merged into'], SPLIT_INTO: ['分设', 'split into'],
  FUNCTIONS_TRANSFERRED: ['职责划入', 'functions transferred'],
};

const params = new URLSearchParams(location.search);
let english = params.get('lang') === 'en';
let centre = params.get('id') || 'Department:吉林省财政厅';
let depth = Number(params.get('depth') || 1);

const cy = cytoscape({
  container: document.getElementById('cy'),
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(zh)', 'background-color': 'data(colour)', color: '#222', 'font-size': 11,
        'font-family': getComputedStyle(document.body).fontFamily, 'text-valign': 'bottom',
        'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 140, width: 18, height: 18,
      },
    },
    { selector: 'node.centre', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#000' } },
    { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#555' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#c9a227' } },
    {
      selector: 'edge',
      style: {
        label: 'data(zh)', width: 1.2, 'line-color': '#bbb', 'target-arrow-color': '#bbb',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'font-size': 9, color: '#666',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.7,
        // Edge labels only once zoomed in: at overview scale they'd bury the nodes.
        'min-zoomed-font-size': 10,
      },
    },
    { selector: 'edge[type = "FUNDED_BY"]', style: { 'line-color': '#2ca02c', 'target-arrow-color': '#2ca02c' } },
    {
      selector: 'edge[type = "SUCCEEDED_BY"]',
      style: { 'line-style': 'dashed', 'line-color': '#1f77b4', 'target-arrow-color': '#1f77b4', width: 2 },
    },
  ],
});
// Tests and curious users reach the graph from the console.
window.cy = cy;

async function graphql(query, variables = {}) {
  const response = await fetch('graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

/** Adds what is not drawn yet; returns how many elements were new. */
function merge(view) {
  const added = [];
  for (const n of view.nodes) {
    if (cy.getElementById(n.id).empty()) {
      added.push({
        group: 'nodes',
        data: { id: n.id, type: n.type, zh: n.label, en: n.englishLabel || n.label, colour: COLOURS[n.type] || '#999' },
      });
    }
  }
  for (const e of view.edges) {
    const id = `${e.source}|${e.type}|${e.target}`;
    if (cy.getElementById(id).empty()) {
      const role = ROLES[e.detail];
      added.push({
        group: 'edges',
        data: {
          id, source: e.source, target: e.target, type: e.type,
          zh: role ? `${e.label}·${role[0]}` : e.label,
          en: role ? `${e.englishLabel} · ${role[1]}` : e.englishLabel,
        },
      });
    }
  }
  cy.add(added);
  return added.length;
}

// Force-directed: hubs (the centre, co-lead departments, payers) pull their items into clusters. After an
// expansion the layout starts from the current positions, so the map grows instead of being reshuffled.
function layout(fresh) {
  cy.layout({
    name: 'cose', animate: false, randomize: fresh, fit: true, padding: 30,
    nodeRepulsion: () => 200000, idealEdgeLength: () => 70, nodeOverlap: 40, gravity: 0.5,
  }).run();
}

async function draw() {
  cy.elements().remove();
  document.body.dataset.state = 'loading';
  try {
    merge((await graphql(MAP, { id: centre, depth })).responsibilityMap);
    cy.getElementById(centre).addClass('centre expanded');
    layout(true);
    downloads();
    history.replaceState(null, '', `?id=${encodeURIComponent(centre)}&depth=${depth}${english ? '&lang=en' : ''}`);
  } catch (error) {
    panel(`<p class="error">${escapeHtml(error.message)}</p>`);
  }
  document.body.dataset.state = 'ready';
}

// Clicking a node draws its own neighbourhood (depth 1) into the map and shows its source sentence.
cy.on('tap', 'node', async (event) => {
  const node = event.target;
  details(node);
  if (node.hasClass('expanded')) {
    return;
  }
  node.addClass('expanded');
  document.body.dataset.state = 'loading';
  try {
    const view = (await graphql(MAP, { id: node.id(), depth: 1 })).responsibilityMap;
    // New nodes start where they were clicked from, so the force layout grows the map around that node.
    const before = new Set(cy.nodes().map((n) => n.id()));
    if (merge(view) > 0) {
      cy.nodes().filter((n) => !before.has(n.id())).positions(() => ({
        x: node.position('x') + Math.random() * 40 - 20, y: node.position('y') + Math.random() * 40 - 20,
      }));
      layout(false);
    }
  } catch (error) {
    // Payers and issues are hubs, not entities of their own: the API has no map for them.
    node.removeClass('expanded');
  }
  document.body.dataset.state = 'ready';
});

async function details(node) {
  const type = node.data('type');
  let html = `<h2>${escapeHtml(node.data(english ? 'en' : 'zh'))}</h2><p class="type">${type} · <code>${escapeHtml(node.id())}</code></p>`;
  try {
    const n = (await graphql(DETAILS, { id: node.id() })).node;
    if (n) {
      html += facts(n) + successions(n);
      const s = n.source ?? n.documentSource;
      if (s) {
        html += `<h3>原文 Source</h3><blockquote>${escapeHtml(s.text)}</blockquote>`
          + `<p>${escapeHtml(s.document.number ?? s.document.title)}, lines ${s.lines[0]}–${s.lines[1]}</p>`;
      }
    }
  } catch (error) {
    html += `<p class="error">${escapeHtml(error.message)}</p>`;
  }
  if (KIND_OF_TYPE[type]) {
    html += `<p><a href="?id=${encodeURIComponent(node.id())}&depth=1${english ? '&lang=en' : ''}">Centre the map here 以此为中心</a></p>`;
  }
  panel(html);
}

function facts(n) {
  const rows = [];
  const add = (name, value) => value != null && value !== '' && rows.push(`<dt>${name}</dt><dd>${escapeHtml(String(value))}</dd>`);
  add('名称 name', n.name);
  add('全称 full name', n.fullName);
  add('English', n.englishName);
  add('文号 number', n.number);
  add('标题 title', n.title);
  add('服务对象 target group', n.targetGroup);
  add('服务标准 standard', n.standard);
  add('支出责任 funding', n.funding?.text);
  add('任务 task', n.text);
  add('职务 post', n.post);
  add('日期 date', n.date ?? n.issuedOn);
  add('成立 founded', n.foundedOn);
  add('撤销 dissolved', n.dissolvedOn);
  add('牵头项目 items led', n.itemsLedCount);
  add('任务数 tasks', n.taskCount);
  add('项目数 items', n.itemCount);
  return rows.length ? `<dl>${rows.join('')}</dl>` : '';
}

// What the 2018 reform did to a department, with each statement's source; who holds an item's leads today.
function successions(n) {
  const kind = (k) => (ROLES[k] ? `${ROLES[k][0]} ${ROLES[k][1]}` : k);
  const line = (s, other) => `<li>${escapeHtml(kind(s.kind))} <a href="?id=${encodeURIComponent(other.id)}&depth=1">`
    + `${escapeHtml(other.name)}</a>${s.on ? ` (${escapeHtml(s.on)})` : ''}<br><small>${escapeHtml(s.source)}</small></li>`;
  let html = '';
  if (n.successors?.length) {
    html += `<h3>承继机构 Successors</h3><ul>${n.successors.map((s) => line(s, s.to)).join('')}</ul>`;
  }
  if (n.predecessors?.length) {
    html += `<h3>前身 Predecessors</h3><ul>${n.predecessors.map((s) => line(s, s.from)).join('')}</ul>`;
  }
  const today = n.current ?? n.currentLeads;
  if (today && (n.currentLeads || n.successors?.length)) {
    html += `<h3>今天负责 Responsible today</h3><p>${escapeHtml(today.map((d) => d.name).join('、') || '—')}</p>`;
  }
  return html;
}

function panel(html) {
  document.getElementById('panel').innerHTML = html;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function downloads() {
  for (const a of document.querySelectorAll('.downloads a')) {
    a.href = `export/map/${a.dataset.format}?id=${encodeURIComponent(centre)}&depth=${depth}`;
  }
}

function labels() {
  const key = english ? 'data(en)' : 'data(zh)';
  cy.style().selector('node').style('label', key).selector('edge').style('label', key).update();
  document.getElementById('lang').textContent = english ? '中文' : 'English';
  document.documentElement.lang = english ? 'en' : 'zh-CN';
}

async function fillPicker(kind, selected) {
  const select = document.getElementById('entity');
  const options = PICKERS[kind].options(await graphql(PICKERS[kind].query));
  select.replaceChildren(...options.map(([id, text]) => new Option(text, id, false, id === selected)));
}

function legend() {
  document.getElementById('legend').innerHTML = Object.entries(COLOURS)
    .filter(([type]) => type !== 'Annex' && type !== 'PhasedTarget')
    .map(([type, colour]) => `<li><i style="background:${colour}"></i>${type}</li>`).join('');
}

document.getElementById('kind').addEventListener('change', async (event) => {
  await fillPicker(event.target.value, null);
  centre = document.getElementById('entity').value;
  draw();
});
document.getElementById('entity').addEventListener('change', (event) => {
  centre = event.target.value;
  draw();
});
document.getElementById('depth').addEventListener('change', (event) => {
  depth = Number(event.target.value);
  draw();
});
document.getElementById('lang').addEventListener('click', () => {
  english = !english;
  labels();
  history.replaceState(null, '', `?id=${encodeURIComponent(centre)}&depth=${depth}${english ? '&lang=en' : ''}`);
});

(async function start() {
  const kind = KIND_OF_TYPE[centre.split(':')[0]] || 'department';
  document.getElementById('kind').value = kind;
  document.getElementById('depth').value = String(depth);
  legend();
  labels();
  await Promise.all([fillPicker(kind, centre), draw()]);
})();
