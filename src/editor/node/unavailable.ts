/** node:fs and node:path in the standalone editor: deployFiles does not call them (writeDeployFiles does). */
const unavailable = (name: string) => () => {
  throw new Error(`${name} is not available in the standalone editor`);
};
export const mkdirSync = unavailable('mkdirSync');
export const writeFileSync = unavailable('writeFileSync');
export const readFileSync = unavailable('readFileSync');
export const dirname = unavailable('dirname');
export const join = unavailable('join');
