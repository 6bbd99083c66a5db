/** The board's elements a drag reads: containers carry data-container, cards data-card-id, groups data-group-id. */
export const containerNode = (key: string): HTMLElement | null => document.querySelector(`[data-container="${CSS.escape(key)}"]`);

export const cardNode = (scope: ParentNode, id: string): HTMLElement | null => scope.querySelector(`[data-card-id="${CSS.escape(id)}"]`);

export const groupNode = (scope: ParentNode, id: string): HTMLElement | null => scope.querySelector(`[data-group-id="${CSS.escape(id)}"]`);
