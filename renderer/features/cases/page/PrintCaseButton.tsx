import { useState } from 'react';
import { getAppApi } from '../../../bridge/appApi';
import { Banner } from '../../../ui/Banner';

/**
 * Prints the case page as it is shown (the print stylesheet leaves out the app's navigation and every control).
 * The file is named by the case reference only: a file name travels further than the file.
 */
export function PrintCaseButton({ reference }: { reference: string }) {
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const print = async () => {
    setMessage(null);
    const result = await getAppApi().print.toPdf(`case-${reference}.pdf`);
    if (result.saved)
      setMessage({ tone: 'success', text: `The case summary was printed to ${result.name}.` });
    else if (result.reason === 'failed')
      setMessage({
        tone: 'error',
        text: result.message ?? 'The case summary could not be printed. Try again.',
      });
  };
  return (
    <>
      <button type="button" className="button button--secondary no-print" onClick={() => void print()}>
        Print the case summary
      </button>
      {message && (
        <div className="no-print case-print-message">
          <Banner tone={message.tone} live>
            <p>{message.text}</p>
          </Banner>
        </div>
      )}
    </>
  );
}
