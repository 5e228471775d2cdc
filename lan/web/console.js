// Déclic's console: the facilitator's presenter view of the room (issue
// 14), opened with its key (?k=). It draws the "console" messages of the
// room and sends the same actions as the game's keys, which go through the
// host like the keyboard's (lan/console.go).
(function () {
  'use strict';
  var STR = {
    fr: {
      connecting: 'Connexion…', reconnecting: 'reconnexion…', closedRoom: 'La salle est fermée.', forbidden: 'Clé manquante : ouvrez l\'adresse « animateur » que le jeu affiche.',
      card: 'Carte {n} sur {t}', code: 'Salle {c}', pause: 'Pause', resume: 'Reprendre', paused: 'en pause',
      answering: 'Réponses ouvertes', second: 'Deuxième tour', revealed: 'Réponse montrée', over: 'Partie terminée', noGame: 'Pas de partie en cours.',
      answer: 'Réponse', target: 'Valeur : {a}', accept: 'Compté juste aussi : {a}', explanation: 'L\'explication', source: 'Source : {a}',
      reflex: 'Le bon réflexe', flags: 'Les signaux d\'alerte', report: 'Où signaler : {a}', technique: 'Technique : {a}', hints: 'Pistes pour vérifier',
      discuss: 'Pour en discuter', clues: 'Indices', order: 'Le bon ordre', characters: 'Personnages', asked: 'Questions posées', yes: 'Oui', no: 'Non',
      teams: 'Équipes', waiting: '…', answeredBy: 'par {s}', turn: 'à son tour', out: 'hors jeu', first: 'avant : {a}',
      sure1: 'sûr', sure2: 'plutôt', sure3: 'au hasard',
      says: 'Ce que disent les équipes', noSays: 'Rien pour l\'instant.', right: 'Juste', wrong: 'Faux',
      seats: 'Téléphones', noSeats: 'Aucun téléphone.', person: 'personne (votes)', on: 'connecté', off: 'parti {m}', free: 'Libérer', yesFree: 'Oui, libérer', voters: '{n} vote(s) de personnes',
      reveal: 'Voir la réponse', next: 'Carte suivante', back: 'Retour', undo: 'Annuler', clue: 'Indice suivant', blank: 'Écran noir', scores: 'Scores',
      close: 'Fermer la salle', sure: 'Fermer la salle ? Les téléphones seront déconnectés.', yesClose: 'Oui, fermer', keep: 'Non',
      keys: '→ Espace : suivant · ← : retour · Ctrl+Z : annuler · C : indice · T : minuteur · B : écran noir · S : scores',
      steps: ['Pas du tout d\'accord', 'Plutôt pas d\'accord', 'Entre les deux', 'Plutôt d\'accord', 'Tout à fait d\'accord', 'Je ne comprends pas'],
      before: 'Avant', after: 'Après', refused: 'Pas possible maintenant.',
      // The creation workshop (issue 15).
      cr: 'Atelier création', crStart: 'Les équipes écrivent des cartes sur leurs téléphones. Sur quel modèle ?', crDeck: 'Comme le deck en cours : {d}',
      crVerdict: 'Info ou intox : une affirmation, vrai ou pas, pourquoi, une source', crClues: 'Qui suis-je ? : une réponse et ses indices',
      kind_verdict: 'Info ou intox', kind_clues: 'Qui suis-je ?', crWritten: ['{n} écrite', '{n} écrites'], crAccepted: ['{n} acceptée', '{n} acceptées'], crNone: 'Les cartes des équipes arrivent ici.',
      waiting: 'en attente', accepted: '✓ acceptée', refusedS: '✗ refusée', edited: 'modifiée', save: 'Enregistrer', accept: 'Accepter ✓', refuse: 'Refuser ✗',
      f_claim: 'Affirmation', f_verdict: 'Verdict', f_answer: 'Réponse', f_clues: 'Indices (un par ligne, du plus difficile au plus facile)', f_why: 'Pourquoi (explication)', f_source: 'Source', f_picture: 'Photo', f_: 'Carte',
      finish: ['Écrire le deck ({n} carte)', 'Écrire le deck ({n} cartes)'], written: 'Deck écrit : {t}', play: 'Jouer ce deck ▶', stop: 'Fermer l\'atelier', stopSure: 'Fermer l\'atelier ? Les cartes non écrites sont perdues.', yesStop: 'Oui, fermer', cancelCr: 'Annuler',
      crFailed: 'Le deck n\'a pas pu être écrit : {e}'
    },
    en: {
      connecting: 'Connecting…', reconnecting: 'reconnecting…', closedRoom: 'The room is closed.', forbidden: 'Missing key: open the “facilitator” address the game prints.',
      card: 'Card {n} of {t}', code: 'Room {c}', pause: 'Pause', resume: 'Resume', paused: 'paused',
      answering: 'Answers open', second: 'Second round', revealed: 'Answer shown', over: 'Game over', noGame: 'No game in play.',
      answer: 'Answer', target: 'Value: {a}', accept: 'Also counted right: {a}', explanation: 'The explanation', source: 'Source: {a}',
      reflex: 'The right reflex', flags: 'The red flags', report: 'Where to report: {a}', technique: 'Technique: {a}', hints: 'How to check',
      discuss: 'To discuss', clues: 'Clues', order: 'The right order', characters: 'Characters', asked: 'Questions asked', yes: 'Yes', no: 'No',
      teams: 'Teams', waiting: '…', answeredBy: 'by {s}', turn: 'its turn', out: 'out', first: 'before: {a}',
      sure1: 'sure', sure2: 'rather', sure3: 'a guess',
      says: 'What the teams say', noSays: 'Nothing yet.', right: 'Right', wrong: 'Wrong',
      seats: 'Phones', noSeats: 'No phone.', person: 'person (votes)', on: 'connected', off: 'left {m}', free: 'Free', yesFree: 'Yes, free it', voters: '{n} person vote(s)',
      reveal: 'Show the answer', next: 'Next card', back: 'Back', undo: 'Undo', clue: 'Next clue', blank: 'Black screen', scores: 'Scores',
      close: 'Close the room', sure: 'Close the room? The phones will be disconnected.', yesClose: 'Yes, close', keep: 'No',
      keys: '→ Space: next · ←: back · Ctrl+Z: undo · C: clue · T: timer · B: black screen · S: scores',
      steps: ['Strongly disagree', 'Rather disagree', 'In between', 'Rather agree', 'Strongly agree', 'I don\'t understand'],
      before: 'Before', after: 'After', refused: 'Not possible now.',
      cr: 'Creation workshop', crStart: 'The teams write cards on their phones. On which model?', crDeck: 'Like the deck in play: {d}',
      crVerdict: 'True or fake: a claim, true or not, why, a source', crClues: 'Who am I?: an answer and its clues',
      kind_verdict: 'True or fake', kind_clues: 'Who am I?', crWritten: ['{n} written', '{n} written'], crAccepted: ['{n} accepted', '{n} accepted'], crNone: 'The teams\' cards arrive here.',
      waiting: 'waiting', accepted: '✓ accepted', refusedS: '✗ refused', edited: 'edited', save: 'Save', accept: 'Accept ✓', refuse: 'Refuse ✗',
      f_claim: 'Claim', f_verdict: 'Verdict', f_answer: 'Answer', f_clues: 'Clues (one a line, hardest first)', f_why: 'Why (explanation)', f_source: 'Source', f_picture: 'Photo', f_: 'Card',
      finish: ['Write the deck ({n} card)', 'Write the deck ({n} cards)'], written: 'Deck written: {t}', play: 'Play this deck ▶', stop: 'Close the workshop', stopSure: 'Close the workshop? Cards not written are lost.', yesStop: 'Yes, close', cancelCr: 'Cancel',
      crFailed: 'The deck could not be written: {e}'
    }
  };
  var $ = function (id) { return document.getElementById(id); };
  var key = new URLSearchParams(location.search).get('k') || '';
  var S = { m: null, at: 0, ws: null, tries: 0, retry: 0, closed: false, sure: false };

  var typo = Room.typo, t = Room.strings(STR), h = Room.h, add = Room.add, sym = Room.sym;
  function fill(e, kids) { e.textContent = ''; add(e, kids); }
  var toastTimer = 0;
  function toast(msg) {
    var e = $('toast');
    e.textContent = typo(msg); e.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { e.hidden = true; }, 3000);
  }

  function connect() {
    clearTimeout(S.retry);
    if (!key || S.closed || (S.ws && S.ws.readyState < 2)) return;
    var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws?k=' + encodeURIComponent(key));
    S.ws = ws;
    ws.onopen = function () { S.tries = 0; net(); };
    ws.onmessage = function (e) {
      var m; try { m = JSON.parse(e.data); } catch (x) { return; }
      if (m.t === 'console') { S.m = m; S.at = Date.now(); Room.setLang(m.lang); render(); }
      else if (m.t === 'refused') toast(t('refused'));
      else if (m.t === 'bye') { S.closed = true; render(); }
    };
    ws.onclose = function () {
      if (S.ws !== ws) return;
      S.ws = null; net();
      if (!S.closed) { S.tries++; S.retry = setTimeout(connect, Math.min(8000, 400 * Math.pow(2, Math.min(S.tries, 5)))); }
    };
  }
  function send(m) { if (S.ws && S.ws.readyState === 1) { S.ws.send(JSON.stringify(m)); return true; } toast(t('reconnecting')); return false; }
  function act(a) { return function () { send({ t: 'act', act: a }); }; }
  // judgeOf judges the text a team said: that team, whoever is in turn.
  function judgeOf(team, right) { return function () { send({ t: 'judge', team: team, right: right }); }; }
  function net() { var e = $('net'); e.hidden = !!(S.ws && S.ws.readyState === 1) && !S.closed; e.textContent = typo(S.closed ? t('closedRoom') : t('reconnecting')); }
  document.addEventListener('visibilitychange', function () { if (!document.hidden) { S.tries = 0; connect(); } });
  window.addEventListener('online', function () { S.tries = 0; connect(); });

  function team(i) { return ((S.m && S.m.game && S.m.game.teams) || [])[i] || { name: '?', colour: '#b4bed4', symbol: '' }; }
  function chip(i) { var tm = team(i), e = h('span', { class: 'chip' }, [sym(tm.symbol), tm.name]); e.style.setProperty('--team', tm.colour); return e; }

  // answerText says a team's answer in the card's words.
  function answerText(g, a) {
    if (!a) return t('waiting');
    var p = g.phone || {}, sc = g.secret || {};
    switch (g.kind) {
      case 'verdict': return (a.choice + 1) + ' · ' + ((p.verdicts || [])[a.choice] || '') + (a.sure ? ' (' + t('sure' + a.sure) + ')' : '');
      case 'choice': return (a.choices && a.choices.length ? a.choices : [a.choice]).map(function (i) { return (i + 1) + ' · ' + (p.choices || [])[i]; }).join(', ');
      case 'order': return (a.choices || []).map(function (i) { return (sc.order || [])[i]; }).join(' → ');
      case 'spectrum': return p.target ? a.choice + (p.unit ? ' ' + p.unit : '') : t('steps')[a.choice] || '';
      case 'character': return (p.characters || [])[a.choice] || '';
    }
    return '✓';
  }

  function render() {
    net();
    var m = S.m;
    if (!key) { fill($('card'), h('p', { class: 'wait', text: t('forbidden') })); return; }
    if (S.closed) { fill($('card'), h('p', { class: 'wait', text: t('closedRoom') })); fill($('side'), null); fill($('keys'), null); return; }
    if (!m) return;
    var g = m.game || {};
    $('deck').textContent = typo(g.deck || 'Déclic');
    $('roomcode').textContent = typo(t('code', { c: m.code || '' }));
    $('where').textContent = typo(g.cards && !g.over ? t('card', { n: g.card + 1, t: g.cards }) + ' · ' + t(g.phase || 'answering') : g.over ? t('over') : '');
    var pause = $('pause');
    pause.hidden = !g.kind || g.over || !(g.timer || g.paused);
    pause.textContent = typo(g.paused ? t('resume') : t('pause'));
    pause.classList.toggle('primary', !!g.paused);
    clock();
    if (m.creation) creationPane(m);
    else if (S.choosing) fill($('card'), chooser(g));
    else fill($('card'), cardPane(g));
    fill($('side'), [teamsPane(g), saysPane(m, g), seatsPane(m)]);
    fill($('keys'), controls(g));
  }

  // The creation workshop: chosen on a model, then the teams' cards as
  // they arrive, each with its problems (declic check's rules), edited,
  // accepted or refused; then the deck written, and played.
  function chooser(g) {
    var start = function (kind) { return function () { S.choosing = false; send({ t: 'create', act: 'start', kind: kind }); }; };
    return h('div', { class: 'stack' }, [h('h2', { text: t('cr') }), h('p', { text: t('crStart') }), h('div', { class: 'kinds' }, [
      g.kind && !g.over ? h('button', { type: 'button', onclick: start('deck') }, t('crDeck', { d: g.deck || '' })) : null,
      h('button', { type: 'button', onclick: start('verdict') }, t('crVerdict')),
      h('button', { type: 'button', onclick: start('clues') }, t('crClues')),
      h('button', { class: 'small', type: 'button', onclick: function () { S.choosing = false; render(); } }, t('cancelCr'))])]);
  }
  // plural says a count with its noun's form, as the projector does
  // (CLDR's rule: in French 0 and 1 are singular, in English 1 alone).
  function plural(k, n) {
    var forms = t(k), one = Room.lang === 'fr' ? n < 2 : n === 1;
    return Room.typo((one ? forms[0] : forms[1]).replace('{n}', n));
  }
  function creationPane(m) {
    var cr = m.creation, card = $('card'), root = $('creation');
    if (!root) {
      card.textContent = '';
      root = h('div', { id: 'creation', class: 'stack' });
      S.crHead = h('div', { class: 'stack' }); S.crList = h('div', { class: 'csubs' }); S.subs = {};
      add(root, [S.crHead, S.crList]); card.appendChild(root);
    }
    var accepted = (cr.accepted || []).reduce(function (a, b) { return a + b; }, 0);
    fill(S.crHead, [h('h2', { text: t('cr') + ' — ' + (cr.base || t('kind_' + cr.kind)) }),
      h('div', { class: 'ccounts' }, (cr.written || []).map(function (w, i) { return h('span', null, [chip(i), ' ', plural('crWritten', w) + ' · ' + plural('crAccepted', cr.accepted[i])]); })),
      cr.problem ? h('p', { class: 'wrong', text: t('crFailed', { e: cr.problem }) }) : null,
      cr.deck ? h('div', { class: 'row' }, [h('b', { class: 'right', text: t('written', { t: cr.title }) }), h('button', { class: 'primary big', type: 'button', onclick: function () { send({ t: 'create', act: 'play' }); } }, t('play'))])
        : h('div', { class: 'row' }, [h('button', { class: 'primary', type: 'button', disabled: !accepted, onclick: function () { send({ t: 'create', act: 'finish' }); } }, plural('finish', accepted)),
          S.stopSure ? h('span', { class: 'sure' }, [h('span', { text: t('stopSure') }),
            h('button', { class: 'small danger', type: 'button', onclick: function () { S.stopSure = false; send({ t: 'create', act: 'stop' }); } }, t('yesStop')),
            h('button', { class: 'small', type: 'button', onclick: function () { S.stopSure = false; render(); } }, t('keep'))])
            : h('button', { class: 'small', type: 'button', onclick: function () { S.stopSure = true; render(); } }, t('stop'))]),
      cr.subs.length ? null : h('p', { class: 'muted', text: t('crNone') })]);
    // Each card's block is made again only when the card changed: what
    // the facilitator is typing in another one stays as it is.
    cr.subs.forEach(function (sub) {
      var sig = JSON.stringify(sub) + cr.closed + Room.lang, node = S.subs[sub.id];
      if (node && node.sig === sig) return;
      var fresh = subNode(cr, sub);
      fresh.sig = sig;
      if (node) S.crList.replaceChild(fresh, node); else S.crList.insertBefore(fresh, S.crList.firstChild);
      S.subs[sub.id] = fresh;
    });
  }
  function subNode(cr, sub) {
    var c = sub.card || {}, F = {}, verdict = c.verdict || '', dirty = false;
    var save = h('button', { class: 'small save', type: 'button', hidden: true, onclick: function () { edit(); } }, t('save'));
    function changed() { dirty = true; save.hidden = cr.closed; }
    function input(k, v, area) {
      var e = h(area ? 'textarea' : 'input', area ? { rows: k === 'clues' ? '4' : '2' } : { type: 'text' });
      e.value = v || ''; e.addEventListener('input', changed); F[k] = e;
      if (cr.closed) e.disabled = true;
      return h('div', { class: 'field' }, [h('label', { text: t('f_' + k) }), e]);
    }
    function draft() {
      var d = { why: F.why.value, source: F.source.value };
      if (cr.kind === 'verdict') { d.claim = F.claim.value; d.verdict = verdict; } else { d.answer = F.answer.value; d.clues = F.clues.value.split('\n'); }
      return d;
    }
    function edit() { send({ t: 'create', act: 'edit', id: sub.id, card: draft() }); dirty = false; save.hidden = true; }
    var parts = [];
    if (cr.kind === 'verdict') {
      parts.push(input('claim', c.claim, true));
      var vb = (cr.verdicts || []).map(function (v) {
        var b = h('button', { type: 'button', class: v.key === verdict ? 'chosen' : '', 'aria-pressed': v.key === verdict ? 'true' : 'false', disabled: cr.closed, onclick: function () {
          verdict = v.key; vb.forEach(function (x) { x.classList.toggle('chosen', x === b); x.setAttribute('aria-pressed', x === b ? 'true' : 'false'); }); changed();
        } }, v.label);
        return b;
      });
      F.verdict = h('div', { class: 'verdicts' }, vb);
      parts.push(h('div', { class: 'field' }, [h('label', { text: t('f_verdict') }), F.verdict]));
    } else {
      parts.push(input('answer', c.answer), input('clues', (c.clues || []).join('\n'), true));
    }
    parts.push(input('why', c.why, true), input('source', c.source));
    var errors = false;
    var probs = (sub.problems || []).map(function (p) {
      errors = errors || p.error;
      var f = F[p.field] || null;
      if (f) f.classList.add(p.error ? 'bad' : 'warn');
      return h('li', { class: p.error ? 'error' : 'warning', text: t('f_' + (p.field || '')) + ' — ' + p.text });
    });
    var state = { waiting: t('waiting'), accepted: t('accepted'), refused: t('refusedS') }[sub.state];
    var node = h('article', { class: 'csub st-' + sub.state }, [
      h('div', { class: 'head' }, [chip(sub.team), h('span', { class: 'muted', text: '#' + sub.id + (sub.edited ? ' · ' + t('edited') : '') }), h('span', { class: 'state ' + (sub.state === 'accepted' ? 'right' : sub.state === 'refused' ? 'wrong' : 'muted'), text: state })]),
      sub.picture ? h('img', { src: '/atelier/photo?k=' + encodeURIComponent(key) + '&id=' + sub.id, alt: t('f_picture') }) : null,
      parts, probs.length ? h('ul', { class: 'problems' }, probs) : null,
      cr.closed ? null : h('div', { class: 'row' }, [save,
        h('button', { class: 'small ok', type: 'button', disabled: errors, onclick: function () { if (dirty) edit(); send({ t: 'create', act: 'accept', id: sub.id }); } }, t('accept')),
        h('button', { class: 'small no', type: 'button', onclick: function () { send({ t: 'create', act: 'refuse', id: sub.id }); } }, t('refuse'))])]);
    node.style.setProperty('--team', team(sub.team).colour);
    // An edit that fixes an error must be sent before Accept is offered.
    if (errors) Object.keys(F).forEach(function (k) { F[k].addEventListener('input', function () { node.querySelector('button.ok').disabled = false; }); });
    return node;
  }

  function cardPane(g) {
    if (g.over) return h('div', { class: 'stack' }, [h('h2', { text: t('over') }), totals(g)]);
    if (!g.kind) return h('p', { class: 'wait', text: t('noGame') });
    var sc = g.secret || {}, p = g.phone || {}, out = [];
    out.push(h('p', { class: 'text', text: sc.text || p.text }));
    if (sc.easy) out.push(h('p', { class: 'muted', text: sc.easy }));
    if (g.kind === 'verdict' || g.kind === 'choice') {
      var labels = g.kind === 'verdict' ? p.verdicts || [] : p.choices || [];
      out.push(h('ol', { class: 'list answers-c' }, labels.map(function (l, i) {
        var right = g.kind === 'choice' ? (sc.correct || []).indexOf(i) >= 0 : l.toLowerCase() === String(sc.verdict || '').toLowerCase();
        return h('li', { class: right ? 'good' : '' }, [h('span', { class: 'badge', text: String(i + 1) }), h('span', { text: l }), right ? h('b', { class: 'right', text: ' ✓ ' + t('answer') }) : null]);
      })));
      if (g.kind === 'verdict' && sc.verdict && !labels.length) out.push(h('p', { class: 'answer-is', text: t('answer') + ' : ' + sc.verdict }));
    }
    if (sc.answer) out.push(h('p', { class: 'answer-is', text: t('answer') + (Room.lang === 'fr' ? ' : ' : ': ') + sc.answer }));
    if (sc.accept && sc.accept.length) out.push(h('p', { class: 'muted', text: t('accept', { a: sc.accept.join(', ') }) }));
    if (sc.target != null) out.push(h('p', { class: 'answer-is', text: t('target', { a: sc.target + (p.unit ? ' ' + p.unit : '') }) }));
    if (g.kind === 'spectrum' && !p.target) out.push(heads(g));
    if (sc.clues && sc.clues.length && !p.characters) out.push(section(t('clues'), h('ol', { class: 'list' }, sc.clues.map(function (c, i) { return h('li', { class: i <= (p.clue || 0) ? 'shown' : 'later', text: (i + 1) + '. ' + c }); }))));
    if (g.kind === 'order' && sc.order) out.push(section(t('order'), h('ol', { class: 'list' }, sc.order.map(function (x, i) { return h('li', { text: (i + 1) + '. ' + x }); }))));
    if (g.kind === 'character' && p.characters) {
      if (p.asked && p.asked.length) out.push(section(t('asked'), h('ul', { class: 'list' }, p.asked.map(function (a) { return h('li', { text: (p.questions || [])[a.q] + ' — ' + (a.yes ? t('yes') : t('no')) }); }))));
      out.push(section(t('characters'), h('p', { class: 'chars' }, p.characters.map(function (c, i) { return h('span', { class: p.candidates && !p.candidates[i] ? 'gone' : 'still', text: (i + 1) + '. ' + c }); }))));
    }
    if (sc.hints && sc.hints.length) out.push(section(t('hints'), list(sc.hints)));
    if (sc.explanation) out.push(section(t('explanation'), h('p', { text: sc.explanation })));
    if (sc.techniques && sc.techniques.length) out.push(h('p', { class: 'muted', text: t('technique', { a: sc.techniques.join(', ') }) }));
    if (sc.flags && sc.flags.length) out.push(section(t('flags'), list(sc.flags)));
    if (sc.reflex) out.push(section(t('reflex'), h('p', { text: sc.reflex })));
    if (sc.report) out.push(h('p', { text: t('report', { a: sc.report }) }));
    if (sc.discuss && sc.discuss.length) out.push(section(t('discuss'), list(sc.discuss)));
    if (sc.source) out.push(h('p', { class: 'muted source', text: t('source', { a: sc.source }) }));
    return out;
  }
  function section(title, body) { return h('div', { class: 'sec' }, [h('h3', { text: title }), body]); }
  function list(xs) { return h('ul', { class: 'list' }, xs.map(function (x) { return h('li', { text: x }); })); }
  function heads(g) {
    var rows = [];
    [0, 1].forEach(function (r) {
      var hs = (g.heads || [])[r];
      if (hs && hs.length) rows.push(h('p', { class: 'muted', text: (r ? t('after') : t('before')) + ' : ' + hs.map(function (n, i) { return t('steps')[i] + ' ' + n; }).join(' · ') }));
    });
    if (S.m.voters) rows.push(h('p', { class: 'muted', text: t('voters', { n: S.m.voters }) }));
    return rows;
  }
  function totals(g) {
    return h('ol', { class: 'list' }, (g.totals || []).map(function (p, i) { return h('li', { class: 'trow' }, [chip(i), h('b', { text: String(p) })]); }));
  }

  function teamsPane(g) {
    var rows = (g.teams || []).map(function (tm, i) {
      var a = (g.answers || [])[i], f = (g.first || [])[i], by = (g.by || [])[i];
      var state = [];
      if (g.turn === i) state.push(h('b', { class: 'go', text: t('turn') }));
      if ((g.out || [])[i]) state.push(h('b', { class: 'wrong', text: t('out') }));
      var said = g.kind ? h('div', { class: 'ans' + (a && g.phase === 'revealed' ? (a.right ? ' right' : ' wrong') : '') }, [
        a ? '✓ ' + answerText(g, a) : (g.answered || [])[i] ? '✓' : f ? '' : t('waiting'),
        by && (a || f) ? h('span', { class: 'muted', text: ' ' + t('answeredBy', { s: by }) }) : null,
        f && g.phase !== 'answering' ? h('span', { class: 'muted', text: (a ? ' · ' : '') + t('first', { a: answerText(g, f) }) }) : null]) : null;
      var row = h('div', { class: 'trow' }, [
        h('div', { class: 'who' }, [chip(i), state, said]),
        h('div', { class: 'pts' }, [
          h('button', { class: 'small', type: 'button', 'aria-label': '−1 ' + tm.name, onclick: function () { send({ t: 'points', team: i, points: -1 }); } }, '−'),
          h('b', { text: String((g.totals || [])[i] || 0) }),
          h('button', { class: 'small', type: 'button', 'aria-label': '+1 ' + tm.name, onclick: function () { send({ t: 'points', team: i, points: 1 }); } }, '+')])]);
      row.style.setProperty('--team', tm.colour);
      return row;
    });
    return section(t('teams'), h('div', { class: 'stack' }, rows));
  }
  function saysPane(m, g) {
    var says = (m.says || []).slice().reverse();
    var judge = g.kind === 'clues' || (g.kind === 'character' && !(g.phone || {}).characters);
    return section(t('says'), says.length ? h('ul', { class: 'list says' }, says.map(function (s) {
      return h('li', null, [s.person ? h('span', { class: 'muted', text: t('person') + ' ' }) : chip(s.team), h('q', { text: s.text }),
        judge && g.phase !== 'revealed' && !s.person && !(g.answers || [])[s.team] ? h('span', { class: 'row' }, [
          h('button', { class: 'small ok', type: 'button', onclick: judgeOf(s.team, true) }, t('right')),
          h('button', { class: 'small no', type: 'button', onclick: judgeOf(s.team, false) }, t('wrong'))]) : null]);
    })) : h('p', { class: 'muted', text: t('noSays') }));
  }
  function seatsPane(m) {
    var seats = m.seats || [];
    return section(t('seats'), seats.length ? h('ul', { class: 'list seats' }, seats.map(function (s) {
      var ago = s.seen ? Math.max(0, Math.round((Date.now() - Date.parse(s.seen)) / 60000)) + ' min' : '';
      return h('li', null, [h('b', { text: s.id }), s.person ? h('span', { text: t('person') }) : chip(s.team),
        h('span', { class: s.connected ? 'right' : 'muted', text: s.connected ? '● ' + t('on') : '○ ' + t('off', { m: ago }) }),
        // Freeing a seat sends a phone back to the team buttons: asked
        // twice, like closing the room.
        S.freeing === s.id ? h('span', { class: 'sure' }, [
          h('button', { class: 'small danger', type: 'button', onclick: function () { send({ t: 'free', seat: s.id }); S.freeing = null; } }, t('yesFree')),
          h('button', { class: 'small', type: 'button', onclick: function () { S.freeing = null; render(); } }, t('keep'))])
          : h('button', { class: 'small', type: 'button', onclick: function () { S.freeing = s.id; render(); } }, t('free'))]);
    })) : h('p', { class: 'muted', text: t('noSeats') }));
  }

  function controls(g) {
    var main = g.phase === 'revealed' || g.over ? t('next') : t('reveal');
    // On a board the teams ask and guess (on their phones or at the
    // laptop): Space there asks the question highlighted on the projector,
    // which the console cannot see, so the console offers no such button.
    var primary = (g.kind || g.over) && !(g.kind === 'character' && g.phase !== 'revealed' && !g.over);
    S.primary = !!primary;
    var out = [
      h('button', { type: 'button', onclick: act('back') }, '← ' + t('back')),
      h('button', { type: 'button', onclick: act('undo') }, '↶ ' + t('undo')),
      g.kind === 'clues' && g.phase !== 'revealed' ? h('button', { type: 'button', onclick: act('clue') }, t('clue')) : null,
      h('button', { type: 'button', onclick: act('blank') }, t('blank')),
      h('button', { type: 'button', onclick: act('scores') }, t('scores')),
      primary ? h('button', { class: 'primary big', type: 'button', onclick: act('next') }, main + ' →') : null,
      S.m && !S.m.creation ? h('button', { type: 'button', onclick: function () { S.choosing = !S.choosing; render(); } }, '✎ ' + t('cr')) : null];
    var close = S.sure ? h('span', { class: 'sure' }, [h('span', { text: t('sure') }),
      h('button', { class: 'small danger', type: 'button', onclick: function () { send({ t: 'close' }); S.sure = false; } }, t('yesClose')),
      h('button', { class: 'small', type: 'button', onclick: function () { S.sure = false; render(); } }, t('keep'))])
      : h('button', { class: 'small danger', type: 'button', onclick: function () { S.sure = true; render(); } }, t('close'));
    // While the teams write cards the game waits: its buttons would only
    // take the room the cards need (the keyboard still works).
    if (S.m && S.m.creation) return h('div', { class: 'row foot' }, [h('span', { class: 'muted', text: t('keys') }), close]);
    return [h('div', { class: 'row acts' }, out), h('div', { class: 'row foot' }, [h('span', { class: 'muted', text: t('keys') }), close])];
  }

  var tick = 0;
  function clock() {
    var g = S.m && S.m.game, e = $('clock');
    clearTimeout(tick);
    if (!g || !g.timer || g.over || g.phase === 'revealed') { e.hidden = true; return; }
    var left = Math.max(0, g.time_ms - (g.paused ? 0 : Date.now() - S.at)), s = Math.ceil(left / 1000);
    e.hidden = false;
    e.textContent = typo((g.paused ? '⏸ ' : '') + (s >= 60 ? Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') : s + ' s'));
    e.className = s <= 10 ? 'clock low' : 'clock';
    if (!g.paused && left > 0) tick = setTimeout(clock, left % 1000 || 1000);
  }
  $('pause').addEventListener('click', act('pause'));

  // The game's keys (DESIGN.md's table), for a facilitator at the laptop.
  document.addEventListener('keydown', function (e) {
    if (e.target.closest && e.target.closest('input, textarea')) return;
    var k = e.key, a = '';
    if ((e.ctrlKey || e.metaKey) && (k === 'z' || k === 'Z')) a = 'undo';
    else if (e.ctrlKey || e.metaKey || e.altKey) return;
    else if (k === 'ArrowRight' || k === ' ' || k === 'PageDown' || k === 'Enter') a = S.primary ? 'next' : '';
    else if (k === 'ArrowLeft' || k === 'PageUp') a = 'back';
    else if (k === 'Backspace') a = 'undo';
    else if (k === 'c' || k === 'C') a = 'clue';
    else if (k === 't' || k === 'T') a = 'pause'; // the game's timer key (P is team 4's buzzer)
    else if (k === 'b' || k === 'B' || k === '.') a = 'blank';
    else if (k === 's' || k === 'S') a = 'scores';
    if (!a) return;
    if (k === 'Enter' && e.target.closest && e.target.closest('button')) return; // the focused button acts
    e.preventDefault();
    send({ t: 'act', act: a });
  });

  render();
  connect();
})();
