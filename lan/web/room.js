// What the phone's page and the facilitator's console share: the room's
// language and French typography, the strings, making elements, and the
// teams' symbols drawn as shapes. Loaded before phone.js or console.js.
var Room = (function () {
  'use strict';
  var R = { lang: /^en/i.test(navigator.language || '') ? 'en' : 'fr' };

  // setLang speaks the room's language, whatever the device's own.
  R.setLang = function (l) {
    if (l !== 'en' && l !== 'fr') return;
    R.lang = l;
    document.documentElement.lang = l;
  };
  // typo gives French text its non-breaking spaces before : ; ? ! » and
  // after «, which the game's screen keeps too.
  R.typo = function (s) {
    s = String(s == null ? '' : s);
    return R.lang === 'fr' ? s.replace(/[ \u00a0]([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0') : s;
  };
  // strings returns t(key, args): a page's string in the room's language
  // (French when English lacks it), {a} replaced by args.a.
  R.strings = function (STR) {
    return function (k, args) {
      var s = STR[R.lang][k];
      if (s == null) s = STR.fr[k] || k;
      if (typeof s !== 'string') return s;
      return R.typo(s.replace(/\{(\w)\}/g, function (_, a) { return args && args[a] != null ? args[a] : ''; }));
    };
  };
  // h makes an element: props are its class, text, handlers (on…) and
  // attributes; kids are elements, strings or nothing.
  R.h = function (tag, props, kids) {
    var e = document.createElement(tag);
    for (var k in props || {}) {
      var v = props[k];
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = R.typo(v);
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    R.add(e, kids);
    return e;
  };
  R.add = function (e, kids) {
    if (kids == null) return;
    if (!Array.isArray(kids)) kids = [kids];
    kids.forEach(function (c) {
      if (Array.isArray(c)) R.add(e, c);
      else if (c != null && c !== false) e.appendChild(typeof c === 'object' ? c : document.createTextNode(R.typo(c)));
    });
  };
  var SHAPES = {
    '●': '<circle cx="12" cy="12" r="10"/>', '▲': '<path d="M12 2 23 21H1z"/>', '■': '<rect x="2.5" y="2.5" width="19" height="19"/>',
    '◆': '<path d="M12 1 23 12 12 23 1 12z"/>', '★': '<path d="m12 1 3.2 6.8 7.3.9-5.4 5 1.4 7.3L12 17.4 5.5 21l1.4-7.3-5.4-5 7.3-.9z"/>',
    '✖': '<path d="M5 1.8 12 8.8 19 1.8 22.2 5 15.2 12 22.2 19 19 22.2 12 15.2 5 22.2 1.8 19 8.8 12 1.8 5z"/>'
  };
  // sym draws a team's symbol as a shape: the fonts of old phones lack
  // some, or draw them as emoji.
  R.sym = function (s) {
    var p = SHAPES[s];
    if (!p) return R.h('span', { class: 'sym', text: s || '' });
    // The HTML parser puts an svg element in the SVG namespace itself.
    var e = document.createElement('span');
    e.innerHTML = '<svg class="sym" viewBox="0 0 24 24" aria-hidden="true">' + p + '</svg>';
    return e.firstChild;
  };
  return R;
})();
