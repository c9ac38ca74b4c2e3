export const messages = {} as never;
