import type { Core } from '@strapi/strapi';
import type services from '../services';
import { PLUGIN_ID } from '../constants';

type Services = typeof services;
export type ServiceName = keyof Services;
export type ServiceOf<K extends ServiceName> = ReturnType<Services[K]>;

export function getService<K extends ServiceName>(strapi: Core.Strapi, name: K): ServiceOf<K> {
  return strapi.plugin(PLUGIN_ID).service(name) as ServiceOf<K>;
}
