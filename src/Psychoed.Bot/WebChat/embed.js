// Psychoed chat widget: <script src="https://YOUR-BOT-HOST/embed.js" async></script>
// adds a floating button that opens the chat (an iframe of the bot's page) in a panel.
(function (config) {
  'use strict';
  if (window.__psychoedChat) { return; }
  window.__psychoedChat = true;

  var script = document.currentScript;
  var base = new URL('./', script && script.src ? script.src : location.href);
  var chatUrl = new URL('?embed=1', base).href;
  var chatOrigin = base.origin;
  var label = (script && script.getAttribute('data-label')) || config.label;

  var style = document.createElement('style');
  style.textContent = [
    '.psychoed-launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;min-height:48px;padding:12px 20px;',
    'border:2px solid #fff;border-radius:24px;background:' + config.accent + ';color:' + config.accentText + ';',
    'font:600 16px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;box-shadow:0 2px 10px rgba(0,0,0,.3);cursor:pointer}',
    '.psychoed-launcher:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}',
    '.psychoed-panel{position:fixed;z-index:2147483001;inset:0;display:flex;flex-direction:column;background:#fff;',
    'box-shadow:0 4px 24px rgba(0,0,0,.35)}',
    '.psychoed-panel[hidden]{display:none}',
    '.psychoed-panel-bar{display:flex;justify-content:flex-end;padding:4px;background:' + config.accent + '}',
    '.psychoed-close{min-width:44px;min-height:44px;border:0;border-radius:22px;background:transparent;color:' + config.accentText + ';',
    'font:600 16px system-ui,sans-serif;cursor:pointer}',
    '.psychoed-close:focus-visible{outline:3px solid ' + config.accentText + ';outline-offset:-3px}',
    '.psychoed-panel iframe{flex:1;width:100%;border:0}',
    '@media (min-width:600px){.psychoed-panel{inset:auto 16px 80px auto;width:400px;height:min(640px,calc(100vh - 100px));border-radius:12px;overflow:hidden}}'
  ].join('');
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'psychoed-launcher';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'psychoed-chat-panel');

  var panel = document.createElement('div');
  panel.id = 'psychoed-chat-panel';
  panel.className = 'psychoed-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', label);
  panel.hidden = true;

  var bar = document.createElement('div');
  bar.className = 'psychoed-panel-bar';
  var close = document.createElement('button');
  close.type = 'button';
  close.className = 'psychoed-close';
  close.textContent = 'Close chat';
  bar.appendChild(close);
  panel.appendChild(bar);

  var frame = null;

  function open() {
    if (!frame) {
      // Created on first open, so a page that never opens the chat never loads it.
      frame = document.createElement('iframe');
      frame.src = chatUrl;
      frame.title = label;
      frame.setAttribute('allow', 'clipboard-write');
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function hide() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', function () { if (panel.hidden) { open(); } else { hide(); } });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') { hide(); } });
  window.addEventListener('message', function (event) {
    if (event.origin === chatOrigin && event.data && event.data.type === 'psychoed:close' && !panel.hidden) { hide(); }
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) { mount(); } else { document.addEventListener('DOMContentLoaded', mount); }
}(/*CONFIG*/null));
