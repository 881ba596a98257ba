// Named queries of editing in the web app: the tie a change replaces, and undoing one's own last change.
export const EDIT_QUERIES = ['tieBetween', 'undoCandidate', 'undoClaim', 'undoRelease', 'undoDeleteNode'] as const;
