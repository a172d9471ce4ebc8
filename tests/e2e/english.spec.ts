/**
 * The whole app in English: every screen of the navigation and the main dialogs, at
 * 1366×768 and 1920×1080. Any visible Chinese is a fault unless users typed it: the
 * demo's people and contacts, booking titles, notes and reasons, which have no English.
 * That list is read from the back end, never written here as a list of UI words.
 * Text that is meant to be Chinese in any language (the language switch's 中文) carries
 * lang="zh-CN" and is left out, as a screen reader would read it in Chinese too.
 */
import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import { SCREEN_DIR, chooseOption, expect, test } from './fixtures';
import path from 'node:path';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function value<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = (await backend.dispatch(method, input)) as { ok: boolean; value: T };
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r)}`);
  return r.value;
}

/**
 * Everything users typed that has no English: people's names (contacts, the staff at the
 * desk), booking titles, notes and reasons, closure reasons, and plan versions' names and
 * addresses without an English one. Names of sites, spaces, audiences and organisations
 * are not here: they have English names and must be shown in English.
 */
async function userTyped(backend: Backend): Promise<string[]> {
  const contacts = await value<{ name: string; note: string }[]>(backend, 'contacts.search', { query: '', limit: 200 });
  const operators = await value<{ name: string }[]>(backend, 'operators.list', {});
  const organisations = await value<{ note: string }[]>(backend, 'organisations.list', { includeArchived: true });
  const bookings = await value<{ title: string; note: string; overrideReason: string | null }[]>(backend, 'bookings.range', {
    from: '2026-09-01',
    to: '2027-03-01',
    includeCancelled: true,
  });
  const sites = await value<{ id: number; address: string; addressEn: string }[]>(backend, 'sites.list', { includeArchived: true });
  const spaces = await value<{ id: number }[]>(backend, 'spaces.list', { includeArchived: true });
  const plans = (await Promise.all(spaces.map((s) => value<{ name: string; nameEn: string }[]>(backend, 'plans.list', { spaceId: s.id })))).flat();
  const closures = await value<{ reason: string }[]>(backend, 'closures.list', {});
  const waitlist = await value<{ contactName: string; note: string }[]>(backend, 'waitlist.list', { includeClosed: true });
  const typed = [
    ...contacts.flatMap((c) => [c.name, c.note]),
    ...operators.map((o) => o.name),
    ...organisations.map((o) => o.note),
    ...bookings.flatMap((b) => [b.title, b.note, b.overrideReason ?? '']),
    ...sites.filter((s) => !s.addressEn).map((s) => s.address),
    ...plans.filter((p) => !p.nameEn).map((p) => p.name),
    ...closures.map((c) => c.reason),
    ...waitlist.flatMap((w) => [w.contactName, w.note]),
  ];
  // Longest first, so a title is taken out whole before a name inside it.
  return [...new Set(typed.map((s) => s.trim()).filter((s) => CJK.test(s)))].sort((a, b) => b.length - a.length);
}

/** Visible text (and placeholders and tooltips) still holding Chinese once users' own words are taken out. */
async function chineseLeft(page: Page, typed: string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const skip = (el: Element | null) => !!el?.closest('[lang]')?.getAttribute('lang')?.startsWith('zh');
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.opacity !== '0';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!text || !el || skip(el) || !visible(el)) continue;
      if (el.closest('script, style, noscript')) continue;
      out.push(text);
    }
    // Text fields hold what users typed (a record's Chinese name in its form) and are not
    // read; what a select shows is text of the page and is.
    for (const el of Array.from(document.querySelectorAll('[placeholder], [title], [aria-label]'))) {
      if (skip(el) || !visible(el)) continue;
      for (const a of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  });
  const left = new Set<string>();
  for (const text of texts) {
    let rest = text;
    for (const t of typed) rest = rest.split(t).join(' ');
    if (CJK.test(rest)) left.add(text);
  }
  return [...left];
}

test('every screen in English shows no Chinese but what users typed', async ({ openApp, backend, page }) => {
  test.setTimeout(120_000);
  const typed = await userTyped(backend);
  expect(typed).toContain('居民晨读');
  const faults: string[] = [];
  /**
   * Check what is on screen now and save it at both sizes. The sizes alternate (1366 then
   * 1920, next time 1920 then 1366) so each screen costs one change of size, not two.
   */
  let sizes: readonly (typeof SIZES)[number][] = SIZES;
  const look = async (name: string) => {
    // A dialog still sliding in is half transparent: wait until it has settled.
    await expect(page.locator('[class*="-appear-active"], [class*="-enter-active"]')).toHaveCount(0);
    for (const text of await chineseLeft(page, typed)) faults.push(`${name}: ${text}`);
    for (const [i, size] of sizes.entries()) {
      if (i > 0) {
        await page.setViewportSize(size);
        await page.waitForTimeout(150);
      }
      await page.screenshot({ path: path.join(SCREEN_DIR, `en-${name}-${size.width}.png`) });
    }
    sizes = [...sizes].reverse();
  };
  const settle = async () => {
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await page.waitForTimeout(300);
  };
  await page.setViewportSize(SIZES[0]);
  await openApp('desk', { language: 'en' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = page.getByRole('navigation');
  // A coordinator sees every screen, the audit log and backups included.
  await chooseOption(page, 'At the desk', /Coordinator/);

  // Front desk, at the busy reading parlour: found slots, today's board, quick booking.
  await chooseOption(page, 'Site', 'Shuxiang Quyang Community Culture Parlour');
  await page.getByRole('spinbutton', { name: 'People' }).press('Enter');
  const slots = page.getByRole('list', { name: 'Free slots' });
  await expect(slots.getByRole('button').first()).toBeVisible();
  await settle();
  await look('desk');
  await slots.getByRole('button').first().press('Enter');
  const quick = page.getByRole('dialog', { name: 'Quick booking' });
  await expect(quick).toBeVisible();
  await look('desk-quick-booking');
  await page.keyboard.press('Escape');
  await expect(quick).toBeHidden();
  for (const tab of ['Approvals', 'Waitlist', 'Audit log']) {
    await page.getByRole('tab', { name: new RegExp(tab) }).click();
    await settle();
    await look(`desk-${tab.toLowerCase().replace(/ /g, '-')}`);
  }

  // Calendar: the site's day, a booking's details, a new booking, a space's week.
  await nav.getByText('Calendar').click();
  await settle();
  await look('calendar');
  await page.getByText('居民晨读').first().click();
  const details = page.getByRole('dialog', { name: 'Booking' });
  await expect(details.getByRole('textbox', { name: 'Title' })).toHaveValue('居民晨读');
  await expect(details).toBeVisible();
  await look('booking-details');
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await page.getByRole('button', { name: 'New booking' }).click();
  const create = page.getByRole('dialog', { name: 'New booking' });
  await expect(create).toBeVisible();
  await look('booking-new');
  await page.keyboard.press('Escape');
  await expect(create).toBeHidden();

  // Plans: the plan editor on the reading area, series, holidays, closures, off-peak.
  await nav.getByText('Plans & holidays').click();
  await chooseOption(page, 'Choose a space', /Reading & Study Area/);
  await expect(page.getByText('08:00–11:30 Residents').first()).toBeVisible();
  await look('plans');
  for (const tab of ['Recurring series', 'Holidays & make-up days', 'Closures', 'Off-peak']) {
    await page.getByRole('tab', { name: tab }).click();
    await settle();
    await look(`plans-${tab.split(' ')[0].toLowerCase()}`);
  }

  // Sites and spaces, and a space's form with its amenities.
  await nav.getByText('Sites & spaces').click();
  await settle();
  await look('spaces');
  await page.getByRole('row', { name: /Roadshow Hall/ }).getByRole('button', { name: /Edit/ }).click();
  const spaceForm = page.getByRole('dialog', { name: 'Edit space' });
  await expect(spaceForm.getByText('Projector')).toBeVisible();
  await look('space-form');
  await spaceForm.getByRole('button', { name: 'Close' }).first().click();
  await expect(spaceForm).toBeHidden();

  // Audiences, organisations, contacts.
  await nav.getByText('Audiences & contacts').click();
  for (const tab of ['Audiences', 'Organisations', 'Contacts']) {
    await page.getByRole('tab', { name: tab }).click();
    await settle();
    await look(`directory-${tab.toLowerCase()}`);
  }

  // The door's timetable in English, as the preview shows it.
  await nav.getByText('Print timetables').click();
  await expect(page.getByRole('region', { name: 'Print preview' }).getByRole('article').first()).toBeVisible();
  await settle();
  await look('print');

  await nav.getByText('Reports').click();
  await settle();
  await look('reports');

  for (const [label, name] of [['Import & export', 'transfer'], ['Backups & restore', 'backups'], ['Settings', 'settings']] as const) {
    await nav.getByText(label).click();
    await settle();
    await look(name);
  }

  expect(faults, 'Chinese in English mode that no user typed').toEqual([]);
});
