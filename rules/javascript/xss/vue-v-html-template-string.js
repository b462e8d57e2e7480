import { createApp, defineComponent } from 'vue';
import Vue from 'vue/dist/vue.esm.js';
import { marked } from 'marked';
import DOMPurify from 'dompurify';

const CommentItem = defineComponent({
  props: ['comment'],
  // vetted-expect: js.xss.vue-v-html-template-string
  template: `
    <li class="comment">
      <strong>{{ comment.author }}</strong>
      <div class="body" v-html="comment.body"></div>
    </li>
  `,
});

Vue.component('user-bio', {
  props: ['user'],
  computed: {
    renderedBio() {
      return marked.parse(this.user.bio || '');
    },
  },
  // vetted-expect: js.xss.vue-v-html-template-string
  template: '<section><h2>{{ user.name }}</h2><div v-html="renderedBio"></div></section>',
});

createApp({
  data() {
    return { messages: [] };
  },
  // vetted-expect: js.xss.vue-v-html-template-string
  template: `<ul><li v-for="m in messages" :key="m.id" :innerHTML="m.text"></li></ul>`,
}).mount('#chat');

export default {
  name: 'SearchResult',
  props: { highlighted: String },
  // vetted-expect: js.xss.vue-v-html-template-string
  'template': "<p v-bind:innerHTML='highlighted'></p>",
};

const SafeComment = defineComponent({
  props: ['comment'],
  methods: { sanitize: (html) => DOMPurify.sanitize(html) },
  // vetted-ok: js.xss.vue-v-html-template-string
  template: `<div class="body" v-html="sanitize(comment.body)"></div>`,
});

const Purified = defineComponent({
  props: ['bio'],
  computed: { purifiedBio() { return DOMPurify.sanitize(marked.parse(this.bio)); } },
  // vetted-ok: js.xss.vue-v-html-template-string
  template: '<div v-html="purifiedBio"></div>',
});

const TextOnly = defineComponent({
  props: ['comment'],
  // vetted-ok: js.xss.vue-v-html-template-string
  template: `<div class="body">{{ comment.body }}</div><p v-text="comment.author"></p>`,
});

const StaticHtml = defineComponent({
  // vetted-ok: js.xss.vue-v-html-template-string
  template: `<div v-html="'<b>Welcome</b>'"></div>`,
});

const Mounted = {
  // vetted-ok: js.xss.vue-v-html-template-string
  template: '#comment-template',
  // vetted-ok: js.xss.vue-v-html-template-string
  description: '<div v-html="body"></div>',
};

// vetted-ok: js.xss.vue-v-html-template-string
// template: `<div v-html="comment.body"></div>`,
const Message = defineComponent({
  props: ['text'],
  data: () => ({ banner: '<b>Maintenance tonight</b>' }),
  // vetted-todo-ok: js.xss.vue-v-html-template-string: a data value that is a constant is not told apart from user data
  template: `<div v-html="banner"></div><span>{{ text }}</span>`,
});

export { CommentItem, SafeComment, Purified, TextOnly, StaticHtml, Mounted, Message };
