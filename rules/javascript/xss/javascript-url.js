function renderItems(list, items) {
  for (const item of items) {
    const a = document.createElement('a');
    // vetted-expect: js.xss.javascript-url
    a.href = `javascript:openItem('${item.id}')`;
    a.textContent = item.title;
    list.appendChild(a);
  }
}

function addShareLink(el, name) {
  // vetted-expect: js.xss.javascript-url
  el.setAttribute('href', 'javascript:share(' + JSON.stringify(name) + ')');
}

export function ItemLink({ item }) {
  // vetted-expect: js.xss.javascript-url
  return <a href={`javascript:void(window.open('/items/${item.slug}'))`}>{item.title}</a>;
}

function goBack(target) {
  // vetted-expect: js.xss.javascript-url
  window.location.href = `JavaScript:history.go(${target})`;
}

const params = new URLSearchParams(location.search);
// vetted-expect: js.xss.javascript-url
window.open('javascript:alert(' + params.get('msg') + ')');

// Near misses
const NOOP = 'javascript:void(0)';
// vetted-ok: js.xss.javascript-url
link.href = 'javascript:void(0)';
// vetted-ok: js.xss.javascript-url
link.href = `javascript:void(0)`;
// vetted-ok: js.xss.javascript-url
link.href = `${NOOP}`;
// vetted-ok: js.xss.javascript-url
button.addEventListener('click', () => openItem(item.id));
// vetted-ok: js.xss.javascript-url
const isScript = url.trim().toLowerCase().startsWith('javascript:');
// vetted-ok: js.xss.javascript-url
const doc = 'never build javascript: URLs like `javascript:open(${id})`';
// vetted-ok: js.xss.javascript-url
const label = `JavaScript: ${chapter.title}`;
// vetted-ok: js.xss.javascript-url
a.href = `/items/${item.id}`;
