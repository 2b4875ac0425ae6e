// The product's name and version, read once from package.json; used in the User-Agent and `--version`.
import pkg from '../../../../package.json' with { type: 'json' };

export const APP_NAME = 'CPMS';
export const APP_VERSION: string = pkg.version;
export const USER_AGENT = `${APP_NAME}/${APP_VERSION} (+https://github.com/cpms/cpms)`;
