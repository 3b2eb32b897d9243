// Psychoed website chat: Microsoft's Web Chat over Direct Line (the bot's own, or Azure's).
// The conversation survives a reload in the same tab: its token and id are kept in sessionStorage,
// and a reload refreshes the token and reconnects (Direct Line GET conversation) to replay it.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('psychoed-config').textContent);
  var STORAGE_KEY = 'psychoed.webchat.v1';
  var statusEl = document.getElementById('chat-status');
  var chatHost = document.getElementById('webchat');
  var current = null; // { directLine, session }
  var generation = 0;

  function directLineDomain() {
    return new URL('v3/directline', document.baseURI).href;
  }

  function load() {
    try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY)); } catch (e) { return null; }
  }

  function save(session) {
    try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session)); } catch (e) { /* private mode: no reload survival */ }
  }

  function forget() {
    try { sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing kept */ }
  }

  function setStatus(text) { statusEl.textContent = text || ''; }

  function postJson(url, token) {
    var headers = { 'Accept': 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(url, { method: 'POST', headers: headers, credentials: 'omit' }).then(function (response) {
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        throw error;
      }
      return response.json();
    });
  }

  function newSession() {
    return postJson(new URL(config.tokenUrl, document.baseURI).href).then(function (t) {
      return { token: t.token, conversationId: t.conversationId, domain: t.domain || directLineDomain(), restored: false };
    });
  }

  // A kept conversation, with a fresh token; null when there is none or it can no longer be resumed.
  function restoredSession() {
    var kept = load();
    if (!kept || !kept.token || !kept.conversationId || !kept.domain) { return Promise.resolve(null); }
    return postJson(kept.domain + '/tokens/refresh', kept.token).then(function (r) {
      return { token: r.token, conversationId: kept.conversationId, domain: kept.domain, restored: true };
    }, function () { forget(); return null; });
  }

  function styleOptions() {
    return {
      accent: config.accent,
      botAvatarInitials: config.botAvatarInitials,
      userAvatarInitials: config.userAvatarInitials,
      botAvatarBackgroundColor: config.accent,
      userAvatarBackgroundColor: '#4A4A4A',
      hideUploadButton: true,
      sendBoxTextWrap: true,
      suggestedActionLayout: 'flow',
      suggestedActionHeight: 44,
      bubbleMaxWidth: 640,
      primaryFont: getComputedStyle(document.body).fontFamily,
      subtle: '#595959',
      timestampColor: '#595959',
      groupTimestamp: 60000,
      // Web Chat's keyboard focus indicators, made thicker and blue so they are easy to see.
      sendBoxButtonKeyboardFocusIndicatorBorderColor: '#1A5FB4',
      sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
      suggestedActionKeyboardFocusIndicatorBorderColor: '#1A5FB4',
      suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
      suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
      transcriptActivityVisualKeyboardIndicatorColor: '#1A5FB4',
      transcriptActivityVisualKeyboardIndicatorStyle: 'solid',
      transcriptActivityVisualKeyboardIndicatorWidth: 2,
      transcriptVisualKeyboardIndicatorColor: '#1A5FB4'
    };
  }

  function render(session, gen, notice) {
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      // Only a kept conversation is reconnected; a new token's conversation is started with POST.
      conversationId: session.restored ? session.conversationId : undefined,
      domain: session.domain,
      webSocket: true
    });
    var connected = false;

    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (gen === generation) { observe(action); }
          return next(action);
        };
      };
    });

    function observe(action) {
      switch (action.type) {
        case 'DIRECT_LINE/CONNECT_FULFILLED':
          connected = true;
          setStatus(notice || '');
          save({ token: directLine.token, conversationId: directLine.conversationId || session.conversationId, domain: session.domain });
          break;
        case 'DIRECT_LINE/INCOMING_ACTIVITY':
          // directlinejs refreshes its token every 15 minutes; keep the newest for a reload.
          save({ token: directLine.token, conversationId: directLine.conversationId || session.conversationId, domain: session.domain });
          break;
        case 'DIRECT_LINE/CONNECT_REJECTED':
          if (session.restored && !connected) {
            // The kept conversation has expired on the server: begin a new one.
            forget();
            setTimeout(function () { start(true, 'Your earlier conversation has ended, so a new one has started.'); }, 0);
          } else {
            setStatus('The chat cannot connect right now. Please try again in a moment. If you need help now, use the "Need help now?" button.');
          }
          break;
        case 'DIRECT_LINE/UPDATE_CONNECTION_STATUS':
          if (action.payload && action.payload.connectionStatus === 5) {
            setStatus('This conversation has ended. Press "Start over" to begin a new one.');
          }
          break;
        default:
          break;
      }
    }

    var element = document.createElement('div');
    element.className = 'webchat-instance';
    element.style.height = '100%';
    chatHost.replaceChildren(element);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: 'en-US',
      styleOptions: styleOptions(),
      sendTypingIndicator: false,
      overrideLocalizedStrings: {
        TEXT_INPUT_PLACEHOLDER: 'Type your question',
        TEXT_INPUT_ALT: 'Your message to ' + config.clinicName
      }
    }, element);
    return directLine;
  }

  function start(forceNew, notice) {
    var gen = ++generation;
    if (current) {
      try { current.end(); } catch (e) { /* already closed */ }
      current = null;
    }
    if (forceNew) {
      // The old conversation leaves the screen at once; the notice comes once the new one is connected.
      chatHost.replaceChildren();
    }
    setStatus(forceNew ? 'Starting a new conversation…' : 'Connecting…');
    var getSession = forceNew ? newSession() : restoredSession().then(function (s) { return s || newSession(); });
    return getSession.then(function (session) {
      if (gen !== generation) { return; }
      save({ token: session.token, conversationId: session.conversationId, domain: session.domain });
      current = render(session, gen, notice);
    }, function () {
      if (gen !== generation) { return; }
      setStatus('The chat is not available right now. Please try again later. If you need help now, use the "Need help now?" button.');
    });
  }

  // "Need help now?": the crisis contacts for the visitor's region, in a modal dialog.
  function setUpHelp() {
    var dialog = document.getElementById('help-dialog');
    var select = document.getElementById('help-region-select');
    var list = document.getElementById('help-list');
    var regions = config.helpRegions || [];

    function guessRegion() {
      var languages = navigator.languages || [navigator.language || ''];
      for (var i = 0; i < languages.length; i++) {
        var parts = String(languages[i]).split('-');
        var code = parts.length > 1 ? parts[parts.length - 1].toUpperCase() : '';
        if (code === 'UK') { code = 'GB'; }
        if (regions.some(function (r) { return r.code === code; })) { return code; }
      }
      return config.defaultRegion;
    }

    function show(code) {
      var region = regions.filter(function (r) { return r.code === code; })[0] || regions[0];
      list.replaceChildren();
      if (!region) { return; }
      region.resources.forEach(function (resource) {
        var item = document.createElement('li');
        var name = document.createElement('span');
        name.className = 'help-name';
        name.textContent = resource.name;
        item.appendChild(name);
        var contact = document.createElement(resource.action ? 'a' : 'span');
        contact.textContent = resource.contact;
        if (resource.action) {
          contact.href = resource.action;
          if (/^https:/i.test(resource.action)) { contact.target = '_blank'; contact.rel = 'noopener noreferrer'; }
        }
        item.appendChild(contact);
        if (resource.hours) {
          var hours = document.createElement('span');
          hours.className = 'help-hours';
          hours.textContent = resource.hours;
          item.appendChild(hours);
        }
        list.appendChild(item);
      });
    }

    regions.forEach(function (region) {
      var option = document.createElement('option');
      option.value = region.code;
      option.textContent = region.name;
      select.appendChild(option);
    });
    select.parentElement.hidden = regions.length < 2;
    select.value = guessRegion();
    show(select.value);
    select.addEventListener('change', function () { show(select.value); });

    document.getElementById('help-now').addEventListener('click', function () {
      if (typeof dialog.showModal === 'function') { dialog.showModal(); } else { dialog.setAttribute('open', ''); }
      var first = list.querySelector('a');
      if (first) { first.focus(); }
    });
    document.getElementById('help-close').addEventListener('click', function () {
      if (typeof dialog.close === 'function') { dialog.close(); } else { dialog.removeAttribute('open'); }
    });
    dialog.addEventListener('close', function () { document.getElementById('help-now').focus(); });
  }

  document.getElementById('start-over').addEventListener('click', function () {
    forget();
    start(true, 'A new conversation has started.');
  });

  // In the embed panel, Escape asks the host page to close the panel.
  if (document.body.classList.contains('embedded') && window.parent !== window) {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !document.getElementById('help-dialog').open) {
        window.parent.postMessage({ type: 'psychoed:close' }, '*');
      }
    });
  }

  setUpHelp();
  if (!window.WebChat) {
    setStatus('The chat could not load. If you need help now, use the "Need help now?" button.');
    return;
  }
  start(false);
}());
