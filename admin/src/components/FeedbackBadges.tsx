import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { FeedbackView } from '../services/feedback';
import { getTranslation } from '../utils/get-translation';

const SENTIMENT_COLOURS = {
  negative: { backgroundColor: 'danger100', textColor: 'danger700' },
  neutral: { backgroundColor: 'neutral150', textColor: 'neutral800' },
  positive: { backgroundColor: 'success100', textColor: 'success700' },
} as const;

export const SentimentBadge = ({ sentiment }: { sentiment: FeedbackView['sentiment'] }) => {
  const { formatMessage } = useIntl();
  const value = sentiment ?? 'neutral';
  return (
    <Badge {...SENTIMENT_COLOURS[value]} data-testid="clearpost-feedback-sentiment">
      {formatMessage({ id: getTranslation(`feedback.sentiment.${value}`), defaultMessage: value })}
    </Badge>
  );
};

export const FeedbackStatusBadge = ({ status }: { status: FeedbackView['status'] }) => {
  const { formatMessage } = useIntl();
  return <Badge data-testid="clearpost-feedback-status">{formatMessage({ id: getTranslation(`feedback.status.${status}`), defaultMessage: status })}</Badge>;
};

/** "★★☆☆☆ 2/5" with the number spelled out for screen readers. */
export const Rating = ({ rating }: { rating: number | null }) => {
  const { formatMessage } = useIntl();
  if (rating === null) return <>—</>;
  return (
    <span aria-label={formatMessage({ id: getTranslation('feedback.rating.label'), defaultMessage: 'Rated {rating} out of 5' }, { rating })}>
      <span aria-hidden="true">{'★'.repeat(rating) + '☆'.repeat(5 - rating)}</span> {rating}/5
    </span>
  );
};
