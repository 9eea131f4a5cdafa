/** Lower case without accents, for comparing words written with or without them. */
export const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** `fold`, trimmed: for comparing names a model or a page may pad with spaces. */
export const foldName = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase();
