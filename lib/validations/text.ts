// A rule every text input shares: PostgreSQL text cannot hold NUL and refuses the whole statement
// (a 500), so each schema whose text can reach the database refuses it first, with a message.
export const NO_NUL = /^[^\u0000]*$/;
export const NUL_MESSAGE = 'Remove the invisible NUL character.';
