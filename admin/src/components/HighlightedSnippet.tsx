import { Box, Typography } from '@strapi/design-system';

/** Characters of context kept on each side of the offending span. */
const CONTEXT = 40;

interface HighlightedSnippetProps {
  text: string;
  start: number;
  end: number;
  severity?: 'block' | 'warn';
}

/** The finding's words marked in a short snippet of the text around them. */
export const HighlightedSnippet = ({ text, start, end, severity = 'block' }: HighlightedSnippetProps) => {
  const safeStart = Math.max(0, Math.min(start, text.length));
  const safeEnd = Math.max(safeStart, Math.min(end, text.length));
  const from = Math.max(0, safeStart - CONTEXT);
  const to = Math.min(text.length, safeEnd + CONTEXT);
  return (
    <Typography variant="pi" textColor="neutral800" tag="p" style={{ wordBreak: 'break-word' }}>
      {from > 0 ? '…' : ''}
      {text.slice(from, safeStart)}
      <Box tag="mark" background={severity === 'block' ? 'danger200' : 'warning200'} color={severity === 'block' ? 'danger700' : 'warning700'} fontWeight="bold" hasRadius>
        {text.slice(safeStart, safeEnd)}
      </Box>
      {text.slice(safeEnd, to)}
      {to < text.length ? '…' : ''}
    </Typography>
  );
};
