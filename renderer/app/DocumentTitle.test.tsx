import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { AccessContext } from './access/accessContexts';
import { DocumentTitle } from './DocumentTitle';

/** A record's page in the People section: its heading, then a list of the given length. */
function Page({ name, rows }: { name: string; rows: number }) {
  const main = useRef<HTMLElement>(null);
  return (
    <AccessContext.Provider value={{ accessScreen: 'open', appUnderneath: false }}>
      <main ref={main}>
        <h1 data-page-title="">{name}</h1>
        <ul>
          {Array.from({ length: rows }, (_, n) => (
            <li key={n}>Case {n}</li>
          ))}
        </ul>
      </main>
      <DocumentTitle main={main} section="People" />
    </AccessContext.Provider>
  );
}

/** Lets the page's change observers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the window title', () => {
  it('names the record shown, and follows its name when it changes', async () => {
    const { rerender } = render(<Page name="Sam Patel" rows={0} />);
    expect(document.title).toBe('Sam Patel – People – Joined Up');
    rerender(<Page name="Sam Okafor" rows={0} />);
    await settle();
    expect(document.title).toBe('Sam Okafor – People – Joined Up');
  });

  it('does not look for the heading again when only the rest of the page changes', async () => {
    const { rerender } = render(<Page name="Sam Patel" rows={0} />);
    // A title set from elsewhere survives changes that cannot have changed the heading: none was looked for.
    document.title = 'Set elsewhere';
    rerender(<Page name="Sam Patel" rows={30} />);
    await settle();
    expect(document.title).toBe('Set elsewhere');
    rerender(<Page name="Sam Okafor" rows={30} />);
    await settle();
    expect(document.title).toBe('Sam Okafor – People – Joined Up');
  });
});
