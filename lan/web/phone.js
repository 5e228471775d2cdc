// Déclic's phone page: a player's answer pad in the room (issue 14). It
// speaks the room's messages over one WebSocket (lan/messages.go) and draws
// what the last "view" says; the server decides everything, the page only
// sends taps. No framework: the page must paint at once on a slow phone.
(function () {
  'use strict';
  var STR = {
    fr: {
      connecting: 'Connexion…', reconnecting: 'reconnexion…', closed: 'La salle est fermée. On réessaie…',
      code: 'Code de la salle', go: 'Entrer', pick: 'Touchez votre équipe', person: 'Je joue seul·e (votes)', me_person: 'Vote personnel',
      card: 'Carte {n} sur {t}', textless: 'Boutons seuls', withText: 'Avec le texte',
      kind_verdict: 'Vrai ou faux ?', kind_choice: 'Question', kind_clues: 'Qui suis-je ?', kind_spectrum: 'Estimez',
      kind_order: 'Remettez dans l\'ordre', kind_open: 'Question ouverte', kind_character: 'Qui est-ce ?', kind_opinion: 'Débat : placez-vous',
      second: 'Deuxième vote, après les pistes', hints: 'Pistes pour vérifier', first: 'Premier vote : {a}. Sans nouveau vote, il compte.',
      several: 'Plusieurs bonnes réponses : touchez-les, puis Valider', ok: 'Valider', send: 'Envoyer',
      turnOf: 'À vous : {t}', yourTurn: 'À vous de répondre !', waitTurn: 'Au tour de : {t}',
      buzz: 'BUZZ', buzzed: 'Buzz : {t} !', youBuzzed: 'Vous avez la main : répondez !', out: 'Votre équipe ne peut plus répondre à cette carte.',
      teamChoice: 'Choix de l\'équipe : {a}', otherPhone: ' (autre téléphone)', locked: 'Choix verrouillé {s} s',
      answered: 'Ont répondu :', sent: 'Envoyé : « {a} »', guess: 'Votre réponse', judged: 'L\'animateur juge la réponse.',
      clue: 'Indice {n}', openSay: 'Une réponse à montrer à l\'animateur ? (facultatif)', openHint: 'Discutez : l\'animateur donne les points.',
      before: 'Avant la discussion', after: 'Après la discussion : on se replace', anon: 'Votre position reste anonyme.',
      steps: ['Pas du tout d\'accord', 'Plutôt pas d\'accord', 'Entre les deux', 'Plutôt d\'accord', 'Tout à fait d\'accord'], dunno: 'Je ne comprends pas',
      teamCard: 'Cette carte se joue en équipe : regardez l\'écran.', voted: 'Votre position : {a}',
      up: 'Monter', down: 'Descendre', orderHelp: 'Glissez ou utilisez ↑ ↓, puis validez.', orderOk: 'Valider l\'ordre',
      ask: 'Poser une question', who: 'Qui est-ce ?', yes: 'Oui', no: 'Non', isIt: 'N° {n} : {a} ?', itIs: 'C\'est lui ! Proposer', cancel: 'Annuler',
      right: 'Juste !', wrong: 'Raté', none: 'Pas de réponse', points: '+{n} point', pointsN: '+{n} points', answer: 'La réponse : {a}',
      rightOrder: 'Le bon ordre :', reflex: 'Le bon réflexe', source: 'Source : {a}', unscored: 'Une opinion n\'est pas notée.',
      over: 'Partie terminée', yourTeam: 'Votre équipe', wait: 'Regardez l\'écran : la carte arrive.', kicked: 'L\'animateur a libéré votre place.',
      leave: 'Changer d\'équipe', wait2: 'En attente de la partie…',
      sure: 'Vous êtes sûrs ?', sure1: 'Sûr', sure2: 'Plutôt', sure3: 'Au hasard', sureOf: 'Votre réponse : {a}', sureBack: 'Changer de réponse',
      why_stale: 'La carte a changé : réessayez.', why_closed: 'Les réponses sont fermées.', why_locked: 'Un autre téléphone de l\'équipe vient de choisir : attendez 2 s.',
      'why_not-your-turn': 'Ce n\'est pas à votre équipe.', why_already: 'Déjà répondu.', why_invalid: 'Pas possible maintenant.', why_limit: 'Doucement : trop de messages.',
      // The creation workshop (issue 15).
      cr_title: 'Atelier création', cr_intro: 'Écrivez une carte : les autres équipes la joueront tout à l\'heure.',
      cr_claim: 'L\'affirmation (une info, un titre, une rumeur…)', cr_verdict: 'Vrai ou pas ?', cr_why: 'Pourquoi ? L\'explication donnée après la réponse',
      cr_source: 'La source (où vérifier)', cr_answer: 'La réponse : qui suis-je ?', cr_clues: 'Les indices, du plus difficile au plus facile',
      cr_clue: 'Indice {n}', cr_addClue: '+ Un indice', cr_remove: 'Retirer', cr_photo: '📷 Ajouter une photo', cr_photoAgain: '📷 Changer la photo',
      cr_send: 'Envoyer la carte', cr_sending: 'Envoi…', cr_sent: 'Carte envoyée à l\'animateur !', cr_failed: 'Pas envoyée : réessayez.',
      cr_need_claim: 'Écrivez l\'affirmation.', cr_need_verdict: 'Choisissez le verdict.', cr_need_answer: 'Écrivez la réponse.', cr_need_clues: 'Il faut au moins 2 indices.',
      cr_mine: 'Nos cartes', cr_none: 'Pas encore de carte.', cr_waiting: 'en attente', cr_accepted: '✓ acceptée', cr_refused: '✗ refusée',
      cr_closed: 'L\'atelier est terminé : regardez l\'écran, on va jouer vos cartes !', cr_photoBad: 'Cette image ne se lit pas.',
      'cr_why_too-large': 'Photo trop lourde.', cr_why_picture: 'Cette image ne se lit pas.', cr_why_limit: 'Doucement : une carte toutes les 3 secondes.', cr_why_closed: 'L\'atelier est fermé.', cr_why_invalid: 'Carte refusée (trop longue ?).'
    },
    en: {
      connecting: 'Connecting…', reconnecting: 'reconnecting…', closed: 'The room is closed. Trying again…',
      code: 'Room code', go: 'Enter', pick: 'Tap your team', person: 'Join as a player', me_person: 'Personal vote',
      card: 'Card {n} of {t}', textless: 'Buttons only', withText: 'With the text',
      kind_verdict: 'True or false?', kind_choice: 'Question', kind_clues: 'Who am I?', kind_spectrum: 'Estimate',
      kind_order: 'Put in order', kind_open: 'Open question', kind_character: 'Guess who?', kind_opinion: 'Debate: take your place',
      second: 'Second vote, after the hints', hints: 'How to check', first: 'First vote: {a}. Without a new vote, it counts.',
      several: 'Several right answers: tap them, then Confirm', ok: 'Confirm', send: 'Send',
      turnOf: 'Your turn: {t}', yourTurn: 'Your turn to answer!', waitTurn: 'Turn of: {t}',
      buzz: 'BUZZ', buzzed: 'Buzz: {t}!', youBuzzed: 'You have the hand: answer!', out: 'Your team cannot answer this card any more.',
      teamChoice: 'Team\'s choice: {a}', otherPhone: ' (another phone)', locked: 'Choice locked {s} s',
      answered: 'Answered:', sent: 'Sent: “{a}”', guess: 'Your answer', judged: 'The facilitator judges the answer.',
      clue: 'Clue {n}', openSay: 'An answer to show the facilitator? (optional)', openHint: 'Discuss: the facilitator gives the points.',
      before: 'Before the discussion', after: 'After the discussion: take your place again', anon: 'Your position stays anonymous.',
      steps: ['Strongly disagree', 'Rather disagree', 'In between', 'Rather agree', 'Strongly agree'], dunno: 'I don\'t understand',
      teamCard: 'This card is played by teams: look at the screen.', voted: 'Your position: {a}',
      up: 'Up', down: 'Down', orderHelp: 'Drag or use ↑ ↓, then confirm.', orderOk: 'Confirm the order',
      ask: 'Ask a question', who: 'Guess who?', yes: 'Yes', no: 'No', isIt: 'No. {n}: {a}?', itIs: 'That\'s the one! Guess', cancel: 'Cancel',
      right: 'Right!', wrong: 'Wrong', none: 'No answer', points: '+{n} point', pointsN: '+{n} points', answer: 'The answer: {a}',
      rightOrder: 'The right order:', reflex: 'The right reflex', source: 'Source: {a}', unscored: 'An opinion is not scored.',
      over: 'Game over', yourTeam: 'Your team', wait: 'Look at the screen: the card is coming.', kicked: 'The facilitator freed your seat.',
      leave: 'Change team', wait2: 'Waiting for the game…',
      sure: 'How sure are you?', sure1: 'Sure', sure2: 'Rather', sure3: 'A guess', sureOf: 'Your answer: {a}', sureBack: 'Change the answer',
      why_stale: 'The card changed: try again.', why_closed: 'Answers are closed.', why_locked: 'Another phone of your team just chose: wait 2 s.',
      'why_not-your-turn': 'Not your team\'s turn.', why_already: 'Already answered.', why_invalid: 'Not possible now.', why_limit: 'Slow down: too many messages.',
      cr_title: 'Creation workshop', cr_intro: 'Write a card: the other teams will play it later on.',
      cr_claim: 'The claim (a piece of news, a headline, a rumour…)', cr_verdict: 'True or not?', cr_why: 'Why? The explanation given after the answer',
      cr_source: 'The source (where to check)', cr_answer: 'The answer: who am I?', cr_clues: 'The clues, hardest first',
      cr_clue: 'Clue {n}', cr_addClue: '+ A clue', cr_remove: 'Remove', cr_photo: '📷 Add a photo', cr_photoAgain: '📷 Change the photo',
      cr_send: 'Send the card', cr_sending: 'Sending…', cr_sent: 'Card sent to the facilitator!', cr_failed: 'Not sent: try again.',
      cr_need_claim: 'Write the claim.', cr_need_verdict: 'Choose the verdict.', cr_need_answer: 'Write the answer.', cr_need_clues: 'At least 2 clues are needed.',
      cr_mine: 'Our cards', cr_none: 'No card yet.', cr_waiting: 'waiting', cr_accepted: '✓ accepted', cr_refused: '✗ refused',
      cr_closed: 'The workshop is over: look at the screen, your cards are about to be played!', cr_photoBad: 'This picture cannot be read.',
      'cr_why_too-large': 'Photo too heavy.', cr_why_picture: 'This picture cannot be read.', cr_why_limit: 'Slow down: one card every 3 seconds.', cr_why_closed: 'The workshop is closed.', cr_why_invalid: 'Card refused (too long?).'
    }
  };
  var $ = function (id) { return document.getElementById(id); };
  var code = (new URLSearchParams(location.search).get('c') || '').toUpperCase().replace(/[^A-Z]/g, '');
  var KEY = 'declic.seat.' + code, TEXTLESS = 'declic.textless';
  var S = { room: null, seat: null, v: null, at: 0, ws: null, tries: 0, retry: 0, id: Date.now(), hidden: 0, pad: null, ui: {}, said: {}, lockEnd: 0 };

  var typo = Room.typo, t = Room.strings(STR), h = Room.h, add = Room.add, sym = Room.sym;
  function team(i) { return (S.room && S.room.teams && S.room.teams[i]) || { name: (S.v && S.v.teams && S.v.teams[i]) || '?', colour: '#b4bed4', symbol: '' }; }
  function chip(i) {
    var tm = team(i), e = h('span', { class: 'chip' }, [sym(tm.symbol), tm.name]);
    e.style.setProperty('--team', tm.colour);
    return e;
  }
  // ink is black or white, whichever reads better on a team's colour.
  function ink(hex) {
    var n = parseInt((hex || '#888888').slice(1), 16), l = 0;
    [16, 8, 0].forEach(function (s, i) {
      var c = ((n >> s) & 255) / 255;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      l += c * [0.2126, 0.7152, 0.0722][i];
    });
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
  }
  var toastTimer = 0;
  function toast(msg) {
    var e = $('toast');
    e.textContent = typo(msg);
    e.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { e.hidden = true; }, 3500);
  }
  function buzzOk() { if (navigator.vibrate) try { navigator.vibrate(15); } catch (e) { /* some browsers refuse */ } }

  // The socket: one at a time, opened again with backoff after a loss,
  // at once when the phone wakes up or finds its network again.
  function connect() {
    clearTimeout(S.retry);
    if (!code || (S.ws && S.ws.readyState < 2)) return;
    var ws;
    try { ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws?c=' + code); } catch (e) { return later(); }
    S.ws = ws;
    ws.onopen = function () { S.tries = 0; net(); send({ t: 'hello', token: stored() }); };
    ws.onmessage = function (e) { var m; try { m = JSON.parse(e.data); } catch (x) { return; } receive(m); };
    ws.onclose = function () { if (S.ws === ws) { S.ws = null; net(); later(); } };
  }
  function later() {
    S.tries++;
    var ms = Math.min(8000, 400 * Math.pow(2, Math.min(S.tries, 5))) * (0.75 + Math.random() / 2);
    S.retry = setTimeout(connect, ms);
  }
  function send(m) {
    if (S.ws && S.ws.readyState === 1) { S.ws.send(JSON.stringify(m)); return true; }
    toast(t('reconnecting'));
    return false;
  }
  function stored() { try { return localStorage.getItem(KEY) || ''; } catch (e) { return ''; } }
  function store(tok) { try { if (tok) localStorage.setItem(KEY, tok); else localStorage.removeItem(KEY); } catch (e) { /* private mode: no seat kept */ } }
  function net() {
    var e = $('net'), open = S.ws && S.ws.readyState === 1;
    e.hidden = open || !code;
    e.textContent = typo(S.closed ? t('closed') : t('reconnecting'));
  }
  document.addEventListener('visibilitychange', function () {
    if (document.hidden) { S.hidden = Date.now(); return; }
    // After a sleep the socket may be dead without knowing it: a fresh one
    // brings the seat and the view back.
    if (S.ws && S.hidden && Date.now() - S.hidden > 5000) { var old = S.ws; S.ws = null; old.onclose = null; old.close(); }
    S.tries = 0;
    connect();
  });
  window.addEventListener('online', function () { S.tries = 0; connect(); });

  function receive(m) {
    switch (m.t) {
      case 'room':
        S.room = m; S.closed = false;
        Room.setLang(m.lang);
        if (S.seat && !S.kicked) store('');
        S.seat = null; S.v = null; S.kicked = false;
        break;
      case 'seat':
        S.seat = m; store(m.token);
        // A phone back in its seat by itself never got the room's message:
        // the seat brings the teams' colours and symbols.
        if (m.teams) { S.room = S.room || { lang: Room.lang }; S.room.teams = m.teams; }
        Room.setLang(m.lang);
        S.v = null; // the view comes next: nothing left from before the seat
        break;
      case 'creation': S.cr = m; break;
      case 'view': S.cr = null; S.v = m; S.at = Date.now(); S.lockEnd = m.lock_ms ? S.at + m.lock_ms : 0; break;
      case 'refused': toast(t('why_' + m.why)); return;
      case 'kicked': store(''); S.seat = null; S.v = null; S.kicked = true; toast(t('kicked')); return;
      case 'bye': S.closed = true; net(); break;
      default: return;
    }
    render();
  }

  // move sends a tap of the team's phone; the view that follows shows it.
  function move(kind, choice, choices, sure) {
    buzzOk();
    var m = { t: 'move', rev: S.v.rev, id: ++S.id, kind: kind, choice: choice || 0 };
    if (choices) m.choices = choices;
    if (sure) m.sure = sure;
    send(m);
  }
  // sureSend gives the verdict picked with its rating (0: unsaid), and
  // goes back to the verdicts.
  function sureSend(sure) {
    var i = S.ui.sure;
    S.ui.sure = null;
    if (i != null) move('answer', i, null, sure);
    render();
  }

  function render() {
    net();
    var main = $('main');
    var bar = $('me');
    bar.textContent = '';
    if (S.seat && !S.seat.person) add(bar, chip(S.seat.team));
    else if (S.seat) add(bar, h('b', { text: t('me_person') }));
    var tl = $('textless');
    tl.hidden = !S.v || S.v.over;
    tl.textContent = typo(textless() ? t('withText') : t('textless'));
    tl.setAttribute('aria-pressed', textless() ? 'true' : 'false');
    $('where').textContent = S.v && !S.v.over && S.v.cards ? typo(t('card', { n: S.v.card + 1, t: S.v.cards })) : '';
    clock();
    if (!code) return screen('code', codeForm);
    if (!S.room && !S.seat) return screen('wait', function () { return h('p', { class: 'wait', text: S.closed ? t('closed') : t('connecting') }); });
    if (!S.seat) return screen('join', join);
    if (S.cr) return creation();
    if (!S.v || (!S.v.kind && !S.v.over)) return screen('wait', function () { return h('p', { class: 'wait', text: t('wait2') }); });
    if (S.v.over) return screen('over', over);
    card(main);
  }
  // screen replaces the page's content unless it already shows that
  // screen (a typed code stays as it is).
  function screen(name, make) {
    var main = $('main');
    if (main.dataset.screen === name && name === 'code') return;
    main.dataset.screen = name;
    S.pad = null;
    main.textContent = '';
    add(main, make());
  }
  function textless() { try { return localStorage.getItem(TEXTLESS) === '1'; } catch (e) { return false; } }
  $('textless').addEventListener('click', function () {
    try { localStorage.setItem(TEXTLESS, textless() ? '0' : '1'); } catch (e) { /* kept for this page only */ }
    render();
  });

  function codeForm() {
    var input = h('input', { id: 'code', maxlength: '4', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', 'aria-label': t('code') });
    return h('form', { class: 'stack', onsubmit: function (e) {
      e.preventDefault();
      var c = input.value.toUpperCase().replace(/[^A-Z]/g, '');
      if (c.length === 4) location.search = '?c=' + c;
    } }, [h('h1', { text: 'Déclic' }), h('label', { for: 'code', text: t('code') }), input, h('button', { class: 'primary', type: 'submit', text: t('go') })]);
  }

  function join() {
    var list = h('div', { class: 'stack' }, h('h1', { text: t('pick') }));
    (S.room.teams || []).forEach(function (tm, i) {
      var b = h('button', { class: 'team', type: 'button', onclick: function () { buzzOk(); send({ t: 'join', team: i }); } }, [sym(tm.symbol), h('span', { text: tm.name })]);
      b.style.background = tm.colour;
      b.style.color = ink(tm.colour);
      add(list, b);
    });
    if (S.room.people) add(list, h('button', { class: 'team person', type: 'button', onclick: function () { buzzOk(); send({ t: 'join', person: true }); } }, t('person')));
    return list;
  }

  function over() {
    var v = S.v, order = (v.totals || []).map(function (p, i) { return i; });
    order.sort(function (a, b) { return v.totals[b] - v.totals[a]; });
    return h('div', { class: 'stack' }, [h('h1', { text: t('over') }), h('ol', { class: 'list totals' }, order.map(function (i) {
      var li = h('li', { class: S.seat && S.seat.team === i ? 'mine' : '' }, [chip(i), h('b', { text: String(v.totals[i]) })]);
      li.style.setProperty('--team', team(i).colour);
      return li;
    }))]);
  }

  function opinion(v) { return v.kind === 'spectrum' && !v.target; }
  function labels(v) { return v.kind === 'verdict' ? v.verdicts || [] : v.choices || []; }
  function mineTeam() { return S.seat && !S.seat.person ? S.seat.team : -1; }
  // mayAnswer tells whether the team may tap now, as far as the view says:
  // the server decides in the end.
  function mayAnswer(v) {
    var tm = mineTeam();
    if (tm < 0 || v.phase === 'revealed' || (v.out && v.out[tm])) return false;
    if (v.turn >= 0 && v.turn !== tm) return false;
    return !(v.buzz && v.turn < 0);
  }
  function lockLeft() { return Math.max(0, S.lockEnd - Date.now()); }
  function lockedOut(v) { return lockLeft() > 0 && v.pending && v.pending.by && S.seat && v.pending.by !== S.seat.id; }
  // choice is the team's current answer: its pending choice (any of its
  // phones), else the one recorded.
  function choice(v) { return v.pending || v.mine || null; }
  function answerText(v, a) {
    if (!a) return '';
    var l = labels(v);
    if (v.kind === 'order') return (a.choices || []).map(function (i) { return (v.items || [])[i]; }).join(' → ');
    if (v.kind === 'spectrum') return v.target ? a.choice + (v.unit ? ' ' + v.unit : '') : (a.choice === 5 ? t('dunno') : t('steps')[a.choice]);
    if (v.kind === 'character') return (v.characters || [])[a.choice] || '';
    if (a.choices && a.choices.length) return a.choices.map(function (i) { return (i + 1) + ' · ' + l[i]; }).join(', ');
    return l[a.choice] != null ? (a.choice + 1) + ' · ' + l[a.choice] : '';
  }

  function card(main) {
    var v = S.v;
    if (main.dataset.screen !== 'card') {
      main.dataset.screen = 'card';
      main.textContent = '';
      S.pad = null;
      ['head', 'q', 'status', 'pad', 'after'].forEach(function (id) { add(main, h('section', { id: 's-' + id })); });
    }
    var key = v.card + '/' + v.phase;
    if (S.ui.key !== key) S.ui = { key: key };
    fill('s-head', h('p', { class: 'kind', text: v.phase === 'second' && v.kind === 'verdict' ? t('second') : t(opinion(v) ? 'kind_opinion' : 'kind_' + v.kind) }));
    fill('s-q', question(v));
    fill('s-status', status(v));
    var pk = padKey(v);
    if (!S.pad || S.pad.key !== pk) {
      S.pad = { key: pk, sync: null };
      fill('s-pad', pad(v));
    }
    if (S.pad.sync) S.pad.sync(v);
    fill('s-after', v.revealed ? revealed(v) : null);
  }
  function fill(id, kids) { var e = $(id); e.textContent = ''; add(e, kids); }

  function question(v) {
    var out = [];
    if (!textless() && v.kind !== 'character' && (v.easy || v.text)) out.push(h('p', { class: 'text', text: v.text || v.easy }));
    if (v.kind === 'clues' || (v.kind === 'character' && v.clues)) {
      out.push(h('ol', { class: 'list clues' }, (v.clues || []).map(function (c, i) { return h('li', null, [h('b', { text: t('clue', { n: i + 1 }) + ' · ' }), c]); })));
    }
    if (v.hints && v.hints.length) out.push(h('div', { class: 'hints' }, [h('h3', { text: t('hints') }), h('ul', { class: 'list' }, v.hints.map(function (x) { return h('li', { text: x }); }))]));
    if (v.kind === 'character' && v.asked && v.asked.length) {
      out.push(h('ul', { class: 'list asked' }, v.asked.map(function (a) {
        return h('li', null, [(v.questions || [])[a.q] + ' ', h('b', { class: a.yes ? 'right' : 'wrong', text: a.yes ? t('yes') : t('no') })]);
      })));
    }
    return out;
  }

  function status(v) {
    var out = [], tm = mineTeam();
    if (v.phase === 'revealed') return out;
    if (S.seat && S.seat.person) {
      if (!opinion(v)) out.push(h('p', { class: 'note', text: t('teamCard') }));
      return out;
    }
    if (v.out && v.out[tm]) out.push(h('p', { class: 'note wrong', text: t('out') }));
    else if (v.buzz && v.turn >= 0) out.push(h('p', { class: 'note' + (v.turn === tm ? ' go' : '') }, v.turn === tm ? t('youBuzzed') : [t('buzzed', { t: '' }).replace(/\s*!$/, ''), ' ', chip(v.turn)]));
    else if (v.turn >= 0) out.push(h('p', { class: 'note' + (v.turn === tm ? ' go' : '') }, v.turn === tm ? t('yourTurn') : [t('waitTurn', { t: '' }), chip(v.turn)]));
    var c = choice(v);
    if (c && v.phase === 'second' && v.kind === 'verdict' && !(v.answered || [])[tm]) out.push(h('p', { class: 'pending' }, t('first', { a: answerText(v, c) })));
    else if (c && v.kind !== 'character' && v.kind !== 'clues' && v.kind !== 'open') {
      var other = v.pending && v.pending.by && S.seat && v.pending.by !== S.seat.id;
      out.push(h('p', { class: 'pending' }, [t('teamChoice', { a: answerText(v, c) }), other ? t('otherPhone') : '']));
    }
    if (lockedOut(v)) out.push(h('p', { class: 'lock', id: 'lock', text: t('locked', { s: Math.ceil(lockLeft() / 1000) }) }));

    var who = (v.answered || []).map(function (a, i) { return a ? i : -1; }).filter(function (i) { return i >= 0; });
    if (who.length) out.push(h('p', { class: 'who' }, [t('answered'), ' '].concat(who.map(chip))));
    return out;
  }

  // padKey names what the pad is built of: it is built again only when
  // that changes, so that a typed text, a slider or an order in progress
  // survives the views that other teams' answers bring.
  function padKey(v) {
    var may = mayAnswer(v), person = S.seat && S.seat.person;
    return [v.card, v.phase, v.kind, may, person, v.buzz && v.turn < 0, (v.candidates || []).join(), (v.asked || []).length, textless(), Room.lang, S.ui.sure].join('|');
  }

  function pad(v) {
    if (v.phase === 'revealed') return null;
    var person = S.seat && S.seat.person;
    if (person) return opinion(v) ? steps(v, true) : null;
    var tm = mineTeam();
    if (v.buzz && v.turn < 0 && !(v.out && v.out[tm])) {
      var b = h('button', { class: 'buzz', type: 'button', onclick: function () { b.disabled = true; move('buzz'); } }, t('buzz'));
      b.style.setProperty('--team', team(tm).colour);
      b.style.color = ink(team(tm).colour);
      return b;
    }
    switch (v.kind) {
      case 'verdict': return v.ask_sure && S.ui.sure != null ? sure(v) : buttons(v);
      case 'choice': return buttons(v);
      // A debate: every phone places its own person, anonymously, a
      // team's phone too (the per-person votes).
      case 'spectrum': return v.target ? slider(v) : steps(v, true);
      case 'order': return order(v);
      case 'clues': return say(v, t('guess'), t('judged'));
      case 'open': return [h('p', { class: 'muted', text: t('openHint') }), say(v, t('openSay'), '')];
      case 'character': return v.clues && !v.characters ? say(v, t('guess'), t('judged')) : board(v);
    }
    return null;
  }
  // syncButtons marks the team's choice on buttons (index → element) and
  // disables them while the team may not tap.
  function syncButtons(btns, chosen, extra) {
    S.pad.sync = function (v) {
      var c = chosen(v), off = !mayAnswer(v) || lockedOut(v), tm = team(mineTeam());
      btns.forEach(function (b, i) {
        var on = c.indexOf(i) >= 0;
        b.classList.toggle('chosen', on);
        b.setAttribute('aria-pressed', on ? 'true' : 'false');
        b.disabled = off;
        b.style.setProperty('--team', tm.colour);
      });
      if (extra) extra(v, off);
    };
  }
  function answerButton(i, label, onclick) {
    return h('button', { class: 'answer', type: 'button', onclick: onclick }, [h('span', { class: 'badge', text: String(i + 1) }), h('span', { class: 'label', text: label }), h('span', { class: 'tick', 'aria-hidden': 'true' })]);
  }
  function buttons(v) {
    var several = v.kind === 'choice' && v.several, l = labels(v), box = h('div', { class: 'answers' });
    var btns = l.map(function (label, i) {
      return answerButton(i, label, function () {
        // A game that asks how sure the team is: the verdict waits for
        // its rating, asked on the pad.
        if (v.ask_sure) { buzzOk(); S.ui.sure = i; return render(); }
        if (!several) return move('answer', i);
        buzzOk();
        var p = S.ui.picked || (S.ui.picked = ((choice(S.v) || {}).choices || []).slice()), at = p.indexOf(i);
        if (at >= 0) p.splice(at, 1); else p.push(i);
        S.pad.sync(S.v);
      });
    });
    add(box, btns);
    if (!several) { syncButtons(btns, function (v) { var c = choice(v); return c ? [c.choice] : []; }); return box; }
    var ok = h('button', { class: 'primary', type: 'button', onclick: function () { if (S.ui.picked && S.ui.picked.length) move('answer', 0, S.ui.picked.slice().sort()); } }, t('ok'));
    syncButtons(btns, function (v) { return S.ui.picked || ((choice(v) || {}).choices || []); }, function (v, off) { ok.disabled = off || !(S.ui.picked && S.ui.picked.length); });
    return [h('p', { class: 'muted', text: t('several') }), box, ok];
  }
  // sure asks how sure the team is of the verdict it picked: three big
  // buttons, and a way back to the verdicts.
  function sure(v) {
    var box = h('div', { class: 'answers' }), tm = team(mineTeam());
    add(box, [1, 2, 3].map(function (n) {
      var b = answerButton(n - 1, t('sure' + n), function () { sureSend(n); });
      b.style.setProperty('--team', tm.colour);
      return b;
    }));
    var back = h('button', { type: 'button', onclick: function () { S.ui.sure = null; render(); } }, t('sureBack'));
    return [h('h2', { text: t('sure') }), h('p', { class: 'muted', text: t('sureOf', { a: answerText(v, { choice: S.ui.sure }) }) }), box, back];
  }
  function steps(v, person) {
    var names = t('steps').concat([t('dunno')]), box = h('div', { class: 'answers steps' + (person ? ' person' : '') });
    var btns = names.map(function (label, i) {
      var b = answerButton(i, label, function () {
        if (person) { buzzOk(); send({ t: 'vote', rev: S.v.rev, step: i }); } else move('answer', i);
      });
      if (i === 5) { b.classList.add('dunno'); b.firstChild.textContent = '?'; }
      return b;
    });
    add(box, btns);
    var note = h('p', { class: 'muted', text: (v.phase === 'second' ? t('after') : t('before')) + (person ? '. ' + t('anon') : '') });
    if (person) {
      S.pad.sync = function (v) {
        btns.forEach(function (b, i) { var on = v.vote === i; b.classList.toggle('chosen', on); b.setAttribute('aria-pressed', on ? 'true' : 'false'); b.disabled = v.phase === 'revealed'; });
      };
    } else syncButtons(btns, function (v) { var c = choice(v); return c ? [c.choice] : []; });
    return [note, box];
  }
  function slider(v) {
    var min = v.min, max = v.max, c = choice(v);
    var val = c ? c.choice : Math.round((min + max) / 2);
    var shown = h('output', { class: 'value' });
    var range = h('input', { type: 'range', min: String(min), max: String(max), step: '1', value: String(val), 'aria-label': v.text || '' });
    function show() { shown.textContent = typo(range.value + (v.unit ? ' ' + v.unit : '')); }
    range.addEventListener('input', show);
    show();
    function nudge(d) { return function () { range.value = String(Math.min(max, Math.max(min, Number(range.value) + d))); show(); buzzOk(); }; }
    var less = h('button', { class: 'small', type: 'button', 'aria-label': '−1', onclick: nudge(-1) }, '−');
    var more = h('button', { class: 'small', type: 'button', 'aria-label': '+1', onclick: nudge(1) }, '+');
    var ok = h('button', { class: 'primary', type: 'button', onclick: function () { move('answer', Number(range.value)); } }, t('send'));
    S.pad.sync = function (v) { var off = !mayAnswer(v) || lockedOut(v); [range, less, more, ok].forEach(function (e) { e.disabled = off; }); };
    return h('div', { class: 'slider' }, [shown, h('div', { class: 'row' }, [less, range, more]), h('div', { class: 'ends' }, [h('span', { text: v.left || String(min) }), h('span', { text: v.right || String(max) })]), ok]);
  }
  function say(v, label, after) {
    var area = h('textarea', { maxlength: '200', rows: '2', 'aria-label': label, placeholder: label });
    var sent = h('p', { class: 'muted' });
    var ok = h('button', { class: 'primary', type: 'button', onclick: function () {
      var text = area.value.trim();
      if (!text) return;
      buzzOk();
      if (send({ t: 'say', rev: S.v.rev, text: text })) { S.said[S.v.card] = text; area.value = ''; show(); }
    } }, t('send'));
    function show() { var s = S.said[S.v.card]; sent.textContent = s ? typo(t('sent', { a: s }) + (after ? ' ' + after : '')) : ''; }
    show();
    S.pad.sync = function (v) { var off = !mayAnswer(v); area.disabled = ok.disabled = off; };
    return h('div', { class: 'stack say' }, [area, ok, sent]);
  }
  function order(v) {
    var items = v.items || [], c = choice(v);
    var seq = S.ui.order || (S.ui.order = c && c.choices && c.choices.length === items.length ? c.choices.slice() : items.map(function (_, i) { return i; }));
    var list = h('ol', { class: 'order' });
    var ok = h('button', { class: 'primary', type: 'button', onclick: function () { move('answer', 0, seq.slice()); } }, t('orderOk'));
    function draw() {
      list.textContent = '';
      seq.forEach(function (item, at) {
        var up = h('button', { class: 'small', type: 'button', 'aria-label': t('up'), disabled: at === 0, onclick: function () { swap(at, at - 1); } }, '↑');
        var down = h('button', { class: 'small', type: 'button', 'aria-label': t('down'), disabled: at === seq.length - 1, onclick: function () { swap(at, at + 1); } }, '↓');
        var grip = h('span', { class: 'grip', 'aria-hidden': 'true', text: '⠿' });
        var li = h('li', null, [h('span', { class: 'badge', text: String(at + 1) }), grip, h('span', { class: 'label', text: items[item] }), up, down]);
        drag(li, grip, at);
        add(list, li);
      });
    }
    function swap(a, b) { var x = seq[a]; seq[a] = seq[b]; seq[b] = x; buzzOk(); draw(); }
    // drag moves an item with a finger or the mouse (Pointer Events): the
    // item follows the pointer and takes the place it is dropped on.
    function drag(li, grip, at) {
      var y0 = 0, id = null;
      function start(e) {
        if (e.target.closest('button') || e.button > 0) return;
        id = e.pointerId; y0 = e.clientY;
        li.setPointerCapture(id); li.classList.add('dragging');
        e.preventDefault();
      }
      li.addEventListener('pointerdown', start);
      li.addEventListener('pointermove', function (e) { if (e.pointerId === id) li.style.transform = 'translateY(' + (e.clientY - y0) + 'px)'; });
      function end(e) {
        if (e.pointerId !== id) return;
        id = null;
        var step = li.offsetHeight + 8, to = Math.max(0, Math.min(seq.length - 1, at + Math.round((e.clientY - y0) / step)));
        li.style.transform = '';
        li.classList.remove('dragging');
        if (to !== at) { seq.splice(to, 0, seq.splice(at, 1)[0]); buzzOk(); }
        draw();
      }
      li.addEventListener('pointerup', end);
      li.addEventListener('pointercancel', end);
    }
    draw();
    S.pad.sync = function (v) {
      var off = !mayAnswer(v) || lockedOut(v);
      ok.disabled = off;
      list.classList.toggle('off', off);
    };
    return [h('p', { class: 'muted', text: t('orderHelp') }), list, ok];
  }
  function board(v) {
    var asked = (v.asked || []).map(function (a) { return a.q; }), out = [];
    var qs = (v.questions || []).map(function (q, i) {
      return asked.indexOf(i) >= 0 ? null : h('button', { class: 'ask', type: 'button', onclick: function () { move('ask', i); } }, q);
    }).filter(Boolean);
    if (qs.length) out.push(h('h3', { text: t('ask') }), h('div', { class: 'answers' }, qs));
    var confirm = h('div', { class: 'confirm', hidden: true });
    var grid = h('div', { class: 'board' }, (v.characters || []).map(function (name, i) {
      var still = !v.candidates || v.candidates[i];
      var b = answerButton(i, name, function () {
        buzzOk();
        confirm.textContent = '';
        add(confirm, [h('p', { text: t('isIt', { n: i + 1, a: name }) }), h('div', { class: 'row' }, [
          h('button', { class: 'primary', type: 'button', onclick: function () { confirm.hidden = true; move('guess', i); } }, t('itIs')),
          h('button', { type: 'button', onclick: function () { confirm.hidden = true; } }, t('cancel'))])]);
        confirm.hidden = false;
        confirm.scrollIntoView({ block: 'nearest' });
      });
      if (!still) b.classList.add('gone');
      return b;
    }));
    out.push(h('h3', { text: t('who') }), grid, confirm);
    var all = grid.querySelectorAll('button');
    S.pad.sync = function (v) {
      var off = !mayAnswer(v);
      all.forEach(function (b) { b.disabled = off; });
      out.forEach(function (e) { if (e.classList && e.classList.contains('answers')) e.querySelectorAll('button').forEach(function (b) { b.disabled = off; }); });
      if (off) confirm.hidden = true;
    };
    return out;
  }

  function revealed(v) {
    var r = v.revealed, out = [], a = v.mine, tm = mineTeam();
    var scored = !opinion(v) && v.kind !== 'open' && tm >= 0;
    if (scored) {
      var res = !a ? h('p', { class: 'result muted', text: t('none') }) : h('p', { class: 'result ' + (a.right ? 'right' : 'wrong') }, [a.right ? '✓ ' + t('right') : '✗ ' + t('wrong'), a.points ? h('span', { class: 'pts', text: t(a.points === 1 ? 'points' : 'pointsN', { n: a.points }) }) : null]);
      out.push(res);
    } else if (opinion(v)) out.push(h('p', { class: 'muted', text: t('unscored') }));
    var right = '';
    if (v.kind === 'verdict' && r.verdict) {
      var at = -1;
      (v.verdicts || []).forEach(function (l, i) { if (at < 0 && l.toLowerCase() === r.verdict.toLowerCase()) at = i; });
      right = at >= 0 ? (at + 1) + ' · ' + v.verdicts[at] : r.verdict;
    } else if (r.correct && r.correct.length) right = r.correct.map(function (i) { return (i + 1) + ' · ' + (v.choices || [])[i]; }).join(', ');
    else if (r.answer) right = r.answer;
    else if (r.value != null) right = r.value + (v.unit ? ' ' + v.unit : '');
    if (a && scored && v.kind !== 'order' && v.kind !== 'character' && v.kind !== 'clues') out.push(h('p', { class: 'muted', text: t('teamChoice', { a: answerText(v, a) }) }));
    if (right) out.push(h('p', { class: 'answer-is', text: t('answer', { a: right }) }));
    if (r.order) out.push(h('h3', { text: t('rightOrder') }), h('ol', { class: 'list' }, r.order.map(function (x) { return h('li', { text: x }); })));
    if (r.explanation) out.push(h('p', { class: 'expl', text: r.explanation }));
    if (r.reflex) out.push(h('div', { class: 'reflex' }, [h('h3', { text: t('reflex') }), h('p', { text: r.reflex })]));
    if (r.source) out.push(h('p', { class: 'source muted', text: t('source', { a: r.source }) }));
    return h('div', { class: 'stack' }, out);
  }

  // clock shows the answer timer, counted down from the view's time_ms,
  // and the 2 s lock; it runs only while one of them is shown.
  var tick = 0;
  function clock() {
    var v = S.v, e = $('clock');
    clearTimeout(tick);
    if (!v || v.over || !v.timer || v.phase === 'revealed') e.hidden = true;
    else {
      var left = Math.max(0, v.time_ms - (v.paused ? 0 : Date.now() - S.at)), s = Math.ceil(left / 1000);
      e.hidden = false;
      e.textContent = (v.paused ? '⏸ ' : '') + (s >= 60 ? Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') : s + ' s');
      e.className = s <= 10 ? 'clock low' : 'clock';
      if (!v.paused && left > 0) tick = setTimeout(clock, left % 1000 || 1000);
      // The time runs out while the team says how sure it is: its
      // verdict goes unrated rather than lost.
      if (!v.paused && left <= 1500 && S.ui && S.ui.sure != null) setTimeout(function () { sureSend(0); }, 0);
    }
    var l = $('lock');
    if (v && S.lockEnd) {
      var ll = lockLeft();
      if (l) l.textContent = typo(t('locked', { s: Math.ceil(ll / 1000) }));
      if (ll > 0) setTimeout(function () { if (lockLeft() <= 0) { S.lockEnd = 0; render(); } else clock(); }, Math.min(ll, 500));
    }
  }

  // The creation workshop: the team's form, built once per workshop so
  // that what is typed survives the messages, and the team's cards below.
  function creation() {
    var m = S.cr, main = $('main'), name = 'creation|' + m.kind + '|' + !!m.closed + '|' + Room.lang;
    $('textless').hidden = true; $('where').textContent = typo(t('cr_title'));
    if (main.dataset.screen !== name) {
      main.dataset.screen = name; S.pad = null; main.textContent = '';
      add(main, [h('h1', { class: 'cr-title', text: t('cr_title') }), m.closed ? h('p', { class: 'note go', text: t('cr_closed') }) : form(m), h('section', { id: 'cr-mine', class: 'stack' })]);
    }
    var mine = m.mine || [];
    fill('cr-mine', [h('h3', { text: t('cr_mine') }), mine.length ? h('ul', { class: 'list mine' }, mine.map(function (c) {
      return h('li', { class: 'st-' + c.state }, [h('span', { class: 'label', text: (c.picture ? '📷 ' : '') + (c.text || '…') }), h('b', { text: t('cr_' + c.state) })]);
    })) : h('p', { class: 'muted', text: t('cr_none') })]);
  }
  function field(label, el) { var id = 'f' + (++S.id); el.id = id; return h('div', { class: 'field' }, [h('label', { for: id, text: label }), el]); }
  function form(m) {
    var L = m.limits || {}, F = {};
    function area(k, max, rows) { return F[k] = h('textarea', { name: k, maxlength: String(max), rows: String(rows || 2), autocomplete: 'off' }); }
    function line(k, max) { return F[k] = h('input', { type: 'text', name: k, maxlength: String(max), autocomplete: 'off', autocapitalize: 'sentences' }); }
    var parts = [h('p', { class: 'muted', text: t('cr_intro') })], verdict = '', picture = '', clues = [];
    if (m.kind === 'verdict') {
      parts.push(field(t('cr_claim'), area('claim', L.claim, 3)));
      var vb = (m.verdicts || []).map(function (v, i) {
        return answerButton(i, v.label, function () { buzzOk(); verdict = v.key; vb.forEach(function (b, j) { b.classList.toggle('chosen', j === i); b.setAttribute('aria-pressed', j === i ? 'true' : 'false'); }); });
      });
      parts.push(h('div', { class: 'field' }, [h('h3', { text: t('cr_verdict') }), h('div', { class: 'answers verdicts' }, vb)]));
    } else {
      parts.push(field(t('cr_answer'), line('answer', L.answer)));
      var box = h('div', { class: 'stack clues-edit' }), more = h('button', { class: 'small', type: 'button', onclick: function () { addClue(''); } }, t('cr_addClue'));
      var addClue = function (v) {
        if (clues.length >= (L.clues || 8)) return;
        var input = h('input', { type: 'text', maxlength: String(L.clue), autocomplete: 'off', value: v });
        clues.push(input); drawClues(); input.focus();
      };
      var drawClues = function () {
        box.textContent = '';
        clues.forEach(function (input, i) {
          input.setAttribute('aria-label', t('cr_clue', { n: i + 1 }));
          input.placeholder = t('cr_clue', { n: i + 1 });
          add(box, h('div', { class: 'row clue' }, [h('span', { class: 'badge', text: String(i + 1) }), input,
            h('button', { class: 'small', type: 'button', 'aria-label': t('cr_remove') + ' ' + (i + 1), disabled: clues.length <= 2, onclick: function () { clues.splice(i, 1); drawClues(); } }, '✕')]));
        });
        more.disabled = clues.length >= (L.clues || 8);
      };
      clues = [0, 1, 2].map(function () { return h('input', { type: 'text', maxlength: String(L.clue), autocomplete: 'off' }); });
      drawClues();
      parts.push(h('div', { class: 'field' }, [h('h3', { text: t('cr_clues') }), box, more]));
    }
    parts.push(field(t('cr_why'), area('why', L.why, 3)), field(t('cr_source'), line('source', L.source)));
    // The photo: the phone's camera (or its pictures), made at most 1280 px
    // a side and JPEG on the phone, so that it goes quickly on the Wi-Fi.
    var file = h('input', { type: 'file', accept: 'image/*', capture: 'environment', class: 'file' });
    var shot = h('img', { class: 'shot', alt: '', hidden: true });
    var pick = h('button', { type: 'button', class: 'photo', onclick: function () { file.click(); } }, t('cr_photo'));
    var drop = h('button', { type: 'button', class: 'small', hidden: true, onclick: function () { picture = ''; shot.hidden = drop.hidden = true; pick.textContent = t('cr_photo'); file.value = ''; } }, t('cr_remove'));
    file.addEventListener('change', function () {
      var f = file.files && file.files[0];
      if (!f) return;
      shrink(f, L.side || 1280, L.picture || 1048576, function (url) {
        if (!url) { toast(t('cr_photoBad')); return; }
        picture = url; shot.src = url; shot.hidden = drop.hidden = false; pick.textContent = typo(t('cr_photoAgain'));
      });
    });
    parts.push(h('div', { class: 'field' }, [pick, file, shot, drop]));
    var nonce = '';
    var go = h('button', { class: 'primary', type: 'submit' }, t('cr_send'));
    return h('form', { class: 'stack create', onsubmit: function (e) {
      e.preventDefault();
      var card = { why: F.why.value, source: F.source.value };
      if (m.kind === 'verdict') {
        card.claim = F.claim.value; card.verdict = verdict;
        if (!card.claim.trim()) { F.claim.focus(); return toast(t('cr_need_claim')); }
        if (!verdict) return toast(t('cr_need_verdict'));
      } else {
        card.answer = F.answer.value; card.clues = clues.map(function (c) { return c.value; }).filter(function (c) { return c.trim(); });
        if (!card.answer.trim()) { F.answer.focus(); return toast(t('cr_need_answer')); }
        if (card.clues.length < 2) return toast(t('cr_need_clues'));
      }
      // The same card sent again after a lost answer keeps its nonce: the
      // room takes it once.
      nonce = nonce || 'n' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
      go.disabled = true; go.textContent = typo(t('cr_sending'));
      var body = JSON.stringify({ token: stored(), nonce: nonce, card: card, picture: picture ? picture.slice(picture.indexOf(',') + 1) : '' });
      fetch('/atelier?c=' + code, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body }).then(function (r) {
        return r.json().then(function (a) { return { ok: r.ok, a: a }; });
      }).then(function (r) {
        go.disabled = false; go.textContent = typo(t('cr_send'));
        if (!r.ok) { if (r.a.why !== 'limit') nonce = ''; return toast(t('cr_why_' + r.a.why)); }
        buzzOk(); toast(t('cr_sent')); nonce = '';
        Object.keys(F).forEach(function (k) { F[k].value = ''; });
        clues.forEach(function (c) { c.value = ''; });
        if (drop) drop.click();
        verdict = '';
        (main().querySelectorAll('.verdicts button') || []).forEach(function (b) { b.classList.remove('chosen'); b.setAttribute('aria-pressed', 'false'); });
        window.scrollTo(0, 0);
      }).catch(function () { go.disabled = false; go.textContent = typo(t('cr_send')); toast(t('cr_failed')); });
    } }, parts.concat([go]));
  }
  function main() { return $('main'); }
  // shrink reads a picture, draws it at most side pixels a side and gives
  // its JPEG as a data: address (the page's policy allows no blob:), lower
  // in quality until it is within max bytes; null when it cannot be read.
  function shrink(f, side, max, done) {
    var rd = new FileReader();
    rd.onerror = function () { done(null); };
    rd.onload = function () {
      var img = new Image();
      img.onerror = function () { done(null); };
      img.onload = function () {
        var k = Math.min(1, side / Math.max(img.naturalWidth, img.naturalHeight));
        var c = document.createElement('canvas');
        c.width = Math.max(1, Math.round(img.naturalWidth * k)); c.height = Math.max(1, Math.round(img.naturalHeight * k));
        c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
        for (var q = 0.85; q > 0.3; q -= 0.15) {
          var url = c.toDataURL('image/jpeg', q);
          if ((url.length - url.indexOf(',') - 1) * 3 / 4 <= max) return done(url);
        }
        done(null);
      };
      img.src = rd.result;
    };
    rd.readAsDataURL(f);
  }

  render();
  connect();
})();
