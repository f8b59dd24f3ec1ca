'use strict';
// Booting Strapi takes seconds on 2 cores; jest's 5 s default is for unit tests.
jest.setTimeout(120000);
