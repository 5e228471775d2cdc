// The deck editor's page (declic edit): the list of decks, then a deck as
// forms. Every change is sent, 300 ms after the last key, to /api/check,
// where the game's own rules judge it; their problems come back on the
// fields they are about. No framework; nothing but the editor's server.
(function () {
  'use strict';
  var h = Room.h, add = Room.add;
  var TOKEN = new URLSearchParams(location.search).get('t') || '';
  Room.setLang(document.documentElement.lang);
  document.title = 'Déclic · ' + (Room.lang === 'en' ? 'Deck editor' : 'Éditeur de decks');
  var t = Room.strings({
    fr: {
      title: 'Éditeur de decks', mine: 'Mes decks', mineLead: 'Les decks enregistrés sur cet ordinateur, que le jeu propose.', noneMine: 'Aucun deck pour l’instant.',
      bundled: 'Les decks du jeu', bundledLead: 'Pour modifier un deck du jeu, faites-en votre version : elle est copiée dans vos decks, avec ses images.',
      open: 'Ouvrir', copy: 'Faire ma version', newDeck: 'Nouveau deck', back: 'Mes decks', save: 'Enregistrer', cards: '{n} cartes', oneCard: '1 carte',
      deck: 'Le deck', deckTitle: 'Titre', deckLang: 'Langue des cartes', description: 'Description', audience: 'Public', audienceHelp: 'Par exemple : ados, adultes, seniors',
      minutes: 'Durée (minutes)', author: 'Auteur ou autrice', license: 'Licence', deckId: 'Nom court du deck', deckIdHelp: 'Lettres minuscules, chiffres et tirets ; il distingue ce deck des autres.',
      defaults: 'Réglages de toutes les cartes', points: 'Points pour une bonne réponse', seconds: 'Temps pour répondre (secondes, 0 = sans limite)', mode: 'Façon de jouer proposée',
      mode_turns: 'Chacun son tour', mode_all: 'Toutes les équipes répondent', mode_buzzer: 'Au buzzer',
      verdicts: 'Les réponses possibles (vrai, faux…)', verdictLabel: 'Réponse', verdictKey: 'Code', questions: 'Les questions du plateau', questionText: 'Question', questionId: 'Code',
      cardsTitle: 'Les cartes', addCard: 'Ajouter une carte', card: 'Carte {n}', up: 'Monter', down: 'Descendre', remove: 'Supprimer', drag: 'Glisser pour déplacer',
      kind_verdict: 'Vrai ou faux', kind_choice: 'Question à choix', kind_clues: 'Devinette (Qui suis-je ?)', kind_spectrum: 'Échelle ou estimation',
      kind_order: 'Remettre dans l’ordre', kind_open: 'Question ouverte', kind_character: 'Personnage (Qui est-ce ?)',
      claim: 'L’affirmation à juger', question: 'La question', statement: 'L’affirmation à placer sur l’échelle', prompt: 'La consigne', name: 'Nom du personnage',
      rightVerdict: 'La bonne réponse', choices: 'Les réponses proposées', choicesHelp: 'Cochez la ou les bonnes réponses.', right: 'bonne', clueAnswer: 'La réponse à trouver',
      clues: 'Les indices, du plus difficile au plus facile', accept: 'Autres réponses acceptées', hints: 'Conseils pour vérifier (avant un second vote)', flags: 'Les signaux d’alerte',
      report: 'Où signaler', left: 'Le bout gauche de l’échelle', right_: 'Le bout droit de l’échelle', min: 'Valeur à gauche', max: 'Valeur à droite', unit: 'Unité (%, ans, €…)',
      target: 'La bonne valeur (laisser vide pour un débat)', items: 'Les éléments, dans le bon ordre', yes: 'Les questions auxquelles il répond oui',
      picture: 'Image', addPicture: 'Choisir une image…', removePicture: 'Retirer l’image', explanation: 'L’explication (montrée après la réponse)', source: 'La source',
      technique: 'Techniques de manipulation', reflex: 'Le bon réflexe', discuss: 'Questions pour discuter', tags: 'Mots-clés', easy: 'Texte facile à lire',
      cardPoints: 'Points (si différent du deck)', cardSeconds: 'Temps pour répondre (si différent du deck)', more: 'Plus de champs', addRow: 'Ajouter',
      problems: 'À corriger', tips: 'Conseils', problemsAndTips: 'À corriger et conseils', cardRun: 'Cartes {a} à {b}', cardList: 'Cartes {a} et {b}', noProblem: 'Aucun problème : le deck est prêt à jouer.', preview: 'Aperçu sur le téléphone', deckPart: 'Le deck',
      saving: 'Enregistrement…', saved: 'Enregistré. Le jeu le propose dès maintenant (écran Jeux de cartes).', savedIn: 'Enregistré dans {f}', notSaved: 'Pas enregistré : corrigez d’abord les problèmes en rouge.', unsaved: 'Modifications non enregistrées',
      checking: 'Vérification…', lost: 'Ce fichier contient des commentaires qui seront perdus :', keep: 'Ne pas enregistrer', lose: 'Enregistrer quand même',
      leave: 'Des modifications ne sont pas enregistrées. Quitter quand même ?', stay: 'Rester', go: 'Quitter', failed: 'Le serveur de l’éditeur ne répond plus : la commande declic edit est-elle encore ouverte ?',
      warning: 'Conseil', removeAsk: 'Supprimer la carte {n} ?', changePicture: 'Changer d’image…', keepCard: 'Garder la carte'
    },
    en: {
      title: 'Deck editor', mine: 'My decks', mineLead: 'The decks saved on this computer, which the game offers.', noneMine: 'No deck yet.',
      bundled: 'The game’s decks', bundledLead: 'To change a deck of the game, make your version of it: it is copied into your decks, with its pictures.',
      open: 'Open', copy: 'Make my version', newDeck: 'New deck', back: 'My decks', save: 'Save', cards: '{n} cards', oneCard: '1 card',
      deck: 'The deck', deckTitle: 'Title', deckLang: 'Language of the cards', description: 'Description', audience: 'Audience', audienceHelp: 'For example: teens, adults, seniors',
      minutes: 'Length (minutes)', author: 'Author', license: 'Licence', deckId: 'Short name of the deck', deckIdHelp: 'Lower-case letters, digits and hyphens; it tells this deck apart from others.',
      defaults: 'Settings of every card', points: 'Points for a right answer', seconds: 'Time to answer (seconds, 0 = no limit)', mode: 'Suggested way to play',
      mode_turns: 'Teams in turn', mode_all: 'Every team answers', mode_buzzer: 'Buzzer',
      verdicts: 'The possible answers (true, false…)', verdictLabel: 'Answer', verdictKey: 'Code', questions: 'The board’s questions', questionText: 'Question', questionId: 'Code',
      cardsTitle: 'The cards', addCard: 'Add a card', card: 'Card {n}', up: 'Move up', down: 'Move down', remove: 'Delete', drag: 'Drag to move',
      kind_verdict: 'True or false', kind_choice: 'Multiple choice', kind_clues: 'Riddle (Who am I?)', kind_spectrum: 'Scale or estimate',
      kind_order: 'Put in order', kind_open: 'Open question', kind_character: 'Character (Guess who?)',
      claim: 'The claim to judge', question: 'The question', statement: 'The statement to place on the scale', prompt: 'The instruction', name: 'The character’s name',
      rightVerdict: 'The right answer', choices: 'The answers offered', choicesHelp: 'Tick the right answer or answers.', right: 'right', clueAnswer: 'The answer to find',
      clues: 'The clues, hardest first', accept: 'Other answers accepted', hints: 'Tips to check (before a second vote)', flags: 'The red flags',
      report: 'Where to report', left: 'The scale’s left end', right_: 'The scale’s right end', min: 'Value on the left', max: 'Value on the right', unit: 'Unit (%, years, €…)',
      target: 'The right value (leave empty for a debate)', items: 'The items, in the right order', yes: 'The questions it answers yes to',
      picture: 'Picture', addPicture: 'Choose a picture…', removePicture: 'Remove the picture', explanation: 'The explanation (shown after the answer)', source: 'The source',
      technique: 'Manipulation techniques', reflex: 'The right reflex', discuss: 'Questions to discuss', tags: 'Keywords', easy: 'Easy-to-read text',
      cardPoints: 'Points (if not the deck’s)', cardSeconds: 'Time to answer (if not the deck’s)', more: 'More fields', addRow: 'Add',
      problems: 'To fix', tips: 'Tips', problemsAndTips: 'To fix, and tips', cardRun: 'Cards {a} to {b}', cardList: 'Cards {a} and {b}', noProblem: 'No problem: the deck is ready to play.', preview: 'Preview on the phone', deckPart: 'The deck',
      saving: 'Saving…', saved: 'Saved. The game offers it right now (Decks screen).', savedIn: 'Saved in {f}', notSaved: 'Not saved: fix the problems in red first.', unsaved: 'Changes not saved',
      checking: 'Checking…', lost: 'This file has comments that will be lost:', keep: 'Do not save', lose: 'Save anyway',
      leave: 'Some changes are not saved. Leave anyway?', stay: 'Stay', go: 'Leave', failed: 'The editor’s server does not answer: is the declic edit command still open?',
      warning: 'Tip', removeAsk: 'Delete card {n}?', changePicture: 'Change the picture…', keepCard: 'Keep the card'
    }
  });
  var KINDS = ['verdict', 'choice', 'clues', 'spectrum', 'order', 'open', 'character'];
  var MAIN = { verdict: 'claim', choice: 'question', spectrum: 'statement', order: 'prompt', open: 'question', character: 'name' };
  var S = { path: '', form: null, faults: [], dirty: false, current: 0, timer: 0, seq: 0 };
  var $ = function (id) { return document.getElementById(id); };

  function api(method, url, body, raw) {
    var opts = { method: method, headers: { 'X-Declic-Token': TOKEN } };
    if (body !== undefined) {
      if (raw) opts.body = body;
      else { opts.body = JSON.stringify(body); opts.headers['Content-Type'] = 'application/json'; }
    }
    return fetch(url, opts).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) throw new Error(j.error || r.statusText);
        return j;
      });
    });
  }
  function status(text, cls) { var e = $('status'); e.textContent = Room.typo(text || ''); e.className = cls || ''; e.title = ''; }
  function fail(e) { status(e && e.message && e.message !== 'Failed to fetch' ? e.message : t('failed'), 'bad'); }
  function ask(text, items, yes, no) {
    var d = $('ask');
    $('ask-text').textContent = Room.typo(text);
    var ul = $('ask-list'); ul.textContent = '';
    (items || []).forEach(function (x) { add(ul, h('li', { text: x })); });
    $('ask-yes').textContent = Room.typo(yes); $('ask-no').textContent = Room.typo(no);
    return new Promise(function (done) {
      d.onclose = function () { done(d.returnValue === 'yes'); };
      d.showModal();
    });
  }

  // The list of decks.
  function home() {
    S.form = null; S.path = ''; S.dirty = false;
    $('deckname').textContent = t('title'); status('');
    var nav = $('actions'); nav.textContent = '';
    api('GET', '/api/decks').then(function (list) {
      var main = $('main'); main.textContent = '';
      var mine = h('ul', { class: 'decks', id: 'mine' });
      list.user.forEach(function (d) {
        add(mine, h('li', null, [h('span', { class: 'title' }, [d.title, h('span', { class: 'meta', text: d.problem ? '' : count(d.cards) + ' · ' + d.language }), d.problem ? h('span', { class: 'problem', text: d.problem }) : null]),
          d.problem ? null : h('button', { type: 'button', class: 'open', 'data-path': d.path, onclick: function () { openDeck({ path: d.path }); } }, t('open'))]));
      });
      if (!list.user.length) add(mine, h('li', { class: 'meta', text: t('noneMine') }));
      var bundled = h('ul', { class: 'decks', id: 'bundled' });
      list.bundled.forEach(function (d) {
        add(bundled, h('li', null, [h('span', { class: 'title' }, [d.title, h('span', { class: 'meta', text: count(d.cards) + ' · ' + d.language })]),
          h('button', { type: 'button', onclick: function () { openDeck({ bundled: { id: d.id, language: d.language } }); } }, t('copy'))]));
      });
      add(main, h('div', { class: 'home' }, [
        h('section', null, [h('h2', { text: t('mine') }), h('p', { class: 'lead', text: t('mineLead') }), h('p', null, h('button', { type: 'button', class: 'primary', id: 'new', onclick: newDeck }, t('newDeck'))), mine]),
        h('section', null, [h('h2', { text: t('bundled') }), h('p', { class: 'lead', text: t('bundledLead') }), bundled])]));
    }).catch(fail);
  }
  function count(n) { return n === 1 ? t('oneCard') : t('cards', { n: n }); }
  function newDeck() { api('POST', '/api/new', { language: Room.lang }).then(edit).catch(fail); }
  function openDeck(which) { api('POST', '/api/open', which).then(edit).catch(fail); }

  // The editor.
  function edit(o) {
    S.path = o.path; S.form = o.form; S.faults = []; S.dirty = !!o.new; S.current = 0; S.auto = !!o.new; S.idSeq = 0;
    history.replaceState(null, '', '?t=' + encodeURIComponent(TOKEN) + '&deck=' + encodeURIComponent(o.path));
    var nav = $('actions'); nav.textContent = '';
    add(nav, [h('button', { type: 'button', id: 'back', onclick: leave }, t('back')), h('button', { type: 'button', class: 'primary', id: 'save', onclick: save }, t('save'))]);
    var main = $('main'); main.textContent = '';
    var frame = h('iframe', { class: 'phoneframe', id: 'preview', src: '/static/preview.html', title: t('preview') });
    add(main, h('div', { class: 'edit' }, [
      h('div', { id: 'form' }),
      h('aside', { class: 'side' }, [h('section', { class: 'box', id: 'problems-box' }, [h('h2', { text: t('problems') }), h('ul', { class: 'problems', id: 'problems' })]),
        h('section', { class: 'box' }, [h('h2', { text: t('preview') }), frame])])]));
    drawForm();
    if (!S.form.cards.length) addCard('verdict');
    schedule(0);
  }
  function leave() {
    if (!S.dirty) return home();
    ask(t('leave'), [], t('go'), t('stay')).then(function (yes) { if (yes) home(); });
  }
  window.addEventListener('beforeunload', function (e) { if (S.dirty) { e.preventDefault(); e.returnValue = ''; } });
  window.addEventListener('message', function (e) { if (e.origin === location.origin && e.data && e.data.declic === 'preview-ready') preview(); });

  function changed() { S.dirty = true; status(t('unsaved')); schedule(300); preview(); }
  function schedule(ms) { clearTimeout(S.timer); S.timer = setTimeout(check, ms); }
  function check() {
    var seq = ++S.seq;
    return api('POST', '/api/check', { path: S.path, form: S.form }).then(function (r) {
      if (seq === S.seq) showFaults(r.faults);
      return r;
    }).catch(fail);
  }
  function save() {
    clearTimeout(S.timer);
    status(t('saving'));
    var send = function (drop) {
      return api('POST', '/api/save', { path: S.path, form: S.form, dropComments: drop }).then(function (r) {
        showFaults(r.faults);
        if (r.saved) { S.dirty = false; S.auto = false; status(t('saved'), 'ok'); $('status').title = t('savedIn', { f: r.file }); return; }
        if (r.errors) { status(t('notSaved'), 'bad'); return; }
        if (r.lost && r.lost.length) {
          return ask(t('lost'), r.lost.map(lostText), t('lose'), t('keep')).then(function (yes) {
            if (yes) return send(true);
            status(t('unsaved'));
          });
        }
      });
    };
    send(false).catch(fail);
  }

  // The rules' messages name the file's keys and card types; the page
  // says them with the labels of its fields.
  var LABELS = { claim: 'claim', question: 'question', statement: 'statement', prompt: 'prompt', name: 'name', choices: 'choices', clues: 'clues',
    accept: 'accept', hints: 'hints', flags: 'flags', report: 'report', left: 'left', right: 'right_', min: 'min', max: 'max', unit: 'unit', target: 'target',
    items: 'items', yes: 'yes', image: 'picture', explanation: 'explanation', source: 'source', technique: 'technique', reflex: 'reflex', discuss: 'discuss',
    tags: 'tags', easy: 'easy', points: 'cardPoints', seconds: 'cardSeconds', title: 'deckTitle', language: 'deckLang', description: 'description',
    audience: 'audience', minutes: 'minutes', author: 'author', license: 'license', mode: 'mode' };
  function label(key, f) {
    var kind = f.section === 'card' && S.form.cards[f.index] ? S.form.cards[f.index].type : '';
    if (key === 'answer') return t(kind === 'clues' ? 'clueAnswer' : 'rightVerdict');
    if (key === 'id') return f.section === 'deck' ? t('deckId') : null;
    if (f.section === 'defaults' && (key === 'points' || key === 'seconds')) return t(key);
    var l = LABELS[key];
    if (!l) return null;
    l = t(l).replace(/\s*\(.*\)$/, '');
    return l.charAt(0).toLowerCase() + l.slice(1);
  }
  // A label without an article gets one where French grammar needs it
  // (« il manque le titre ») from this list: m, f or p(lural).
  var GENDER = { deckTitle: 'm', deckLang: 'f', description: 'f', audience: 'm', minutes: 'f', author: 'm', license: 'f', deckId: 'm',
    points: 'p', seconds: 'm', picture: 'f', technique: 'p', discuss: 'p', tags: 'p', easy: 'm', cardPoints: 'p', cardSeconds: 'm',
    accept: 'p', hints: 'p', report: 'm', min: 'f', max: 'f', unit: 'f', source: 'f' };
  function labelKey(key, f) {
    var kind = f.section === 'card' && S.form.cards[f.index] ? S.form.cards[f.index].type : '';
    if (key === 'answer') return kind === 'clues' ? 'clueAnswer' : 'rightVerdict';
    if (key === 'id') return f.section === 'deck' ? 'deckId' : null;
    if (f.section === 'defaults' && (key === 'points' || key === 'seconds')) return key;
    return LABELS[key] || null;
  }
  // noun splits a field's label into its article and the rest: « la
  // bonne réponse » → {art: 'la ', bare: 'bonne réponse', plural: false}.
  function noun(key, f) {
    var k = labelKey(key, f), l = label(key, f);
    if (!l) return null;
    l = l.charAt(0).toLowerCase() + l.slice(1);
    var m;
    if (Room.lang === 'en') {
      m = /^the\s+/.exec(l);
      return { art: 'the ', bare: m ? l.slice(m[0].length) : l, plural: false };
    }
    m = /^(l’|l'|la |le |les )/.exec(l);
    if (m) return { art: m[1], bare: l.slice(m[1].length), plural: m[1] === 'les ' };
    var g = GENDER[k] || 'm', vowel = /^[aeiouyhàâéèêëîïôûü]/i.test(l);
    return { art: g === 'p' ? 'les ' : vowel ? 'l’' : g === 'f' ? 'la ' : 'le ', bare: l, plural: g === 'p' };
  }
  // grammar rewrites the phrases where a quoted key is part of the
  // sentence: « pas d'« explanation » » → « pas d’explication », « il manque
  // « title » » → « il manque le titre », 'no "explanation"' → 'no explanation'.
  function grammar(m, f) {
    var n = function (k) { return noun(k, f); };
    if (Room.lang === 'en') {
      return m.replace(/\bno "([\w-]+)"/g, function (all, k) { var x = n(k); return x ? 'no ' + x.bare : all; })
        .replace(/^"([\w-]+)" is missing/, function (all, k) { var x = n(k); return x ? x.art + x.bare + ' is missing' : all; });
    }
    return m.replace(/\bpas d[e']\s*«\s*([\w-]+)\s*»/g, function (all, k) {
      var x = n(k); if (!x) return all;
      return 'pas ' + (/^[aeiouyhàâéèêëîïôûü]/i.test(x.bare) ? 'd’' : 'de ') + x.bare;
    }).replace(/\bil manque\s*«\s*([\w-]+)\s*»/g, function (all, k) { var x = n(k); return x ? 'il manque ' + x.art + x.bare : all; })
      .replace(/\bla liste\s*«\s*([\w-]+)\s*» est vide/g, function (all, k) { var x = n(k); return x ? cap(x.art + x.bare) + (x.plural ? ' : la liste est vide' : ' est vide') : all; });
  }
  function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  var QUOTED = /«\s*([\w-]+)\s*»|"([\w-]+)"/g;
  function keyIn(f) {
    var m, re = new RegExp(QUOTED.source, 'g');
    while ((m = re.exec(f.message))) { var k = m[1] || m[2]; if (label(k, f)) return k; }
    return '';
  }
  function words(f) {
    var m = grammar(f.warning ? f.message.replace(/^(attention|warning)\s*:\s*/i, '') : f.message, f);
    return cap(m.replace(new RegExp(QUOTED.source, 'g'), function (all, a, b) { var l = label(a || b, f); return l ? (Room.lang === 'fr' ? '«\u00a0' + l + '\u00a0»' : '"' + l + '"') : all; })
      .replace(/\b(verdict|choice|clues|spectrum|order|open|character)\b(?= card| cards|\s*$|\s*[;:,)])/g, function (k) { return '« ' + t('kind_' + k) + ' »'; })
      .replace(/\[\[question\]\]/g, t('questions')).replace(/\[verdicts\]/g, t('verdicts')).replace(/\[deck\]/g, t('deckPart')));
  }

  // lostText says where a comment that saving would lose sat: the card
  // of the file as it was read (its number then), the field.
  function lostText(l) {
    var at = l.card ? t('card', { n: l.card }) : l.table.indexOf('card ') === 0 ? t('card', { n: '« ' + l.table.slice(5) + ' »' }) : l.table === 'deck' ? t('deckPart') : '';
    var f = { section: l.table.indexOf('card') === 0 ? 'card' : l.table, index: -1 };
    var k = l.key ? label(l.key.split('.')[0], f) || l.key : '';
    return [at, k].filter(Boolean).join(' · ') + (at || k ? ' : ' : '') + '« ' + l.text.replace(/\n/g, ' ') + ' »';
  }

  // Faults: the fields at fault are marked, and listed with a link.
  // cardsText names several cards: « Cartes 1 à 8 » for a run, else
  // « Cartes 1, 3 et 5 » (« Cartes 1 et 2 »).
  function cardsText(ns) {
    var run = ns.length > 2 && ns.every(function (n, i) { return i === 0 || n === ns[i - 1] + 1; });
    if (run) return t('cardRun', { a: ns[0], b: ns[ns.length - 1] });
    return t('cardList', { a: ns.slice(0, -1).join(', '), b: ns[ns.length - 1] });
  }
  function where(f) {
    if (f.section === 'card') return t('card', { n: f.index + 1 });
    if (f.section === 'question') return t('questions');
    if (f.section === 'verdicts') return t('verdicts');
    if (f.section === 'defaults') return t('defaults');
    return t('deckPart');
  }
  function fieldOf(f) {
    var sec = f.section || 'deck', box = document.querySelector('[data-sec="' + sec + '"][data-idx="' + (f.index || 0) + '"]');
    if (sec === 'question' || sec === 'verdicts') box = document.querySelector('[data-sec="' + sec + '"]');
    if (!box) return null;
    var key = f.key || keyIn(f);
    if (key === 'answer' && sec === 'card' && (S.form.cards[f.index] || {}).type === 'choice') key = 'choices';
    if (key) { var fe = box.querySelector('[data-key="' + key + '"]'); if (fe) return fe; }
    return box;
  }
  function showFaults(faults) {
    S.faults = faults || [];
    document.querySelectorAll('.fault').forEach(function (e) { e.classList.remove('fault'); });
    document.querySelectorAll('.why').forEach(function (e) { e.textContent = ''; });
    var ul = $('problems'); if (!ul) return;
    ul.textContent = '';
    // Errors first, then the warnings, a warning said of several cards
    // once: « Cartes 1 à 8 : pas d’explication », its link to the first.
    var errors = S.faults.filter(function (f) { return !f.warning; }), tips = [], same = {};
    S.faults.forEach(function (f) {
      if (!f.warning) return;
      var w = words(f), k = (f.section === 'card' ? 'card' : f.section + (f.index || 0)) + '\n' + w;
      if (same[k]) { same[k].cards.push(f.index + 1); return; }
      same[k] = { f: f, cards: f.section === 'card' ? [f.index + 1] : [] };
      tips.push(same[k]);
    });
    var box = $('problems-box'), title = box && box.querySelector('h2');
    if (title) title.textContent = Room.typo(errors.length && tips.length ? t('problemsAndTips') : tips.length ? t('tips') : t('problems'));
    errors.map(function (f) { return { f: f, cards: [] }; }).concat(tips).forEach(function (g) {
      var f = g.f, el = fieldOf(f);
      if (el && !f.warning) {
        el.classList.add('fault');
        // A field at fault is never hidden in a folded part.
        for (var d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
        var why = el.querySelector(':scope > .why');
        if (why) why.textContent = Room.typo(why.textContent ? why.textContent + ' ' + words(f) : words(f));
      }
      var at = g.cards.length > 1 ? cardsText(g.cards) : where(f);
      add(ul, h('li', { class: f.warning ? 'warning' : '' }, h('button', { type: 'button', onclick: function () {
        if (!el) return;
        for (var d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
        el.scrollIntoView({ behavior: 'smooth', block: 'center' });
        var input = el.matches('input,textarea,select') ? el : el.querySelector('input,textarea,select,button');
        if (input) input.focus({ preventScroll: true });
      } }, [h('span', { class: 'where', text: (f.warning ? t('warning') + ' · ' : '') + at }), Room.typo(words(f))])));
    });
    if (!S.faults.length) add(ul, h('li', { class: 'none', text: t('noProblem') }));
  }

  // Fields. Each field's element carries data-key, which the faults find.
  var ids = 0;
  function field(key, label, input, help) {
    input.id = 'f' + (++ids);
    var hint = help ? h('span', { class: 'help', id: input.id + '-help', text: help }) : null;
    if (hint) input.setAttribute('aria-describedby', hint.id);
    return h('div', { class: 'field', 'data-key': key }, [h('label', { for: input.id, text: label }), input, hint, h('span', { class: 'why', 'aria-live': 'polite' })]);
  }
  function text(obj, key, label, opts) {
    opts = opts || {};
    var v = obj[key] == null ? '' : String(obj[key]);
    var input = h(opts.long ? 'textarea' : 'input', opts.long ? { rows: 2 } : { type: 'text' });
    input.value = v;
    input.addEventListener('input', function () { if (input.value === '') delete obj[key]; else obj[key] = input.value; changed(); });
    return field(key, label, input, opts.help);
  }
  function number(obj, key, label) {
    var input = h('input', { type: 'number', inputmode: 'numeric' });
    input.value = obj[key] == null ? '' : String(obj[key]);
    input.addEventListener('input', function () {
      var n = input.value === '' ? NaN : Number(input.value);
      if (isNaN(n)) delete obj[key]; else obj[key] = n;
      changed();
    });
    return field(key, label, input);
  }
  function select(obj, key, label, values, names) {
    var s = h('select', null, values.map(function (v, i) { return h('option', { value: v, text: names[i] }); }));
    s.value = obj[key] == null ? values[0] : obj[key];
    s.addEventListener('change', function () { if (s.value === values[0] && key !== 'language') delete obj[key]; else obj[key] = s.value; changed(); });
    return field(key, label, s);
  }
  // rows edits a list of texts as rows with add and remove; mark, when
  // given, puts a tick beside each row (a choice's right answers).
  function rows(obj, key, label, opts) {
    opts = opts || {};
    var wrap = h('div', { class: 'field', 'data-key': key }, [h('span', { class: 'label', text: label }), opts.help ? h('span', { class: 'help', text: opts.help }) : null]);
    var box = h('div', { class: 'rows' }), why = h('span', { class: 'why' });
    function list() { if (!Array.isArray(obj[key])) obj[key] = obj[key] == null || obj[key] === '' ? [] : [obj[key]]; return obj[key]; }
    function draw() {
      box.textContent = '';
      (Array.isArray(obj[key]) ? obj[key] : obj[key] == null || obj[key] === '' ? [] : [obj[key]]).forEach(function (v, i) {
        // A row is one line of text that wraps, so that a long answer is
        // read whole on a phone: a textarea of one row, without line breaks.
        var input = h('textarea', { rows: 1, 'aria-label': label + ' ' + (i + 1) });
        input.value = v;
        input.addEventListener('keydown', function (e) { if (e.key === 'Enter') e.preventDefault(); });
        input.addEventListener('input', function () {
          if (/\n/.test(input.value)) input.value = input.value.replace(/\s*\n\s*/g, ' ');
          list()[i] = input.value; changed();
        });
        var row = h('div', { class: 'row' }, [input]);
        if (opts.mark) add(row, opts.mark(i, row));
        add(row, h('button', { type: 'button', class: 'icon quiet', title: t('remove'), 'aria-label': t('remove') + ' ' + (i + 1), onclick: function () {
          list().splice(i, 1); if (opts.removed) opts.removed(i); if (!list().length) delete obj[key]; draw(); changed();
        } }, '✕'));
        add(box, row);
      });
    }
    draw();
    add(wrap, [box, h('button', { type: 'button', class: 'quiet add', onclick: function () {
      list().push(''); draw(); changed(); var inputs = box.querySelectorAll('textarea'); inputs[inputs.length - 1].focus();
    } }, '+ ' + t('addRow')), why]);
    return wrap;
  }

  // deriveID makes a new deck's id, and its file, from its title while
  // the person has typed no id and nothing of the deck is on disk yet (no
  // save, no picture): the server slugs it, free among the user's decks.
  function deriveID() {
    if (!S.auto) return;
    clearTimeout(S.idTimer);
    S.idTimer = setTimeout(function () {
      var seq = ++S.idSeq;
      api('POST', '/api/id', { title: S.form.deck.title || '', language: S.form.deck.language || Room.lang }).then(function (r) {
        if (!S.auto || seq !== S.idSeq || !S.form) return;
        S.form.deck.id = r.id; S.path = r.path;
        var input = document.querySelector('[data-sec=deck] [data-key=id] input');
        if (input) input.value = r.id;
        history.replaceState(null, '', '?t=' + encodeURIComponent(TOKEN) + '&deck=' + encodeURIComponent(r.path));
        schedule(0);
      }).catch(fail);
    }, 250);
  }
  function drawForm() {
    var f = S.form, box = $('form'); box.textContent = '';
    $('deckname').textContent = Room.typo(f.deck.title || '');
    var deck = h('details', { class: 'box', 'data-sec': 'deck', 'data-idx': '0' }, [h('summary', { text: t('deck') }), h('span', { class: 'why' })]);
    if (!f.cards.length || S.dirty) deck.open = true;
    var title = text(f.deck, 'title', t('deckTitle'));
    title.querySelector('input').addEventListener('input', function () { $('deckname').textContent = Room.typo(f.deck.title || ''); deriveID(); });
    var idField = text(f.deck, 'id', t('deckId'), { help: t('deckIdHelp') });
    idField.querySelector('input').addEventListener('input', function () { S.auto = false; });
    add(deck, [title, text(f.deck, 'description', t('description'), { long: true }),
      h('div', { class: 'grid2' }, [select(f.deck, 'language', t('deckLang'), ['fr', 'en'], ['Français', 'English']), number(f.deck, 'minutes', t('minutes')),
        text(f.deck, 'author', t('author')), text(f.deck, 'license', t('license'))]),
      rows(f.deck, 'audience', t('audience'), { help: t('audienceHelp') }),
      idField]);
    var defaults = h('details', { class: 'box', 'data-sec': 'defaults', 'data-idx': '0' }, [h('summary', { text: t('defaults') }), h('span', { class: 'why' }),
      h('div', { class: 'grid2' }, [number(f.defaults, 'points', t('points')), number(f.defaults, 'seconds', t('seconds')),
        select(f.defaults, 'mode', t('mode'), ['turns', 'all', 'buzzer'], [t('mode_turns'), t('mode_all'), t('mode_buzzer')])])]);
    var verdicts = h('details', { class: 'box', 'data-sec': 'verdicts', 'data-idx': '0' }, [h('summary', { text: t('verdicts') }), h('span', { class: 'why' }), pairs(f.verdicts, 'label', 'key', t('verdictLabel'), t('verdictKey'), function () { drawCards(); })]);
    var parts = [deck, defaults];
    if (f.cards.some(function (c) { return c.type === 'verdict'; }) || !f.questions.length) parts.push(verdicts);
    if (f.questions.length || f.cards.some(function (c) { return c.type === 'character'; })) {
      parts.push(h('details', { class: 'box', 'data-sec': 'question', 'data-idx': '0', open: true }, [h('summary', { text: t('questions') }), h('span', { class: 'why' }), pairs(f.questions, 'text', 'id', t('questionText'), t('questionId'), function () { drawCards(); })]));
    }
    var kinds = h('select', { id: 'kind', 'aria-label': t('addCard') }, KINDS.map(function (k) { return h('option', { value: k, text: t('kind_' + k) }); }));
    parts.push(h('section', { class: 'box' }, [h('h2', { text: t('cardsTitle') }), h('ol', { class: 'cards', id: 'cards' }),
      h('div', { class: 'addcard' }, [kinds, h('button', { type: 'button', id: 'addcard', class: 'primary', onclick: function () { addCard(kinds.value); } }, '+ ' + t('addCard'))])]));
    add(box, parts);
    drawCards();
  }
  // pairs edits [{label, key}] rows: a board's questions, the verdicts.
  function pairs(list, textKey, idKey, textLabel, idLabel, after) {
    var wrap = h('div', { class: 'rows' });
    function draw() {
      wrap.textContent = '';
      list.forEach(function (p, i) {
        var a = h('input', { type: 'text', 'aria-label': textLabel + ' ' + (i + 1), placeholder: textLabel }), b = h('input', { type: 'text', 'aria-label': idLabel + ' ' + (i + 1), placeholder: idLabel, size: 10 });
        a.value = p[textKey] || ''; b.value = p[idKey] || '';
        b.style.flex = '0 0 9em';
        a.addEventListener('input', function () { p[textKey] = a.value; if (!b.dataset.typed && !p[idKey + 'Fixed']) { p[idKey] = slug(a.value); b.value = p[idKey]; } changed(); });
        b.addEventListener('input', function () { b.dataset.typed = '1'; p[idKey] = b.value; changed(); });
        if (p[idKey]) b.dataset.typed = '1';
        add(wrap, h('div', { class: 'row' }, [a, b, h('button', { type: 'button', class: 'icon quiet', 'aria-label': t('remove'), onclick: function () { list.splice(i, 1); draw(); changed(); after(); } }, '✕')]));
      });
      add(wrap, h('button', { type: 'button', class: 'quiet', onclick: function () { var o = {}; o[textKey] = ''; o[idKey] = ''; list.push(o); draw(); changed(); after(); } }, '+ ' + t('addRow')));
    }
    draw();
    return wrap;
  }
  function slug(s) {
    return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30);
  }

  function addCard(kind) {
    var c = { type: kind };
    S.form.cards.push(c);
    S.current = S.form.cards.length - 1;
    drawCards(); changed();
    var el = document.querySelectorAll('#cards > .card')[S.current];
    if (el) { el.scrollIntoView({ block: 'center' }); var i = el.querySelector('textarea,input'); if (i) i.focus({ preventScroll: true }); }
  }
  // move puts card i at j; focus, when given, is the class of the button
  // to give the focus back to in the card moved (a keyboard's ↑ ↓).
  function move(i, j, focus) {
    var cs = S.form.cards;
    if (j < 0 || j >= cs.length || i === j) return;
    var c = cs.splice(i, 1)[0];
    cs.splice(j, 0, c);
    S.current = j;
    drawCards(); changed();
    var el = document.querySelectorAll('#cards > .card')[j];
    if (!el) return;
    el.scrollIntoView({ block: 'nearest' });
    var b = focus && el.querySelector('.head .' + focus);
    if (b && b.disabled) b = el.querySelector('.head .' + (focus === 'up' ? 'down' : 'up'));
    if (b) b.focus({ preventScroll: true });
  }
  function removeCard(i) {
    var c = S.form.cards[i], filled = Object.keys(c).some(function (k) { return k !== 'type' && k !== '_from' && c[k] !== '' && !(Array.isArray(c[k]) && !c[k].length); });
    var go = function () { S.form.cards.splice(i, 1); S.current = Math.max(0, Math.min(S.current, S.form.cards.length - 1)); drawCards(); changed(); };
    if (!filled) return go();
    ask(t('removeAsk', { n: i + 1 }), [c[MAIN[c.type]] || c.answer || ''], t('remove'), t('keepCard')).then(function (yes) { if (yes) go(); });
  }
  function drawCards() {
    var ol = $('cards'); if (!ol) return;
    ol.textContent = '';
    S.form.cards.forEach(function (c, i) { add(ol, drawCard(c, i)); });
    showFaults(S.faults);
  }
  function drawCard(c, i) {
    var n = S.form.cards.length;
    var grip = h('span', { class: 'grip', title: t('drag'), 'aria-hidden': 'true', text: '⠿' });
    var li = h('li', { class: 'card' + (i === S.current ? ' current' : ''), 'data-sec': 'card', 'data-idx': String(i) }, [
      h('div', { class: 'head' }, [grip, h('h3', { text: t('card', { n: i + 1 }) + ' · ' + t('kind_' + c.type) }),
        h('button', { type: 'button', class: 'icon quiet up', title: t('up'), 'aria-label': t('up'), disabled: i === 0, onclick: function () { move(i, i - 1, 'up'); } }, '↑'),
        h('button', { type: 'button', class: 'icon quiet down', title: t('down'), 'aria-label': t('down'), disabled: i === n - 1, onclick: function () { move(i, i + 1, 'down'); } }, '↓'),
        h('button', { type: 'button', class: 'quiet remove', onclick: function () { removeCard(i); } }, t('remove'))]),
      h('span', { class: 'why' })]);
    li.addEventListener('focusin', function () { if (S.current !== i) { S.current = i; document.querySelectorAll('#cards > .card').forEach(function (e, k) { e.classList.toggle('current', k === i); }); preview(); } });
    drag(grip, li, i);
    add(li, cardFields(c, i));
    return li;
  }
  // drag moves a card with a pointer (mouse, finger, pen) held on its grip.
  function drag(grip, li, i) {
    grip.addEventListener('pointerdown', function (e) {
      e.preventDefault();
      grip.setPointerCapture(e.pointerId);
      li.classList.add('dragging');
      var target = i;
      function over(ev) {
        // Near the window's top or bottom edge, the page scrolls on.
        if (ev.clientY < 70) window.scrollBy(0, -24); else if (ev.clientY > innerHeight - 70) window.scrollBy(0, 24);
        var cards = Array.prototype.slice.call(document.querySelectorAll('#cards > .card'));
        target = cards.length;
        for (var k = 0; k < cards.length; k++) {
          var r = cards[k].getBoundingClientRect();
          if (ev.clientY < r.top + r.height / 2) { target = k; break; }
        }
        cards.forEach(function (el, k) { el.classList.toggle('drop-before', k === target && k !== i && k !== i + 1); });
      }
      function up() {
        grip.removeEventListener('pointermove', over);
        grip.removeEventListener('pointerup', up);
        grip.removeEventListener('pointercancel', up);
        li.classList.remove('dragging');
        document.querySelectorAll('.drop-before').forEach(function (el) { el.classList.remove('drop-before'); });
        move(i, target > i ? target - 1 : target);
      }
      grip.addEventListener('pointermove', over);
      grip.addEventListener('pointerup', up);
      grip.addEventListener('pointercancel', up);
    });
  }

  function cardFields(c, i) {
    var out = [], more = [];
    var kind = c.type;
    if (MAIN[kind]) out.push(text(c, MAIN[kind], t(kind === 'character' ? 'name' : MAIN[kind]), { long: kind !== 'character' }));
    switch (kind) {
      case 'verdict':
        out.push(verdictButtons(c));
        more.push(rows(c, 'hints', t('hints')), rows(c, 'flags', t('flags')), text(c, 'report', t('report')));
        break;
      case 'choice':
        out.push(rows(c, 'choices', t('choices'), { help: t('choicesHelp'), mark: function (k, row) { return rightMark(c, k, row); }, removed: function (k) {
          c.answer = (c.answer || []).filter(function (a) { return a !== k + 1; }).map(function (a) { return a > k + 1 ? a - 1 : a; });
          if (!c.answer.length) delete c.answer;
        } }));
        break;
      case 'clues':
        out.push(text(c, 'answer', t('clueAnswer')), rows(c, 'clues', t('clues')));
        more.push(rows(c, 'accept', t('accept')));
        break;
      case 'spectrum':
        out.push(h('div', { class: 'grid2' }, [text(c, 'left', t('left')), text(c, 'right', t('right_'))]),
          h('div', { class: 'grid2' }, [number(c, 'target', t('target')), text(c, 'unit', t('unit'))]));
        more.push(h('div', { class: 'grid2' }, [number(c, 'min', t('min')), number(c, 'max', t('max'))]));
        break;
      case 'order': out.push(rows(c, 'items', t('items'))); break;
      case 'character':
        out.push(yesTicks(c));
        more.push(rows(c, 'clues', t('clues')), rows(c, 'accept', t('accept')));
        break;
    }
    out.push(pictureField(c));
    if (kind !== 'open' && kind !== 'character') out.push(text(c, 'explanation', t('explanation'), { long: true }));
    more.unshift(text(c, 'source', t('source')));
    more.push(rows(c, 'technique', t('technique')), text(c, 'reflex', t('reflex')), rows(c, 'discuss', t('discuss')), text(c, 'easy', t('easy'), { long: true }), rows(c, 'tags', t('tags')),
      h('div', { class: 'grid2' }, [kind === 'clues' ? null : number(c, 'points', t('cardPoints')), number(c, 'seconds', t('cardSeconds'))]));
    var details = h('details', { class: 'more' }, [h('summary', { text: t('more') })].concat(more));
    if (more.some(function (m) { var k = m.dataset && m.dataset.key; return k && c[k] != null && c[k] !== '' && !(Array.isArray(c[k]) && !c[k].length); })) details.open = true;
    out.push(details);
    return out;
  }
  function rightMark(c, k, row) {
    var box = h('input', { type: 'checkbox', 'aria-label': t('right') });
    var answers = Array.isArray(c.answer) ? c.answer : c.answer == null ? [] : [c.answer];
    box.checked = answers.indexOf(k + 1) >= 0;
    row.classList.toggle('right', box.checked);
    box.addEventListener('change', function () {
      var a = (Array.isArray(c.answer) ? c.answer : c.answer == null ? [] : [c.answer]).filter(function (x) { return x !== k + 1; });
      if (box.checked) a.push(k + 1);
      a.sort(function (x, y) { return x - y; });
      if (a.length) c.answer = a; else delete c.answer;
      row.classList.toggle('right', box.checked);
      changed();
    });
    return h('label', { class: 'mark' }, [box, t('right')]);
  }
  function verdictButtons(c) {
    var box = h('div', { class: 'verdicts', role: 'group' });
    function draw() {
      box.textContent = '';
      S.form.verdicts.forEach(function (v) {
        add(box, h('button', { type: 'button', 'aria-pressed': c.answer === v.key ? 'true' : 'false', onclick: function () { c.answer = v.key; draw(); changed(); } }, v.label || v.key));
      });
    }
    draw();
    return h('div', { class: 'field', 'data-key': 'answer' }, [h('span', { class: 'label', text: t('rightVerdict') }), box, h('span', { class: 'why' })]);
  }
  function yesTicks(c) {
    var box = h('div', { class: 'yes' });
    S.form.questions.forEach(function (q) {
      var cb = h('input', { type: 'checkbox' });
      cb.checked = (c.yes || []).indexOf(q.id) >= 0;
      cb.addEventListener('change', function () {
        var y = (c.yes || []).filter(function (x) { return x !== q.id; });
        if (cb.checked) y.push(q.id);
        if (y.length) c.yes = y; else delete c.yes;
        changed();
      });
      add(box, h('label', null, [cb, q.text || q.id]));
    });
    return h('div', { class: 'field', 'data-key': 'yes' }, [h('span', { class: 'label', text: t('yes') }), box, h('span', { class: 'why' })]);
  }
  function pictureURL(image) { return '/api/picture?t=' + encodeURIComponent(TOKEN) + '&path=' + encodeURIComponent(S.path) + '&image=' + encodeURIComponent(image); }
  function pictureField(c) {
    var file = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp', class: 'file' });
    var pickText = h('span'), pick = h('label', { class: 'button' }, [file, pickText]);
    var wrap = h('div', { class: 'field', 'data-key': 'image' }, [h('span', { class: 'label', text: t('picture') })]);
    var row = h('div', { class: 'picture' }), why = h('span', { class: 'why' });
    function draw() {
      row.textContent = '';
      if (c.image) add(row, [h('img', { src: pictureURL(c.image), alt: '' }), h('button', { type: 'button', class: 'quiet', onclick: function () { delete c.image; draw(); changed(); } }, t('removePicture'))]);
      pickText.textContent = Room.typo(t(c.image ? 'changePicture' : 'addPicture'));
      add(row, pick);
    }
    file.addEventListener('change', function () {
      var f = file.files[0]; if (!f) return;
      why.textContent = '';
      S.auto = false; clearTimeout(S.idTimer);
      api('POST', '/api/picture?path=' + encodeURIComponent(S.path) + '&name=' + encodeURIComponent(f.name), f, true).then(function (r) {
        c.image = r.image; file.value = ''; draw(); changed();
      }).catch(function (e) { file.value = ''; why.textContent = Room.typo(e.message); wrap.classList.add('fault'); });
    });
    draw();
    add(wrap, [row, why]);
    return wrap;
  }

  function preview() {
    var frame = $('preview'); if (!frame || !frame.contentWindow || !S.form) return;
    var c = S.form.cards[S.current]; if (!c) return;
    frame.contentWindow.postMessage({ declic: 'preview', lang: S.form.deck.language === 'en' ? 'en' : 'fr', card: c, verdicts: S.form.verdicts }, location.origin);
  }

  var deck = new URLSearchParams(location.search).get('deck');
  if (deck) openDeck({ path: deck }); else home();
})();
