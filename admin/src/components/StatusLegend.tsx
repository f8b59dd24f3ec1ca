import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/get-translation';
import { PUBLICATION_STATUS_ORDER, STATUS_COLOURS, STATUS_LABELS } from './publication-status';

export const StatusSwatch = ({ status }: { status: keyof typeof STATUS_COLOURS }) => (
  <Box background={STATUS_COLOURS[status].strip} width="1.2rem" height="1.2rem" hasRadius aria-hidden style={{ flexShrink: 0 }} />
);

/** What each calendar colour means. */
export const StatusLegend = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('calendar.legend'), defaultMessage: 'Legend' });
  return (
    <Flex tag="ul" aria-label={title} gap={4} wrap="wrap" data-testid="clearpost-calendar-legend">
      {PUBLICATION_STATUS_ORDER.map((status) => (
        <Flex
          tag="li"
          key={status}
          gap={2}
          background={STATUS_COLOURS[status].background}
          paddingLeft={2}
          paddingRight={2}
          paddingTop={1}
          paddingBottom={1}
          hasRadius
        >
          <StatusSwatch status={status} />
          <Typography variant="pi" textColor="neutral800">
            {formatMessage({ id: getTranslation(`calendar.status.${status}`), defaultMessage: STATUS_LABELS[status] })}
          </Typography>
        </Flex>
      ))}
    </Flex>
  );
};
