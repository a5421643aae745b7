export { msg, str, withLocale, currentLocale } from './msg.ts';
export { catalogueCode, loadCatalogue } from './catalogues.ts';
export { localeDirection } from './direction.ts';
export { LocaleController } from './locale-controller.ts';
export { plural } from './plural.ts';
