import type { BoardCard } from '../../../shared/board/boardIndex';
import { indicatorChoices, indicatorLabel, type WellbeingSetting } from '../../../shared/domain/wellbeing';
import type { SelectOption } from '../../ui/forms/SelectField';

/**
 * The board's wellbeing filter: the team's indicators in their order, then any other indicator a case still holds
 * (from the framework the team used before, or retired from its own list), named with where it comes from, so
 * those cases can still be found.
 */
export function concernOptions(cards: readonly BoardCard[], wellbeing: WellbeingSetting): SelectOption[] {
  const options = indicatorChoices(wellbeing).map(({ id, label }) => ({ value: id, label }));
  const offered = new Set(options.map((option) => option.value));
  const others = new Set<string>();
  for (const card of cards) {
    for (const concern of card.concerns) if (!offered.has(concern)) others.add(concern);
  }
  const more = [...others]
    .map((id) => ({ value: id, label: indicatorLabel(id, wellbeing) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  return [...options, ...more];
}
