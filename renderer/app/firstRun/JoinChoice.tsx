interface JoinChoiceProps {
  onJoined: (teamId: string) => void;
  onCancel: () => void;
}

/** Joining a team from its file arrives with sharing between PCs; until then this says so plainly. */
export function JoinChoice({ onCancel }: JoinChoiceProps) {
  return (
    <section aria-labelledby="join-heading">
      <h2 id="join-heading">Join your team from a file</h2>
      <p>This copy of Joined Up cannot open a team’s file yet.</p>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Back
      </button>
    </section>
  );
}
