/** What the router gives a section: the rest of the route, for the section to show its own pages. */
export interface SectionProps {
  /** The route segments after the section's own, e.g. ['case', 'abc'] for `#/board/case/abc`. */
  route: string[];
}
