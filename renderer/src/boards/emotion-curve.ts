/** Red for −2 through amber to green for +2: the same stops as the curve's gradient. */
export const EMOTION_COLOURS: Record<number, string> = {
  [-2]: '#c0392b',
  [-1]: '#e07b39',
  0: '#d4a72c',
  1: '#6fae4f',
  2: '#277a4f',
};
