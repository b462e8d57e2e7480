const SPINNER = '<div class="spinner"></div>';

function show(response) {
  // vetted-expect: js.xss.jquery-html
  $('#message').html(response.message);
}

function renderUsers(users) {
  for (const user of users) {
    // vetted-expect: js.xss.jquery-html
    $('#list').append(`<li class="user">${user.name}</li>`);
  }
}

function preview($panel, markdown) {
  // vetted-expect: js.xss.jquery-html
  $panel.find('.body').html(marked(markdown));
}

function title(name) {
  // vetted-expect: js.xss.jquery-html
  jQuery('h1').prepend('<span>' + name + '</span>');
}

function safeExamples(user, html, $list) {
  // vetted-ok: js.xss.jquery-html
  $('#message').text(user.name);
  // vetted-ok: js.xss.jquery-html
  $('#loading').html(SPINNER);
  // vetted-ok: js.xss.jquery-html
  $('#bio').html(DOMPurify.sanitize(html));
  // vetted-ok: js.xss.jquery-html
  $('<li class="user">').text(user.name).appendTo($list);
  // vetted-ok: js.xss.jquery-html
  $list.append(document.createElement('li'));
  // vetted-ok: js.xss.jquery-html
  const current = $('#message').html();
  // vetted-ok: js.xss.jquery-html
  const hint = "$('#x').html(userInput) is unsafe";
  // vetted-ok: js.xss.jquery-html
  // $('#message').html(user.name);
  // vetted-ok: js.xss.jquery-html
  this.$el.html(this.template(user));
  // vetted-ok: js.xss.jquery-html
  formData.append('name', `${user.name}`);
}

// Numbers and translated text are the developers' own; a translation with data in it is not.
function renderStatus(count, shown, user) {
  // vetted-ok: js.xss.jquery-html
  $('#status').html('<b>' + i18n.t('status.unresolved') + '</b> ' + Math.min(count, 99));
  // vetted-ok: js.xss.jquery-html
  $('#range').html(`[${Math.max(shown, 0)} &hellip; ${Math.min(count - 1, shown + 9)}]`);
  // vetted-ok: js.xss.jquery-html
  $('#title').html('<h2>' + RED._('editor.title') + '</h2>');
  // vetted-expect: js.xss.jquery-html
  $('#greeting').html(i18n.t('greeting') + ', ' + user.displayName);
}
