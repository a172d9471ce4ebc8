export const deskContract = {} as const;
