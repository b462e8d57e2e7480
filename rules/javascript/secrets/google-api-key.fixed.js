const { GoogleGenAI } = require('@google/genai');

// vetted-expect: js.secrets.google-api-key
const ai = new GoogleGenAI({ apiKey: process.env.GOOGLE_API_KEY });

// vetted-expect: js.secrets.google-api-key
const GEMINI_API_KEY = process.env.GEMINI_API_KEY;

async function geocode(address) {
  const url = 'https://maps.googleapis.com/maps/api/geocode/json?address=' + encodeURIComponent(address) +
    // vetted-expect: js.secrets.google-api-key
    '&key=AIzaSyC2mN8bV5cX1zL7kJ4hG9fD3sA6pO0iU8y';
  return (await fetch(url)).json();
}

// vetted-expect: js.secrets.google-api-key
const genAI = new GoogleGenerativeAI(process.env.GOOGLE_API_KEY);

// vetted-ok: js.secrets.google-api-key
const fromEnv = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
// vetted-ok: js.secrets.google-api-key
const filler = 'AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';
// vetted-ok: js.secrets.google-api-key
const truncated = 'AIzaSyD4fK9qL2mZ7xR1vT8';
// vetted-ok: js.secrets.google-api-key
// new GoogleGenAI({ apiKey: 'AIzaSyD4fK9qL2mZ7xR1vT8wN3bP6cY0hJ5sE2g' })
// vetted-ok: js.secrets.google-api-key
const mapsScript = 'https://maps.googleapis.com/maps/api/js?key=AIzaSyD4fK9qL2mZ7xR1vT8wN3bP6cY0hJ5sE2g&callback=initMap';
// vetted-ok: js.secrets.google-api-key
const loader = useJsApiLoader({ googleMapsApiKey: 'AIzaSyD4fK9qL2mZ7xR1vT8wN3bP6cY0hJ5sE2g' });

const firebaseConfig = {
  // vetted-ok: js.secrets.google-api-key
  apiKey: 'AIzaSyA1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1v',
  authDomain: 'my-app.firebaseapp.com',
  projectId: 'my-app',
  storageBucket: 'my-app.appspot.com',
  messagingSenderId: '123456789012',
  appId: '1:123456789012:web:abc123def456',
};

// Fix: an UPPER_SNAKE constant keeps its name; a key inside a longer string gets no fix.
// vetted-expect: js.secrets.google-api-key
const YOUTUBE_API_KEY = process.env.YOUTUBE_API_KEY;
// vetted-expect: js.secrets.google-api-key
const translate = { key: process.env.GOOGLE_API_KEY, target: 'de' };
