// SPDX-License-Identifier: Apache-2.0
// Characters that show as nothing (or as an ordinary space) in an editor, by their
// Unicode names, so that a message can say which one hides in a name: `x86_64` followed
// by U+200B ZERO WIDTH SPACE reads exactly like `x86_64`. Names are the Unicode Character
// Database's (UnicodeData.txt); control characters have no name there and are shown by
// number only.
import type { Sources } from './source';

export const INVISIBLE_SOURCES: Sources = [{ url: 'https://www.unicode.org/Public/UCD/latest/ucd/UnicodeData.txt', label: 'Unicode Character Database, UnicodeData.txt', note: 'the character names' }];

/** Code point → Unicode name, for the characters that cannot be told apart from nothing or a space. */
export const INVISIBLE_CHARACTERS: ReadonlyMap<number, string> = new Map([
	[0x00a0, 'NO-BREAK SPACE'],
	[0x00ad, 'SOFT HYPHEN'],
	[0x034f, 'COMBINING GRAPHEME JOINER'],
	[0x061c, 'ARABIC LETTER MARK'],
	[0x115f, 'HANGUL CHOSEONG FILLER'],
	[0x1160, 'HANGUL JUNGSEONG FILLER'],
	[0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
	[0x2000, 'EN QUAD'],
	[0x2001, 'EM QUAD'],
	[0x2002, 'EN SPACE'],
	[0x2003, 'EM SPACE'],
	[0x2004, 'THREE-PER-EM SPACE'],
	[0x2005, 'FOUR-PER-EM SPACE'],
	[0x2006, 'SIX-PER-EM SPACE'],
	[0x2007, 'FIGURE SPACE'],
	[0x2008, 'PUNCTUATION SPACE'],
	[0x2009, 'THIN SPACE'],
	[0x200a, 'HAIR SPACE'],
	[0x200b, 'ZERO WIDTH SPACE'],
	[0x200c, 'ZERO WIDTH NON-JOINER'],
	[0x200d, 'ZERO WIDTH JOINER'],
	[0x200e, 'LEFT-TO-RIGHT MARK'],
	[0x200f, 'RIGHT-TO-LEFT MARK'],
	[0x2028, 'LINE SEPARATOR'],
	[0x2029, 'PARAGRAPH SEPARATOR'],
	[0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
	[0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
	[0x202c, 'POP DIRECTIONAL FORMATTING'],
	[0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
	[0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
	[0x202f, 'NARROW NO-BREAK SPACE'],
	[0x205f, 'MEDIUM MATHEMATICAL SPACE'],
	[0x2060, 'WORD JOINER'],
	[0x2061, 'FUNCTION APPLICATION'],
	[0x2062, 'INVISIBLE TIMES'],
	[0x2063, 'INVISIBLE SEPARATOR'],
	[0x2064, 'INVISIBLE PLUS'],
	[0x2066, 'LEFT-TO-RIGHT ISOLATE'],
	[0x2067, 'RIGHT-TO-LEFT ISOLATE'],
	[0x2068, 'FIRST STRONG ISOLATE'],
	[0x2069, 'POP DIRECTIONAL ISOLATE'],
	[0x3000, 'IDEOGRAPHIC SPACE'],
	[0x3164, 'HANGUL FILLER'],
	[0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
]);

/** True for a character shown as nothing or as a blank: the table's, and control characters. */
export function isInvisible(codePoint: number): boolean {
	return INVISIBLE_CHARACTERS.has(codePoint) || codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
}
