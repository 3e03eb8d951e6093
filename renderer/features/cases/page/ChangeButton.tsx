interface ChangeButtonProps {
  id: string;
  /** What it changes, for screen readers: "Change <what>". */
  what: string;
  onPress: () => void;
  label?: string;
}

/** The summary list's "Change" link, as a button because it opens a form on this page. */
export function ChangeButton({ id, what, onPress, label = 'Change' }: ChangeButtonProps) {
  return (
    <button type="button" id={id} className="link-button no-print" onClick={onPress}>
      {label}
      <span className="visually-hidden"> {what}</span>
    </button>
  );
}
