// The editor's preview: a card drawn as the phone page of the room draws
// it (lan/web/phone.js), with the room's own style sheet and elements
// (room.css, room.js). The editor's page sends the card by postMessage;
// nothing here talks to the server.
(function () {
  'use strict';
  var h = Room.h;
  var t = Room.strings({
    fr: {
      kind_verdict: 'Vrai ou faux ?', kind_choice: 'Question', kind_clues: 'Qui suis-je ?', kind_spectrum: 'Estimez',
      kind_order: 'Remettez dans l\'ordre', kind_open: 'Question ouverte', kind_character: 'Qui est-ce ?', kind_opinion: 'Débat : placez-vous',
      clue: 'Indice {n}', hints: 'Pour vérifier', several: 'Plusieurs réponses possibles', openHint: 'Discutez, puis dites votre réponse.',
      guess: 'Votre réponse', steps: ['Pas du tout d\'accord', 'Plutôt pas d\'accord', 'Ni l\'un ni l\'autre', 'Plutôt d\'accord', 'Tout à fait d\'accord'],
      dunno: 'Je ne comprends pas', empty: 'La carte est vide : écrivez son texte à gauche.', send: 'Envoyer'
    },
    en: {
      kind_verdict: 'True or false?', kind_choice: 'Question', kind_clues: 'Who am I?', kind_spectrum: 'Estimate',
      kind_order: 'Put in order', kind_open: 'Open question', kind_character: 'Guess who?', kind_opinion: 'Debate: take your place',
      clue: 'Clue {n}', hints: 'To check', several: 'Several answers possible', openHint: 'Discuss, then say your answer.',
      guess: 'Your answer', steps: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'],
      dunno: 'I don\'t understand', empty: 'The card is empty: write its text on the left.', send: 'Send'
    }
  });
  function button(i, label) {
    return h('button', { class: 'answer', type: 'button', tabindex: '-1' }, [h('span', { class: 'badge', text: String(i + 1) }), h('span', { class: 'label', text: label }), h('span', { class: 'tick', 'aria-hidden': 'true' })]);
  }
  function list(v) { return (Array.isArray(v) ? v : []).filter(function (x) { return String(x).trim() !== ''; }); }
  function draw(m) {
    Room.setLang(m.lang);
    var c = m.card || {}, kind = c.type, main = document.getElementById('main'), out = [];
    var text = c.claim || c.question || c.statement || c.prompt || '';
    var opinion = kind === 'spectrum' && (c.target === undefined || c.target === '');
    out.push(h('p', { class: 'kind', text: t(opinion ? 'kind_opinion' : 'kind_' + kind) }));
    // The phones show no picture (the game's screen does): neither does
    // the preview.
    if (kind !== 'character' && text) out.push(h('p', { class: 'text', text: text }));
    if (kind === 'clues' || kind === 'character' && list(c.clues).length) {
      out.push(h('ol', { class: 'list clues' }, list(c.clues).map(function (x, i) { return h('li', null, [h('b', { text: t('clue', { n: i + 1 }) + ' · ' }), x]); })));
    }
    if (list(c.hints).length) out.push(h('div', { class: 'hints' }, [h('h3', { text: t('hints') }), h('ul', { class: 'list' }, list(c.hints).map(function (x) { return h('li', { text: x }); }))]));
    var box = h('div', { class: 'answers' });
    switch (kind) {
      case 'verdict': (m.verdicts || []).forEach(function (v, i) { box.appendChild(button(i, v.label)); }); out.push(box); break;
      case 'choice':
        if (list(c.answer).length > 1) out.push(h('p', { class: 'muted', text: t('several') }));
        (c.choices || []).forEach(function (x, i) { box.appendChild(button(i, x)); }); out.push(box); break;
      case 'order': list(c.items).slice().sort().forEach(function (x, i) { box.appendChild(button(i, x)); }); out.push(box); break;
      case 'spectrum':
        if (opinion) { box.className = 'answers steps'; t('steps').concat([t('dunno')]).forEach(function (x, i) { box.appendChild(button(i, x)); }); out.push(box); }
        else out.push(h('div', { class: 'slider' }, [h('input', { type: 'range', min: c.min || 0, max: c.max === undefined || c.max === '' ? 100 : c.max, tabindex: '-1' }),
          h('div', { class: 'ends' }, [h('span', { text: c.left || '' }), h('span', { text: c.right || '' })])]));
        break;
      case 'open': out.push(h('p', { class: 'muted', text: t('openHint') })); break;
      case 'clues': out.push(h('p', { class: 'muted', text: t('guess') })); break;
      case 'character': out.push(h('p', { class: 'text', text: c.name || '' })); break;
    }
    if (!text && kind !== 'clues' && kind !== 'character') out.push(h('p', { class: 'muted', text: t('empty') }));
    main.textContent = '';
    Room.add(main, out);
  }
  window.addEventListener('message', function (e) {
    if (e.origin !== location.origin || !e.data || e.data.declic !== 'preview') return;
    draw(e.data);
  });
  if (window.parent !== window) window.parent.postMessage({ declic: 'preview-ready' }, location.origin);
})();
