import { registerEnumType } from '@nestjs/graphql';

export enum MinutesStatus { DRAFT = 'DRAFT', CIRCULATED = 'CIRCULATED', APPROVED = 'APPROVED' }

registerEnumType(MinutesStatus, {
  name: 'MinutesStatus',
  valuesMap: { APPROVED: { description: 'Frozen: editMinutes fails with FORBIDDEN.' } },
});
