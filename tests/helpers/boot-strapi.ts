export { bootStrapi, type BootOptions, type TestStrapi } from '../../scripts/lib/boot-strapi';
