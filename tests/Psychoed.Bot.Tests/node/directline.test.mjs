// Drives a running bot with the real botframework-directlinejs client, as Web Chat does.
// Run by DirectLineClientTests (xunit), which starts the bot and sets PSYCHOED_BASE_URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// directlinejs is a browser library: give Node the XMLHttpRequest and WebSocket it expects.
globalThis.XMLHttpRequest ??= require('xhr2');
globalThis.WebSocket ??= require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const base = process.env.PSYCHOED_BASE_URL;
const domain = `${base}/v3/directline`;
const WAIT_MS = 20000;
const question = process.env.PSYCHOED_QUESTION || 'What is a panic attack?';
const expectInCard = process.env.PSYCHOED_EXPECT_IN_CARD;

assert.ok(base, 'PSYCHOED_BASE_URL must name the running bot');

async function newToken() {
  const response = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
  assert.equal(response.status, 200);
  return response.json();
}

function once(observable) {
  return new Promise((resolve, reject) => {
    const subscription = observable.subscribe(value => { resolve(value); setImmediate(() => subscription.unsubscribe()); }, reject);
  });
}

// Collects the activities a client receives, and waits for one that matches.
function watch(directLine) {
  const seen = [];
  const waiters = [];
  const subscription = directLine.activity$.subscribe(activity => {
    seen.push(activity);
    for (const waiter of [...waiters]) {
      if (waiter.match(activity)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(activity);
      }
    }
  });
  return {
    seen,
    waitFor(match, what) {
      const found = seen.find(match);
      if (found) { return Promise.resolve(found); }
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.push(waiter);
        setTimeout(() => reject(new Error(`No ${what} within ${WAIT_MS} ms; received: ${JSON.stringify(seen.map(a => [a.type, a.from?.role, a.text]))}`)), WAIT_MS).unref();
      });
    },
    close() { subscription.unsubscribe(); directLine.end(); }
  };
}

for (const webSocket of [true, false]) {
  const transport = webSocket ? 'the WebSocket stream' : 'polling';

  test(`a question gets an answer card with suggested actions over ${transport}`, async () => {
    const token = await newToken();
    const directLine = new DirectLine({ token: token.token, domain, webSocket, pollingInterval: 200 });
    const client = watch(directLine);
    try {
      const welcome = await client.waitFor(a => a.type === 'message' && a.from.role === 'bot', 'welcome');
      assert.ok(welcome.text || welcome.attachments?.length, 'the welcome says something');

      const id = await once(directLine.postActivity({
        type: 'message',
        from: { id: 'someone-else', name: 'Visitor' },
        text: question
      }));
      assert.match(id, new RegExp(`^${token.conversationId}\\|\\d+$`));

      const echo = await client.waitFor(a => a.id === id, 'echo of the question');
      assert.equal(echo.from.id, token.userId, 'the server assigns the visitor id');
      assert.equal(echo.text, question);

      const answer = await client.waitFor(a => a.replyToId === id && a.from.role === 'bot', 'answer');
      assert.equal(answer.conversation.id, token.conversationId);
      assert.equal(answer.attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
      assert.equal(answer.attachments[0].content.type, 'AdaptiveCard');
      assert.ok(answer.suggestedActions.actions.length > 0, 'suggested actions');
      if (expectInCard) {
        const cardText = JSON.stringify(answer.attachments[0].content);
        assert.ok(cardText.includes(expectInCard), `the card says "${expectInCard}"`);
      }
      assert.equal(directLine.connectionStatus$.getValue(), ConnectionStatus.Online);
    } finally {
      client.close();
    }
  });
}

test('a client that reconnects with the conversation id gets the whole conversation again', async () => {
  const token = await newToken();
  const first = new DirectLine({ token: token.token, domain, webSocket: true });
  const before = watch(first);
  let id;
  try {
    await before.waitFor(a => a.from.role === 'bot', 'welcome');
    id = await once(first.postActivity({ type: 'message', from: { id: 'x' }, text: 'Tell me about sleep' }));
    await before.waitFor(a => a.replyToId === id, 'answer');
  } finally {
    before.close();
  }

  // As the page does after a reload: refresh the kept token, then reconnect without a watermark.
  const refreshed = await fetch(`${domain}/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${token.token}` } });
  assert.equal(refreshed.status, 200);
  const { token: fresh } = await refreshed.json();
  const second = new DirectLine({ token: fresh, conversationId: token.conversationId, domain, webSocket: true });
  const after = watch(second);
  try {
    await after.waitFor(a => a.id === id, 'replayed question');
    await after.waitFor(a => a.replyToId === id, 'replayed answer');
    assert.equal(after.seen.filter(a => a.id === id).length, 1, 'no duplicates');
  } finally {
    after.close();
  }
});
