// Puts an API refusal next to the field it is about. The server's BAD_USER_INPUT messages name the argument at
// fault ("brokerId: demo:person:x is not a TechManager"); the form shows the message under that field, and under
// the form as a whole when it names none of them.

/**
 * The form field a message is about: the first argument name (as a whole word) that the message mentions, mapped
 * to the form's own field name. Input fields nested in an input object (`input.escrow.feeTotal`) count by their
 * last part.
 */
export function fieldOfMessage<F extends string>(message: string, fields: Readonly<Record<string, F>>): F | null {
  let best: { at: number; field: F } | null = null;
  for (const [arg, field] of Object.entries(fields)) {
    const m = new RegExp(`(^|[^A-Za-z0-9_])${arg}([^A-Za-z0-9_]|$)`).exec(message);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, field };
  }
  return best?.field ?? null;
}

export type FieldErrors<F extends string> = Partial<Record<F | 'form', string>>;

/** Required fields left empty, as errors keyed by field, with the text the caller gives. */
export function missing<F extends string>(values: Readonly<Record<F, unknown>>, required: readonly F[], text: string): FieldErrors<F> {
  const out: FieldErrors<F> = {};
  for (const f of required) {
    const v = values[f];
    if (v === null || v === undefined || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && !v.length)) out[f] = text;
  }
  return out;
}
