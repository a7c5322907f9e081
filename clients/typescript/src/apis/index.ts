/* tslint:disable */
/* eslint-disable */
export * from './EnvsApi';
export * from './EventsApi';
export * from './JobsApi';
export * from './PluginsApi';
export * from './ProjectsApi';
export * from './RunsApi';
export * from './SchedulesApi';
export * from './ServicesApi';
export * from './StateApi';
export * from './TestsApi';
export * from './WebhooksApi';
