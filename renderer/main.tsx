import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/sections.css';
import './styles/choices.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
