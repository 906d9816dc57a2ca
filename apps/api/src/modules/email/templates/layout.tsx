import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Preview } from '@react-email/preview';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import type { Lang } from './email-content';
import { styles } from './styles';

export interface LayoutProps {
  lang: Lang;
  /** The document's title: the e-mail's subject, for readers that show it. */
  title: string;
  /** What mail clients show after the subject in the inbox; hidden in the message itself. */
  preview: string;
  footer: ReactNode;
  children: ReactNode;
}

/** Every e-mail's frame: the name of the platform, the message, then why it was sent and what to do about it. */
export function Layout({ lang, title, preview, footer, children }: LayoutProps) {
  return (
    <Html lang={lang === 'EN' ? 'en' : 'fr'} dir="ltr">
      <Head>
        <title>{title}</title>
      </Head>
      <Body style={styles.body}>
        <Preview>{preview}</Preview>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Text style={styles.brand}>Concertation</Text>
          </Section>
          <Section style={styles.content}>{children}</Section>
          <Section style={styles.footer}>
            <Hr style={styles.hr} />
            {footer}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
