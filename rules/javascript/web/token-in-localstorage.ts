import axios from 'axios';

const TOKEN_KEY = 'auth_token';

export async function login(email: string, password: string): Promise<void> {
  const { data } = await axios.post('/api/auth/login', { email, password });
  // vetted-expect: js.web.token-in-localstorage
  localStorage.setItem('token', data.token);
  // vetted-expect: js.web.token-in-localstorage
  localStorage.setItem('refreshToken', data.refreshToken);
  // vetted-expect: js.web.token-in-localstorage
  window.sessionStorage.setItem('user_password', password);
}

export function saveSession(accessToken: string, user: { id: string }) {
  // vetted-expect: js.web.token-in-localstorage
  localStorage.setItem(TOKEN_KEY, accessToken);
  // vetted-expect: js.web.token-in-localstorage
  localStorage.setItem(`jwt_${user.id}`, accessToken);
  // vetted-expect: js.web.token-in-localstorage
  localStorage['accessToken'] = accessToken;
  // vetted-expect: js.web.token-in-localstorage
  localStorage.apiKey = (document.getElementById('key') as HTMLInputElement).value;
}

export function persistSession(session: Session) {
  // vetted-expect: js.web.token-in-localstorage
  localStorage.setItem('session', JSON.stringify(session));
}

export const useAuthStore = create((set) => ({
  setToken: (jwt: string) => {
    // vetted-expect: js.web.token-in-localstorage
    sessionStorage.setItem('jwt', jwt);
    set({ jwt });
  },
}));

// Near misses

export function logout() {
  // vetted-ok: js.web.token-in-localstorage
  localStorage.removeItem('token');
  // vetted-ok: js.web.token-in-localstorage
  const token = localStorage.getItem('token');
  // vetted-ok: js.web.token-in-localstorage
  localStorage.setItem('token', '');
  return token;
}
export function preferences(theme: string, expiresAt: number) {
  // vetted-ok: js.web.token-in-localstorage
  localStorage.setItem('theme', theme);
  // vetted-ok: js.web.token-in-localstorage
  localStorage.setItem('tokenExpiresAt', String(expiresAt));
  // vetted-ok: js.web.token-in-localstorage
  localStorage.setItem('csrfToken', document.querySelector('meta[name=csrf]')!.getAttribute('content')!);
  // vetted-ok: js.web.token-in-localstorage
  localStorage.setItem('cart', JSON.stringify(cartItems));
  // vetted-ok: js.web.token-in-localstorage
  localStorage.setItem(CART_KEY, cartItems);
}
// vetted-ok: js.web.token-in-localstorage
cache.setItem('token', token);
// vetted-ok: js.web.token-in-localstorage
// localStorage.setItem('token', data.token);
// vetted-ok: js.web.token-in-localstorage
const note = "localStorage.setItem('token', jwt) is readable by any script";

// vetted-todo-expect: js.web.token-in-localstorage: a credential inside a serialised object is not looked for
localStorage.setItem('user', JSON.stringify({ id: user.id, token: data.token }));
