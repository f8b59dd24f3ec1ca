import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/get-translation';
import { wordDiff } from '../utils/word-diff';

/** Before → after, word by word: removed words struck through in red, added words in green. */
export const TextDiff = ({ before, after }: { before: string; after: string }) => {
  const { formatMessage } = useIntl();
  const parts = wordDiff(before, after);
  return (
    <Typography tag="p" textColor="neutral800" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="clearpost-diff">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <Box key={index} tag="ins" background="success100" color="success700" aria-label={formatMessage({ id: getTranslation('diff.added'), defaultMessage: 'added' })}>
            {part.text}
          </Box>
        ) : (
          <Box key={index} tag="del" background="danger100" color="danger700" aria-label={formatMessage({ id: getTranslation('diff.removed'), defaultMessage: 'removed' })}>
            {part.text}
          </Box>
        )
      )}
    </Typography>
  );
};
