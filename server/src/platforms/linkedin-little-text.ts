// Unescaped reserved characters make LinkedIn truncate the commentary silently.
const RESERVED = /[\\|{}@[\]()<>#*_~]/g;

export const escapeLittleText = (text: string): string => text.replace(RESERVED, (c) => `\\${c}`);
