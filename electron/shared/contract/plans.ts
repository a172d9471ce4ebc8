export const plansContract = {} as const;
