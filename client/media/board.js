// The story board's page. It receives the board as plain data from the extension and builds a
// table with DOM calls only: article text is set as text, never parsed as HTML.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const board = /** @type {HTMLElement} */ (document.getElementById('board'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  const heading = /** @type {HTMLElement} */ (document.getElementById('heading'));
  const problems = /** @type {HTMLElement} */ (document.getElementById('problems'));

  const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', information: 'Note', hint: 'Hint' };

  /** @param {string} tag @param {string} [className] @param {string} [text] */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The words of a passage, the marked ones in <mark>. */
  function passageButton(passage, outlet, label) {
    const button = el('button', 'passage');
    button.type = 'button';
    const plain = [];
    const marked = [];
    for (const part of passage.parts) {
      if (part.mark) {
        button.append(el('mark', undefined, part.text));
        marked.push(part.text);
      } else button.append(document.createTextNode(part.text));
      plain.push(part.text);
    }
    const differs = marked.length ? `; differs: ${marked.join(', ')}` : '';
    button.setAttribute('aria-label', `${outlet} on ${label}: ${plain.join('')}${differs}. Press Enter to open the article at these words.`);
    button.title = `Open ${outlet} at these words`;
    button.addEventListener('click', () => vscode.postMessage({ type: 'open', uri: passage.uri, range: passage.range }));
    return button;
  }

  function render(message) {
    const data = message.board;
    // A passage that had the keyboard keeps it across a redraw, but only while the board has the
    // focus: a board redrawn after a click opened the article must not take the focus back from
    // the editor (the page still holds the clicked button as its active element).
    const focusedKey = document.hasFocus() && document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    board.replaceChildren();
    problems.replaceChildren();
    for (const p of data.problems) problems.append(el('li', 'problem', p));
    if (!data.outlets.length) {
      heading.textContent = 'Story board';
      status.textContent = 'This article is not part of a story the server has read yet.';
      return;
    }
    const differences = data.rows.filter((r) => r.kind === 'finding').length;
    heading.textContent = `Story board: ${data.outlets.length} outlet${data.outlets.length === 1 ? '' : 's'}`;
    status.textContent = `${differences} difference${differences === 1 ? '' : 's'}, ${data.rows.length - differences} claim${data.rows.length - differences === 1 ? '' : 's'} stated without one${data.more ? `; ${data.more} more rows not shown` : ''}.`;

    const table = el('table', 'board');
    table.setAttribute('aria-describedby', 'status');
    table.append(el('caption', undefined, 'Each row is a claim of the story; each column an outlet. Marked words differ from the other outlets.'));
    const head = el('thead');
    const headRow = el('tr');
    const corner = el('th', 'corner', 'Claim');
    corner.scope = 'col';
    headRow.append(corner);
    for (const o of data.outlets) {
      const th = el('th', 'outlet');
      th.scope = 'col';
      th.append(el('span', 'outlet-name', o.outlet));
      const sub = [o.date, o.title].filter(Boolean).join(' · ');
      if (sub) th.append(el('span', 'outlet-detail', sub));
      headRow.append(th);
    }
    head.append(headRow);
    table.append(head);

    const body = el('tbody');
    data.rows.forEach((row, r) => {
      const tr = el('tr', row.kind === 'finding' ? `finding ${row.severity}` : 'claim');
      const th = el('th', 'row-head');
      th.scope = 'row';
      if (row.kind === 'finding') th.append(el('span', `severity ${row.severity}`, SEVERITY_LABEL[row.severity] || row.severity));
      th.append(el('span', 'label', row.label));
      if (row.message) {
        const msg = el('span', 'message', row.message);
        th.append(msg);
      }
      if (row.rule) th.append(el('span', 'rule', row.rule));
      tr.append(th);
      row.cells.forEach((cell, c) => {
        const td = el('td', cell.passages.length ? 'cell' : 'cell silent');
        if (!cell.passages.length) {
          td.append(el('span', 'silent-mark', '—'));
          td.setAttribute('aria-label', `${data.outlets[c].outlet}: silent`);
        }
        cell.passages.forEach((p, i) => {
          const button = passageButton(p, data.outlets[c].outlet, row.label);
          button.dataset.row = String(r);
          button.dataset.col = String(c);
          button.dataset.key = `${row.label}\u0000${c}\u0000${i}`;
          td.append(button);
        });
        tr.append(td);
      });
      body.append(tr);
    });
    table.append(body);
    board.append(table);
    if (focusedKey) {
      const again = Array.from(board.querySelectorAll('button.passage')).find((b) => b instanceof HTMLElement && b.dataset.key === focusedKey);
      if (again instanceof HTMLElement) again.focus();
    }
  }

  // Arrow keys move between the cells' passages, as in a grid; Enter and Space open one.
  board.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.classList.contains('passage')) return;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    const buttons = Array.from(board.querySelectorAll('button.passage')).filter((b) => b instanceof HTMLElement);
    let row = Number(target.dataset.row);
    let col = Number(target.dataset.col);
    const rows = Math.max(...buttons.map((b) => Number(b.dataset.row))) + 1;
    const cols = Math.max(...buttons.map((b) => Number(b.dataset.col))) + 1;
    for (let step = 0; step < rows * cols; step++) {
      row += move[0];
      col += move[1];
      if (row < 0 || row >= rows || col < 0 || col >= cols) return;
      const next = buttons.find((b) => Number(b.dataset.row) === row && Number(b.dataset.col) === col);
      if (next instanceof HTMLElement) {
        event.preventDefault();
        next.focus();
        return;
      }
    }
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'board') render(message);
    else if (message && message.type === 'message') {
      board.replaceChildren();
      problems.replaceChildren();
      status.textContent = String(message.text);
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
