import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@concertation/web-data-access';
import { I18nProvider } from '@concertation/web-i18n';
import { App } from './app/app';
import { notifySessionExpired } from './app/session-expiry';
import './styles.css';

const client = createApolloClient({ onSessionExpired: notifySessionExpired });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <I18nProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);
