// Inputs shared by the sections: the request the bench renders, trace ids, and example values
// for every typed placeholder of the built-in catalog.
export const traceIds = Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(32, '0').replace(/^0/, 'a'));

export function traceparent(i) {
  return `00-${traceIds[i & 4095]}-00f067aa0ba902b7-01`;
}

export function request(i, accept = 'text/html') {
  return {
    method: 'GET',
    url: '/orders/42',
    headers: { accept, 'accept-language': 'en', traceparent: traceparent(i) },
  };
}

export const exampleValue = {
  string: 'your answers',
  number: 30,
  date: new Date('2030-01-01T12:00:00Z'),
  time: new Date('2030-01-01T12:00:00Z'),
};

/** Values for an entry's declared args, so every page renders with its placeholders filled. */
export function valuesFor(entry) {
  return Object.fromEntries(Object.entries(entry.args ?? {}).map(([name, type]) => [name, exampleValue[type] ?? 'x']));
}
