import { winston, formats } from '@strapi/logger';

// Winston's level is a threshold ('http' shows error, warn, info and http); STRAPI_LOG_LEVEL=error quietens tests.
const level = process.env.STRAPI_LOG_LEVEL ?? 'http';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' }),
    }),
  ],
};
