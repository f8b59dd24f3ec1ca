import { facebookLegacyPosts, facebookPageDaily, facebookPosts } from './facebook-formats';
import type { ExportFormatSpec, FormatFamily } from './format-spec';
import { genericTemplate } from './generic-format';
import { instagramPosts } from './instagram-formats';
import { linkedinMetrics, linkedinPosts } from './linkedin-formats';
import { xContent, xOverview, xTweetActivity } from './x-formats';

/** Most specific first: a looser spec later in the list must not shadow a stricter one. */
export const EXPORT_FORMATS: readonly ExportFormatSpec[] = [
  facebookPosts,
  instagramPosts,
  facebookLegacyPosts,
  facebookPageDaily,
  xTweetActivity,
  xContent,
  linkedinPosts,
  linkedinMetrics,
  genericTemplate,
  xOverview,
];

export function formatsFor(family: FormatFamily | 'auto'): readonly ExportFormatSpec[] {
  return family === 'auto' ? EXPORT_FORMATS : EXPORT_FORMATS.filter((f) => f.family === family);
}
