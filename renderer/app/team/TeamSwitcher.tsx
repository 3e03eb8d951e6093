import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { useTeam } from './useTeam';

/** Shows which team is open and lets the person open another team on this PC, or add one. */
export function TeamSwitcher() {
  const { team, teams, openTeam, addTeam } = useTeam();
  return (
    <MenuTrigger>
      <Button className="button button--quiet" aria-label={`Team: ${team.name}. Change team`}>
        Team: {team.name} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu"
          aria-label="Teams on this PC"
          selectionMode="single"
          selectedKeys={[team.id]}
          onAction={(key) => {
            if (key === 'add-team') addTeam();
            else void openTeam(String(key));
          }}
        >
          {teams.map((candidate) => (
            <MenuItem key={candidate.id} id={candidate.id} className="menu__item" textValue={candidate.name}>
              {candidate.name}
              {candidate.id === team.id ? ' (open now)' : ''}
            </MenuItem>
          ))}
          <Separator />
          <MenuItem id="add-team" className="menu__item">
            Add another team…
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
