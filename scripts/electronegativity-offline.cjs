// Preloaded into the electronegativity scanner (scripts/electronegativity.mjs). On every run the
// scanner fetches updated translations of its messages from the internet; offline, a slow failure
// can crash it (got retries after a timeout and rejects a promise that has already settled). Our
// checks never leave the machine: the scanner's translation loader gets a `got` that fails at once,
// and the scanner keeps the English messages it ships with.
const Module = require('node:module');

const load = Module._load;
const TRANSLATION_LOADER = /[\\/]@doyensec[\\/]electronegativity[\\/]dist[\\/]locales[\\/]/;
const offline = () => Promise.reject(new Error('Atelier runs electronegativity offline'));

Module._load = function loadOffline(request, parent, ...rest) {
  if (request === 'got' && parent && TRANSLATION_LOADER.test(parent.filename ?? '')) return offline;
  return load.call(this, request, parent, ...rest);
};
