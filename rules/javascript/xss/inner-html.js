import DOMPurify from 'dompurify';

const EMPTY_STATE = '<p class="empty">Nothing here yet</p>';

function renderResults(items, query) {
  const list = document.getElementById('results');
  // vetted-expect: js.xss.inner-html
  document.getElementById('title').innerHTML = `Results for ${query}`;
  for (const item of items) {
    // vetted-expect: js.xss.inner-html
    list.innerHTML += `<li>${item.name}</li>`;
  }
}

function showMessage(msg) {
  // vetted-expect: js.xss.inner-html
  document.querySelector('#flash').innerHTML = msg;
}

function replaceCard(card, data) {
  // vetted-expect: js.xss.inner-html
  card.outerHTML = '<div class="card">' + data.bio + '</div>';
}

function fromUrl() {
  // vetted-expect: js.xss.inner-html
  banner.innerHTML = new URLSearchParams(location.search).get('welcome');
}

function safeExamples(el, msg, html, total) {
  // vetted-ok: js.xss.inner-html
  el.innerHTML = '';
  // vetted-ok: js.xss.inner-html
  el.innerHTML = EMPTY_STATE;
  // vetted-ok: js.xss.inner-html
  el.textContent = msg;
  // vetted-ok: js.xss.inner-html
  el.innerHTML = DOMPurify.sanitize(html);
  // vetted-ok: js.xss.inner-html
  el.innerHTML = `<b>Total:</b> ${total.toFixed(2)}`;
  // vetted-ok: js.xss.inner-html
  const hint = "el.innerHTML = msg is unsafe";
  // vetted-ok: js.xss.inner-html
  // el.innerHTML = msg;
  // vetted-ok: js.xss.inner-html
  const current = el.innerHTML;
  // vetted-ok: js.xss.inner-html
  el.innerHTML = document.getElementById('row-template').innerHTML;
  // vetted-ok: js.xss.inner-html
  el.innerHTML = i18n.t('welcome.banner');
  // vetted-ok: js.xss.inner-html
  el.insertAdjacentText('beforeend', msg);
}
