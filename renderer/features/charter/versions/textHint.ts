/** How to write a procedure's text, shown beside every text box that takes it. */
export const TEXT_HINT =
  'Plain text. Start a line with # for a heading or ## for a smaller one, with - for a bullet point, or with 1. for a numbered step. Leave a blank line between paragraphs.';
