import { SealCheck } from '@strapi/icons';

/** The Clearpost menu icon. */
export const ShieldCheck = SealCheck;
