import type { CSSProperties } from 'react';

/**
 * The e-mails' colours, each at least 4.5:1 against its background (WCAG 2.1 AA): ink #1a1a1a and
 * muted #4b5563 on white, links #1d4ed8 on white, white on the header's #1e3a5f and on buttons.
 */
export const colours = { ink: '#1a1a1a', muted: '#4b5563', link: '#1d4ed8', header: '#1e3a5f', page: '#f4f5f7', white: '#ffffff', alert: '#b91c1c' };

const font = 'Arial, Helvetica, sans-serif';

export const styles = {
  body: { backgroundColor: colours.page, color: colours.ink, fontFamily: font, margin: 0, padding: '16px 0' },
  container: { backgroundColor: colours.white, maxWidth: '600px', width: '100%' },
  header: { backgroundColor: colours.header, padding: '16px 24px' },
  brand: { color: colours.white, fontSize: '20px', fontWeight: 700, lineHeight: '28px', margin: 0 },
  content: { padding: '8px 24px 16px' },
  h1: { color: colours.ink, fontSize: '22px', lineHeight: '30px', margin: '16px 0' },
  h2: { color: colours.ink, fontSize: '18px', lineHeight: '26px', margin: '20px 0 8px' },
  text: { color: colours.ink, fontSize: '16px', lineHeight: '24px', margin: '0 0 12px' },
  small: { color: colours.muted, fontSize: '14px', lineHeight: '20px', margin: '0 0 8px' },
  link: { color: colours.link, textDecoration: 'underline' },
  alert: { color: colours.alert, fontSize: '16px', fontWeight: 700, lineHeight: '24px', margin: '0 0 8px' },
  meeting: { borderLeft: `4px solid ${colours.header}`, padding: '0 0 0 16px', margin: '8px 0 16px' },
  button: {
    backgroundColor: colours.link,
    borderRadius: '4px',
    color: colours.white,
    display: 'inline-block',
    fontSize: '16px',
    fontWeight: 700,
    lineHeight: '24px',
    padding: '10px 16px',
    textDecoration: 'none',
  },
  buttonLine: { margin: '0 0 8px' },
  footer: { padding: '0 24px 16px' },
  hr: { borderColor: '#d1d5db', margin: '16px 0' },
} satisfies Record<string, CSSProperties>;
