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
