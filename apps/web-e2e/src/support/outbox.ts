import { existsSync, readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { STATE_FILE } from './paths';

/** Where the product under test writes its e-mails (no SMTP server: `.eml` files under DATA_DIR/outbox). */
function outboxDir(): string {
  return join((JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { dataDir: string }).dataDir, 'outbox');
}

async function find(predicate: (mail: ParsedMail) => boolean): Promise<ParsedMail | null> {
  const dir = outboxDir();
  if (!existsSync(dir)) return null;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
    const mail = await simpleParser(readFileSync(join(dir, file)));
    if (predicate(mail)) return mail;
  }
  return null;
}

/** The first e-mail written to the outbox that `predicate` accepts, waiting for files to arrive (20 s at most). */
export async function waitForEmail(predicate: (mail: ParsedMail) => boolean, what: string): Promise<ParsedMail> {
  const until = Date.now() + 20_000;
  for (;;) {
    const found = await find(predicate);
    if (found) return found;
    const left = until - Date.now();
    if (left <= 0) throw new Error(`no e-mail ${what} in ${outboxDir()}`);
    // Woken by the next file written (or after a second, when the directory does not exist yet).
    await new Promise<void>((resolve) => {
      const dir = outboxDir();
      const timer = setTimeout(done, Math.min(left, existsSync(dir) ? left : 1000));
      const watcher = existsSync(dir) ? watch(dir, done) : null;
      function done() {
        clearTimeout(timer);
        watcher?.close();
        resolve();
      }
    });
  }
}

export const addressedTo = (mail: ParsedMail, email: string): boolean =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).some((to) => to.value.some((v) => v.address === email));
