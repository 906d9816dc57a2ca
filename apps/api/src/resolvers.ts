import type { Type } from '@nestjs/common';
import { AccountsResolver } from './modules/accounts/accounts.resolver';

/** Every resolver class, for printing the schema without starting the application. */
export const API_RESOLVERS: Type[] = [AccountsResolver];
