import { TextField } from '../../ui/forms/TextField';

interface PcNameFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** Asked before the PC has a name: says the offered name can be kept, and changed later. */
  firstTime?: boolean;
}

/** The one question of a PC's name, worded the same wherever it is asked. */
export function PcNameField({ id, value, onChange, error, firstTime = true }: PcNameFieldProps) {
  return (
    <TextField
      id={id}
      label="Name for this PC"
      hint={`Colleagues see it beside the changes made here and in the names of the files it saves, for example “Front office PC” or “Sam’s laptop”.${firstTime ? ' Keep the name offered if you are not sure: you can change it in Settings.' : ''}`}
      value={value}
      onChange={onChange}
      error={error}
      autoComplete="off"
    />
  );
}
