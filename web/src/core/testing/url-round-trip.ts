// For the URL specs: a part of the state written into a query string and read back, as a shared link would be.

export function urlRoundTrip<S>(encode: (s: S, q: URLSearchParams) => void, decode: (q: URLSearchParams) => S, s: S): S {
  const q = new URLSearchParams();
  encode(s, q);
  return decode(new URLSearchParams(q.toString()));
}
