import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';

/** What a list page shows instead of an empty table. */
export const EmptyState = ({ children }: { children: React.ReactNode }) => (
  <Box background="neutral0" padding={8} hasRadius shadow="tableShadow">
    <Typography textColor="neutral600">{children}</Typography>
  </Box>
);
