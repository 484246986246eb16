// GraphiQL with the question catalog of queries/ in its sidebar. Picking a question puts its query (the
// question is the query's first comment line) into the editor; the play button runs it against /graphql.
(async function () {
  'use strict';
  const e = React.createElement;
  const catalog = await fetch('catalog.json').then((r) => r.json());

  function CatalogPanel() {
    // The editor context belongs to the GraphiQL instance the plugin renders in, so GraphiQL's own
    // bundle provides the hook (GraphiQL.React), sharing its React.
    const editor = GraphiQL.React.useEditorContext({ nonNull: true });
    const open = (entry) => {
      editor.queryEditor.setValue(entry.query);
      editor.variableEditor?.setValue('');
    };
    return e('div', { className: 'catalog' },
      e('div', { className: 'graphiql-doc-explorer-title' }, '问题目录 Questions'),
      e('p', null, 'Pick a question, then press ▶ to run its query. ',
        e('a', { href: 'map' }, '责任地图 Responsibility map →')),
      e('ol', null, catalog.map((entry) =>
        e('li', { key: entry.file },
          e('button', { type: 'button', 'data-file': entry.file, title: entry.file, onClick: () => open(entry) },
            e('span', { className: 'question' }, entry.question),
            e('span', { className: 'file' }, entry.operation + ' · ' + entry.file))))));
  }

  const WELCOME = [
    '# 欢迎 Welcome to policy-graph: the Jilin provincial gazette as a graph.',
    '# Pick a question on the left (问题目录) and press ▶ to run it, or write your own: Ctrl-Space completes,',
    '# and the Docs button (top left) lists every field. The responsibility map is at /map.',
    '{',
    '  issues { title year number }',
    '}',
    '',
  ].join('\n');

  const catalogPlugin = {
    title: 'Questions',
    icon: () => e('span', { className: 'catalog-icon', 'aria-hidden': true }, '问'),
    content: CatalogPanel,
  };

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    e(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: 'graphql' }),
      plugins: [catalogPlugin],
      visiblePlugin: catalogPlugin,
      defaultQuery: WELCOME,
    }),
  );
})();
