/** A journey map as a workshop file carries it: one stage, one pain-point lane, `count` cards in their cell. */
export function fileMapWithCards(id: string, count: number) {
  return {
    id,
    title: `Parcours ${id}`,
    stages: [{ id: `${id}-s`, title: 'Achat' }],
    lanes: [{ id: `${id}-l`, kind: 'painPoints', title: 'Irritants' }],
    cards: Array.from({ length: count }, (_, i) => ({
      id: `${id}-c${i}`,
      container: { kind: 'cell', mapId: id, stageId: `${id}-s`, laneId: `${id}-l` },
      position: i,
      text: `Irritant ${i}`,
      createdAt: '2025-06-01T10:00:00.000Z',
      updatedAt: '2025-06-01T10:00:00.000Z',
    })),
  };
}
