const ROW = '<tr><td colspan="3">No data</td></tr>';

function addMessage(feed, message) {
  // vetted-expect: js.xss.insert-adjacent-html
  feed.insertAdjacentHTML('beforeend', `<div class="msg">${message.text}</div>`);
}

function addComment(list, html) {
  // vetted-expect: js.xss.insert-adjacent-html
  list.insertAdjacentHTML('afterbegin', html);
}

function render(markup) {
  // vetted-expect: js.xss.insert-adjacent-html
  const fragment = document.createRange().createContextualFragment('<section>' + markup + '</section>');
  document.body.append(fragment);
}

function safeExamples(table, message, html) {
  // vetted-ok: js.xss.insert-adjacent-html
  table.insertAdjacentHTML('beforeend', ROW);
  // vetted-ok: js.xss.insert-adjacent-html
  table.insertAdjacentHTML('beforeend', '<hr>');
  // vetted-ok: js.xss.insert-adjacent-html
  table.insertAdjacentText('beforeend', message.text);
  // vetted-ok: js.xss.insert-adjacent-html
  table.insertAdjacentHTML('beforeend', DOMPurify.sanitize(html));
  // vetted-ok: js.xss.insert-adjacent-html
  const hint = "el.insertAdjacentHTML('beforeend', userHtml) is unsafe";
  // vetted-ok: js.xss.insert-adjacent-html
  // table.insertAdjacentHTML('beforeend', html);
  // vetted-ok: js.xss.insert-adjacent-html
  table.insertAdjacentElement('beforeend', document.createElement('tr'));
}
