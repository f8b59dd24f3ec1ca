'use strict';
// One step of a browser test waits for Strapi, the admin panel and the live check.
jest.setTimeout(180000);
