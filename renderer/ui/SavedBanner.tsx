import { Banner } from './Banner';

/** The banner that confirms a save, read out when it appears; nothing while there is no `text`. */
export function SavedBanner({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <Banner tone="success" live>
      {text}
    </Banner>
  );
}
