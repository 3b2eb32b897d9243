// End to end in a real browser: Debian's Chromium driven by playwright-core (no browser download).
// Run by WebChatBrowserTests (xunit), which starts the bot and sets PSYCHOED_BASE_URL and
// PSYCHOED_SCREENSHOTS. Expected texts come from PSYCHOED_EXPECT (JSON), so the same flow checks
// the stand-in bot and the real one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const base = process.env.PSYCHOED_BASE_URL;
const shots = process.env.PSYCHOED_SCREENSHOTS || path.resolve('artifacts-e2e');
const expect = JSON.parse(process.env.PSYCHOED_EXPECT || '{}');
const WAIT_MS = 20000;

assert.ok(base, 'PSYCHOED_BASE_URL must name the running bot');
mkdirSync(shots, { recursive: true });

let context;
let profile;

before(async () => {
  profile = mkdtempSync(path.join(tmpdir(), 'psychoed-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    locale: 'en-US'
  });
  context.setDefaultTimeout(WAIT_MS);
});

after(async () => {
  await context?.close();
  if (profile) { rmSync(profile, { recursive: true, force: true }); }
});

// Runs a test's steps on a new page; on failure saves a screenshot and says what the page logged.
async function withPage(name, viewport, steps) {
  const page = await context.newPage();
  if (viewport) { await page.setViewportSize(viewport); }
  const problems = watchForProblems(page);
  try {
    await steps(page);
  } catch (error) {
    await page.screenshot({ path: path.join(shots, `failed-${name}.png`) }).catch(() => {});
    error.message += `\nPage problems: ${JSON.stringify(problems)}`;
    throw error;
  } finally {
    await page.close();
  }
  assert.deepEqual(problems, [], 'no script errors or blocked requests');
}

function watchForProblems(page) {
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('console', message => {
    if (message.type() === 'error') { problems.push(`console error: ${message.text()}`); }
  });
  return problems;
}

// Waits until neither the page nor Web Chat says it is connecting, so screenshots show the settled page.
async function settled(page) {
  await page.waitForFunction(() => !document.body.innerText.includes('Connecting…'));
}

async function screenshot(page, name) {
  await settled(page);
  await page.screenshot({ path: path.join(shots, name) });
}

const transcript = page => page.locator('.webchat__basic-transcript__transcript');
const sendBox = page => page.locator('[data-id="webchat-sendbox-input"]');

async function ask(page, text) {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
  await transcript(page).getByText(text, { exact: true }).first().waitFor();
}

async function expectInTranscript(page, texts) {
  for (const text of texts) {
    await transcript(page).getByText(text, { exact: false }).first().waitFor();
  }
}

test('the chat page answers, shows crisis help, keeps the conversation on reload, and opens "Need help now?"', () =>
  withPage('conversation', null, async page => {
    await page.goto(`${base}/`);

    // Landmarks and labels a screen reader relies on.
    await page.getByRole('banner').waitFor();
    await page.getByRole('main').waitFor();
    await page.getByRole('contentinfo').waitFor();
    await page.getByRole('button', { name: 'Need help now?' }).waitFor();
    assert.match(await page.locator('#disclaimer').innerText(), /not medical advice/i);

    await expectInTranscript(page, [expect.welcome]);
    await screenshot(page, '01-welcome.png');

    await ask(page, expect.question);
    await expectInTranscript(page, expect.answer);
    await screenshot(page, '02-answer.png');
    // The answer's suggested actions are there to tap.
    await page.locator('.webchat__suggested-action').first().waitFor();

    await ask(page, expect.crisisQuestion);
    await expectInTranscript(page, expect.crisis);
    if (expect.crisisFirst) {
      // The crisis reply puts the help first: its first words are a resource, before anything else.
      const reply = await page.locator('.webchat__basic-transcript__activity').last().innerText();
      const resource = reply.indexOf(expect.crisisFirst);
      assert.ok(resource >= 0, `the crisis reply names ${expect.crisisFirst}`);
      for (const later of expect.crisisAfter ?? []) {
        assert.ok(reply.indexOf(later) > resource, `"${later}" comes after the resources in: ${reply}`);
      }
    }
    await screenshot(page, '03-crisis.png');

    await page.reload();
    await expectInTranscript(page, [expect.question, ...expect.answer, expect.crisisQuestion, ...expect.crisis]);
    assert.equal(await transcript(page).getByText(expect.question, { exact: true }).count(), 1, 'the question is shown once after a reload');
    await screenshot(page, '04-after-reload.png');

    await page.getByRole('button', { name: 'Need help now?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Need help now?' });
    await dialog.waitFor();
    const call988 = dialog.getByRole('link', { name: /988/ }).first();
    assert.equal(await call988.getAttribute('href'), 'tel:988');
    await screenshot(page, '05-help-now.png');
    // Another region's contacts, for a visitor outside the United States.
    await dialog.getByLabel('Your region').selectOption({ label: 'United Kingdom' });
    await dialog.getByText('Samaritans', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByText('A new conversation has started.').waitFor();
    await expectInTranscript(page, [expect.welcome]);
    assert.equal(await transcript(page).getByText(expect.question, { exact: true }).count(), 0, 'start over clears the conversation');
  }));

test('the page works with the keyboard alone', () =>
  withPage('keyboard', null, async page => {
    await page.goto(`${base}/`);
    await expectInTranscript(page, [expect.welcome]);

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Skip to the chat');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'help-now');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Need help now?' }).waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'help-now', 'focus returns to the button');

    await sendBox(page).focus();
    await page.keyboard.type(expect.question);
    await page.keyboard.press('Enter');
    await expectInTranscript(page, expect.answer);
  }));

test('one script tag adds a button that opens the chat in a panel', () =>
  withPage('embed', { width: 1280, height: 800 }, async page => {
    // A clinic's page on another origin, with the documented snippet. It is served from loopback too:
    // Chromium does not let a public page call a loopback address.
    const clinic = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><title>Clinic</title></head><body><main><h1>Our clinic</h1>
        <p>Welcome to our clinic.</p></main><script src="${base}/embed.js" async></script></body></html>`);
    });
    await new Promise(resolve => clinic.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`http://127.0.0.1:${clinic.address().port}/`);
      const launcher = page.getByRole('button', { name: /Chat with/ });
      await launcher.click();
      assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
      const chat = page.frameLocator('iframe[title^="Chat with"]');
      await chat.locator('.webchat__basic-transcript__transcript').getByText(expect.welcome, { exact: false }).first().waitFor();
      await chat.getByRole('button', { name: 'Need help now?' }).waitFor();
      await chat.getByText('Connecting…').first().waitFor({ state: 'hidden' });
      await screenshot(page, '06-embedded.png');
      await page.getByRole('button', { name: 'Close chat' }).click();
      assert.equal(await launcher.getAttribute('aria-expanded'), 'false');
    } finally {
      clinic.close();
    }
  }));

test('the page reflows to a 320 pixel wide screen without scrolling sideways', () =>
  withPage('narrow', { width: 320, height: 640 }, async page => {
    await page.goto(`${base}/`);
    await expectInTranscript(page, [expect.welcome]);
    await ask(page, expect.question);
    await expectInTranscript(page, expect.answer);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling');
    await page.getByRole('button', { name: 'Need help now?' }).click();
    await page.getByRole('dialog', { name: 'Need help now?' }).waitFor();
    await screenshot(page, '08-narrow-help.png');
  }));

test('the page at desktop width', () =>
  withPage('desktop', { width: 1280, height: 800 }, async page => {
    await page.goto(`${base}/`);
    await expectInTranscript(page, [expect.welcome]);
    await ask(page, expect.question);
    await expectInTranscript(page, expect.answer);
    await screenshot(page, '07-desktop.png');
  }));
