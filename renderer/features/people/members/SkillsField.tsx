import { useMemo, useState } from 'react';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
} from 'react-aria-components';
import type { Member } from '../../../../shared/domain/directory';
import { addSkill, skillSuggestions } from '../../../../shared/people/members';
import { FieldError, fieldClass, fieldIds } from '../../../ui/forms/Field';

interface SkillsFieldProps {
  id: string;
  skills: string[];
  onChange: (skills: string[]) => void;
  /** The team's members, whose skills are offered as suggestions. */
  members: readonly Member[];
  error?: string | undefined;
}

/**
 * Specialist skills as removable tags, added from a combo box that suggests skills the team already uses (so one
 * skill is not spelt five ways) and also takes a new one.
 */
export function SkillsField({ id, skills, onChange, members, error }: SkillsFieldProps) {
  const [typed, setTyped] = useState('');
  const suggestions = useMemo(() => skillSuggestions(members, typed, skills), [members, typed, skills]);
  const add = (skill: string) => {
    onChange(addSkill(skills, skill));
    setTyped('');
  };
  return (
    <div className={fieldClass(error, 'skills-field')}>
      <TagGroup
        className="skills-field__tags"
        onRemove={(keys) => onChange(skills.filter((skill) => !keys.has(skill)))}
      >
        <Label className="field__label">Specialist skills</Label>
        <TagList
          className="tag-list"
          items={skills.map((skill) => ({ id: skill }))}
          renderEmptyState={() => <span className="muted">No skills added yet.</span>}
        >
          {(item) => (
            <Tag id={item.id} textValue={item.id} className="tag skill-tag">
              {item.id}
              <Button slot="remove" className="skill-tag__remove" aria-label={`Remove ${item.id}`}>
                <span aria-hidden="true">×</span>
              </Button>
            </Tag>
          )}
        </TagList>
      </TagGroup>
      <ComboBox
        className="skills-field__add"
        allowsCustomValue
        menuTrigger="focus"
        inputValue={typed}
        onInputChange={setTyped}
        onSelectionChange={(key) => {
          if (key !== null) add(String(key));
        }}
        items={suggestions.map((skill) => ({ id: skill }))}
      >
        <Label>Add a skill</Label>
        <Text slot="description" className="field__hint">
          Start typing to see skills already used in the team, or type a new one and press Add skill.
        </Text>
        <FieldError id={fieldIds(id, { error }).errorId} message={error} />
        <div className="skills-field__row">
          <Input id={id} className="input" />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => add(typed)}
            disabled={typed.trim() === ''}
          >
            Add skill
          </button>
        </div>
        <Popover className="popover">
          <ListBox className="menu">
            {(item: { id: string }) => (
              <ListBoxItem id={item.id} className="menu__item">
                {item.id}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}
