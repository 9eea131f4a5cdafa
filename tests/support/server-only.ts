// Tests run server modules directly in Node; the real `server-only` marker throws outside a React server bundle.
export {};
